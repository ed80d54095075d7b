import type { ReactNode } from 'react';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { isLanguage, LANGUAGE_NAMES, textDirection, type Language } from '../../i18n/languages';
import { useSdgLookup, useThemeLabel } from '../taxonomy/queries';
import type { Location } from './editableState';
import { fieldLabel, statusLabel, textFieldLabel } from './labels';
import { textKey, type Choice, type FieldChange, type FieldKey } from './merge';
import { isStatus } from './types';

interface MergeViewProps {
  changes: readonly FieldChange[];
  choices: Readonly<Record<FieldKey, Choice>>;
  /** Who saved the newer version and when, as far as known. */
  savedBy: string | null;
  savedAt: string;
  saving: boolean;
  onChoose(key: FieldKey, choice: Choice): void;
  onSave(): void;
}

function useFieldName() {
  const i18n = useI18n();
  return (key: FieldKey): string => {
    const text = textKey(key);
    if (text === null) return fieldLabel(key, i18n);
    const language = isLanguage(text.language) ? LANGUAGE_NAMES[text.language] : text.language;
    return i18n.t('{field} ({language})', { field: textFieldLabel(text.text, i18n), language });
  };
}

/** A value of the state in words: dates in the reader's calendar, goals and themes by name. */
function useValueText() {
  const i18n = useI18n();
  const { t, format } = i18n;
  const sdg = useSdgLookup();
  const themeLabel = useThemeLabel();
  return (key: FieldKey, value: unknown): ReactNode => {
    const empty = <span className="merge__empty">{t('(empty)')}</span>;
    const text = textKey(key);
    if (text !== null) {
      if (value === null || value === undefined) {
        return <span className="merge__empty">{t('(no text in this language)')}</span>;
      }
      if (value === '') return empty;
      const language = text.language as Language;
      return (
        <span
          className="merge__text"
          lang={language}
          dir={isLanguage(language) ? textDirection(language) : 'auto'}
        >
          {String(value)}
        </span>
      );
    }
    if (value === null || value === undefined || value === '') return empty;
    if (Array.isArray(value) && value.length === 0) return empty;
    switch (key) {
      case 'status':
        return isStatus(value) ? statusLabel(value, i18n) : String(value);
      case 'start_date':
      case 'end_date':
        return format.day(String(value));
      case 'original_language':
        return format.language(String(value));
      case 'sdgs':
        return format.list(
          (value as number[]).map((number) =>
            t('SDG {number}: {title}', { number, title: sdg(number)?.title ?? '' }),
          ),
        );
      case 'themes':
        return format.list((value as string[]).map(themeLabel));
      case 'location': {
        const location = value as Location;
        const coordinates = t('{lat}, {lng}', {
          lat: Number.isFinite(location.lat)
            ? format.number(location.lat, { maximumFractionDigits: 4 })
            : '?',
          lng: Number.isFinite(location.lng)
            ? format.number(location.lng, { maximumFractionDigits: 4 })
            : '?',
        });
        return location.district ? `${location.district} (${coordinates})` : coordinates;
      }
      case 'partners':
      case 'target_groups':
        return (
          <ul className="plain-list">
            {(value as string[]).map((item) => (
              <li key={item}>
                <bdi>{item}</bdi>
              </li>
            ))}
          </ul>
        );
      default:
        return <bdi>{String(value)}</bdi>;
    }
  };
}

/**
 * Someone saved a newer version while the user was editing: for each field
 * they changed, their value beside the user's, and a choice between them.
 */
export function MergeView({
  changes,
  choices,
  savedBy,
  savedAt,
  saving,
  onChoose,
  onSave,
}: MergeViewProps) {
  const { t, format } = useI18n();
  const fieldName = useFieldName();
  const valueText = useValueText();
  const when = format.dateTime(new Date(savedAt));
  return (
    <section className="merge" aria-labelledby="merge-title" tabIndex={-1} id="merge">
      <h2 id="merge-title">{t('Someone else changed this initiative while you were editing')}</h2>
      <p>
        {savedBy
          ? t('{name} saved a newer version on {date}.', { name: isolate(savedBy), date: when })
          : t('A newer version was saved on {date}.', { date: when })}{' '}
        {changes.length > 0
          ? t(
              'Choose for each field below whether to keep your value or take theirs. Your other changes are kept.',
            )
          : t('Their changes do not touch the fields you changed, so saving keeps both.')}
      </p>
      {changes.map((change) => {
        const name = `merge-${change.key}`;
        const legendId = `${name}-legend`;
        return (
          <fieldset key={change.key} className="merge__field" aria-labelledby={legendId}>
            <legend id={legendId}>
              {fieldName(change.key)}
              {change.mineChanged && (
                <span className="merge__both">{t('changed by both of you')}</span>
              )}
            </legend>
            <div className="merge__options">
              <label
                className={`merge__option${choices[change.key] === 'mine' ? ' merge__option--chosen' : ''}`}
              >
                <span className="merge__choice">
                  <input
                    type="radio"
                    name={name}
                    value="mine"
                    checked={choices[change.key] === 'mine'}
                    onChange={() => onChoose(change.key, 'mine')}
                  />
                  {t('Keep mine')}
                </span>
                <span className="merge__value">{valueText(change.key, change.mine)}</span>
              </label>
              <label
                className={`merge__option${choices[change.key] === 'theirs' ? ' merge__option--chosen' : ''}`}
              >
                <span className="merge__choice">
                  <input
                    type="radio"
                    name={name}
                    value="theirs"
                    checked={choices[change.key] === 'theirs'}
                    onChange={() => onChoose(change.key, 'theirs')}
                  />
                  {t('Take theirs')}
                </span>
                <span className="merge__value">{valueText(change.key, change.theirs)}</span>
              </label>
            </div>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={onSave} disabled={saving}>
        {saving ? t('Saving…') : t('Save with these choices')}
      </button>
    </section>
  );
}
