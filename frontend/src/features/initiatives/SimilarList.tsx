import { CardGrid } from '../../components/CardGrid';
import { useI18n } from '../../i18n/I18nProvider';
import { InitiativeCard } from './InitiativeCard';
import { useSimilar } from './queries';

/** Initiatives of other cities on the same goals and themes, in any language. */
export function SimilarList({ initiativeId }: { initiativeId: number }) {
  const { t } = useI18n();
  return (
    <CardGrid
      query={useSimilar(initiativeId)}
      empty={<p>{t('No initiative of another city works on the same goals and themes yet.')}</p>}
      card={(item) => <InitiativeCard key={item.id} initiative={item} />}
    />
  );
}
