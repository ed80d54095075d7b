import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../i18n/I18nProvider';
import { InitiativeCard } from './InitiativeCard';
import { useSimilar } from './queries';

/** Initiatives of other cities on the same goals and themes, in any language. */
export function SimilarList({ initiativeId }: { initiativeId: number }) {
  const { t } = useI18n();
  const similar = useSimilar(initiativeId);
  if (similar.isPending) return <Loading />;
  if (similar.isError)
    return <ErrorPanel error={similar.error} onRetry={() => void similar.refetch()} />;
  if (similar.data.length === 0) {
    return <p>{t('No initiative of another city works on the same goals and themes yet.')}</p>;
  }
  return (
    <ul className="initiative-list initiative-list--grid">
      {similar.data.map((item) => (
        <InitiativeCard key={item.id} initiative={item} />
      ))}
    </ul>
  );
}
