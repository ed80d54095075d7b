import { useNavigate } from 'react-router';
import type { City } from '../../api/cities';
import { InputField, SelectField, TextAreaField } from '../../components/FormFields';
import { useI18n } from '../../i18n/I18nProvider';
import { textDirection } from '../../i18n/languages';
import { EditorRoute } from '../content/EditorRoute';
import {
  CityField,
  EditorActions,
  EditorFrame,
  GoalsAndThemes,
  OriginalLanguageField,
  TextTabs,
  useEditorTitle,
} from '../content/EditorParts';
import type { MergeLabels } from '../content/MergeView';
import { PROGRAMME_KEEPERS } from '../content/permissions';
import { useVersionedEditor } from '../content/useVersionedEditor';
import { fieldLabel, kindLabel, textFieldLabel } from './labels';
import { emptyProgrammeDraft, programmeKind, validateProgramme } from './programmeState';
import { useProgramme, useProgrammeEndpoints } from './queries';
import { isProgrammeKind, PROGRAMME_KINDS, PROGRAMME_TEXT_FIELDS, type Programme } from './types';

function useMergeLabels(): MergeLabels {
  const i18n = useI18n();
  const { t, format } = i18n;
  return {
    title: t('Someone else changed this programme while you were editing'),
    textFields: PROGRAMME_TEXT_FIELDS,
    fieldLabel,
    textFieldLabel,
    renderValue(key, value) {
      switch (key) {
        case 'kind':
          return isProgrammeKind(value) ? kindLabel(value, i18n) : String(value);
        case 'period_start':
        case 'period_end':
          return format.day(String(value));
        case 'baseline_year':
          return typeof value === 'number'
            ? format.number(value, { useGrouping: false })
            : undefined;
        default:
          return undefined;
      }
    },
  };
}

function ProgrammeEditor({ programme, cities }: { programme: Programme | null; cities: City[] }) {
  const i18n = useI18n();
  const { t, format, language } = i18n;
  const navigate = useNavigate();
  const editor = useVersionedEditor(programmeKind, {
    item: programme,
    newDraft: () => emptyProgrammeDraft({ city: cities[0]?.slug ?? '' }, language),
    endpoints: useProgrammeEndpoints(),
    validate: validateProgramme,
    onSaved: (id) => navigate(id === undefined ? '/programmes' : `/programmes/${id}`),
  });
  const { draft, errors, change } = editor;
  const merge = useMergeLabels();
  const title = useEditorTitle(programme, t('New programme'));
  return (
    <EditorFrame editor={editor} title={title} merge={merge} className="programme-form">
      <fieldset className="form-section">
        <legend>{t('Basics')}</legend>
        <div className="field-row">
          <CityField
            id="city"
            label={t('City')}
            cities={cities}
            fixed={programme?.city ?? null}
            value={draft.city}
            error={errors.city}
            onSelect={(city) => change({ city: city.slug })}
          />
          <OriginalLanguageField
            editor={editor}
            hint={t('The language the programme was first written in.')}
          />
        </div>
        <SelectField
          id="kind"
          label={t('Kind')}
          value={draft.kind}
          onChange={(event) => {
            if (isProgrammeKind(event.target.value)) change({ kind: event.target.value });
          }}
          error={errors.kind}
        >
          {PROGRAMME_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind, i18n)}
            </option>
          ))}
        </SelectField>
        <div className="field-row">
          {(['period_start', 'period_end'] as const).map((field) => (
            <InputField
              key={field}
              id={field}
              label={field === 'period_start' ? t('Start of the period') : t('End of the period')}
              type="date"
              required
              value={draft[field]}
              hint={draft[field] ? format.day(draft[field]) : undefined}
              onChange={(event) => change({ [field]: event.target.value })}
              error={errors[field]}
            />
          ))}
          <InputField
            id="baseline_year"
            label={t('Baseline year')}
            hint={t('The year the targets are measured from, e.g. 2019.')}
            inputMode="numeric"
            maxLength={4}
            value={draft.baseline_year}
            onChange={(event) => change({ baseline_year: event.target.value })}
            error={errors.baseline_year}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('Texts')}</legend>
        <TextTabs
          editor={editor}
          idPrefix="texts"
          renderFields={(tab) => {
            const common = {
              lang: tab,
              dir: textDirection(tab),
            };
            return (
              <>
                <InputField
                  id={`text-${tab}-title`}
                  label={t('Title')}
                  hint={t('3 to 200 characters.')}
                  required
                  maxLength={200}
                  {...common}
                  value={draft.translations[tab]?.title ?? ''}
                  error={errors[`translations.${tab}.title`]}
                  onChange={(event) => editor.changeText(tab, 'title', event.target.value)}
                />
                <TextAreaField
                  id={`text-${tab}-summary`}
                  label={t('Summary')}
                  hint={t('What the programme aims at and how it is organised.')}
                  rows={6}
                  maxLength={5000}
                  {...common}
                  value={draft.translations[tab]?.summary ?? ''}
                  error={errors[`translations.${tab}.summary`]}
                  onChange={(event) => editor.changeText(tab, 'summary', event.target.value)}
                />
              </>
            );
          }}
        />
      </fieldset>
      <GoalsAndThemes editor={editor} />
      <EditorActions
        editor={editor}
        submitLabel={programme === null ? t('Publish programme') : t('Save changes')}
        cancelTo={programme === null ? '/programmes' : `/programmes/${programme.id}`}
      />
    </EditorFrame>
  );
}

export function ProgrammeFormPage() {
  const { t } = useI18n();
  return (
    <EditorRoute
      useItem={useProgramme}
      role={PROGRAMME_KEEPERS}
      cityOf={(programme) => programme.city}
      titles={{ create: t('New programme'), edit: t('Edit programme') }}
      loginLead={t(
        'Log in as a delegate or city administrator of your city to keep its programmes.',
      )}
      forbiddenLead={t(
        'Only the delegates and city administrators of a city, and platform administrators, can keep its programmes.',
      )}
      render={(programme, cities) => (
        <ProgrammeEditor key={programme?.id ?? 'new'} programme={programme} cities={cities} />
      )}
    />
  );
}
