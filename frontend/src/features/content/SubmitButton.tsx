import { useI18n } from '../../i18n/I18nProvider';

interface SubmitButtonProps {
  label: string;
  /** Whether the form is being sent: the button waits, and says so. */
  pending: boolean;
  /** What it says meanwhile; "Saving…" unless said. */
  pendingLabel?: string;
}

/** A form's submit button, which cannot send the form twice while it is on its way. */
export function SubmitButton({ label, pending, pendingLabel }: SubmitButtonProps) {
  const { t } = useI18n();
  return (
    <button type="submit" className="button" disabled={pending}>
      {pending ? (pendingLabel ?? t('Saving…')) : label}
    </button>
  );
}
