import { useId, useState, type FormEvent } from 'react';
import { FormAlert } from '../../../components/FormAlert';
import { InputField } from '../../../components/FormFields';
import { formErrors } from '../../../components/formErrors';
import { isolate } from '../../../i18n/bidi';
import { SubmitOrCancel } from '../../../components/SubmitOrCancel';
import { useI18n } from '../../../i18n/I18nProvider';
import { progressPercent } from './chart';
import { parseDecimal } from '../../../i18n/parseDecimal';
import { MeasurementChart } from './MeasurementChart';
import { useAddMeasurement } from './queries';
import { OpenFormButton } from '../OpenFormButton';
import { useFormTexts } from '../useFormTexts';
import type { Indicator } from './queries';

interface IndicatorCardProps {
  indicator: Indicator;
  /** The language the page shows the owner in; the name follows it where it can. */
  language: string;
  canEdit: boolean;
  /** The queries a new measurement changes. */
  refresh: readonly string[];
}

export function ProgressBar({ ratio, labelledBy }: { ratio: number | null; labelledBy: string }) {
  const { t, format } = useI18n();
  const percent = progressPercent(ratio);
  if (percent === null) return <p className="indicator__none">{t('No measurements yet.')}</p>;
  const percentText = format.number(percent / 100, { style: 'percent' });
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-labelledby={labelledBy}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={percentText}
      >
        <div className="progress__fill" style={{ inlineSize: `${percent}%` }} />
      </div>
      <p className="progress__text">
        {t('{percent} of the way from the baseline to the target', { percent: percentText })}
      </p>
    </div>
  );
}

function MeasurementForm({
  indicator,
  refresh,
}: {
  indicator: Indicator;
  refresh: readonly string[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState(false);
  const add = useAddMeasurement(indicator.id, refresh);
  const prefix = `measurement-${indicator.id}`;
  const errors = formErrors(add.error, ['date', 'value'], i18n);
  const form = useFormTexts({ date: '', value: '' }, errors.fields);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate(
      { date: form.texts.date, value: parseDecimal(form.texts.value) },
      {
        onSuccess: () => {
          form.set({ date: '', value: '' });
          setOpen(false);
        },
      },
    );
  }

  if (!open) {
    return <OpenFormButton label={t('Add measurement')} onOpen={() => setOpen(true)} small />;
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('Add measurement')}>
      <FormAlert messages={add.isError ? errors.alerts : []} />
      <InputField
        id={`${prefix}-date`}
        label={t('Date')}
        type="date"
        required
        {...form.bind('date')}
      />
      <InputField
        id={`${prefix}-value`}
        label={indicator.unit ? t('Value ({unit})', { unit: isolate(indicator.unit) }) : t('Value')}
        inputMode="decimal"
        required
        {...form.bind('value')}
      />
      <SubmitOrCancel
        submitLabel={t('Save measurement')}
        pending={add.isPending}
        onCancel={() => setOpen(false)}
        small
      />
    </form>
  );
}

/** An indicator: where it started, where it aims, how far it has come, and its measurements. */
export function IndicatorCard({ indicator, language, canEdit, refresh }: IndicatorCardProps) {
  const { t, format } = useI18n();
  const nameId = useId();
  const nameLanguage = indicator.names[language] !== undefined ? language : indicator.language;
  const name = indicator.names[nameLanguage] ?? indicator.name;
  const withUnit = (value: number) =>
    indicator.unit ? `${format.number(value)} ${isolate(indicator.unit)}` : format.number(value);
  const latest = indicator.progress.latest_value;
  return (
    <li className="indicator">
      <h3 id={nameId} className="indicator__name" lang={nameLanguage} dir="auto">
        {name}
      </h3>
      <dl className="indicator__facts">
        <div>
          <dt>{t('Baseline')}</dt>
          <dd>{withUnit(indicator.baseline)}</dd>
        </div>
        <div>
          <dt>{t('Target')}</dt>
          <dd>
            {withUnit(indicator.target)}
            {indicator.target_date && (
              <span className="indicator__when">
                {t('by {date}', { date: format.day(indicator.target_date) })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('Latest value')}</dt>
          <dd>
            {latest === null ? (
              '—'
            ) : (
              <>
                {withUnit(latest)}
                {indicator.progress.latest_date && (
                  <span className="indicator__when">
                    {format.day(indicator.progress.latest_date)}
                  </span>
                )}
              </>
            )}
          </dd>
        </div>
      </dl>
      <ProgressBar ratio={indicator.progress.ratio} labelledBy={nameId} />
      <MeasurementChart indicator={{ ...indicator, name }} />
      {canEdit && <MeasurementForm indicator={indicator} refresh={refresh} />}
    </li>
  );
}
