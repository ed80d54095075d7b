import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../i18n/I18nProvider';
import { PracticeCard } from './PracticeCard';
import { useSimilarPractices } from './queries';

/** Practices of other cities on the same goals and themes, in any language. */
export function SimilarPractices({ practiceId }: { practiceId: number }) {
  const { t } = useI18n();
  const similar = useSimilarPractices(practiceId);
  if (similar.isPending) return <Loading />;
  if (similar.isError)
    return <ErrorPanel error={similar.error} onRetry={() => void similar.refetch()} />;
  if (similar.data.length === 0) {
    return <p>{t('No practice of another city works on the same goals and themes yet.')}</p>;
  }
  return (
    <ul className="initiative-list initiative-list--grid">
      {similar.data.map((item) => (
        <PracticeCard key={item.id} practice={item} />
      ))}
    </ul>
  );
}
