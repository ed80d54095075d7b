import { useParams } from 'react-router';
import type { City } from '../../api/cities';
import { useThemes } from '../../api/taxonomy';
import { ErrorPanel } from '../../components/ErrorPanel';
import { InputField, SelectField } from '../../components/FormFields';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RadioGroup } from '../../components/RadioGroup';
import { SdgCheckboxes } from '../../components/SdgCheckboxes';
import { toggled } from '../../components/selection';
import { useI18n } from '../../i18n/I18nProvider';
import { EditorRoute } from '../content/EditorRoute';
import { DraftInputField, DraftTextAreaField } from '../content/DraftFields';
import { EditorFrame, OriginalLanguageField } from '../content/EditorParts';
import { useOpenSaved, type EditorPlaces } from '../content/editorPlaces';
import { TextsSection } from '../content/TextsSection';
import { LinkChoices, LinkedInitiatives } from '../content/LinkChoices';
import type { MergeLabels } from '../content/MergeView';
import { PROGRAMME_KEEPERS } from '../content/permissions';
import { useVersionedEditor, type VersionedEditor } from '../content/useVersionedEditor';
import { actionKind, emptyActionDraft, validateAction, type ActionDraft } from './actionState';
import { FundingGapHelp } from './Help';
import { actionStatusLabel, fieldLabel, keeperLeads, textFieldLabel } from './labels';
import { moneyFormat } from './money';
import { useAction, useActionEndpoints, useProgramme } from './queries';
import {
  ACTION_STATUSES,
  ACTION_TEXT_FIELDS,
  isActionStatus,
  type Action,
  type Programme,
} from './types';
import './programmes.css';

type Editor = VersionedEditor<ActionDraft>;

function useMergeLabels(programme: Programme): MergeLabels {
  const i18n = useI18n();
  const { t, format } = i18n;
  const targets = new Map(programme.indicators.map((indicator) => [indicator.id, indicator.name]));
  return {
    title: t('Someone else changed this action while you were editing'),
    textFields: ACTION_TEXT_FIELDS,
    fieldLabel,
    textFieldLabel,
    renderValue(key, value) {
      switch (key) {
        case 'status':
          return isActionStatus(value) ? actionStatusLabel(value, i18n) : String(value);
        case 'start_date':
        case 'due_date':
          return format.day(String(value));
        case 'cost_estimate':
        case 'funded_amount':
          return typeof value === 'number' ? format.number(value) : undefined;
        case 'indicator_ids':
          return (value as number[])
            .map((id) => targets.get(id) ?? `#${format.number(id)}`)
            .join(', ');
        default:
          return undefined;
      }
    },
  };
}

