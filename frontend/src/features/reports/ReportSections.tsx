import { Link } from 'react-router';
import type { components } from '../../api/schema';
import { DataTable } from '../../components/DataTable';
import { Fact } from '../../components/Facts';
import { SdgIcon } from '../../components/SdgIcon';
import { useI18n } from '../../i18n/I18nProvider';
import { labelTable } from '../../i18n/labelTable';
import type { ReportSection } from './queries';

type Schemas = components['schemas'];

const ragWords = labelTable<string>((t) => ({
  green: t('Green'),
  amber: t('Amber'),
  red: t('Red'),
  none: t('Not checked in yet'),
}));

const statusWords = labelTable<string>((t) => ({
  planned: t('Planned'),
  ongoing: t('Ongoing'),
  done: t('Done'),
  stalled: t('Stalled'),
  dropped: t('Dropped'),
}));

function useMoney() {
  const { format } = useI18n();
  return (byCurrency: Readonly<Record<string, number>>) => {
    const entries = Object.entries(byCurrency).sort(([a], [b]) => (a < b ? -1 : 1));
    if (entries.length === 0) return '—';
    return entries
      .map(([currency, amount]) =>
        format.number(amount, {
          style: 'currency',
          currency,
          currencyDisplay: 'code',
          maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
        }),
      )
      .join(' · ');
  };
}

/** Counts by key in words: "Ongoing 3, Planned 2". */
function useCounts() {
  const i18n = useI18n();
  const { format } = i18n;
  return (counts: Readonly<Record<string, number>>, words: typeof ragWords) => {
    const entries = Object.entries(counts).filter(([, count]) => count > 0);
    if (entries.length === 0) return '—';
    return format.list(
      entries.map(([key, count]) => `${words(key, i18n)} ${format.number(count)}`),
    );
  };
}

