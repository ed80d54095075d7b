import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCities } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { ApiError, fieldErrors } from '../../api/problem';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FormAlert } from '../../components/FormAlert';
import { InputField, SelectField } from '../../components/FormFields';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { textDirection } from '../../i18n/languages';
import { LogInPage } from '../../components/LogIn';
import { SubmitButton } from '../content/SubmitButton';
import { useActingCities } from '../content/useActingCities';
import { JourneyHelp } from './parts';
import { useJourneyTemplates, useStartJourney } from './queries';
import type { JourneyTemplate } from './types';
import './journeys.css';

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The templates as radio buttons, each with the stages it goes through. */
function TemplatePicker({
  templates,
  value,
  error,
  onChange,
}: {
  templates: readonly JourneyTemplate[];
  value: string;
  error: string | undefined;
  onChange(key: string): void;
}) {
  const { t, tn } = useI18n();
  return (
    <fieldset className="template-picker" aria-describedby={error ? 'template-error' : undefined}>
      <legend>{t('Template')}</legend>
      {templates.map((template) => (
        <div key={template.key} className="template-option">
          <label className="radio">
            <input
              type="radio"
              name="template"
              id={`template-${template.key}`}
              value={template.key}
              checked={value === template.key}
              onChange={() => onChange(template.key)}
              aria-describedby={`template-${template.key}-stages`}
            />
            {template.title}
          </label>
          <ol id={`template-${template.key}-stages`} className="template-option__stages">
            {template.stages.map((stage) => (
              <li key={stage.key}>
                {stage.title}{' '}
                <span className="muted">
                  ({tn('{count} task', '{count} tasks', stage.tasks.length)})
                </span>
              </li>
            ))}
          </ol>
        </div>
      ))}
      {error && (
        <p id="template-error" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A coach city's administrator invites another city to a journey made from a template. */
export function JourneyFormPage() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const cities = useCities();
  const templates = useJourneyTemplates();
  const start = useStartJourney();
  const coachCities = useActingCities('city_admin');
  const [coach, setCoach] = useState('');
  const [coachee, setCoachee] = useState('');
  const [template, setTemplate] = useState('');
  const [startsOn, setStartsOn] = useState(today);
  const [title, setTitle] = useState('');
  const pageTitle = t('Start a coaching journey');

  if (user.isPending || cities.isPending || templates.isPending) return <Loading />;
  if (!user.data) {
    return (
      <LogInPage
        title={pageTitle}
        lead={t('Log in as the administrator of the coach city to start a journey.')}
      />
    );
  }
  if (cities.isError) return <ErrorPanel error={cities.error} />;
  if (templates.isError) return <ErrorPanel error={templates.error} />;
  if (coachCities.length === 0) {
    return (
      <Page
        title={pageTitle}
        lead={t(
          'Only a city’s administrators can start a journey in which their city is the coach.',
        )}
      />
    );
  }
  const coachCity = coach || coachCities[0] || '';
  const chosenTemplate = template || templates.data[0]?.key || '';
  const errors = start.error instanceof ApiError ? fieldErrors(start.error.problem) : {};
  const alerts = start.error instanceof ApiError ? [start.error.message] : [];
  const titleError = Object.entries(errors).find(([field]) => field.startsWith('title'))?.[1];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    start.mutate(
      {
        template: chosenTemplate,
        coach_city: coachCity,
        coachee_city: coachee,
        starts_on: startsOn,
        ...(title.trim() ? { title: { [language]: title.trim() } } : {}),
      },
      { onSuccess: (journey) => navigate(`/journeys/${journey.id}`) },
    );
  }

  return (
    <Page
      title={pageTitle}
      lead={t('The coached city’s administrators are invited and answer the invitation.')}
    >
      <JourneyHelp />
      <form className="form form--wide journey-form" onSubmit={submit} noValidate>
        <FormAlert messages={alerts} />
        {start.isError && !(start.error instanceof ApiError) && <ErrorPanel error={start.error} />}
        <div className="field-row">
          <SelectField
            id="coach_city"
            label={t('Coach city')}
            value={coachCity}
            error={errors.coach_city}
            onChange={(event) => setCoach(event.target.value)}
          >
            {(cities.data ?? [])
              .filter((city) => coachCities.includes(city.slug))
              .map((city) => (
                <option key={city.slug} value={city.slug}>
                  {city.name}
                </option>
              ))}
          </SelectField>
          <SelectField
            id="coachee_city"
            label={t('Coached city')}
            hint={t('The city or district municipality the coach guides.')}
            value={coachee}
            error={errors.coachee_city}
            required
            onChange={(event) => setCoachee(event.target.value)}
          >
            <option value="">{t('Choose a city')}</option>
            {(cities.data ?? [])
              .filter((city) => city.slug !== coachCity)
              .map((city) => (
                <option key={city.slug} value={city.slug}>
                  {city.name}
                </option>
              ))}
          </SelectField>
        </div>
        <TemplatePicker
          templates={templates.data}
          value={chosenTemplate}
          error={errors.template}
          onChange={setTemplate}
        />
        <div className="field-row">
          <InputField
            id="starts_on"
            type="date"
            label={t('Start date')}
            value={startsOn}
            error={errors.starts_on}
            required
            onChange={(event) => setStartsOn(event.target.value)}
          />
          <InputField
            id="title"
            label={t('Title (optional)')}
            hint={t('Without one, the journey is called after its template.')}
            lang={language}
            dir={textDirection(language)}
            maxLength={300}
            value={title}
            error={titleError}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="actions">
          <SubmitButton
            label={t('Send the invitation')}
            pending={start.isPending}
            pendingLabel={t('Sending…')}
          />
          <Link to="/journeys">{t('Cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}
