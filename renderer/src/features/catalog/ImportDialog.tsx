import { useEffect, useRef, useState } from 'react';
import type { TableImportPreview, TableImportResult } from '../../../../shared/api';
import { api } from '../../api/client';
import { fieldsNamed, refusalOf } from '../../api/issues';
import { useT } from '../../i18n/i18n';
import { readImportFile } from './file-transfer';

type Target = 'catalog' | 'coaches';
type ImportFile = Awaited<ReturnType<typeof readImportFile>>;

function preview(target: Target, file: ImportFile): Promise<TableImportPreview> {
  return target === 'catalog' ? api().call('catalog.importPreview', { file }) : api().call('coaches.importPreview', { file });
}
function commit(target: Target, file: ImportFile, excludeBadRows: boolean): Promise<TableImportResult> {
  return target === 'catalog'
    ? api().call('catalog.importCommit', { file, excludeBadRows })
    : api().call('coaches.importCommit', { file, excludeBadRows });
}

/**
 * Choose a file, see what it would do row by row with each row's errors, then import. A file with
 * bad rows imports nothing unless the user chooses to leave those rows out.
 */
export function ImportDialog({ target, onClose, onImported }: { target: Target; onClose: () => void; onImported: () => void }) {
  const t = useT();
  // What is wrong with the file as a whole, then the first few rows (the preview lists them all).
  const problemOf = (err: unknown): string => {
    const refusal = refusalOf(err, t, fieldsNamed(['file']));
    if (!refusal) return err instanceof Error ? err.message : String(err);
    return [...(refusal.byField.get('file') ?? []), ...refusal.general].slice(0, 5).join(' ');
  };
  const [file, setFile] = useState<ImportFile | null>(null);
  const [result, setResult] = useState<TableImportPreview | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [exclude, setExclude] = useState(false);
  const [done, setDone] = useState<TableImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function choose(chosen: File | undefined) {
    setResult(null);
    setDone(null);
    setFileError(null);
    setExclude(false);
    if (!chosen) return;
    setBusy(true);
    try {
      const read = await readImportFile(chosen);
      setFile(read);
      setResult(await preview(target, read));
    } catch (err) {
      setFileError(problemOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function run() {
    if (!file) return;
    setBusy(true);
    try {
      setDone(await commit(target, file, exclude));
      setResult(null);
      onImported();
    } catch (err) {
      setFileError(problemOf(err));
    } finally {
      setBusy(false);
    }
  }

  const bad = result?.badRows.length ?? 0;
  const canImport = result !== null && (bad === 0 || exclude);
  const errorsOf = (row: number) => result?.errors.filter((e) => e.row === row) ?? [];

  return (
    <section className="panel import-dialog" role="dialog" aria-modal="false" aria-labelledby="import-title">
      <h2 id="import-title" tabIndex={-1} ref={heading}>
        {t(`${target}-import-title`)}
      </h2>
      <p className="muted">{t('catalog-import-help')}</p>
      <label>
        {t('catalog-import-file')}
        <input type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void choose(e.target.files?.[0])} disabled={busy} />
      </label>
      {fileError && (
        <p role="alert" className="field-error">
          {fileError}
        </p>
      )}
      {result && (
        <>
          <p role="status">
            {t('catalog-import-summary', { create: result.counts.create, update: result.counts.update, unchanged: result.counts.unchanged, error: bad })}
          </p>
          <div className="table-scroll import-preview">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('catalog-import-row')}</th>
                  <th scope="col">{t('catalog-import-id')}</th>
                  <th scope="col">{t('catalog-import-name')}</th>
                  <th scope="col">{t('catalog-import-action')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.row} className={r.action === 'error' ? 'import-bad' : undefined}>
                    <td>{r.row}</td>
                    <td>{r.id}</td>
                    <td>{r.label}</td>
                    <td>
                      {r.action === 'error' ? (
                        <ul className="import-errors">
                          {errorsOf(r.row).map((e, i) => (
                            <li key={i}>{e.message}</li>
                          ))}
                        </ul>
                      ) : (
                        t(`catalog-import-action-${r.action}`)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {bad > 0 && (
            <label className="check">
              <input type="checkbox" checked={exclude} onChange={(e) => setExclude(e.target.checked)} />
              {t('catalog-import-exclude', { count: bad })}
            </label>
          )}
        </>
      )}
      {done && <p role="status">{t('catalog-import-done', { created: done.created, updated: done.updated, unchanged: done.unchanged, excluded: done.excluded })}</p>}
      <div className="actions">
        <button type="button" onClick={() => void run()} disabled={!canImport || busy}>
          {t('catalog-import-run')}
        </button>
        <button type="button" onClick={onClose}>
          {t('catalog-import-close')}
        </button>
      </div>
    </section>
  );
}