function SdgCoverage({ section }: { section: Schemas['SdgCoverageSection'] }) {
  const { t, format } = useI18n();
  const gaps = new Set(section.gaps);
  const most = Math.max(
    1,
    ...section.goals.map((goal) => goal.initiatives + goal.practices + goal.actions),
  );
  return (
    <DataTable
      caption={section.title}
      className="report-table"
      columns={[t('Goal'), t('Initiatives'), t('Practices'), t('Actions'), t('Coverage')]}
    >
      {section.goals.map((goal) => {
        const total = goal.initiatives + goal.practices + goal.actions;
        return (
          <tr key={goal.sdg} className={gaps.has(goal.sdg) ? 'report-table__gap' : undefined}>
            <th scope="row" className="report-goal">
              <SdgIcon number={goal.sdg} size="small" />
              <span aria-hidden="true">{goal.title}</span>
            </th>
            <td>{format.number(goal.initiatives)}</td>
            <td>{format.number(goal.practices)}</td>
            <td>{format.number(goal.actions)}</td>
            <td>
              {gaps.has(goal.sdg) ? (
                <span className="report-gap">{t('Nothing yet')}</span>
              ) : (
                <span className="report-bar" aria-hidden="true">
                  <span
                    className="report-bar__fill"
                    style={{
                      inlineSize: `${(total / most) * 100}%`,
                      backgroundColor: goal.color,
                    }}
                  />
                </span>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

function Programmes({ section }: { section: Schemas['ProgrammesSection'] }) {
  const { t, format } = useI18n();
  const money = useMoney();
  const counts = useCounts();
  if (section.programmes.length === 0) return <p>{t('The city has no public programme.')}</p>;
  return (
    <ul className="report-programmes">
      {section.programmes.map((programme) => (
        <li key={programme.id}>
          <h3>
            <Link to={`/programmes/${programme.id}`} dir="auto">
              {programme.title}
            </Link>
          </h3>
          <dl className="facts facts--wide">
            <Fact term={t('Kind')}>{programme.kind_label}</Fact>
            <Fact term={t('Period')}>
              {t('{start} to {end}', {
                start: format.day(programme.period_start),
                end: format.day(programme.period_end),
              })}
            </Fact>
            <Fact term={t('Actions')}>{format.number(programme.actions)}</Fact>
            <Fact term={t('By status')}>{counts(programme.by_status, statusWords)}</Fact>
            <Fact term={t('By rating')}>{counts(programme.by_rag, ragWords)}</Fact>
            <Fact term={t('Stalled actions')}>{format.number(programme.stalled)}</Fact>
            <Fact term={t('Cost estimate')}>{money(programme.cost)}</Fact>
            <Fact term={t('Funded')}>{money(programme.funded)}</Fact>
            <Fact term={t('Funding gap')}>{money(programme.funding_gap)}</Fact>
          </dl>
        </li>
      ))}
    </ul>
  );
}

function Indicators({ section }: { section: Schemas['IndicatorsSection'] }) {
  const { t, format } = useI18n();
  if (section.indicators.length === 0) return <p>{t('The city has no public indicator.')}</p>;
  const withUnit = (value: number, unit: string) =>
    unit ? `${format.number(value)} ${unit}` : format.number(value);
  return (
    <DataTable
      caption={section.title}
      className="report-table"
      columns={[
        t('Indicator'),
        t('Of'),
        t('Baseline'),
        t('Latest value in the year'),
        t('Target'),
        t('Progress'),
      ]}
    >
      {section.indicators.map((row) => (
        <tr key={row.id}>
          <th scope="row">
            <bdi>{row.name}</bdi>
          </th>
          <td>
            <Link to={`/${row.owner}s/${row.owner_id}`} dir="auto">
              {row.owner_title}
            </Link>
          </td>
          <td>{withUnit(row.baseline, row.unit)}</td>
          <td>
            {row.latest_value === null ? (
              <span className="report-gap">{t('No measurement')}</span>
            ) : (
              <>
                {withUnit(row.latest_value, row.unit)}
                {row.latest_date && (
                  <span className="fact-line fact-line--muted">{format.day(row.latest_date)}</span>
                )}
              </>
            )}
          </td>
          <td>
            {withUnit(row.target, row.unit)}
            {row.target_date && (
              <span className="fact-line fact-line--muted">{format.day(row.target_date)}</span>
            )}
          </td>
          <td>{row.progress === null ? '—' : format.number(row.progress, { style: 'percent' })}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function PeerLearning({ section }: { section: Schemas['PeerLearningSection'] }) {
  const { t, format } = useI18n();
  return (
    <div className="report-peer">
      <dl className="facts facts--wide">
        <Fact term={t('Sessions hosted')}>{format.number(section.sessions_hosted)}</Fact>
        <Fact term={t('Sessions of other cities attended')}>
          {format.number(section.sessions_attended)}
        </Fact>
        <Fact term={t('Practices shared')}>{format.number(section.practices_shared)}</Fact>
        <Fact term={t('Practices adopted by other cities')}>
          {format.number(section.practices_adopted_by_others)}
        </Fact>
      </dl>
      {section.hosted.length > 0 && (
        <>
          <h3>{t('Sessions hosted')}</h3>
          <ul className="plain-list">
            {section.hosted.map((session) => (
              <li key={session.id}>
                <Link to={`/sessions/${session.id}`} dir="auto">
                  {session.title}
                </Link>{' '}
                <span className="fact-line--muted">{format.date(new Date(session.starts_at))}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {section.journeys.length > 0 && (
        <>
          <h3>{t('Coaching journeys')}</h3>
          <ul className="plain-list">
            {section.journeys.map((journey) => (
              <li key={journey.id}>
                <bdi>{journey.title}</bdi>{' '}
                <span className="fact-line--muted">
                  {t('{percent} done', {
                    percent: format.number(journey.progress / 100, { style: 'percent' }),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A section of the report as the page shows it. */
export function SectionBody({ section }: { section: ReportSection }) {
  switch (section.key) {
    case 'sdg_coverage':
      return <SdgCoverage section={section} />;
    case 'programmes':
      return <Programmes section={section} />;
    case 'indicators':
      return <Indicators section={section} />;
    case 'peer_learning':
      return <PeerLearning section={section} />;
  }
}
