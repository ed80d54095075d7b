import { lazy, Suspense } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { City } from '../../api/cities';
import { InputField, TextAreaField } from '../../components/FormFields';
import { sdgsIn } from '../../components/listParams';
import { RadioGroup } from '../../components/RadioGroup';
import { useI18n } from '../../i18n/I18nProvider';
import { textDirection } from '../../i18n/languages';
import { EditorRoute } from '../content/EditorRoute';
import {
  CityField,
  useEditorTitle,
  EditorActions,
  EditorFrame,
  GoalsAndThemes,
  OriginalLanguageField,
  TextTabs,
} from '../content/EditorParts';
import { useVersionedEditor, type VersionedEditor } from '../content/useVersionedEditor';
import { parseDecimal } from '../../i18n/parseDecimal';
import { emptyDraft, initiativeKind, type InitiativeDraft } from './initiativeKind';
import { statusLabel, textFieldLabel } from './labels';
import { useInitiativeMergeLabels } from './mergeLabels';
import { useInitiative, useInitiativeEndpoints } from './queries';
import { STATUSES, TEXT_FIELDS, type Initiative } from './types';

const LocationPicker = lazy(() => import('./map/LocationPicker'));

type Editor = VersionedEditor<InitiativeDraft>;

function BasicsSection({ editor, initiative, cities }: SectionProps & { cities: City[] }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const { draft, errors, change } = editor;
  return (
    <fieldset className="form-section">
      <legend>{t('Basics')}</legend>
      <div className="field-row">
        <CityField
          id="city"
          label={t('City')}
          cities={cities}
          fixed={initiative?.city ?? null}
          value={draft.city}
          error={errors.city}
          onSelect={(city) => change({ city: city.slug })}
        />
        <OriginalLanguageField
          editor={editor}
          hint={t('The language the initiative was first written in.')}
        />
      </div>
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
          <InputField
            key={field}
            id={field}
            label={field === 'start_date' ? t('Start date') : t('End date')}
            type="date"
            value={draft[field]}
            hint={draft[field] ? format.day(draft[field]) : undefined}
            onChange={(event) => change({ [field]: event.target.value })}
            error={errors[field]}
          />
        ))}
      </div>
    </fieldset>
  );
}

interface SectionProps {
  editor: Editor;
  initiative: Initiative | null;
}

function TextsSection({ editor }: { editor: Editor }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <fieldset className="form-section">
      <legend>{t('Texts')}</legend>
      <p className="field__hint">
        {t(
          'Write the texts in the original language; add other languages so more readers can follow.',
        )}
      </p>
      <TextTabs
        editor={editor}
        idPrefix="texts"
        renderFields={(language) =>
          TEXT_FIELDS.map((field) => {
            const props = {
              id: `text-${language}-${field}`,
              label: textFieldLabel(field, i18n),
              hint: field === 'title' ? t('3 to 200 characters.') : undefined,
              lang: language,
              dir: textDirection(language),
              value: editor.draft.translations[language]?.[field] ?? '',
              error: editor.errors[`translations.${language}.${field}`],
            };
            return field === 'title' ? (
              <InputField
                key={field}
                {...props}
                required
                onChange={(event) => editor.changeText(language, field, event.target.value)}
              />
            ) : (
              <TextAreaField
                key={field}
                {...props}
                rows={field === 'description' ? 8 : 3}
                onChange={(event) => editor.changeText(language, field, event.target.value)}
              />
            );
          })
        }
      />
    </fieldset>
  );
}

function LocationSection({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const { draft, errors, change } = editor;
  return (
    <fieldset className="form-section">
      <legend>{t('Location')}</legend>
      <div className="field-row">
        <InputField
          id="location-lat"
          label={t('Latitude')}
          hint={t('E.g. 38.4237')}
          inputMode="decimal"
          value={draft.lat}
          onChange={(event) => change({ lat: event.target.value })}
          error={errors['location.lat']}
        />
        <InputField
          id="location-lng"
          label={t('Longitude')}
          hint={t('E.g. 27.1428')}
          inputMode="decimal"
          value={draft.lng}
          onChange={(event) => change({ lng: event.target.value })}
          error={errors['location.lng']}
        />
        <InputField
          id="location-district"
          dir="auto"
          label={t('District')}
          value={draft.district}
          onChange={(event) => change({ district: event.target.value })}
          error={errors['location.district']}
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
  const { draft, errors, change } = editor;
  return (
    <fieldset className="form-section">
      <legend>{t('People and links')}</legend>
      <div className="field-row">
        {(['partners', 'target_groups'] as const).map((field) => (
          <TextAreaField
            key={field}
            id={field}
            dir="auto"
            label={field === 'partners' ? t('Partners') : t('Target groups')}
            hint={t('One per line.')}
            rows={4}
            value={draft[field]}
            onChange={(event) => change({ [field]: event.target.value })}
            error={errors[field]}
          />
        ))}
      </div>
      <InputField
        id="website"
        label={t('Website')}
        hint={t('An address starting with https:// or http://')}
        type="url"
        inputMode="url"
        dir="ltr"
        value={draft.website}
        onChange={(event) => change({ website: event.target.value })}
        error={errors.website}
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
  const navigate = useNavigate();
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
    onSaved: (id) => navigate(id === undefined ? '/map' : `/initiatives/${id}`),
  });
  const merge = useInitiativeMergeLabels();
  const title = useEditorTitle(initiative, t('New initiative'));
  return (
    <EditorFrame editor={editor} title={title} merge={merge} className="initiative-form">
      <BasicsSection editor={editor} initiative={initiative} cities={cities} />
      <TextsSection editor={editor} />
      <GoalsAndThemes editor={editor} />
      <LocationSection editor={editor} />
      <PeopleSection editor={editor} />
      <EditorActions
        editor={editor}
        submitLabel={initiative === null ? t('Publish initiative') : t('Save changes')}
        cancelTo={initiative === null ? '/map' : `/initiatives/${initiative.id}`}
      />
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
      render={(initiative, cities) => (
        <InitiativeEditor key={initiative?.id ?? 'new'} initiative={initiative} cities={cities} />
      )}
    />
  );
}
