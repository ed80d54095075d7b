import { useI18n } from '../../i18n/I18nProvider';

/** A question a new user may have, answered in place when they open it. */
function Explainer({ question, children }: { question: string; children: string }) {
  return (
    <details className="explainer">
      <summary>{question}</summary>
      <p>{children}</p>
    </details>
  );
}

export function RagHelp() {
  const { t } = useI18n();
  return (
    <Explainer question={t('What do green, amber and red mean?')}>
      {t(
        'Each quarter the people responsible rate every action: green when it is on track, amber when it is at risk of slipping and needs attention, red when it is off track and cannot go on without help. The rating is always written out as well, so no one needs to tell the colours apart.',
      )}
    </Explainer>
  );
}

export function StalledHelp() {
  const { t } = useI18n();
  return (
    <Explainer question={t('When is an action stalled?')}>
      {t(
        'An action is stalled when its latest check-in is red, or when it is ongoing and nobody has checked it in for the last two full quarters. Stalled actions are listed first so that the programme’s bottlenecks are seen and solved.',
      )}
    </Explainer>
  );
}

export function FundingGapHelp() {
  const { t } = useI18n();
  return (
    <Explainer question={t('What is the funding gap?')}>
      {t(
        'The funding gap is the part of the estimated cost that no source has committed yet: the cost estimate minus the amount funded, never less than zero. An action without a cost estimate has no gap. Amounts are added up per currency and never converted.',
      )}
    </Explainer>
  );
}
