import { useI18n } from '../../i18n/I18nProvider';
import { ragLabel } from './labels';
import type { RagFilter } from './types';

/** A shape for each rating, so that the colour is never the only sign. */
const SYMBOLS: Record<RagFilter, string> = { green: '●', amber: '▲', red: '■', none: '○' };

/** A check-in's rating: its shape, its colour and its words. */
export function RagBadge({ rag }: { rag: RagFilter }) {
  const i18n = useI18n();
  return (
    <span className={`rag rag--${rag}`}>
      <span className="rag__symbol" aria-hidden="true">
        {SYMBOLS[rag]}
      </span>
      {ragLabel(rag, i18n)}
    </span>
  );
}

export function ragSymbol(rag: RagFilter): string {
  return SYMBOLS[rag];
}
