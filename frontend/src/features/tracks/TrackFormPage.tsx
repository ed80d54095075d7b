import { useCityName, type City } from '../../api/cities';
import { useI18n } from '../../i18n/I18nProvider';
import { InputField } from '../../components/FormFields';
import { EditorRoute } from '../content/EditorRoute';
import { BasicsSection, EditorFrame } from '../content/EditorParts';
import { useOpenSaved, type EditorPlaces } from '../content/editorPlaces';
import { TextsSection } from '../content/TextsSection';
import { LinkChoices } from '../content/LinkChoices';
import { useVersionedEditor, type VersionedEditor } from '../content/useVersionedEditor';
import { fieldLabel, textFieldLabel } from './labels';
import { useHostSessions, useTrack, useTrackEndpoints } from './queries';
import { emptyDraft, trackKind, type TrackDraft } from './trackKind';
import { TEXT_FIELDS, type Track } from './types';
import './tracks.css';

type Editor = VersionedEditor<TrackDraft>;

const PLACES: EditorPlaces = { list: '/tracks', item: (id) => `/tracks/${id}` };

/** The host city's sessions to choose from, and how many of them a participant must attend. */
function SessionsSection({ editor }: { editor: Editor }) {
  const { t, format } = useI18n();
  const cityName = useCityName();
  const { draft, errors, change } = editor;
  const sessions = useHostSessions(draft.host_city);
  return (
    <fieldset className="form-section">
      <legend>{t('Sessions and the rule')}</legend>
      <LinkChoices
        field="session_ids"
        legend={t('Sessions of the track')}
        hint={t('Sessions hosted by {city}, for example the days of one training.', {
          city: cityName(draft.host_city),
        })}
        items={sessions.isPending ? undefined : (sessions.data?.items ?? [])}
        noneText={t('This city has no sessions yet.')}
        selected={draft.session_ids}
        onChange={(session_ids) => change({ session_ids })}
        idPrefix="track-session"
        listClassName="track-form__sessions"
        error={errors.session_ids}
        renderLabel={(session, inputId) => (
          <label htmlFor={inputId}>
            <span lang={session.language} dir="auto">
              {session.title}
            </span>
            <time dateTime={session.starts_at} className="muted">
              {format.dateTime(new Date(session.starts_at), session.timezone)}
            </time>
          </label>
        )}
      />
      <InputField
        id="required_sessions"
        type="number"
        inputMode="numeric"
        min={1}
        max={Math.max(1, draft.session_ids.length)}
        label={t('Sessions to attend for the certificate')}
        hint={t('Out of the {count} chosen: at least this many attended earn the certificate.', {
          count: draft.session_ids.length,
        })}
        value={String(draft.required_sessions)}
        error={errors.required_sessions}
        onChange={(event) => change({ required_sessions: Number(event.target.value) })}
      />
    </fieldset>
  );
}

function TrackEditor({ track, cities }: { track: Track | null; cities: City[] }) {
  const { t, language } = useI18n();
  const editor = useVersionedEditor(trackKind, {
    item: track,
    newDraft: () => emptyDraft({ host_city: cities[0]?.slug ?? '' }, language),
    endpoints: useTrackEndpoints(),
    onSaved: useOpenSaved(PLACES),
  });
  const merge = {
    title: t('Someone else changed this track while you were editing'),
    textFields: TEXT_FIELDS,
    fieldLabel,
    textFieldLabel,
  };
  return (
    <EditorFrame
      editor={editor}
      existing={track}
      create={{ title: t('New learning track'), submit: t('Publish the track') }}
      places={PLACES}
      merge={merge}
      className="track-form"
    >
      <BasicsSection
        editor={editor}
        cities={cities}
        existing={track}
        cityField="host_city"
        cityLabel={t('Host city')}
        clearedWithCity={{ session_ids: [] }}
        languageHint={t('The language the track was first described in.')}
      />
      <TextsSection
        editor={editor}
        titleMaxLength={200}
        texts={[{ field: 'description', label: t('Description'), rows: 5, maxLength: 10000 }]}
      />
      <SessionsSection editor={editor} />
    </EditorFrame>
  );
}

/** The editor for a new track (`/tracks/new`) or an edit (`/tracks/:id/edit`). */
export function TrackFormPage() {
  const { t } = useI18n();
  return (
    <EditorRoute
      useItem={useTrack}
      role="organiser"
      cityOf={(track) => track.host_city}
      titles={{ create: t('New learning track'), edit: t('Edit learning track') }}
      loginLead={t('Log in as an organiser of your city to put its sessions together as a track.')}
      forbiddenLead={t(
        'Only the organisers of the host city and platform administrators can keep its learning tracks.',
      )}
      render={(track, cities) => <TrackEditor track={track} cities={cities} />}
    />
  );
}
