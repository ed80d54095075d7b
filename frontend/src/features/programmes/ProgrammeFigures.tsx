import { DataTable } from '../../components/DataTable';
import { useI18n } from '../../i18n/I18nProvider';
import { FundingGapHelp, RagHelp } from './Help';
import { actionStatusLabel, ragLabel } from './labels';
import { fundedShare, moneyFormat, moneyRows } from './money';
import { ragSymbol } from './RagBadge';
import { ACTION_STATUSES, RAG_FILTERS, type ProgrammeFigures as Figures } from './types';

interface Bar {
  key: string;
  label: string;
  count: number;
  symbol?: string;
}

/** Counts as bars whose length the eye compares, each with its number written beside it. */
function CountBars({
  id,
  title,
  bars,
  total,
}: {
  id: string;
  title: string;
  bars: Bar[];
  total: number;
}) {
  const { format } = useI18n();
  return (
    <figure className="bars" aria-labelledby={id}>
      <figcaption id={id} className="bars__title">
        {title}
      </figcaption>
      <ul className="bars__list">
        {bars.map((bar) => (
          <li key={bar.key} className={`bars__row bars__row--${bar.key}`}>
            <span className="bars__label">
              {bar.symbol && (
                <span className="bars__symbol" aria-hidden="true">
                  {bar.symbol}
                </span>
              )}
              {bar.label}
            </span>
            <span className="bars__track" aria-hidden="true">
              <span
                className="bars__fill"
                style={{ inlineSize: `${total === 0 ? 0 : (bar.count / total) * 100}%` }}
              />
            </span>
            <span className="bars__value">{format.number(bar.count)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

function MoneyTable({ figures }: { figures: Figures }) {
  const { t, format } = useI18n();
  const rows = moneyRows(figures.cost, figures.funded, figures.funding_gap);
  if (rows.length === 0) {
    return <p>{t('No action of this programme has a cost estimate yet.')}</p>;
  }
  const money = (amount: number | null, currency: string) =>
    amount === null ? '—' : format.number(amount, moneyFormat(currency, amount));
  return (
    <DataTable
      caption={t('Cost, funding and funding gap per currency')}
      captionShown
      className="money-table"
      scrolls={false}
      columns={[
        t('Currency'),
        t('Cost estimate'),
        t('Funded'),
        t('Funding gap'),
        t('Share funded'),
      ]}
    >
      {rows.map((row) => {
        const share = fundedShare(row);
        return (
          <tr key={row.currency}>
            <th scope="row">
              <bdi>{row.currency}</bdi>
            </th>
            <td>{money(row.cost, row.currency)}</td>
            <td>{money(row.funded, row.currency)}</td>
            <td className={row.gap ? 'money-table__gap' : undefined}>
              {money(row.gap, row.currency)}
            </td>
            <td>
              {share === null ? (
                '—'
              ) : (
                <span className="funding-bar">
                  <span className="funding-bar__track" aria-hidden="true">
                    <span className="funding-bar__fill" style={{ inlineSize: `${share * 100}%` }} />
                  </span>
                  {format.number(share, { style: 'percent' })}
                </span>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** The programme at a glance: its actions by status and by rating, and its money per currency. */
export function ProgrammeFigures({ figures }: { figures: Figures }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const statusBars = ACTION_STATUSES.map((status) => ({
    key: status,
    label: actionStatusLabel(status, i18n),
    count: figures.by_status[status] ?? 0,
  }));
  const ragBars = RAG_FILTERS.map((rag) => ({
    key: rag,
    label: ragLabel(rag, i18n),
    symbol: ragSymbol(rag),
    count: figures.by_rag[rag] ?? 0,
  }));
  return (
    <section aria-labelledby="programme-figures" className="programme-figures">
      <h2 id="programme-figures">{t('Figures')}</h2>
      <p className="programme-figures__total">
        {tn(
          '{count} action in this programme',
          '{count} actions in this programme',
          figures.actions,
        )}
      </p>
      <div className="programme-figures__charts">
        <CountBars
          id="figures-status"
          title={t('Actions by status')}
          bars={statusBars}
          total={figures.actions}
        />
        <CountBars
          id="figures-rag"
          title={t('Actions by rating at their latest check-in')}
          bars={ragBars}
          total={figures.actions}
        />
      </div>
      <RagHelp />
      <h3>{t('Money')}</h3>
      <MoneyTable figures={figures} />
      <FundingGapHelp />
    </section>
  );
}
