import { useState } from 'react';
import { Link } from 'react-router';
import { useCityName } from '../../api/cities';
import { ApiError, fieldErrors } from '../../api/problem';
import { ErrorPanel } from '../../components/ErrorPanel';
import { InputField, SelectField, TextAreaField } from '../../components/FormFields';
import { useI18n } from '../../i18n/I18nProvider';
import { CONTENT_PAGES } from '../content/contentPages';
import { evidenceKindLabel } from './labels';
import { useEvidenceOptions, useUpdateTask } from './queries';
import {
  CONTENT_EVIDENCE,
  type ContentEvidenceKind,
  type Evidence,
  type EvidenceIn,
  type EvidenceKind,
  type Journey,
  type Task,
} from './types';

/** Evidence as a request sends it back: the content's number, or the link's address. */
function evidenceIn(item: Evidence): EvidenceIn {
  return item.kind === 'link' ? { kind: 'link', url: item.url } : { kind: item.kind, id: item.id };
}

function EvidenceTarget({ item }: { item: Evidence }) {
  const page = item.kind === 'link' ? undefined : CONTENT_PAGES[item.kind];
  if (item.kind === 'link' && item.url) {
    return (
      <a href={item.url} rel="noreferrer" className="break-anywhere" dir="auto">
        {item.title || item.url}
      </a>
    );
  }
  if (page !== undefined && item.id !== null) {
    return (
      <Link to={`${page}/${item.id}`} dir="auto">
        {item.title}
      </Link>
    );
  }
  return <bdi>{item.title}</bdi>;
}

