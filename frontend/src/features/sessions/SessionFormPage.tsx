import { Link } from 'react-router';
import type { City } from '../../api/cities';
import { SelectField } from '../../components/FormFields';
import { RadioGroup } from '../../components/RadioGroup';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { EditorRoute } from '../content/EditorRoute';
import {
  CityField,
  EditorFrame,
  GoalsAndThemes,
  OriginalLanguageField,
} from '../content/EditorParts';
import { useOpenSaved, type EditorPlaces } from '../content/editorPlaces';
import { TextsSection } from '../content/TextsSection';
import { useVersionedEditor, type VersionedEditor } from '../content/useVersionedEditor';
import { formatLabel, kindLabel } from './labels';
import { useSession, useSessionEndpoints } from './queries';
import { emptySessionDraft, timeErrors, type SessionDraft } from './sessionDraft';
import { DateTimeSection, SeatsSection } from './sessionFormSections';
import { sessionKind } from './sessionKind';
import { useSessionMergeLabels } from './sessionMergeLabels';
import { FORMATS, isKind, KINDS, type Session } from './types';
import './sessions.css';

type Editor = VersionedEditor<SessionDraft>;

// A series saved is several sessions: the list shows them.
const PLACES: EditorPlaces = { list: '/sessions', item: (id) => `/sessions/${id}` };

function SessionBasics({ editor, session, cities }: EditorProps & { editor: Editor }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { draft, errors, change } = editor;
  return (
    <fieldset className="form-section">
      <legend>{t('Basics')}</legend>
      <div className="field-row">
        <CityField
          id="host_city"
          label={t('Host city')}
          cities={cities}
          fixed={session?.host_city ?? null}
          value={draft.host_city}
          error={errors.host_city}
          onSelect={(city) => change({ host_city: city.slug, timezone: city.timezone })}
        />
        <SelectField
          id="kind"
          label={t('Kind of session')}
          value={draft.kind}
          onChange={(event) => {
            if (isKind(event.target.value)) change({ kind: event.target.value });
          }}
          error={errors.kind}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind, i18n)}
            </option>
          ))}
        </SelectField>
      </div>
      <RadioGroup
        name="format"
        legend={t('Format')}
        options={FORMATS.map((option) => ({ value: option, label: formatLabel(option, i18n) }))}
        value={draft.format}
        onChange={(format) => change({ format })}
        error={errors.format}
      />
    </fieldset>
  );
}

function SessionTexts({ editor, isNew }: { editor: Editor; isNew: boolean }) {
  const { t } = useI18n();
  return (
    <TextsSection
      editor={editor}
      idPrefix="session-texts"
      intro={
        <>
          <p className="field__hint">
            {t(
              'Describe the session in its original language; add other languages so more cities can follow.',
            )}
          </p>
          {isNew && (
            <OriginalLanguageField
              editor={editor}
              hint={t('The language the session was first described in.')}
            />
          )}
        </>
      }
      texts={[{ field: 'description', label: t('Description'), rows: 6 }]}
    />
  );
}

interface EditorProps {
  /** The session edited; null when scheduling a new one. */
  session: Session | null;
  cities: City[];
}

function SessionEditor({ session, cities }: EditorProps) {
  const { t, language } = useI18n();
  const endpoints = useSessionEndpoints();
  const editor = useVersionedEditor(sessionKind, {
    item: session,
    newDraft: () => emptySessionDraft(cities[0] ?? null, language),
    endpoints,
    validate: timeErrors,
    onSaved: useOpenSaved(PLACES),
  });
  const { draft } = editor;
  const merge = useSessionMergeLabels(draft.timezone);
  const cityLabel = cities.find((city) => city.slug === draft.host_city)?.name ?? draft.host_city;
  return (
    <EditorFrame
      editor={editor}
      existing={session}
      create={{
        title: t('New session'),
        submit: draft.repeat ? t('Schedule the series') : t('Schedule the session'),
      }}
      places={PLACES}
      merge={merge}
      className="session-form"
    >
      <SessionBasics editor={editor} session={session} cities={cities} />
      <SessionTexts editor={editor} isNew={session === null} />
      <DateTimeSection editor={editor} isNew={session === null} cityLabel={cityLabel} />
      <SeatsSection editor={editor} />
      <GoalsAndThemes editor={editor} />
    </EditorFrame>
  );
}

export default function SessionFormPage() {
  const { t } = useI18n();
  return (
    <EditorRoute
      useItem={useSession}
      role="organiser"
      cityOf={(session) => session.host_city}
      titles={{ create: t('New session'), edit: t('Edit session') }}
      loginLead={t('Log in as an organiser of your city to schedule sessions.')}
      forbiddenLead={t(
        'Only the organisers of a city and platform administrators can schedule and edit its sessions.',
      )}
      refuse={(session, title) =>
        session.cancelled ? (
          <Page title={title} lead={t('A cancelled session cannot be changed.')}>
            <p>
              <Link to={`/sessions/${session.id}`}>{t('Back to the session')}</Link>
            </p>
          </Page>
        ) : null
      }
      render={(session, cities) => <SessionEditor session={session} cities={cities} />}
    />
  );
}
