interface OpenFormButtonProps {
  label: string;
  onOpen(): void;
  /** A small button, for a form inside a card. */
  small?: boolean;
}

/**
 * What a form that opens in place shows while it is closed; once open, the
 * form ends with SubmitOrCancel, whose Cancel closes it again.
 */
export function OpenFormButton({ label, onOpen, small = false }: OpenFormButtonProps) {
  const size = small ? ' button--small' : '';
  return (
    <button type="button" className={`button${size} button--secondary`} onClick={onOpen}>
      {label}
    </button>
  );
}