function EvidenceList({
  task,
  onRemove,
  pending,
}: {
  task: Task;
  onRemove: ((index: number) => void) | null;
  pending: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (task.evidence.length === 0) {
    return <p className="muted">{t('No evidence yet.')}</p>;
  }
  return (
    <ul className="evidence-list">
      {task.evidence.map((item, index) => (
        <li key={`${item.kind}-${item.id ?? item.url ?? index}`}>
          <span className="evidence-list__kind">{evidenceKindLabel(item.kind, i18n)}</span>{' '}
          <EvidenceTarget item={item} />
          {onRemove !== null && (
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={pending}
              aria-label={t('Remove the evidence “{title}”', {
                title: item.title || item.url || '',
              })}
              onClick={() => onRemove(index)}
            >
              {t('Remove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Adds one piece of evidence: the coachee city's own content of a kind, or a link. */
function EvidencePicker({
  idPrefix,
  city,
  pending,
  errors,
  onAdd,
}: {
  idPrefix: string;
  city: string;
  pending: boolean;
  /** The API's messages about the new piece: on its item or its address. */
  errors: { id?: string | undefined; url?: string | undefined };
  onAdd(evidence: EvidenceIn): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const cityName = useCityName();
  const [kind, setKind] = useState<EvidenceKind>('initiative');
  const [chosen, setChosen] = useState('');
  const [url, setUrl] = useState('');
  const contentKind = (CONTENT_EVIDENCE as readonly string[]).includes(kind)
    ? (kind as ContentEvidenceKind)
    : null;
  const options = useEvidenceOptions(contentKind, city);
  const ready = contentKind === null ? url.trim() !== '' : chosen !== '';

  return (
    <fieldset className="evidence-picker">
      <legend>{t('Add evidence')}</legend>
      <div className="field-row">
        <SelectField
          id={`${idPrefix}-kind`}
          label={t('Kind of evidence')}
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as EvidenceKind);
            setChosen('');
          }}
        >
          {[...CONTENT_EVIDENCE, 'link' as const].map((value) => (
            <option key={value} value={value}>
              {evidenceKindLabel(value, i18n)}
            </option>
          ))}
        </SelectField>
        {contentKind === null ? (
          <InputField
            id={`${idPrefix}-url`}
            type="url"
            label={t('Address of the link')}
            hint={t('A web page that shows the work, starting with https://')}
            dir="ltr"
            value={url}
            error={errors.url}
            onChange={(event) => setUrl(event.target.value)}
          />
        ) : (
          <SelectField
            id={`${idPrefix}-item`}
            label={t('Published by {city}', { city: cityName(city) })}
            value={chosen}
            error={errors.id}
            hint={
              options.data?.length === 0
                ? t('{city} has published nothing of this kind yet.', { city: cityName(city) })
                : undefined
            }
            onChange={(event) => setChosen(event.target.value)}
          >
            <option value="">{options.isPending ? t('Loading…') : t('Choose one')}</option>
            {(options.data ?? []).map((option) => (
              <option key={option.id} value={option.id} lang={option.language}>
                {option.title}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {options.isError && <ErrorPanel error={options.error} />}
      <button
        type="button"
        className="button button--small"
        disabled={pending || !ready}
        onClick={() => {
          onAdd(
            contentKind === null ? { kind: 'link', url: url.trim() } : { kind, id: Number(chosen) },
          );
        }}
      >
        {t('Add the evidence')}
      </button>
    </fieldset>
  );
}

interface TaskItemProps {
  journey: Journey;
  task: Task;
  /** Whether the reader may change the task now: a coachee member, the stage open. */
  editable: boolean;
}

/** One task of a stage: done or not, the note and the evidence. */
export function TaskItem({ journey, task, editable }: TaskItemProps) {
  const { t } = useI18n();
  const done = useUpdateTask(journey.id);
  const note = useUpdateTask(journey.id);
  const evidence = useUpdateTask(journey.id);
  const [noteText, setNoteText] = useState(task.note);
  const [pickerKey, setPickerKey] = useState(0);
  const prefix = `task-${task.key}`;
  const requirement = task.required ? t('required') : t('optional');
  const noteErrors = note.error instanceof ApiError ? fieldErrors(note.error.problem) : {};
  const evidenceErrors =
    evidence.error instanceof ApiError ? fieldErrors(evidence.error.problem) : {};
  const newIndex = task.evidence.length;
  const pickerErrors = {
    id: evidenceErrors[`evidence.${newIndex}.id`],
    url: evidenceErrors[`evidence.${newIndex}.url`],
  };
  const otherEvidenceError =
    evidence.error !== null && pickerErrors.id === undefined && pickerErrors.url === undefined;

  function saveEvidence(next: EvidenceIn[], after?: () => void) {
    evidence.mutate({ taskKey: task.key, body: { evidence: next } }, { onSuccess: after });
  }

  return (
    <li className={`task${task.done ? ' task--done' : ''}`}>
      {editable ? (
        <div className="task__check">
          <input
            type="checkbox"
            id={`${prefix}-done`}
            // Ticked at once; the task as saved replaces it when the answer comes.
            checked={done.isPending ? Boolean(done.variables.body.done) : task.done}
            disabled={done.isPending}
            onChange={(event) =>
              done.mutate({ taskKey: task.key, body: { done: event.target.checked } })
            }
          />
          <label htmlFor={`${prefix}-done`}>
            <span dir="auto">{task.title}</span>{' '}
            <span className="task__requirement">({requirement})</span>
          </label>
        </div>
      ) : (
        <p className="task__check">
          <span className="task__state">
            <span aria-hidden="true">{task.done ? '✓' : '○'}</span>{' '}
            {task.done ? t('Done') : t('Open')}:
          </span>{' '}
          <span dir="auto">{task.title}</span>{' '}
          <span className="task__requirement">({requirement})</span>
        </p>
      )}
      {done.isError && <ErrorPanel error={done.error} />}
      <div className="task__body">
        {editable ? (
          <div className="task__note">
            <TextAreaField
              id={`${prefix}-note`}
              label={t('Note')}
              dir="auto"
              rows={3}
              maxLength={5000}
              value={noteText}
              error={noteErrors.note}
              onChange={(event) => setNoteText(event.target.value)}
            />
            {noteText !== task.note && (
              <button
                type="button"
                className="button button--small"
                disabled={note.isPending}
                onClick={() => note.mutate({ taskKey: task.key, body: { note: noteText } })}
              >
                {note.isPending ? t('Saving…') : t('Save the note')}
              </button>
            )}
            {note.isError && noteErrors.note === undefined && <ErrorPanel error={note.error} />}
          </div>
        ) : (
          task.note !== '' && (
            <p className="task__note-text" dir="auto">
              <span className="task__label">{t('Note')}:</span> {task.note}
            </p>
          )
        )}
        <div className="task__evidence">
          <h4 className="task__label">{t('Evidence')}</h4>
          <EvidenceList
            task={task}
            pending={evidence.isPending}
            onRemove={
              editable
                ? (index) =>
                    saveEvidence(task.evidence.filter((_, at) => at !== index).map(evidenceIn))
                : null
            }
          />
          {editable && (
            <EvidencePicker
              key={pickerKey}
              idPrefix={`${prefix}-evidence`}
              city={journey.coachee_city}
              pending={evidence.isPending}
              errors={pickerErrors}
              onAdd={(item) =>
                saveEvidence([...task.evidence.map(evidenceIn), item], () =>
                  setPickerKey((key) => key + 1),
                )
              }
            />
          )}
          {otherEvidenceError && <ErrorPanel error={evidence.error} />}
        </div>
      </div>
    </li>
  );
}
