import { useEffect, useState, type ChangeEvent } from 'react';
import type { BackupInfo } from '../../../../shared/api';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';
import { useSettings } from '../../app/settings-store';
import { downloadText } from '../../components/download';
import { formatDate, useT } from '../../i18n/i18n';

type Pending = { kind: 'restore'; backup: BackupInfo } | { kind: 'import'; fileName: string; content: string };

/** Backups, restore, and the whole database as one archive file. */
export function DataSection() {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const reloadSettings = useSettings((s) => s.load);
  // The backend refuses the others; the screen says so instead of offering a box that fails.
  const mayIncludeConfidential = useSettings((s) => s.settings?.currentUser.role === 'council');
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const refresh = () => void attempt(() => api().call('data.listBackups')).then((list) => list && setBackups(list));
  useEffect(refresh, []);

  async function run<T>(call: () => Promise<T>, done: (value: T) => string) {
    setBusy(true);
    setMessage('');
    const value = await attempt(call);
    setBusy(false);
    if (value !== undefined) setMessage(done(value));
    refresh();
  }

  async function exportArchive() {
    await run(
      () => api().call('data.exportArchive', { includeConfidential: includeConfidential && mayIncludeConfidential }),
      (archive) => {
        downloadText(archive.fileName, archive.content);
        return t('data-exported', { file: archive.fileName, records: archive.records });
      },
    );
  }

  async function pickArchive(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) setPending({ kind: 'import', fileName: file.name, content: await file.text() });
  }

  async function confirm() {
    const p = pending;
    setPending(null);
    if (!p) return;
    if (p.kind === 'restore') {
      await run(() => api().call('data.restoreBackup', { id: p.backup.id }), (r) => t('data-restored', { backup: r.restored, safety: r.safetyBackup }));
    } else {
      await run(
        () => api().call('data.importArchive', { content: p.content }),
        (r) => t(r.includesConfidential ? 'data-imported' : 'data-imported-no-confidential', { records: r.records, safety: r.safetyBackup }),
      );
    }
    await reloadSettings();
  }

  return (
    <fieldset aria-busy={busy}>
      <legend>{t('data-title')}</legend>
      <p className="muted">{t('data-help')}</p>
      <div className="actions">
        <button type="button" onClick={() => void exportArchive()} disabled={busy}>
          {t('data-export')}
        </button>
        {mayIncludeConfidential ? (
          <label className="check">
            <input type="checkbox" checked={includeConfidential} onChange={(e) => setIncludeConfidential(e.target.checked)} />
            {t('data-include-confidential')}
          </label>
        ) : (
          <span className="muted">{t('data-confidential-council-only')}</span>
        )}
      </div>
      <label>
        {t('data-import')}
        <input type="file" accept=".json,application/json" onChange={(e) => void pickArchive(e)} disabled={busy} />
      </label>
      {pending && (
        <div className="confirm" role="alertdialog" aria-labelledby="data-confirm-text">
          <p id="data-confirm-text">
            {pending.kind === 'restore'
              ? t('data-confirm-restore', { backup: pending.backup.id })
              : t('data-confirm-import', { file: pending.fileName })}
          </p>
          <div className="actions">
            <button type="button" onClick={() => void confirm()} autoFocus>
              {t('data-confirm')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('data-cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
      <h3>{t('data-backups')}</h3>
      <div className="actions">
        <button type="button" onClick={() => void run(() => api().call('data.createBackup'), (b) => t('data-backup-made', { backup: b.id }))} disabled={busy}>
          {t('data-backup-now')}
        </button>
      </div>
      {backups.length === 0 ? (
        <p className="muted">{t('data-no-backups')}</p>
      ) : (
        <ul className="item-list">
          {backups.map((b) => (
            <li key={b.id}>
              <span>
                {formatDate(b.at, locale)} — {t(`data-kind-${b.kind}`)}
              </span>
              <button type="button" onClick={() => setPending({ kind: 'restore', backup: b })} disabled={busy} aria-label={t('data-restore-label', { backup: b.id })}>
                {t('data-restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
