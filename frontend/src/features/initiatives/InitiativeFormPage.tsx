import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import type { City } from '../../api/cities';
import { sdgsIn } from '../../components/listParams';
import { RadioGroup } from '../../components/RadioGroup';
import { useI18n } from '../../i18n/I18nProvider';
import { EditorRoute } from '../content/EditorRoute';
import { DraftInputField, DraftTextAreaField, DraftUrlField } from '../content/DraftFields';
import { BasicsSection, EditorFrame, GoalsAndThemes } from '../content/EditorParts';
import { useOpenSaved, type EditorPlaces } from '../content/editorPlaces';
import { TextsSection } from '../content/TextsSection';
import { useVersionedEditor, type VersionedEditor } from '../content/useVersionedEditor';
import { parseDecimal } from '../../i18n/parseDecimal';
import { emptyDraft, initiativeKind, type InitiativeDraft } from './initiativeKind';
import { statusLabel, textFieldLabel } from './labels';
import { useInitiativeMergeLabels } from './mergeLabels';
import { useInitiative, useInitiativeEndpoints } from './queries';
import { STATUSES, TEXT_FIELDS, type Initiative } from './types';

const LocationPicker = lazy(() => import('./map/LocationPicker'));

const PLACES: EditorPlaces = { list: '/map', item: (id) => `/initiatives/${id}` };

type Editor = VersionedEditor<InitiativeDraft>;

function InitiativeBasics({ editor, initiative, cities }: SectionProps & { cities: City[] }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const { draft, errors, change } = editor;
  return (
    <BasicsSection
      editor={editor}
      cities={cities}
      existing={initiative}
      languageHint={t('The language the initiative was first written in.')}
    >
      <RadioGroup
        name="status"
        legend={t('Status')}
        options={STATUSES.map((status) => ({ value: status, label: statusLabel(status, i18n) }))}
        value={draft.status}
        onChange={(status) => change({ status })}
        error={errors.status}
      />
      <div className="field-row">
        {(['start_date', 'end_date'] as const).map((field) => (
          <DraftInputField
            key={field}
            editor={editor}
            field={field}
            label={field === 'start_date' ? t('Start date') : t('End date')}
            type="date"
            hint={draft[field] ? format.day(draft[field]) : undefined}
          />
        ))}
      </div>
    </BasicsSection>
  );
}

interface SectionProps {
  editor: Editor;
  initiative: Initiative | null;
}

function InitiativeTexts({ editor }: { editor: Editor }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <TextsSection
      editor={editor}
      intro={
        <p className="field__hint">
          {t(
            'Write the texts in the original language; add other languages so more readers can follow.',
          )}
        </p>
      }
      texts={TEXT_FIELDS.filter((field) => field !== 'title').map((field) => ({
        field,
        label: textFieldLabel(field, i18n),
        rows: field === 'description' ? 8 : 3,
      }))}
    />
  );
}

function LocationSection({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const { draft, change } = editor;
  return (
    <fieldset className="form-section">
      <legend>{t('Location')}</legend>
      <div className="field-row">
        {(['lat', 'lng'] as const).map((field) => (
          <DraftInputField
            key={field}
            editor={editor}
            field={field}
            id={`location-${field}`}
            errorKey={`location.${field}`}
            label={field === 'lat' ? t('Latitude') : t('Longitude')}
            hint={field === 'lat' ? t('E.g. 38.4237') : t('E.g. 27.1428')}
            inputMode="decimal"
          />
        ))}
        <DraftInputField
          editor={editor}
          field="district"
          id="location-district"
          errorKey="location.district"
          dir="auto"
          label={t('District')}
        />
      </div>
      <Suspense fallback={<div className="location-picker__map" />}>
        <LocationPicker
          lat={parseDecimal(draft.lat)}
          lng={parseDecimal(draft.lng)}
          onPick={(lat, lng) => change({ lat: lat.toFixed(5), lng: lng.toFixed(5) })}
        />
      </Suspense>
    </fieldset>
  );
}

function PeopleSection({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  return (
    <fieldset className="form-section">
      <legend>{t('People and links')}</legend>
      <div className="field-row">
        {(['partners', 'target_groups'] as const).map((field) => (
          <DraftTextAreaField
            key={field}
            editor={editor}
            field={field}
            dir="auto"
            label={field === 'partners' ? t('Partners') : t('Target groups')}
            hint={t('One per line.')}
            rows={4}
          />
        ))}
      </div>
      <DraftUrlField
        editor={editor}
        field="website"
        label={t('Website')}
        hint={t('An address starting with https:// or http://')}
      />
    </fieldset>
  );
}

function InitiativeEditor({
  initiative,
  cities,
}: {
  initiative: Initiative | null;
  cities: City[];
}) {
  const { t, language } = useI18n();
  // A link may ask for a new initiative on given goals (a report's "no initiative serves SDG 1").
  const [params] = useSearchParams();
  const endpoints = useInitiativeEndpoints();
  const editor = useVersionedEditor(initiativeKind, {
    item: initiative,
    newDraft: () => ({
      ...emptyDraft({ city: cities[0]?.slug ?? '' }, language),
      sdgs: sdgsIn(params),
    }),
    endpoints,
    onSaved: useOpenSaved(PLACES),
  });
  const merge = useInitiativeMergeLabels();
  return (
    <EditorFrame
      editor={editor}
      existing={initiative}
      create={{ title: t('New initiative'), submit: t('Publish initiative') }}
      places={PLACES}
      merge={merge}
      className="initiative-form"
    >
      <InitiativeBasics editor={editor} initiative={initiative} cities={cities} />
      <InitiativeTexts editor={editor} />
      <GoalsAndThemes editor={editor} />
      <LocationSection editor={editor} />
      <PeopleSection editor={editor} />
    </EditorFrame>
  );
}

export function InitiativeFormPage() {
  const { t } = useI18n();
  return (
    <EditorRoute
      useItem={useInitiative}
      role="delegate"
      cityOf={(initiative) => initiative.city}
      titles={{ create: t('New initiative'), edit: t('Edit initiative') }}
      loginLead={t('Log in as a delegate of your city to publish its initiatives.')}
      forbiddenLead={t(
        'Only the delegates of a city and platform administrators can publish and edit its initiatives.',
      )}
      render={(initiative, cities) => <InitiativeEditor initiative={initiative} cities={cities} />}
    />
  );
}
