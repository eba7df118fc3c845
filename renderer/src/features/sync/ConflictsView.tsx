import { useCallback, useEffect, useState } from 'react';
import type { SyncConflict } from '../../../../shared/api';
import { refusalLines } from '../../api/issues';
import { useErrors } from '../../app/errors-store';
import { useSettings } from '../../app/settings-store';
import { formatDateTime, useT } from '../../i18n/i18n';
import { conflictKey, pickAll, valueText, type Side } from './conflict-values';
import { useSync } from './sync-store';

/**
 * Sync conflicts: records two people changed while apart. The backend applied CouchDB's winner
 * ("mine") and kept the other version ("theirs"); for each clashing field the person keeps one, and
 * the resolution is written as a new version that replicates to everyone.
 */
export function ConflictsView() {
  const t = useT();
  const count = useSync((s) => s.status?.conflicts ?? 0);
  const [items, setItems] = useState<SyncConflict[] | null>(null);

  const load = useCallback(async () => {
    try {
      setItems(await useSync.getState().conflicts());
    } catch (err) {
      useErrors.getState().report(err);
      setItems((current) => current ?? []);
    }
  }, []);
  // Again whenever the number of conflicts moves: one arrived, or another machine resolved one.
  useEffect(() => {
    void load();
  }, [load, count]);

  return (
    <div className="conflicts">
      <h1>{t('conflicts-title')}</h1>
      <p className="muted">{t('conflicts-help')}</p>
      {items === null ? (
        <p>{t('loading')}</p>
      ) : items.length === 0 ? (
        <p role="status">{t('conflicts-none')}</p>
      ) : (
        items.map((c) => <ConflictCard key={conflictKey(c)} conflict={c} onResolved={() => setItems((all) => all?.filter((x) => conflictKey(x) !== conflictKey(c)) ?? null)} />)
      )}
    </div>
  );
}

function ConflictCard({ conflict, onResolved }: { conflict: SyncConflict; onResolved(): void }) {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  // The applied version stays unless the person picks otherwise, as the contract's `pick` defaults.
  const [pick, setPick] = useState<Record<string, Side>>(() => pickAll(conflict, 'mine'));
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const key = conflictKey(conflict);
  const titleId = `conflict-${key}-title`;

  async function resolve() {
    setBusy(true);
    setProblems([]);
    try {
      await useSync.getState().resolve({ collection: conflict.collection, id: conflict.id, pick });
      onResolved();
    } catch (err) {
      const lines = refusalLines(err, t);
      if (lines) setProblems(lines);
      else useErrors.getState().report(err);
      setBusy(false);
    }
  }

  const shown = (value: unknown) => valueText(value) ?? t('conflicts-empty-value');
  const version = (side: Side) => t(`conflicts-version-${side}`, { by: conflict[side].by, at: formatDateTime(conflict[side].at, locale) });

  return (
    <section className="panel conflict" aria-labelledby={titleId}>
      <h2 id={titleId}>{conflict.title}</h2>
      <p className="muted">{t('conflicts-record', { collection: conflict.collection, id: conflict.id })}</p>
      <div className="conflict-sides">
        <p>{version('mine')}</p>
        <p>{version('theirs')}</p>
      </div>
      {conflict.fields.map((field) => (
        <fieldset key={field.path} className="conflict-field">
          <legend>{field.path}</legend>
          <div className="conflict-choices">
            {(['mine', 'theirs'] as const).map((side) => (
              <label key={side} className={`conflict-choice${pick[field.path] === side ? ' picked' : ''}`}>
                <input type="radio" name={`${key}|${field.path}`} value={side} checked={pick[field.path] === side} onChange={() => setPick({ ...pick, [field.path]: side })} />
                <span className="conflict-side">{t(`conflicts-${side}`)}</span> <span className="conflict-value">{shown(field[side])}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {problems.length > 0 && (
        <ul role="alert" className="field-error">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={() => setPick(pickAll(conflict, 'mine'))} disabled={busy}>
          {t('conflicts-keep-mine')}
        </button>
        <button type="button" onClick={() => setPick(pickAll(conflict, 'theirs'))} disabled={busy}>
          {t('conflicts-keep-theirs')}
        </button>
        <button type="button" className="primary" onClick={() => void resolve()} disabled={busy}>
          {t('conflicts-resolve')}
        </button>
      </div>
    </section>
  );
}
