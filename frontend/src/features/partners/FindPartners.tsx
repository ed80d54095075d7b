import { useState, type FormEvent } from 'react';
import { QueryView } from '../../components/QueryView';
import { Link } from 'react-router';
import { useCurrentUser } from '../../api/currentUser';
import { EmptyState } from '../../components/EmptyState';
import { FormAlert } from '../../components/FormAlert';
import { TextAreaField } from '../../components/FormFields';
import { RadioGroup } from '../../components/RadioGroup';
import { formErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { proposedKindLabel } from './labels';
import { usePartners, useSendExchangeRequest, type Partner, type ProposedKind } from './queries';

const PROPOSED_KINDS: readonly ProposedKind[] = [
  'study_visit',
  'webinar',
  'bilateral_meeting',
  'workshop',
];

function RequestForm({ from, partner, sdg }: { from: string; partner: Partner; sdg: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const send = useSendExchangeRequest();
  const [kind, setKind] = useState<ProposedKind>('study_visit');
  const [message, setMessage] = useState('');
  const errors = formErrors(send.error, ['message', 'proposed_kind', 'to_city'], i18n);
  const id = `request-${partner.city}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send.mutate({ from_city: from, to_city: partner.city, sdg, message, proposed_kind: kind });
  }

  if (send.isSuccess) {
    return (
      <p className="notice" role="status">
        {t('Your request was sent; the city admins of {city} are told in their language.', {
          city: partner.name,
        })}{' '}
        <Link to="/exchange-requests">{t('Exchange requests')}</Link>
      </p>
    );
  }
  return (
    <form
      className="form request-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h4 id={`${id}-title`}>{t('Propose an exchange to {city}', { city: partner.name })}</h4>
      <FormAlert messages={send.isError ? errors.alerts : []} />
      <RadioGroup<ProposedKind>
        name={`${id}-kind`}
        legend={t('What do you propose?')}
        options={PROPOSED_KINDS.map((value) => ({ value, label: proposedKindLabel(value, i18n) }))}
        value={kind}
        onChange={(value) => setKind(value)}
        error={errors.fields.proposed_kind}
      />
      <TextAreaField
        id={`${id}-message`}
        label={t('Message')}
        hint={t('What you would like to learn, and when would suit you.')}
        dir="auto"
        rows={3}
        maxLength={4000}
        required
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        error={errors.fields.message}
      />
      <button type="submit" className="button" disabled={send.isPending}>
        {send.isPending ? t('Sending…') : t('Send the request')}
      </button>
    </form>
  );
}

function PartnerCard({
  partner,
  from,
  sdg,
}: {
  partner: Partner;
  from: string | null;
  sdg: number;
}) {
  const { t, format } = useI18n();
  const [proposing, setProposing] = useState(false);
  return (
    <li className="partner">
      <h3 className="partner__name">
        <Link to={`/cities/${partner.city}`}>{partner.name}</Link>{' '}
        <span className="partner__score">
          {t('score {score}', { score: format.number(partner.score) })}
        </span>
      </h3>
      <ul className="partner__reasons" aria-label={t('Why {city}', { city: partner.name })}>
        {partner.reasons.map((reason, index) => (
          <li key={`${reason.kind}-${index}`} className={`reason reason--${reason.kind}`}>
            {reason.text}
          </li>
        ))}
      </ul>
      {(partner.initiatives.length > 0 || partner.practices.length > 0) && (
        <ul className="partner__items" aria-label={t('Their work behind it')}>
          {partner.initiatives.map((item) => (
            <li key={`i-${item.id}`}>
              <Link to={`/initiatives/${item.id}`} lang={item.language} dir="auto">
                {item.title}
              </Link>
            </li>
          ))}
          {partner.practices.map((item) => (
            <li key={`p-${item.id}`}>
              <Link to={`/practices/${item.id}`} lang={item.language} dir="auto">
                {item.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {from !== null &&
        (proposing ? (
          <RequestForm from={from} partner={partner} sdg={sdg} />
        ) : (
          <button type="button" className="button button--small" onClick={() => setProposing(true)}>
            {t('Propose an exchange')}
          </button>
        ))}
    </li>
  );
}

/** Who is strong in a goal where this city has a gap, and why; members may propose an exchange. */
export function FindPartners({
  slug,
  sdg,
  sdgTitle,
}: {
  slug: string;
  sdg: number;
  sdgTitle: string;
}) {
  const { t } = useI18n();
  const { data: user } = useCurrentUser();
  const partners = usePartners(slug, sdg);
  const member = user?.memberships.some((membership) => membership.city === slug) ?? false;
  return (
    <section className="partners" aria-labelledby="partners-title" aria-live="polite">
      <h3 id="partners-title">{t('Partners for {goal}', { goal: sdgTitle })}</h3>
      <QueryView
        query={partners}
        empty={
          <EmptyState
            message={t('No city has published work on this goal yet.')}
            explanation={t(
              'Cities appear here as soon as they publish initiatives or practices on it.',
            )}
          />
        }
      >
        {(found) => (
          <ol className="partner-list">
            {found.items.map((partner) => (
              <PartnerCard
                key={partner.city}
                partner={partner}
                from={member ? slug : null}
                sdg={sdg}
              />
            ))}
          </ol>
        )}
      </QueryView>
    </section>
  );
}
