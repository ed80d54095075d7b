import { useState, type ChangeEvent } from 'react';

type TextControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * The texts of a small form that is sent whole (not a versioned editor), by the
 * API's names of its fields: each one as typed, and what binds it to its input,
 * select or text box with the server's message about it.
 */
export function useFormTexts<Field extends string>(
  initial: Record<Field, string>,
  errors: Readonly<Record<string, string>>,
) {
  const [texts, setTexts] = useState(initial);
  const set = (patch: Partial<Record<Field, string>>) =>
    setTexts((previous) => ({ ...previous, ...patch }));
  return {
    texts,
    /** Changes some of the texts: empties them once the form is sent. */
    set,
    /** The value, the change and the message of one field's control. */
    bind: (field: Field) => ({
      value: texts[field],
      onChange: (event: ChangeEvent<TextControl>) =>
        set({ [field]: event.target.value } as Partial<Record<Field, string>>),
      error: errors[field],
    }),
  };
}
