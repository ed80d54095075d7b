import { useI18n } from '../i18n/I18nProvider';

interface SubmitOrCancelProps {
  submitLabel: string;
  pending: boolean;
  onCancel(): void;
  /** Small buttons, for a form inside a card. */
  small?: boolean;
}

/** The end of a form that opened in place: send it, or close it again. */
export function SubmitOrCancel({
  submitLabel,
  pending,
  onCancel,
  small = false,
}: SubmitOrCancelProps) {
  const { t } = useI18n();
  const size = small ? ' button--small' : '';
  return (
    <div className="actions">
      <button type="submit" className={`button${size}`} disabled={pending}>
        {submitLabel}
      </button>
      <button type="button" className={`button${size} button--secondary`} onClick={onCancel}>
        {t('Cancel')}
      </button>
    </div>
  );
}
