import { useRef, useState, type ChangeEvent } from 'react';
import type { ActivityImportPreview, ActivityImportResult, RosterImportResult } from '../../../../shared/api';
import {
  ACTIVITY_FIELDS,
  guessMapping,
  missingFields,
  readTable,
  REQUIRED_ACTIVITY_FIELDS,
  REQUIRED_ROSTER_FIELDS,
  ROSTER_FIELDS,
  stageActivityImport,
  toActivityRows,
  toRosterRows,
} from '../../../../shared/domain/import-files';
import type { Table } from '../../../../shared/import';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';
import { hrefFor } from '../../app/route';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n/i18n';
import { formatCause } from '../../i18n/status-causes';
import { useSettings } from '../../app/settings-store';

type Kind = 'activity' | 'roster';

/**
 * Import a Reps-portal activity export or a roster: pick a file, confirm which column is which,
 * check it (a preview with every row's errors), then import all of it or nothing.
 */
export function ImportView({ kind, onImported }: { kind: Kind; onImported: () => void }) {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const fields: readonly string[] = kind === 'activity' ? ACTIVITY_FIELDS : ROSTER_FIELDS;
  const required: readonly string[] = kind === 'activity' ? REQUIRED_ACTIVITY_FIELDS : REQUIRED_ROSTER_FIELDS;
  const [file, setFile] = useState<{ name: string; table: Table } | null>(null);
  const [fileError, setFileError] = useState('');
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [preview, setPreview] = useState<ActivityImportPreview | RosterImportResult | null>(null);
  const [result, setResult] = useState<ActivityImportResult | RosterImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setFile(null);
    setPreview(null);
    setResult(null);
    setFileError('');
    if (!chosen) return;
    try {
      const table = readTable(chosen.name, await chosen.text());
      setFile({ name: chosen.name, table });
      setMapping(guessMapping(table.columns, fields) as Record<string, string>);
    } catch (err) {
      setFileError(t('reps-import-bad-file', { file: chosen.name, message: err instanceof Error ? err.message : String(err) }));
    }
  }

  const missing = missingFields(mapping, required);

  async function check() {
    if (!file || missing.length) return;
    setBusy(true);
    setPreview(null);
    if (kind === 'activity') {
      const rows = toActivityRows(file.table, mapping);
      setProgress({ done: 0, total: rows.length });
      const staged = await attempt(() => stageActivityImport(api().call as never, file.name, rows, (done, total) => setProgress({ done, total })));
      setPreview(staged ?? null);
    } else {
      setPreview((await attempt(() => api().call('reps.importRoster', { fileName: file.name, rows: toRosterRows(file.table, mapping), dryRun: true }))) ?? null);
    }
    setBusy(false);
  }

  async function commit() {
    if (!preview) return;
    setBusy(true);
    const done =
      'importId' in preview
        ? await attempt(() => api().call('activity.importCommit', { importId: preview.importId }))
        : await attempt(() => api().call('reps.importRoster', { fileName: file!.name, rows: toRosterRows(file!.table, mapping), dryRun: false }));
    setBusy(false);
    if (done) {
      setResult(done);
      setPreview(null);
      onImported();
      requestAnimationFrame(() => heading.current?.focus());
    }
  }

  const errors = preview?.errors ?? [];
  const errorCount = preview?.errorCount ?? 0;
  const importable = preview ? ('importId' in preview ? preview.valid : preview.created + preview.updated) : 0;

  return (
    <section className="panel import-view" aria-labelledby="import-title">
      <h2 id="import-title">{t(`reps-import-${kind}-title`)}</h2>
      <p className="muted">{t(`reps-import-${kind}-help`)}</p>
      <label>
        {t('reps-import-file')}
        <input type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void choose(e)} />
      </label>
      {fileError && (
        <p role="alert" className="field-error">
          {fileError}
        </p>
      )}
      {file && (
        <fieldset className="mapping">
          <legend>{t('reps-import-mapping', { rows: file.table.rows.length, file: file.name })}</legend>
          {fields.map((field) => (
            <label key={field}>
              {t(`reps-import-field-${field}`)}
              {required.includes(field) ? ` ${t('reps-import-required')}` : ''}
              <select value={mapping[field] ?? ''} onChange={(e) => setMapping({ ...mapping, [field]: e.target.value })}>
                <option value="">{t('reps-import-unmapped')}</option>
                {file.table.columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {missing.length > 0 && <p className="field-error">{t('reps-import-missing', { fields: missing.map((f) => t(`reps-import-field-${f}`)).join(', ') })}</p>}
          <div className="actions">
            <button type="button" onClick={() => void check()} disabled={busy || missing.length > 0}>
              {t('reps-import-check')}
            </button>
          </div>
        </fieldset>
      )}
      {progress && busy && (
        <p>
          <progress max={progress.total} value={progress.done} aria-label={t('reps-import-progress-label')} />{' '}
          <span aria-live="polite">{t('reps-import-progress', { done: progress.done, total: progress.total })}</span>
        </p>
      )}
      {preview && (
        <div className="import-preview" aria-live="polite">
          <h3>{t('reps-import-preview')}</h3>
          <p data-testid="import-summary">
            {'importId' in preview
              ? t('reps-import-summary-activity', { total: preview.total, valid: preview.valid, already: preview.alreadyImported, errors: errorCount, reps: preview.repsAffected })
              : t('reps-import-summary-roster', { created: preview.created, updated: preview.updated, unchanged: preview.unchanged, errors: errorCount })}
          </p>
          {errorCount > 0 ? (
            <>
              <p className="field-error">{t('reps-import-has-errors', { count: errorCount })}</p>
              <table className="data-table compact">
                <thead>
                  <tr>
                    <th scope="col">{t('reps-import-col-line')}</th>
                    <th scope="col">{t('reps-import-col-field')}</th>
                    <th scope="col">{t('reps-import-col-problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {errors.map((e, i) => (
                    <tr key={i}>
                      <td>{e.line}</td>
                      <td>{e.field}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <button type="button" className="primary" onClick={() => void commit()} disabled={busy || importable === 0}>
              {t(`reps-import-commit-${kind}`, { count: importable })}
            </button>
          )}
        </div>
      )}
      {result && (
        <div className="import-result">
          <h3 tabIndex={-1} ref={heading}>
            {t('reps-import-done')}
          </h3>
          {'imported' in result ? (
            <>
              <p data-testid="import-result">{t('reps-import-result-activity', { imported: result.imported, already: result.alreadyImported, reps: result.repsReclassified })}</p>
              {result.statusChanges.length > 0 && (
                <ul className="item-list">
                  {result.statusChanges.map((c) => (
                    <li key={c.repId}>
                      <a href={hrefFor('reps', c.repId)}>{c.name}</a> <StatusBadge status={c.from} /> → <StatusBadge status={c.to} /> <span className="muted">{formatCause(t, locale, c.cause)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p data-testid="import-result">{t('reps-import-summary-roster', { created: result.created, updated: result.updated, unchanged: result.unchanged, errors: 0 })}</p>
          )}
        </div>
      )}
    </section>
  );
}
