import { type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../i18n/I18nProvider';
import { SdgSquare } from '../../components/SdgIcon';
import { useSdgs } from '../../api/taxonomy';

export function useCityCoverage(slug: string) {
  return useApiQuery(
    ['coverage', slug],
    (api) => api.GET('/api/v1/cities/{slug}/sdg-coverage', { params: { path: { slug } } }),
    { sameInEveryLanguage: true },
  );
}

/** The page's address names the gap whose partners are shown (`?partners=7`), so it can be linked to. */
const PARTNERS_PARAM = 'partners';

/**
 * How many of the city's initiatives serve each goal, as 17 bars in the goals'
 * colours. A goal without any (a gap) is drawn hatched and outlined, and says so in words.
 */
export function SdgCoverage({
  slug,
  cityName,
  renderPartners,
}: {
  slug: string;
  cityName: string;
  /** Who is strong in a gap goal (drawn by the feature that owns partner finding). */
  renderPartners?(sdg: number, goalTitle: string): ReactNode;
}) {
  const { t, tn } = useI18n();
  const coverage = useCityCoverage(slug);
  const sdgs = useSdgs();
  const [params, setParams] = useSearchParams();
  if (coverage.isPending || sdgs.isPending) return <Loading />;
  if (coverage.isError)
    return <ErrorPanel error={coverage.error} onRetry={() => void coverage.refetch()} />;
  if (sdgs.isError) return <ErrorPanel error={sdgs.error} onRetry={() => void sdgs.refetch()} />;
  const counts = new Map(coverage.data.goals.map((goal) => [goal.sdg, goal.initiatives]));
  const highest = Math.max(1, ...counts.values());
  const gaps = coverage.data.gaps;
  const asked = Number(params.get(PARTNERS_PARAM));
  const chosen = gaps.includes(asked) ? asked : null;
  const choose = (sdg: number | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (sdg === null) next.delete(PARTNERS_PARAM);
        else next.set(PARTNERS_PARAM, String(sdg));
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  return (
    <>
      <p>
        {gaps.length === 0
          ? t('{city} has initiatives for all 17 goals.', { city: cityName })
          : tn(
              '{count} of the 17 goals has no initiative in {city} yet: it is marked as a gap.',
              '{count} of the 17 goals have no initiative in {city} yet: they are marked as gaps.',
              gaps.length,
              { city: cityName },
            )}
      </p>
      <ol className="coverage" aria-label={t('Initiatives per goal in {city}', { city: cityName })}>
        {sdgs.data.map((sdg) => {
          const count = counts.get(sdg.number) ?? 0;
          const gap = count === 0;
          return (
            <li key={sdg.number} className={`coverage__goal${gap ? ' coverage__goal--gap' : ''}`}>
              <SdgSquare sdg={sdg} size="small" />
              <span className="coverage__title">
                <Link to={`/sdgs/${sdg.number}`}>
                  <span className="visually-hidden">
                    {t('SDG {number}', { number: sdg.number })}{' '}
                  </span>
                  {sdg.title}
                </Link>
              </span>
              <span className="coverage__bar" aria-hidden="true">
                {!gap && (
                  <span
                    className="coverage__fill"
                    style={{
                      inlineSize: `${(count / highest) * 100}%`,
                      backgroundColor: sdg.color,
                    }}
                  />
                )}
              </span>
              <span className="coverage__count">
                {gap
                  ? t('Gap: no initiative yet')
                  : tn('{count} initiative', '{count} initiatives', count)}
              </span>
              {gap && renderPartners && (
                <button
                  type="button"
                  className="button button--small button--secondary coverage__partners"
                  aria-expanded={chosen === sdg.number}
                  aria-label={t('Find partners for SDG {number}', { number: sdg.number })}
                  onClick={() => choose(chosen === sdg.number ? null : sdg.number)}
                >
                  {t('Find partners')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {chosen !== null &&
        renderPartners?.(
          chosen,
          `${t('SDG {number}', { number: chosen })}: ${
            sdgs.data.find((sdg) => sdg.number === chosen)?.title ?? ''
          }`,
        )}
    </>
  );
}
