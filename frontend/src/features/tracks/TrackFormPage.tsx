import { useNavigate } from 'react-router';
import { useCityName, type City } from '../../api/cities';
import { InputField, TextAreaField } from '../../components/FormFields';
import { Loading } from '../../components/Loading';
import { toggled } from '../../components/selection';
import { useI18n } from '../../i18n/I18nProvider';
import { textDirection, type Language } from '../../i18n/languages';
import { EditorRoute } from '../content/EditorRoute';
import {
  CityField,
  EditorActions,
  EditorFrame,
  OriginalLanguageField,
  TextTabs,
  useEditorTitle,
} from '../content/EditorParts';
import { useVersionedEditor, type VersionedEditor } from '../content/useVersionedEditor';
import { fieldLabel, textFieldLabel } from './labels';
import { useHostSessions, useTrack, useTrackEndpoints } from './queries';
import { emptyDraft, trackKind, type TrackDraft } from './trackKind';
import { TEXT_FIELDS, type Track } from './types';
import './tracks.css';

type Editor = VersionedEditor<TrackDraft>;

/** The host city's sessions to choose from, and how many of them a participant must attend. */
function SessionsSection({ editor }: { editor: Editor }) {
  const { t, format } = useI18n();
  const cityName = useCityName();
  const { draft, errors, change } = editor;
  const sessions = useHostSessions(draft.host_city);
  const items = sessions.data?.items ?? [];
  return (
    <fieldset className="form-section">
      <legend>{t('Sessions and the rule')}</legend>
      <fieldset
        className="checkbox-group"
        aria-describedby={errors.session_ids ? 'session_ids-error' : 'session_ids-hint'}
      >
        <legend>{t('Sessions of the track')}</legend>
        <p id="session_ids-hint" className="field__hint">
          {t('Sessions hosted by {city}, for example the days of one training.', {
            city: cityName(draft.host_city),
          })}
        </p>
        {sessions.isPending ? (
          <Loading />
        ) : items.length === 0 ? (
          <p>{t('This city has no sessions yet.')}</p>
        ) : (
          <ul className="track-form__sessions">
            {items.map((session) => (
              <li key={session.id}>
                <input
                  type="checkbox"
                  id={`track-session-${session.id}`}
                  checked={draft.session_ids.includes(session.id)}
                  onChange={() => change({ session_ids: toggled(draft.session_ids, session.id) })}
                />
                <label htmlFor={`track-session-${session.id}`}>
                  <span lang={session.language} dir="auto">
                    {session.title}
                  </span>
                  <time dateTime={session.starts_at} className="muted">
                    {format.dateTime(new Date(session.starts_at), session.timezone)}
                  </time>
                </label>
              </li>
            ))}
          </ul>
        )}
        {errors.session_ids && (
          <p id="session_ids-error" className="field__error">
            {errors.session_ids}
          </p>
        )}
      </fieldset>
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
  const i18n = useI18n();
  const { t, language } = i18n;
  const navigate = useNavigate();
  const endpoints = useTrackEndpoints();
  const editor = useVersionedEditor(trackKind, {
    item: track,
    newDraft: () => emptyDraft({ host_city: cities[0]?.slug ?? '' }, language),
    endpoints,
    onSaved: (id) => navigate(id === undefined ? '/tracks' : `/tracks/${id}`),
  });
  const { draft, errors, change } = editor;
  const title = useEditorTitle(track, t('New learning track'));
  const merge = {
    title: t('Someone else changed this track while you were editing'),
    textFields: TEXT_FIELDS,
    fieldLabel,
    textFieldLabel,
  };
  return (
    <EditorFrame editor={editor} title={title} merge={merge} className="track-form">
      <fieldset className="form-section">
        <legend>{t('Basics')}</legend>
        <div className="field-row">
          <CityField
            id="host_city"
            label={t('Host city')}
            cities={cities}
            fixed={track?.host_city ?? null}
            value={draft.host_city}
            error={errors.host_city}
            onSelect={(city) => change({ host_city: city.slug, session_ids: [] })}
          />
          <OriginalLanguageField
            editor={editor}
            hint={t('The language the track was first described in.')}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('Texts')}</legend>
        <TextTabs
          editor={editor}
          idPrefix="texts"
          renderFields={(tab: Language) => (
            <>
              <InputField
                id={`text-${tab}-title`}
                label={textFieldLabel('title', i18n)}
                hint={t('3 to 200 characters.')}
                lang={tab}
                dir={textDirection(tab)}
                required
                maxLength={200}
                value={draft.translations[tab]?.title ?? ''}
                error={errors[`translations.${tab}.title`]}
                onChange={(event) => editor.changeText(tab, 'title', event.target.value)}
              />
              <TextAreaField
                id={`text-${tab}-description`}
                label={textFieldLabel('description', i18n)}
                lang={tab}
                dir={textDirection(tab)}
                rows={5}
                maxLength={10000}
                value={draft.translations[tab]?.description ?? ''}
                error={errors[`translations.${tab}.description`]}
                onChange={(event) => editor.changeText(tab, 'description', event.target.value)}
              />
            </>
          )}
        />
      </fieldset>
      <SessionsSection editor={editor} />
      <EditorActions
        editor={editor}
        submitLabel={track === null ? t('Publish the track') : t('Save changes')}
        cancelTo={track === null ? '/tracks' : `/tracks/${track.id}`}
      />
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
      render={(track, cities) => (
        <TrackEditor key={track?.id ?? 'new'} track={track} cities={cities} />
      )}
    />
  );
}
