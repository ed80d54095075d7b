import type { ReactNode } from 'react';
import { useSdgLookup, useThemeLabel } from '../../api/taxonomy';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { isLanguage, LANGUAGE_NAMES, textDirection } from '../../i18n/languages';
import type { Translator } from '../../i18n/translate';
import { textKey, type Choice, type FieldChange, type FieldKey } from './merge';

/** How a kind names and shows its fields in the merge view. */
export interface MergeLabels {
  /** The heading: "Someone else changed this initiative while you were editing". */
  title: string;
  textFields: readonly string[];
  fieldLabel(field: string, i18n: Pick<Translator, 't'>): string;
  textFieldLabel(field: string, i18n: Pick<Translator, 't'>): string;
  /** A kind's own way to show a field's value; undefined leaves it to the common ways. */
  renderValue?(key: FieldKey, value: unknown): ReactNode | undefined;
  /** Extra class of a text's value, e.g. to keep Markdown's line breaks. */
  textClassName?: string;
}

interface MergeViewProps extends MergeLabels {
  conflict: {
    changes: readonly FieldChange[];
    choices: Readonly<Record<FieldKey, Choice>>;
    /** Who saved the newer version, as far as known, and when. */
    savedBy: string | null;
    current: { updated_at: string };
  };
  saving: boolean;
  onChoose(key: FieldKey, choice: Choice): void;
  onSave(): void;
}

/** A value in words: texts in their language, goals and themes by name, lists as lists. */
function useValueText(labels: MergeLabels) {
  const { t, format } = useI18n();
  const sdg = useSdgLookup();
  const themeLabel = useThemeLabel();
  return (key: FieldKey, value: unknown): ReactNode => {
    const empty = <span className="merge__empty">{t('(empty)')}</span>;
    const text = textKey(key, labels.textFields);
    if (text !== null) {
      if (value === null || value === undefined) {
        return <span className="merge__empty">{t('(no text in this language)')}</span>;
      }
      if (value === '') return empty;
      const className = ['merge__text', labels.textClassName].filter(Boolean).join(' ');
      return (
        <span
          className={className}
          lang={text.language}
          dir={isLanguage(text.language) ? textDirection(text.language) : 'auto'}
        >
          {String(value)}
        </span>
      );
    }
    if (value === null || value === undefined || value === '') return empty;
    if (Array.isArray(value) && value.length === 0) return empty;
    const own = labels.renderValue?.(key, value);
    if (own !== undefined) return own;
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
    }
    if (Array.isArray(value)) {
      return (
        <ul className="plain-list">
          {value.map((item) => (
            <li key={String(item)}>
              <bdi>{String(item)}</bdi>
            </li>
          ))}
        </ul>
      );
    }
    return <bdi>{String(value)}</bdi>;
  };
}

/**
 * Someone saved a newer version while the user was editing: for each field
 * they changed, their value beside the user's, and a choice between them.
 */
export function MergeView({ conflict, saving, onChoose, onSave, ...labels }: MergeViewProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const valueText = useValueText(labels);
  const { changes, choices, savedBy } = conflict;
  const when = format.dateTime(new Date(conflict.current.updated_at));

  function fieldName(key: FieldKey): string {
    const text = textKey(key, labels.textFields);
    if (text === null) return labels.fieldLabel(key, i18n);
    const language = isLanguage(text.language) ? LANGUAGE_NAMES[text.language] : text.language;
    return t('{field} ({language})', { field: labels.textFieldLabel(text.text, i18n), language });
  }

  return (
    <section className="merge" aria-labelledby="merge-title" tabIndex={-1} id="merge">
      <h2 id="merge-title">{labels.title}</h2>
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
