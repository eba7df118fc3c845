import { useEffect, useRef, useState } from 'react';
import { TaskSort, type TableFileFormat } from '../../../../shared/api';
import { FunctionalArea, InteractionLevel, TaskStatus, type Task } from '../../../../shared/model';
import { api } from '../../api/client';
import { useRefreshOnChange } from '../../app/changes-store';
import { attempt } from '../../app/errors-store';
import { hrefFor, navigate } from '../../app/route';
import { useVirtualRows } from '../../components/use-virtual-rows';
import { useT } from '../../i18n/i18n';
import { useCatalog } from './catalog-store';
import { downloadFile } from './file-transfer';
import { Highlight } from './Highlight';
import { ImportDialog } from './ImportDialog';
import { TaskEditor } from './TaskEditor';
import { TaskPanel } from './TaskPanel';

export function CatalogView({ selectedId }: { selectedId: string | null }) {
  const t = useT();
  const { filters, items, total, detail, setFilters, reload, refresh, loadMore, open } = useCatalog();
  const scroller = useRef<HTMLDivElement>(null);
  const win = useVirtualRows(scroller, items.length, { rowHeight: 58, measure: true, onNearEnd: loadMore });
  const [search, setSearch] = useState(filters.search);
  const [editing, setEditing] = useState<Task | 'new' | null>(selectedId === 'new' ? 'new' : null);
  const [importing, setImporting] = useState(false);
  const [includeNotes, setIncludeNotes] = useState(false);

  useEffect(() => {
    void reload();
  }, [reload]);
  // A change made elsewhere updates the rows in place, keeping the scroll position.
  useRefreshOnChange(refresh, 'tasks', 'engagements');
  useEffect(() => {
    void open(selectedId);
    setEditing(selectedId === 'new' ? 'new' : null);
  }, [selectedId, open]);

  // Search as you type; a short pause keeps a fast typist from queueing a query per key.
  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => void setFilters({ search }), 60);
    return () => clearTimeout(timer);
  }, [search, filters.search, setFilters]);

  async function afterChange(task: Task | undefined) {
    if (!task) return;
    setEditing(null);
    await reload();
    if (task.id === selectedId) await open(task.id);
    else navigate('catalog', task.id);
  }
  const act = (call: () => Promise<Task>) => async () => afterChange(await attempt(call));

  async function exportAs(format: TableFileFormat) {
    const file = await attempt(() => api().call('catalog.export', { format, includeNotes }));
    if (file) downloadFile(file);
  }

  const effortValue = filters.maxEffort === undefined ? '' : String(filters.maxEffort);
  return (
    <div className="split">
      <section className="list-pane" aria-labelledby="catalog-title">
        <div className="catalog-head">
          <h1 id="catalog-title">{t('catalog-title')}</h1>
          <div className="actions">
            <a className="button-link" href={hrefFor('catalog', 'new')}>
              {t('catalog-new')}
            </a>
            <button type="button" onClick={() => setImporting(true)}>
              {t('catalog-import')}
            </button>
            <button type="button" onClick={() => void exportAs('csv')}>
              {t('catalog-export-csv')}
            </button>
            <button type="button" onClick={() => void exportAs('json')}>
              {t('catalog-export-json')}
            </button>
            <label className="check">
              <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} />
              {t('catalog-export-notes')}
            </label>
          </div>
        </div>
        {importing && <ImportDialog target="catalog" onClose={() => setImporting(false)} onImported={() => void reload()} />}
        <div className="toolbar">
          <label>
            {t('catalog-search')}
            <input type="search" value={search} placeholder={t('catalog-search-placeholder')} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <label>
            {t('catalog-field-area')}
            <select value={filters.area ?? ''} onChange={(e) => void setFilters({ area: e.target.value ? FunctionalArea.parse(e.target.value) : undefined })}>
              <option value="">{t('catalog-any')}</option>
              {FunctionalArea.options.map((a) => (
                <option key={a} value={a}>
                  {t(`catalog-area-${a}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('catalog-filter-language')}
            <input
              className="catalog-narrow"
              value={filters.language ?? ''}
              placeholder={t('catalog-filter-language-placeholder')}
              onChange={(e) => void setFilters({ language: /^[a-z]{2,3}(-[A-Z]{2})?$/.test(e.target.value) ? e.target.value : undefined })}
            />
          </label>
          <label>
            {t('catalog-filter-effort')}
            <input
              className="catalog-narrow"
              type="number"
              min={0}
              defaultValue={effortValue}
              onChange={(e) => void setFilters({ maxEffort: e.target.value === '' ? undefined : Number(e.target.value) })}
            />
          </label>
          <label>
            {t('catalog-field-interaction')}
            <select
              value={filters.interaction ?? ''}
              onChange={(e) => void setFilters({ interaction: e.target.value ? InteractionLevel.parse(e.target.value) : undefined })}
            >
              <option value="">{t('catalog-any')}</option>
              {InteractionLevel.options.map((a) => (
                <option key={a} value={a}>
                  {t(`catalog-interaction-${a}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('catalog-filter-status')}
            <select value={filters.status[0] ?? ''} onChange={(e) => void setFilters({ status: e.target.value ? [TaskStatus.parse(e.target.value)] : [] })}>
              <option value="">{t('catalog-any')}</option>
              {TaskStatus.options.map((s) => (
                <option key={s} value={s}>
                  {t(`catalog-status-${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('catalog-sort')}
            <select value={filters.sort} onChange={(e) => void setFilters({ sort: TaskSort.parse(e.target.value) })}>
              {TaskSort.options.map((s) => (
                <option key={s} value={s}>
                  {t(`catalog-sort-${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="muted" role="status">
          {t('catalog-count', { count: total })}
        </p>
        {/* The spacers are the list's padding, so the scrolling box is a wrapper with a fixed height. */}
        <div className="catalog-scroll" ref={scroller}>
          <ul className="catalog-list" aria-label={t('catalog-list-label')} style={{ paddingTop: win.padTop, paddingBottom: win.padBottom }}>
            {win.rows.map(({ index }) => {
              const { task, highlights, stats } = items[index]!;
              return (
                <li
                  key={task.id}
                  ref={win.measureRef}
                  data-index={index}
                  aria-posinset={index + 1}
                  aria-setsize={total}
                  className={task.id === selectedId ? 'selected' : undefined}
                >
                  <a href={hrefFor('catalog', task.id)} aria-current={task.id === selectedId ? 'true' : undefined}>
                    <Highlight text={task.title} field="title" highlights={highlights} />
                  </a>
                  <span className={`badge catalog-status-${task.status}`}>{t(`catalog-status-${task.status}`)}</span>
                  <span className="muted">
                    {t(`catalog-area-${task.area}`)} · {task.effortHours === null ? '—' : t('catalog-hours', { hours: task.effortHours })} ·{' '}
                    {t(`catalog-interaction-${task.interaction}`)} · {task.languages.length > 0 && `${task.languages.join(', ')} · `}
                    {t('catalog-taken', { count: stats.taken })}
                  </span>
                  {highlights
                    .filter((h) => h.field !== 'title')
                    .slice(0, 2)
                    .map((h, i) => (
                      <span key={i} className="catalog-match">
                        {t(`catalog-field-${h.field}`)}: <Highlight text={h.value} field={h.field} highlights={[h]} />
                      </span>
                    ))}
                </li>
              );
            })}
          </ul>
        </div>
      </section>
      {editing ? (
        <aside className="detail-pane catalog-editor-pane">
          <TaskEditor
            key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
            task={editing === 'new' ? null : editing}
            onSaved={(task) => void afterChange(task)}
            onCancel={() => (editing === 'new' ? navigate('catalog') : setEditing(null))}
          />
        </aside>
      ) : (
        detail &&
        detail.task.id === selectedId && (
          <TaskPanel
            detail={detail}
            onEdit={() => setEditing(detail.task)}
            onDuplicate={act(() => api().call('catalog.duplicate', { id: detail.task.id }))}
            onPublish={act(() => api().call('catalog.publish', { id: detail.task.id, expectedVersion: detail.task.version }))}
            onRetire={act(() => api().call('catalog.retire', { id: detail.task.id, expectedVersion: detail.task.version }))}
          />
        )
      )}
    </div>
  );
}
