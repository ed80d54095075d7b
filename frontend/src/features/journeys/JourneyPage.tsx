import { useState, type ReactNode } from 'react';
import { Button } from '../../components/Button';
import { Fact } from '../../components/Facts';
import { useFileDownload } from '../../api/download';
import { useCityName } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { ApiError, fieldErrors } from '../../api/problem';
import { ErrorPanel } from '../../components/ErrorPanel';
import { TextAreaField } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { DetailRoute } from '../content/DetailRoute';
import { DownloadButton } from '../../components/DownloadButton';
import { ProgressMeter } from '../../components/ProgressMeter';
import { STAGE_SYMBOLS, stageStatusLabel } from './labels';
import { CoachLine, InvitationAnswer, JourneyHelp, JourneyStatusBadge } from './parts';
import { coaches, worksOn } from './permissions';
import { useDecideStage, useJourney, useSubmitStage } from './queries';
import { TaskItem } from './TaskItem';
import type { Journey, JourneySession, Stage, StageStatus } from './types';
import './journeys.css';

const OPEN_STAGES: readonly StageStatus[] = ['not_started', 'in_progress', 'returned'];

function StageStatusBadge({ status }: { status: StageStatus }) {
  const i18n = useI18n();
  return (
    <span className={`stage-status stage-status--${status}`}>
      <span aria-hidden="true">{STAGE_SYMBOLS[status]}</span> {stageStatusLabel(status, i18n)}
    </span>
  );
}

/** The coach's side: approve a submitted stage, or return it with a comment. */
function CoachDecision({ journey, stage }: { journey: Journey; stage: Stage }) {
  const { t } = useI18n();
  const decide = useDecideStage(journey.id);
  const [comment, setComment] = useState('');
  const errors = decide.error instanceof ApiError ? fieldErrors(decide.error.problem) : {};
  const id = `stage-${stage.key}-comment`;
  return (
    <section className="coach-decision" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('Your decision as the coach')}</h3>
      <TextAreaField
        id={id}
        label={t('Comment for the coached city')}
        hint={t('Needed when you return the stage: say what should change.')}
        dir="auto"
        rows={3}
        maxLength={5000}
        value={comment}
        error={errors.comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="actions">
        <Button
          disabled={decide.isPending}
          onClick={() => decide.mutate({ stageKey: stage.key, approve: true, comment })}
        >
          {t('Approve the stage')}
        </Button>
        <Button
          variant="secondary"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ stageKey: stage.key, approve: false, comment })}
        >
          {t('Return it with the comment')}
        </Button>
      </div>
      {decide.isError && errors.comment === undefined && <ErrorPanel error={decide.error} />}
    </section>
  );
}

/** The coached city's side: send the stage to the coach once its required tasks are done. */
function SubmitStage({ journey, stage }: { journey: Journey; stage: Stage }) {
  const { t } = useI18n();
  const submit = useSubmitStage(journey.id);
  return (
    <div className="stage-submit">
      <Button disabled={submit.isPending} onClick={() => submit.mutate(stage.key)}>
        {stage.status === 'returned'
          ? t('Submit the stage again')
          : t('Submit the stage to the coach')}
      </Button>
      {submit.isError &&
        (submit.error instanceof ApiError && submit.error.status === 409 ? (
          <div className="notice notice--error" role="alert">
            <p>{submit.error.message}</p>
          </div>
        ) : (
          <ErrorPanel error={submit.error} />
        ))}
    </div>
  );
}

function StagePanel({
  journey,
  stage,
  number,
}: {
  journey: Journey;
  stage: Stage;
  number: number;
}) {
  const { t } = useI18n();
  const cityName = useCityName();
  const { data: user } = useCurrentUser();
  const active = journey.status === 'active';
  const open = OPEN_STAGES.includes(stage.status);
  const editable = active && open && worksOn(user, journey);
  return (
    <section
      id="stage-panel"
      className="stage-panel"
      aria-labelledby="stage-panel-heading"
      tabIndex={-1}
    >
      <h2 id="stage-panel-heading">
        {t('Stage {number} of {total}: {title}', {
          number,
          total: journey.stages.length,
          title: stage.title,
        })}
      </h2>
      <p>
        <StageStatusBadge status={stage.status} />
      </p>
      {stage.comment !== '' && (
        <div className="notice stage-comment" role="note" aria-labelledby={`comment-${stage.key}`}>
          <p id={`comment-${stage.key}`} className="notice__title">
            {t('The coach’s comment ({city})', { city: cityName(journey.coach_city) })}
          </p>
          <p dir="auto">{stage.comment}</p>
        </div>
      )}
      <ul className="task-list">
        {stage.tasks.map((task) => (
          <TaskItem
            key={`${task.key}-${editable}`}
            journey={journey}
            task={task}
            editable={editable}
          />
        ))}
      </ul>
      {editable && <SubmitStage journey={journey} stage={stage} />}
      {active && stage.status === 'submitted' && coaches(user, journey) && (
        <CoachDecision key={stage.key} journey={journey} stage={stage} />
      )}
      {active && stage.status === 'submitted' && !coaches(user, journey) && (
        <p>
          {t('This stage is with {city}, the coach, for approval.', {
            city: cityName(journey.coach_city),
          })}
        </p>
      )}
    </section>
  );
}

