import { QueryView } from '../../components/QueryView';
import { useI18n } from '../../i18n/I18nProvider';
import { InitiativeCard } from './InitiativeCard';
import { useSimilar } from './queries';

/** Initiatives of other cities on the same goals and themes, in any language. */
export function SimilarList({ initiativeId }: { initiativeId: number }) {
  const { t } = useI18n();
  const similar = useSimilar(initiativeId);
  return (
    <QueryView
      query={similar}
      empty={<p>{t('No initiative of another city works on the same goals and themes yet.')}</p>}
    >
      {(items) => (
        <ul className="initiative-list initiative-list--grid">
          {items.map((item) => (
            <InitiativeCard key={item.id} initiative={item} />
          ))}
        </ul>
      )}
    </QueryView>
  );
}
