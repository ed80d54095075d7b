import { ApiError, fieldErrors } from '../api/problem';
import type { Translator } from '../i18n/translate';

export interface FormErrors {
  /** The server's message for each field, by field name. */
  fields: Record<string, string>;
  /** What to say in the form's alert: the problem's detail and messages no field shows. */
  alerts: string[];
}

export const NO_FORM_ERRORS: FormErrors = { fields: {}, alerts: [] };

/** Splits a failed submission into messages beside fields and messages in the alert. */
export function formErrors(
  error: unknown,
  shownFields: readonly string[],
  { t }: Pick<Translator, 't'>,
): FormErrors {
  if (error === null || error === undefined) return NO_FORM_ERRORS;
  if (!(error instanceof ApiError)) {
    const alert =
      error instanceof TypeError
        ? [t('Polylog could not be reached.'), t('Check your internet connection and try again.')]
        : [t('Something went wrong.'), t('Please try again in a moment.')];
    return { fields: {}, alerts: [alert.join(' ')] };
  }
  const fields = fieldErrors(error.problem);
  const unplaced = Object.entries(fields)
    .filter(([field]) => !shownFields.includes(field))
    .map(([, message]) => message);
  const summary = error.problem?.detail ?? error.problem?.title ?? t('Something went wrong.');
  return { fields, alerts: [summary, ...unplaced] };
}
