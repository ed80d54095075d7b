import { useI18n } from '../../i18n/I18nProvider';
import { statusLabel } from './labels';
import type { InitiativeStatus } from './types';

/** The symbol of each status, the same on the map's markers: not colour alone. */
export const STATUS_SYMBOLS: Readonly<Record<InitiativeStatus, string>> = {
  planned: '○',
  ongoing: '●',
  completed: '✓',
};

export function StatusBadge({ status }: { status: InitiativeStatus }) {
  const i18n = useI18n();
  return (
    <span className={`status status--${status}`}>
      <span className="status__symbol" aria-hidden="true">
        {STATUS_SYMBOLS[status]}
      </span>
      {statusLabel(status, i18n)}
    </span>
  );
}
