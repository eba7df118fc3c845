import { useEffect, useRef, useState } from 'react';
import { CoachSort } from '../../../../shared/api';
import type { Coach } from '../../../../shared/model';
import { api } from '../../api/client';
import { useRefreshOnChange } from '../../app/changes-store';
import { attempt } from '../../app/errors-store';
import { useVirtualRows } from '../../components/use-virtual-rows';
import { WindowedTable } from '../../components/WindowedTable';
import { useT } from '../../i18n/i18n';
import { downloadFile } from '../catalog/file-transfer';
import { Highlight } from '../catalog/Highlight';
import { ImportDialog } from '../catalog/ImportDialog';
import { CoachEditor } from './CoachEditor';
import { useCoaches } from './coaches-store';

export function CoachesView() {
  const t = useT();
  const { filters, items, total, setFilters, reload, refresh, loadMore } = useCoaches();
  const scroller = useRef<HTMLDivElement>(null);
  const win = useVirtualRows(scroller, items.length, { rowHeight: 52, measure: true, onNearEnd: loadMore });
  const [search, setSearch] = useState(filters.search);
  const [editing, setEditing] = useState<Coach | 'new' | null>(null);
  const [importing, setImporting] = useState(false);

  useEffect(() => {
    void reload();
  }, [reload]);
  // A change made elsewhere updates the rows in place, keeping the scroll position.
  useRefreshOnChange(refresh, 'coaches', 'engagements');
  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => void setFilters({ search }), 60);
    return () => clearTimeout(timer);
  }, [search, filters.search, setFilters]);

  async function saved() {
    setEditing(null);
    await reload();
  }

  async function deactivate(c: Coach) {
    if (await attempt(() => api().call('coaches.deactivate', { id: c.id, expectedVersion: c.version }))) await reload();
  }

  return (
    <div className="split">
      <section className="list-pane" aria-labelledby="coaches-title">
        <div className="catalog-head">
          <h1 id="coaches-title">{t('coaches-title')}</h1>
          <div className="actions">
            <button type="button" onClick={() => setEditing('new')}>
              {t('coaches-new')}
            </button>
            <button type="button" onClick={() => setImporting(true)}>
              {t('catalog-import')}
            </button>
            {(['csv', 'json'] as const).map((format) => (
              <button
                key={format}
                type="button"
                onClick={async () => {
                  const file = await attempt(() => api().call('coaches.export', { format }));
                  if (file) downloadFile(file);
                }}
              >
                {t(`catalog-export-${format}`)}
              </button>
            ))}
          </div>
        </div>
        {importing && <ImportDialog target="coaches" onClose={() => setImporting(false)} onImported={() => void reload()} />}
        <div className="toolbar">
          <label>
            {t('coaches-search')}
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <label>
            {t('catalog-sort')}
            <select value={filters.sort} onChange={(e) => void setFilters({ sort: CoachSort.parse(e.target.value) })}>
              {CoachSort.options.map((s) => (
                <option key={s} value={s}>
                  {t(`coaches-sort-${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={filters.hasRoom} onChange={(e) => void setFilters({ hasRoom: e.target.checked })} />
            {t('coaches-has-room')}
          </label>
          <label className="check">
            <input type="checkbox" checked={filters.includeInactive} onChange={(e) => void setFilters({ includeInactive: e.target.checked })} />
            {t('coaches-include-inactive')}
          </label>
        </div>
        <p className="muted" role="status">
          {t('coaches-count', { count: total })}
        </p>
        <div className="table-scroll" ref={scroller}>
          <WindowedTable
            headings={[t('coaches-field-name'), t('coaches-load'), t('coaches-field-languages'), t('coaches-field-areas'), t('coaches-field-timezone'), t('coaches-actions')]}
            total={total}
            padTop={win.padTop}
            padBottom={win.padBottom}
          >
            {win.rows.map(({ index }) => {
              const { coach, load, highlights } = items[index]!;
              return (
                <tr key={coach.id} ref={win.measureRef} data-index={index} aria-rowindex={index + 2} className={coach.active ? undefined : 'coach-inactive'}>
                  <td>
                    <Highlight text={coach.name} field="name" highlights={highlights} />
                    {!coach.active && <span className="tag">{t('coaches-inactive')}</span>}
                  </td>
                  <td>
                    <span className={load >= coach.capacity ? 'coach-full' : undefined}>{t('coaches-load-value', { load, capacity: coach.capacity })}</span>
                    <meter className="coach-meter" min={0} max={Math.max(coach.capacity, 1)} value={load} aria-hidden="true" />
                  </td>
                  <td>{coach.languages.join(', ')}</td>
                  <td>{coach.areas.map((a) => t(`catalog-area-${a}`)).join(', ')}</td>
                  <td>{coach.timezone}</td>
                  <td className="coach-actions">
                    <button type="button" onClick={() => setEditing(coach)} aria-label={t('coaches-edit-label', { name: coach.name })}>
                      {t('catalog-edit')}
                    </button>
                    {coach.active && (
                      <button type="button" onClick={() => void deactivate(coach)} aria-label={t('coaches-deactivate-label', { name: coach.name })}>
                        {t('coaches-deactivate')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </WindowedTable>
        </div>
      </section>
      {editing && (
        <aside className="detail-pane">
          <CoachEditor
            key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
            coach={editing === 'new' ? null : editing}
            onSaved={() => void saved()}
            onCancel={() => setEditing(null)}
          />
        </aside>
      )}
    </div>
  );
}
