import type { ReactNode } from 'react';
import { Loading } from '../../components/Loading';
import { toggled } from '../../components/selection';
import { useI18n } from '../../i18n/I18nProvider';
import type { TextDraft } from './contentKind';
import { useLinkableInitiatives } from './linkableInitiatives';
import type { VersionedEditor } from './useVersionedEditor';

interface LinkChoicesProps<Item extends { id: number }> {
  /** The form's field, also what the hint's and the message's ids start with: "initiative_ids". */
  field: string;
  legend: string;
  hint?: string;
  /** What can be linked; undefined while it loads. */
  items: readonly Item[] | undefined;
  /** Said when there is nothing to link. */
  noneText?: string;
  selected: readonly number[];
  onChange(selected: number[]): void;
  /** What each checkbox's id starts with: "initiative" for "initiative-12". */
  idPrefix: string;
  listClassName: string;
  renderLabel(item: Item, inputId: string): ReactNode;
  error: string | undefined;
}

/** Checkboxes for the items the content links to (initiatives, sessions, targets). */
export function LinkChoices<Item extends { id: number }>(props: LinkChoicesProps<Item>) {
  const { field, hint, items, selected, error } = props;
  const describedBy = error ? `${field}-error` : hint ? `${field}-hint` : undefined;
  return (
    <fieldset className="checkbox-group" aria-describedby={describedBy}>
      <legend>{props.legend}</legend>
      {hint && (
        <p id={`${field}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {items === undefined ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{props.noneText}</p>
      ) : (
        <ul className={props.listClassName}>
          {items.map((item) => {
            const inputId = `${props.idPrefix}-${item.id}`;
            return (
              <li key={item.id}>
                <input
                  type="checkbox"
                  id={inputId}
                  checked={selected.includes(item.id)}
                  onChange={() => props.onChange(toggled(selected, item.id))}
                />
                {props.renderLabel(item, inputId)}
              </li>
            );
          })}
        </ul>
      )}
      {error && (
        <p id={`${field}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface Linking extends TextDraft {
  city: string;
  initiative_ids: number[];
}

/** The city's initiatives on the map that the content (a practice, an action) links to. */
export function LinkedInitiatives({
  editor,
  hint,
  listClassName = 'checkbox-grid',
}: {
  editor: VersionedEditor;
  hint?: string;
  listClassName?: string;
}) {
  const { t } = useI18n();
  const draft = editor.draft as Linking;
  const linkable = useLinkableInitiatives(draft.city);
  return (
    <LinkChoices
      field="initiative_ids"
      legend={t('Linked initiatives')}
      hint={hint}
      items={linkable.isPending ? undefined : (linkable.data?.items ?? [])}
      noneText={t('This city has no initiatives on the map yet.')}
      selected={draft.initiative_ids}
      onChange={(initiative_ids) => editor.change({ initiative_ids } as Partial<Linking>)}
      idPrefix="initiative"
      listClassName={listClassName}
      error={editor.errors.initiative_ids}
      renderLabel={(initiative, inputId) => (
        <label htmlFor={inputId} lang={initiative.language} dir="auto">
          {initiative.title}
        </label>
      )}
    />
  );
}
