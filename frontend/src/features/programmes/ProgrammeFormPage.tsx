import type { City } from '../../api/cities';
import { SelectField } from '../../components/FormFields';
import { useI18n } from '../../i18n/I18nProvider';
import { DraftInputField } from '../content/DraftFields';
import { EditorRoute } from '../content/EditorRoute';
import { BasicsSection, EditorFrame, GoalsAndThemes } from '../content/EditorParts';
import { useOpenSaved, type EditorPlaces } from '../content/editorPlaces';
import { TextsSection } from '../content/TextsSection';
import type { MergeLabels } from '../content/MergeView';
import { PROGRAMME_KEEPERS } from '../content/permissions';
import { useVersionedEditor } from '../content/useVersionedEditor';
import { fieldLabel, keeperLeads, kindLabel, textFieldLabel } from './labels';
import { emptyProgrammeDraft, programmeKind, validateProgramme } from './programmeState';
import { useProgramme, useProgrammeEndpoints } from './queries';
import { isProgrammeKind, PROGRAMME_KINDS, PROGRAMME_TEXT_FIELDS, type Programme } from './types';

const PLACES: EditorPlaces = { list: '/programmes', item: (id) => `/programmes/${id}` };

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
  const editor = useVersionedEditor(programmeKind, {
    item: programme,
    newDraft: () => emptyProgrammeDraft({ city: cities[0]?.slug ?? '' }, language),
    endpoints: useProgrammeEndpoints(),
    validate: validateProgramme,
    onSaved: useOpenSaved(PLACES),
  });
  const { draft, errors, change } = editor;
  const merge = useMergeLabels();
  return (
    <EditorFrame
      editor={editor}
      existing={programme}
      create={{ title: t('New programme'), submit: t('Publish programme') }}
      places={PLACES}
      merge={merge}
      className="programme-form"
    >
      <BasicsSection
        editor={editor}
        cities={cities}
        existing={programme}
        languageHint={t('The language the programme was first written in.')}
      >
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
            <DraftInputField
              key={field}
              editor={editor}
              field={field}
              label={field === 'period_start' ? t('Start of the period') : t('End of the period')}
              type="date"
              required
              hint={draft[field] ? format.day(draft[field]) : undefined}
            />
          ))}
          <DraftInputField
            editor={editor}
            field="baseline_year"
            label={t('Baseline year')}
            hint={t('The year the targets are measured from, e.g. 2019.')}
            inputMode="numeric"
            maxLength={4}
          />
        </div>
      </BasicsSection>
      <TextsSection
        editor={editor}
        titleMaxLength={200}
        texts={[
          {
            field: 'summary',
            label: t('Summary'),
            hint: t('What the programme aims at and how it is organised.'),
            rows: 6,
            maxLength: 5000,
          },
        ]}
      />
      <GoalsAndThemes editor={editor} />
    </EditorFrame>
  );
}

export function ProgrammeFormPage() {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <EditorRoute
      useItem={useProgramme}
      role={PROGRAMME_KEEPERS}
      cityOf={(programme) => programme.city}
      titles={{ create: t('New programme'), edit: t('Edit programme') }}
      {...keeperLeads(i18n)}
      render={(programme, cities) => <ProgrammeEditor programme={programme} cities={cities} />}
    />
  );
}
