import { useState, type FormEvent } from 'react';
import { FormAlert } from '../../../components/FormAlert';
import { InputField, LanguageField } from '../../../components/FormFields';
import { formErrors } from '../../../components/formErrors';
import { SubmitOrCancel } from '../../../components/SubmitOrCancel';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Language } from '../../../i18n/languages';
import { parseDecimal } from '../../../i18n/parseDecimal';
import { OpenFormButton } from '../OpenFormButton';
import { useFormTexts } from '../useFormTexts';
import { useAddIndicator, type IndicatorOwner } from './queries';

const FIELDS = ['name', 'name_language', 'unit', 'baseline', 'target', 'target_date'];
const EMPTY = { name: '', unit: '', baseline: '', target: '', target_date: '' };

/** "Add indicator": a name in one language, a unit, the baseline and the target. */
export function IndicatorForm({
  owner,
  addLabel,
}: {
  owner: IndicatorOwner;
  /** The button's and the form's title: "Add indicator", "Add target". */
  addLabel: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState(false);
  const [nameLanguage, setNameLanguage] = useState<Language>(i18n.language);
  const add = useAddIndicator(owner);
  const errors = formErrors(add.error, FIELDS, i18n);
  const form = useFormTexts(EMPTY, errors.fields);
  const { texts } = form;
  // "name.tr" and "name" are both about the name.
  const nameError = Object.entries(errors.fields).find(([field]) => field.startsWith('name'))?.[1];

  function reset() {
    form.set(EMPTY);
    setOpen(false);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate(
      {
        name: { [nameLanguage]: texts.name },
        unit: texts.unit,
        baseline: parseDecimal(texts.baseline),
        target: parseDecimal(texts.target),
        target_date: texts.target_date || null,
      },
      { onSuccess: reset },
    );
  }

  if (!open) {
    return <OpenFormButton label={addLabel} onOpen={() => setOpen(true)} />;
  }
  return (
    <form
      className="form form--wide"
      onSubmit={submit}
      noValidate
      aria-labelledby="indicator-form-title"
    >
      <h3 id="indicator-form-title">{addLabel}</h3>
      <FormAlert messages={add.isError ? errors.alerts.slice(0, 1) : []} />
      <div className="field-row">
        <InputField
          id="indicator-name"
          label={t('Name')}
          hint={t('What is measured, e.g. “Trees planted”.')}
          required
          lang={nameLanguage}
          {...form.bind('name')}
          error={nameError}
        />
        <LanguageField
          id="indicator-name-language"
          label={t('Language of the name')}
          value={nameLanguage}
          onChange={setNameLanguage}
        />
      </div>
      <div className="field-row">
        <InputField
          id="indicator-unit"
          label={t('Unit')}
          hint={t('E.g. trees, MWh, %.')}
          {...form.bind('unit')}
        />
        {(['baseline', 'target'] as const).map((field) => (
          <InputField
            key={field}
            id={`indicator-${field}`}
            label={field === 'baseline' ? t('Baseline') : t('Target')}
            inputMode="decimal"
            required
            {...form.bind(field)}
          />
        ))}
        <InputField
          id="indicator-target-date"
          label={t('Target date')}
          type="date"
          {...form.bind('target_date')}
        />
      </div>
      <SubmitOrCancel
        submitLabel={t('Save indicator')}
        pending={add.isPending}
        onCancel={() => setOpen(false)}
      />
    </form>
  );
}
