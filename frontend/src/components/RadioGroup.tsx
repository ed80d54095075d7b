interface RadioGroupProps<Value extends string> {
  /** The inputs' name; each input's id is `<name>-<value>`. */
  name: string;
  legend: string;
  /** Hides the legend where a heading around the group already says it. */
  legendHidden?: boolean;
  options: readonly { value: Value; label: string }[];
  value: Value;
  onChange(value: Value): void;
  error?: string | undefined;
}

/** One choice among a few, as radio buttons, with the server's message under them. */
export function RadioGroup<Value extends string>({
  name,
  legend,
  legendHidden = false,
  options,
  value,
  onChange,
  error,
}: RadioGroupProps<Value>) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="radio-group" aria-describedby={error ? errorId : undefined}>
      <legend className={legendHidden ? 'visually-hidden' : undefined}>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="radio">
          <input
            type="radio"
            name={name}
            id={`${name}-${option.value}`}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
