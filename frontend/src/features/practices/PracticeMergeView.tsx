import type { ReactNode } from 'react';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { isLanguage, LANGUAGE_NAMES, textDirection } from '../../i18n/languages';
import { useSdgLookup, useThemeLabel } from '../taxonomy/queries';
import { fieldLabel, textFieldLabel } from './labels';
import { textKey, type Choice, type FieldChange, type FieldKey } from './merge';

interface PracticeMergeViewProps {
  changes: readonly FieldChange[];
  choices: Readonly<Record<FieldKey, Choice>>;
  savedBy: string | null;
  savedAt: string;
  saving: boolean;
  /** Titles of the city's initiatives, by id, to name linked initiatives. */
  initiativeTitle(id: number): string;
  onChoose(key: FieldKey, choice: Choice): void;
  onSave(): void;
}

/**
 * Someone saved a newer version while the user was editing: for each field
 * they changed, their value beside the user's, and a choice between them.
 */
export function PracticeMergeView({
  changes,
  choices,
  savedBy,
  savedAt,
  saving,
  initiativeTitle,
  onChoose,
  onSave,
}: PracticeMergeViewProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const sdg = useSdgLookup();
  const themeLabel = useThemeLabel();
  const when = format.dateTime(new Date(savedAt));

  function fieldName(key: FieldKey): string {
    const text = textKey(key);
    if (text === null) return fieldLabel(key, i18n);
    const language = isLanguage(text.language) ? LANGUAGE_NAMES[text.language] : text.language;
    return t('{field} ({language})', { field: textFieldLabel(text.text, i18n), language });
  }

  function valueText(key: FieldKey, value: unknown): ReactNode {
    const empty = <span className="merge__empty">{t('(empty)')}</span>;
    const text = textKey(key);
    if (text !== null) {
      if (value === null || value === undefined) {
        return <span className="merge__empty">{t('(no text in this language)')}</span>;
      }
      if (value === '') return empty;
      return (
        <span
          className="merge__text merge__text--markdown"
          lang={text.language}
          dir={isLanguage(text.language) ? textDirection(text.language) : 'auto'}
        >
          {String(value)}
        </span>
      );
    }
    if (value === null || value === undefined || value === '') return empty;
    if (Array.isArray(value) && value.length === 0) return empty;
    switch (key) {
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
      case 'initiative_ids':
        return (
          <ul className="plain-list">
            {(value as number[]).map((id) => (
              <li key={id}>
                <bdi>{initiativeTitle(id)}</bdi>
              </li>
            ))}
          </ul>
        );
      default:
        return <bdi>{String(value)}</bdi>;
    }
  }

  return (
    <section className="merge" aria-labelledby="merge-title" tabIndex={-1} id="merge">
      <h2 id="merge-title">{t('Someone else changed this practice while you were editing')}</h2>
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
              {(['mine', 'theirs'] as const).map((choice) => (
                <label
                  key={choice}
                  className={`merge__option${choices[change.key] === choice ? ' merge__option--chosen' : ''}`}
                >
                  <span className="merge__choice">
                    <input
                      type="radio"
                      name={name}
                      value={choice}
                      checked={choices[change.key] === choice}
                      onChange={() => onChoose(change.key, choice)}
                    />
                    {choice === 'mine' ? t('Keep mine') : t('Take theirs')}
                  </span>
                  <span className="merge__value">
                    {valueText(change.key, choice === 'mine' ? change.mine : change.theirs)}
                  </span>
                </label>
              ))}
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
