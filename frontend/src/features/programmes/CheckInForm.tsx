import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { InputField, SelectField, TextAreaField } from '../../components/FormFields';
import { formErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { parseDecimal } from '../../i18n/parseDecimal';
import { useFormTexts } from '../content/useFormTexts';
import { SubmitButton } from '../content/SubmitButton';
import { RagHelp } from './Help';
import { ragLabel } from './labels';
import { useAddCheckIn } from './queries';
import { quarterJustEnded, recentQuarters } from './quarters';
import { ragSymbol } from './RagBadge';
import { usePeriodLabel } from './usePeriodLabel';
import { RAGS, type Rag } from './types';

const FIELDS = ['period', 'rag', 'progress', 'note', 'blockers'];

/** One blocker per non-blank line. */
function blockerLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The quarter's follow-up of an action: its rating, how far it is, a note and what blocks it. */
export function CheckInForm({
  actionId,
  lastProgress,
}: {
  actionId: number;
  lastProgress: number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const periodLabel = usePeriodLabel();
  const today = new Date();
  const [rag, setRag] = useState<Rag | null>(null);
  const [ragMissing, setRagMissing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const add = useAddCheckIn(actionId);
  const errors = formErrors(add.error, FIELDS, i18n);
  const form = useFormTexts(
    { period: quarterJustEnded(today), progress: String(lastProgress), note: '', blockers: '' },
    errors.fields,
  );
  const { period, progress, note, blockers } = form.texts;
  const conflict = add.error instanceof ApiError && add.error.status === 409;
  const progressValue = parseDecimal(progress);
  const progressError =
    progress.trim() !== '' &&
    !(Number.isInteger(progressValue) && progressValue >= 0 && progressValue <= 100)
      ? t('Write a whole number from 0 to 100.')
      : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    if (rag === null) {
      setRagMissing(true);
      return;
    }
    if (progressError !== undefined) return;
    add.mutate(
      {
        period,
        rag,
        progress: progress.trim() === '' ? 0 : progressValue,
        note,
        blockers: blockerLines(blockers),
      },
      {
        onSuccess: (checkIn) => {
          setSaved(checkIn.period);
          setRag(null);
          form.set({ note: '', blockers: '' });
          setRagMissing(false);
        },
      },
    );
  }

  return (
    <form
      className="form form--wide check-in-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="check-in-title"
    >
      <h3 id="check-in-title">{t('Check in for a quarter')}</h3>
      <div aria-live="polite">
        {saved !== null && (
          <p className="notice notice--success" role="status">
            {t('Check-in for {period} saved.', { period: periodLabel(saved) })}
          </p>
        )}
      </div>
      <FormAlert
        messages={
          conflict
            ? [
                t(
                  'This action is already checked in for {period}: a quarter has one check-in. Choose another quarter.',
                  { period: periodLabel(period) },
                ),
              ]
            : add.isError
              ? errors.alerts
              : []
        }
      />
      <SelectField
        id="check-in-period"
        label={t('Quarter')}
        hint={t('Usually the quarter that has just ended.')}
        {...form.bind('period')}
        error={
          errors.fields.period ?? (conflict ? t('Already checked in for this quarter.') : undefined)
        }
      >
        {recentQuarters(today).map((quarter) => (
          <option key={quarter} value={quarter}>
            {periodLabel(quarter)}
          </option>
        ))}
      </SelectField>
      <fieldset
        className="radio-group rag-choice"
        aria-describedby={ragMissing || errors.fields.rag ? 'check-in-rag-error' : undefined}
      >
        <legend>{t('Rating')}</legend>
        {RAGS.map((value) => (
          <label key={value} className={`radio rag-choice__option rag--${value}`}>
            <input
              type="radio"
              name="check-in-rag"
              id={`check-in-rag-${value}`}
              value={value}
              checked={rag === value}
              onChange={() => {
                setRag(value);
                setRagMissing(false);
              }}
            />
            <span className="rag__symbol" aria-hidden="true">
              {ragSymbol(value)}
            </span>
            {ragLabel(value, i18n)}
          </label>
        ))}
        {(ragMissing || errors.fields.rag) && (
          <p id="check-in-rag-error" className="field__error">
            {errors.fields.rag ?? t('Choose a rating.')}
          </p>
        )}
      </fieldset>
      <RagHelp />
      <InputField
        id="check-in-progress"
        label={t('Progress (%)')}
        hint={t('How much of the action is done, from 0 to 100.')}
        type="number"
        min={0}
        max={100}
        step={1}
        inputMode="numeric"
        {...form.bind('progress')}
        error={progressError ?? errors.fields.progress}
      />
      <TextAreaField
        id="check-in-note"
        label={t('Note')}
        hint={t('What happened this quarter.')}
        dir="auto"
        rows={3}
        maxLength={5000}
        {...form.bind('note')}
      />
      <TextAreaField
        id="check-in-blockers"
        label={t('Blockers')}
        hint={t('What holds the action back, one per line; leave empty if nothing does.')}
        dir="auto"
        rows={3}
        {...form.bind('blockers')}
      />
      <div className="actions">
        <SubmitButton label={t('Save check-in')} pending={add.isPending} />
      </div>
    </form>
  );
}
