import { CardGrid } from '../../components/CardGrid';
import { useI18n } from '../../i18n/I18nProvider';
import { PracticeCard } from './PracticeCard';
import { useSimilarPractices } from './queries';

/** Practices of other cities on the same goals and themes, in any language. */
export function SimilarPractices({ practiceId }: { practiceId: number }) {
  const { t } = useI18n();
  return (
    <CardGrid
      query={useSimilarPractices(practiceId)}
      empty={<p>{t('No practice of another city works on the same goals and themes yet.')}</p>}
      card={(item) => <PracticeCard key={item.id} practice={item} />}
    />
  );
}
