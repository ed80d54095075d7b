import { Link, useNavigate } from 'react-router';
import { Button } from '../../components/Button';
import { QueryView } from '../../components/QueryView';
import { useCurrentUser } from '../../api/currentUser';
import { canOrganise } from '../content/permissions';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import type { I18n } from '../../i18n/I18nProvider';
import { proposedKindLabel } from './labels';
import { useAnswerExchangeRequest, useExchangeRequests, type ExchangeRequest } from './queries';

function statusLabel(status: ExchangeRequest['status'], { t }: Pick<I18n, 't'>): string {
  switch (status) {
    case 'pending':
      return t('Waiting for an answer');
    case 'accepted':
      return t('Accepted');
    case 'declined':
      return t('Declined');
  }
}

function RequestItem({ request }: { request: ExchangeRequest }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const navigate = useNavigate();
  const { data: user } = useCurrentUser();
  const answer = useAnswerExchangeRequest();
  const headingId = `exchange-${request.id}`;
  return (
    <li className="exchange-request" aria-labelledby={headingId}>
      <h2 id={headingId} className="exchange-request__title">
        {t('{proposal}: {from} → {to}', {
          proposal: proposedKindLabel(request.proposed_kind, i18n),
          from: request.from_city_name,
          to: request.to_city_name,
        })}
      </h2>
      <p className="exchange-request__meta">
        <span className={`badge badge--${request.status}`}>
          {statusLabel(request.status, i18n)}
        </span>{' '}
        {format.date(new Date(request.created_at))}
        {request.sdg !== null && <> · {t('SDG {number}', { number: request.sdg })}</>}
      </p>
      <p dir="auto" className="exchange-request__message">
        {request.message}
      </p>
      {request.may_decide && (
        <div className="exchange-request__actions">
          <button
            type="button"
            className="button"
            disabled={answer.isPending}
            onClick={() =>
              answer.mutate(
                { id: request.id, answer: 'accept' },
                {
                  onSuccess: (accepted) => {
                    if (accepted.session_id === null) return;
                    // Organisers complete the draft in the editor; a city admin sees it first.
                    const editor = canOrganise(user, accepted.to_city) ? '/edit' : '';
                    void navigate(`/sessions/${accepted.session_id}${editor}`);
                  },
                },
              )
            }
          >
            {t('Accept and prepare the session')}
          </button>
          <Button
            variant="secondary"
            disabled={answer.isPending}
            onClick={() => answer.mutate({ id: request.id, answer: 'decline' })}
          >
            {t('Decline')}
          </Button>
        </div>
      )}
      {answer.isError && <ErrorPanel error={answer.error} />}
      {request.status === 'accepted' && request.session_id !== null && (
        <p>
          <Link to={`/sessions/${request.session_id}`}>{t('The session')}</Link>
        </p>
      )}
    </li>
  );
}

/** Exchange requests the caller's cities sent and received, newest first, with their answers. */
export function ExchangeRequestsPage() {
  const { t } = useI18n();
  const { data: user, isPending } = useCurrentUser();
  const requests = useExchangeRequests(Boolean(user));
  if (isPending) return <Loading />;
  if (!user) {
    return (
      <Page title={t('Exchange requests')}>
        <p>
          <Link to="/login">{t('Log in to see your city’s exchange requests.')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page
      title={t('Exchange requests')}
      lead={t(
        'Study visits, webinars, meetings and workshops your cities proposed or were offered.',
      )}
    >
      <QueryView
        query={requests}
        empty={
          <EmptyState
            message={t('No exchange requests yet.')}
            explanation={t(
              'Find partners on your city’s page, under the goals it has no initiative for.',
            )}
          />
        }
      >
        {(page) => (
          <ul className="exchange-requests">
            {page.items.map((request) => (
              <RequestItem key={request.id} request={request} />
            ))}
          </ul>
        )}
      </QueryView>
    </Page>
  );
}
