import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { formErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { columnLabel } from './labels';
import { useImportActions } from './queries';

/** The rows of a refused file, each with its column and message: "Row 3, Due date: …". */
function RowErrors({ error }: { error: ApiError }) {
  const i18n = useI18n();
  const { t } = i18n;
  const rows = (error.problem?.errors ?? []).filter((item) => typeof item.row === 'number');
  if (rows.length === 0) return null;
  return (
    <ul className="import-errors">
      {rows.map((item, index) => (
        <li key={`${item.row}-${item.field}-${index}`}>
          {t('Row {row}, {column}: {message}', {
            row: item.row ?? 0,
            column: columnLabel(item.field, i18n),
            message: item.message,
          })}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Import actions": a CSV or XLSX file with the export's columns. The whole
 * file is imported or none of it; a refused file's every bad row is listed.
 */
export function ImportDialog({ programmeId }: { programmeId: number }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const dialog = useRef<HTMLDialogElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const send = useImportActions(programmeId);
  const errors = formErrors(send.error, [], i18n);
  const rowError = send.error instanceof ApiError && send.error.status === 422 ? send.error : null;

  function open() {
    send.reset();
    setImported(null);
    setFile(null);
    dialog.current?.showModal();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file === null) return;
    send.mutate(file, { onSuccess: (result) => setImported(result.created) });
  }

  return (
    <>
      <button type="button" className="button button--secondary" onClick={open}>
        {t('Import actions')}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="import-title">
        <form onSubmit={submit} noValidate className="form">
          <h2 id="import-title">{t('Import actions from a spreadsheet')}</h2>
          <p className="field__hint" id="import-file-hint">
            {t(
              'A CSV (UTF-8) or XLSX file with the columns of the export; headers may be in any of the four languages. The whole file is imported, or nothing if any row has a mistake.',
            )}
          </p>
          <div className="field">
            <label htmlFor="import-file">{t('File')}</label>
            <input
              id="import-file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby="import-file-hint"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setImported(null);
                send.reset();
              }}
            />
          </div>
          <div aria-live="polite">
            {imported !== null && (
              <p className="notice notice--success" role="status">
                {tn('{count} action imported.', '{count} actions imported.', imported)}
              </p>
            )}
            {send.isError && (
              <div className="import-refused">
                {/* The server's summary says nothing was imported; the rows follow it. */}
                <FormAlert messages={rowError ? errors.alerts.slice(0, 1) : errors.alerts} />
                {rowError && <RowErrors error={rowError} />}
              </div>
            )}
          </div>
          <div className="actions">
            <button type="submit" className="button" disabled={file === null || send.isPending}>
              {send.isPending ? t('Importing…') : t('Import')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => dialog.current?.close()}
            >
              {t('Close')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
