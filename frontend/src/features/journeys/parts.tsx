import { CardTitle } from '../../components/CardTitle';
import { Button } from '../../components/Button';
import { useCityName } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { ErrorPanel } from '../../components/ErrorPanel';
import { HelpNote } from '../../components/HelpNote';
import { ProgressMeter } from '../../components/ProgressMeter';
import { useI18n } from '../../i18n/I18nProvider';
import { JOURNEY_SYMBOLS, journeyStatusLabel } from './labels';
import { canAnswer } from './permissions';
import { useAnswerInvitation } from './queries';
import type { JourneyStatus, JourneySummary } from './types';

export function JourneyStatusBadge({ status }: { status: JourneyStatus }) {
  const i18n = useI18n();
  return (
    <span className={`journey-status journey-status--${status}`}>
      <span aria-hidden="true">{JOURNEY_SYMBOLS[status]}</span> {journeyStatusLabel(status, i18n)}
    </span>
  );
}

/** "Izmir coaches Karşıyaka": who guides whom. */
export function CoachLine({ journey }: { journey: JourneySummary }) {
  const { t } = useI18n();
  const cityName = useCityName();
  return (
    <span>
      {t('{coach} coaches {coachee}', {
        coach: cityName(journey.coach_city),
        coachee: cityName(journey.coachee_city),
      })}
    </span>
  );
}

/** The coachee city's administrators accept or decline the coach's invitation. */
export function InvitationAnswer({ journey }: { journey: JourneySummary }) {
  const { t } = useI18n();
  const cityName = useCityName();
  const { data: user } = useCurrentUser();
  const answer = useAnswerInvitation(journey.id);
  if (!canAnswer(user, journey)) return null;
  const headingId = `invitation-${journey.id}`;
  return (
    <div className="invitation" role="group" aria-labelledby={headingId}>
      <p id={headingId}>
        {t('{coach} invites {coachee} to this journey. Do you accept?', {
          coach: cityName(journey.coach_city),
          coachee: cityName(journey.coachee_city),
        })}
      </p>
      <div className="actions">
        <Button disabled={answer.isPending} onClick={() => answer.mutate(true)}>
          {t('Accept the invitation')}
        </Button>
        <Button
          variant="secondary"
          disabled={answer.isPending}
          onClick={() => answer.mutate(false)}
        >
          {t('Decline')}
        </Button>
      </div>
      {answer.isError && <ErrorPanel error={answer.error} />}
    </div>
  );
}

/** A journey in a list: its title, who coaches whom, its status and progress. */
export function JourneyCard({ journey }: { journey: JourneySummary }) {
  const { t, format } = useI18n();
  return (
    <li className="journey-card">
      <CardTitle
        level={3}
        className="journey-card__title"
        to={`/journeys/${journey.id}`}
        item={journey}
      />
      <p className="journey-card__meta">
        <CoachLine journey={journey} />
        <JourneyStatusBadge status={journey.status} />
        <span>{t('Since {date}', { date: format.day(journey.starts_on) })}</span>
      </p>
      <ProgressMeter
        id={`journey-${journey.id}-progress`}
        value={journey.progress}
        label={t('{percent} % done', { percent: journey.progress })}
      />
      <InvitationAnswer journey={journey} />
    </li>
  );
}

export function JourneyHelp() {
  const { t } = useI18n();
  return (
    <HelpNote question={t('What is a coaching journey?')}>
      <p>
        {t(
          'A coach city guides another city or a district municipality step by step, for example from the first baseline to international reporting. The journey is made of stages; each stage has tasks.',
        )}
      </p>
      <p>
        {t(
          'The coached city ticks off the tasks, shows its own initiatives, practices, programmes, sessions or links as evidence, and submits the stage. The coach approves it or returns it with a comment. When every stage is approved, both cities get a certificate of completion.',
        )}
      </p>
    </HelpNote>
  );
}