/** The stages in order, each with its status in words and a symbol; choosing one shows it below. */
function Stepper({
  journey,
  selected,
  onSelect,
}: {
  journey: Journey;
  selected: string;
  onSelect(key: string): void;
}) {
  const { t } = useI18n();
  const i18n = useI18n();
  return (
    <nav aria-label={t('Stages of the journey')}>
      <ol className="stepper">
        {journey.stages.map((stage, index) => (
          <li key={stage.key} className={`stepper__step stepper__step--${stage.status}`}>
            <button
              type="button"
              className="stepper__button"
              aria-current={stage.key === selected ? 'step' : undefined}
              aria-controls="stage-panel"
              onClick={() => {
                onSelect(stage.key);
                document.getElementById('stage-panel')?.focus({ preventScroll: true });
              }}
            >
              <span className="stepper__symbol" aria-hidden="true">
                {STAGE_SYMBOLS[stage.status]}
              </span>
              <span className="stepper__text">
                <span className="stepper__number">
                  {t('Stage {number}', { number: index + 1 })}
                </span>
                <span className="stepper__title">{stage.title}</span>
                <span className="stepper__status">{stageStatusLabel(stage.status, i18n)}</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The stage to show first: the first not yet approved, else the last. */
function currentStage(journey: Journey): string {
  const open = journey.stages.find((stage) => stage.status !== 'approved');
  return (open ?? journey.stages.at(-1))?.key ?? '';
}

/** Shows a list of sessions: the sessions feature's cards, given by the app. */
export type RenderSessions = (sessions: readonly JourneySession[]) => ReactNode;

function JourneyCertificate({ journey }: { journey: Journey }) {
  const { t } = useI18n();
  const download = useFileDownload(
    (api) =>
      api.GET('/api/v1/journeys/{journey_id}/certificate.pdf', {
        params: { path: { journey_id: journey.id } },
        parseAs: 'blob',
      }),
    `journey-${journey.id}-certificate.pdf`,
  );
  return <DownloadButton download={download} label={t('Download the certificate (PDF)')} />;
}

function JourneyDetails({
  journey,
  renderSessions,
}: {
  journey: Journey;
  renderSessions: RenderSessions;
}) {
  const { t, format } = useI18n();
  const [selected, setSelected] = useState(() => currentStage(journey));
  const stageIndex = Math.max(
    0,
    journey.stages.findIndex((stage) => stage.key === selected),
  );
  const stage = journey.stages[stageIndex];
  return (
    <Page title={journey.title} titleLang={journey.language} titleDir="auto">
      <dl className="facts journey-facts">
        <Fact term={t('Coaching')}>
          <CoachLine journey={journey} />
        </Fact>
        <Fact term={t('Status')}>
          <JourneyStatusBadge status={journey.status} />
        </Fact>
        <Fact term={t('Start date')}>{format.day(journey.starts_on)}</Fact>
      </dl>
      <ProgressMeter
        id="journey-progress"
        value={journey.progress}
        label={t('Progress: {percent} % done', { percent: journey.progress })}
      />
      <InvitationAnswer journey={journey} />
      {journey.status === 'completed' ? (
        <div className="notice" role="status">
          <p>{t('Every stage is approved: the journey is complete.')}</p>
          <JourneyCertificate journey={journey} />
        </div>
      ) : (
        <p className="muted">
          {t(
            'The certificate of completion can be downloaded once the coach has approved every stage.',
          )}
        </p>
      )}
      <JourneyHelp />
      <Stepper journey={journey} selected={stage?.key ?? ''} onSelect={setSelected} />
      {stage && <StagePanel journey={journey} stage={stage} number={stageIndex + 1} />}
      <section aria-labelledby="journey-sessions">
        <h2 id="journey-sessions">{t('Sessions of this journey')}</h2>
        {journey.sessions.length === 0 ? (
          <p>{t('No session belongs to this journey yet.')}</p>
        ) : (
          renderSessions(journey.sessions)
        )}
      </section>
    </Page>
  );
}

export function JourneyPage({ renderSessions }: { renderSessions: RenderSessions }) {
  const { t } = useI18n();
  return (
    <DetailRoute
      useItem={useJourney}
      title={t('Coaching journey')}
      back={{ to: '/journeys', label: t('See all coaching journeys') }}
      render={(journey) => <JourneyDetails journey={journey} renderSessions={renderSessions} />}
    />
  );
}