function ActionBasics({ editor }: { editor: Editor }) {
  const i18n = useI18n();
  const { t } = i18n;
  const themes = useThemes();
  const { draft, errors, change } = editor;
  return (
    <fieldset className="form-section">
      <legend>{t('Basics')}</legend>
      <OriginalLanguageField
        editor={editor}
        hint={t('The language the action was first written in.')}
      />
      <RadioGroup
        name="status"
        legend={t('Status')}
        options={ACTION_STATUSES.map((status) => ({
          value: status,
          label: actionStatusLabel(status, i18n),
        }))}
        value={draft.status}
        onChange={(status) => change({ status })}
        error={errors.status}
      />
      <div className="field-row">
        <DraftInputField
          editor={editor}
          field="owner"
          label={t('Responsible')}
          hint={t('The department or organisation that carries the action out.')}
          dir="auto"
          maxLength={200}
        />
        <SelectField
          id="theme"
          label={t('Theme')}
          value={draft.theme}
          onChange={(event) => change({ theme: event.target.value })}
          error={errors.theme}
        >
          <option value="">{t('No theme')}</option>
          {(themes.data ?? []).map((theme) => (
            <option key={theme.key} value={theme.key}>
              {theme.label}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field-row">
        {(['start_date', 'due_date'] as const).map((field) => (
          <DraftInputField
            key={field}
            editor={editor}
            field={field}
            label={field === 'start_date' ? t('Start date') : t('Due date')}
            type="date"
          />
        ))}
      </div>
    </fieldset>
  );
}

function MoneySection({ editor }: { editor: Editor }) {
  const { t, format } = useI18n();
  const { draft, errors, change } = editor;
  const example = format.number(250000.5, moneyFormat('EUR', 250000.5));
  return (
    <fieldset className="form-section">
      <legend>{t('Cost and funding')}</legend>
      <div className="field-row">
        <DraftInputField
          editor={editor}
          field="cost_estimate"
          label={t('Cost estimate')}
          hint={t('In the currency below, e.g. {example}; leave empty if not known.', {
            example,
          })}
          inputMode="decimal"
        />
        <DraftInputField
          editor={editor}
          field="funded_amount"
          label={t('Funded amount')}
          hint={t('What the funding sources have committed so far.')}
          inputMode="decimal"
        />
        <InputField
          id="currency"
          label={t('Currency')}
          hint={t('A three-letter code: EUR, TRY, IRR…')}
          dir="ltr"
          maxLength={3}
          autoCapitalize="characters"
          value={draft.currency}
          onChange={(event) => change({ currency: event.target.value.toUpperCase() })}
          error={errors.currency}
        />
      </div>
      <FundingGapHelp />
      <DraftTextAreaField
        editor={editor}
        field="funding_sources"
        label={t('Funding sources')}
        hint={t('One per line, e.g. the city budget, a national fund, an EU programme.')}
        dir="auto"
        rows={3}
      />
    </fieldset>
  );
}

function LinksSection({ editor, programme }: { editor: Editor; programme: Programme }) {
  const { t } = useI18n();
  const { draft, errors, change } = editor;
  return (
    <fieldset className="form-section">
      <legend>{t('Links')}</legend>
      {programme.indicators.length > 0 && (
        <LinkChoices
          field="indicator_ids"
          legend={t('Targets the action serves')}
          items={programme.indicators}
          selected={draft.indicator_ids}
          onChange={(indicator_ids) => change({ indicator_ids })}
          idPrefix="indicator"
          listClassName="checkbox-grid"
          error={errors.indicator_ids}
          renderLabel={(indicator, inputId) => (
            <label htmlFor={inputId} lang={indicator.language} dir="auto">
              {indicator.name}
            </label>
          )}
        />
      )}
      <LinkedInitiatives editor={editor} />
      <SdgCheckboxes
        id="sdg"
        legend={t('Sustainable Development Goals')}
        selected={draft.sdgs}
        onToggle={(sdg) => change({ sdgs: toggled(draft.sdgs, sdg) })}
        error={errors.sdgs}
      />
    </fieldset>
  );
}

function ActionEditor({ action, programme }: { action: Action | null; programme: Programme }) {
  const { t, language } = useI18n();
  // A new action (or one given up) leads back to its programme.
  const places: EditorPlaces = {
    list: `/programmes/${programme.id}`,
    item: (id) => `/actions/${id}`,
  };
  const editor = useVersionedEditor(actionKind, {
    item: action,
    newDraft: () =>
      emptyActionDraft(programme, language, Object.keys(programme.summary.cost)[0] ?? ''),
    endpoints: useActionEndpoints(),
    validate: validateAction,
    onSaved: useOpenSaved(places),
  });
  const merge = useMergeLabels(programme);
  return (
    <EditorFrame
      editor={editor}
      existing={action}
      create={{ title: t('New action'), submit: t('Add action') }}
      places={places}
      merge={merge}
      className="action-form"
    >
      <p>
        {t('Action of the programme')} <bdi lang={programme.language}>{programme.title}</bdi>
      </p>
      <ActionBasics editor={editor} />
      <TextsSection
        editor={editor}
        titleMaxLength={200}
        texts={[{ field: 'description', label: t('Description'), rows: 6, maxLength: 10000 }]}
      />
      <MoneySection editor={editor} />
      <LinksSection editor={editor} programme={programme} />
    </EditorFrame>
  );
}

/** The editor once the programme is known: the one in the address, or the edited action's. */
function WithProgramme({
  programmeId,
  action,
  cities,
}: {
  programmeId: number;
  action: Action | null;
  cities: City[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const programme = useProgramme(programmeId);
  if (programme.isPending) return <Loading />;
  if (programme.isError) {
    return (
      <Page title={t('New action')}>
        <ErrorPanel error={programme.error} onRetry={() => void programme.refetch()} />
      </Page>
    );
  }
  if (!cities.some((city) => city.slug === programme.data.city)) {
    return <Page title={t('New action')} lead={keeperLeads(i18n).forbiddenLead} />;
  }
  return <ActionEditor action={action} programme={programme.data} />;
}

export function ActionFormPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { programmeId } = useParams();
  return (
    <EditorRoute
      useItem={useAction}
      role={PROGRAMME_KEEPERS}
      cityOf={(action) => action.city}
      titles={{ create: t('New action'), edit: t('Edit action') }}
      {...keeperLeads(i18n)}
      render={(action, cities) => (
        <WithProgramme
          programmeId={action?.programme_id ?? Number(programmeId)}
          action={action}
          cities={cities}
        />
      )}
    />
  );
}
