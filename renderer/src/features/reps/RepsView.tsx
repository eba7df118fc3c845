import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { RepSort } from '../../../../shared/api';
import { RepStatus } from '../../../../shared/model';
import { useRefreshOnChange } from '../../app/changes-store';
import { hrefFor, navigate } from '../../app/route';
import { useSettings } from '../../app/settings-store';
import { StatusBadge } from '../../components/StatusBadge';
import { useVirtualRows } from '../../components/use-virtual-rows';
import { WindowedTable } from '../../components/WindowedTable';
import { formatDate, useT } from '../../i18n/i18n';
import { RemindersView } from '../reminders/RemindersView';
import { ImportView } from './ImportView';
import { RepDetailPanel } from './RepDetailPanel';
import { RepForm } from './RepForm';
import { useReps } from './reps-store';

/** Sub-views of the Reps screen, addressed as #/reps/<view>; Rep ids never look like these. */
const SUB_VIEWS = ['new', 'import-activity', 'import-roster', 'reminders'] as const;
type SubView = (typeof SUB_VIEWS)[number];
const isSubView = (param: string | null): param is SubView => SUB_VIEWS.includes(param as SubView);

function SubViewPane({ view, onChanged }: { view: SubView; onChanged: () => void }) {
  if (view === 'new') return <RepForm rep={null} onDone={(saved) => saved && (onChanged(), navigate('reps', saved.id))} />;
  if (view === 'reminders') return <RemindersView />;
  return <ImportView kind={view === 'import-activity' ? 'activity' : 'roster'} onImported={onChanged} />;
}

const ROW_HEIGHT = 44;

export function RepsView({ selectedId }: { selectedId: string | null }) {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const settingsVersion = useSettings((s) => s.settings?.version);
  const { filters, items, total, loading, setFilters, reload, refresh, loadMore } = useReps();
  const [search, setSearch] = useState(filters.search);
  const scroller = useRef<HTMLDivElement>(null);
  const win = useVirtualRows(scroller, items.length, { rowHeight: ROW_HEIGHT, onNearEnd: loadMore });

  useEffect(() => {
    void reload();
  }, [reload, settingsVersion]);
  // A change made elsewhere (another window, an import, the day's status recomputation) updates the rows in place.
  useRefreshOnChange(refresh, 'reps', 'activities', 'engagements');

  // Typing waits a moment before asking the backend, so each keystroke does not start a query.
  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => void setFilters({ search }), 150);
    return () => clearTimeout(timer);
  }, [search, filters.search, setFilters]);

  // A row scrolled into view by the keyboard may render a frame or two later; focus it once it is there.
  const focusTarget = useRef<number | null>(null);
  function focusPendingRow() {
    if (focusTarget.current === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${focusTarget.current}"]`);
    if (!row) return;
    row.focus();
    focusTarget.current = null;
  }
  useEffect(focusPendingRow);

  function onRowKey(event: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) {
    const move = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (event.key === 'Enter') navigate('reps', id);
    if (!move) return;
    event.preventDefault();
    focusTarget.current = Math.min(items.length - 1, Math.max(0, index + move));
    win.reveal(focusTarget.current);
    focusPendingRow();
  }

  return (
    <div className="split">
      <section className="list-pane" aria-labelledby="reps-title">
        <h1 id="reps-title">{t('reps-title')}</h1>
        <nav className="subnav" aria-label={t('reps-actions')}>
          {SUB_VIEWS.map((v) => (
            <a key={v} href={hrefFor('reps', v)} aria-current={selectedId === v ? 'page' : undefined}>
              {t(`reps-view-${v}`)}
            </a>
          ))}
        </nav>
        {isSubView(selectedId) && <SubViewPane view={selectedId} onChanged={() => void reload()} />}
        <div className="toolbar">
          <label>
            {t('reps-search')}
            <input type="search" value={search} placeholder={t('reps-search-placeholder')} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <label>
            {t('reps-filter-status')}
            <select
              value={filters.status[0] ?? ''}
              onChange={(e) => void setFilters({ status: e.target.value ? [RepStatus.parse(e.target.value)] : [] })}
            >
              <option value="">{t('reps-filter-all')}</option>
              {RepStatus.options.map((s) => (
                <option key={s} value={s}>
                  {t(`status-${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('reps-sort')}
            <select value={filters.sort} onChange={(e) => void setFilters({ sort: RepSort.parse(e.target.value) })}>
              {RepSort.options.map((s) => (
                <option key={s} value={s}>
                  {t(`reps-sort-${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="muted" aria-live="polite">
          {loading && items.length === 0 ? t('loading') : t('reps-count', { shown: items.length, total })}
        </p>
        {!loading && total === 0 ? (
          <p>{t('reps-empty')}</p>
        ) : (
          <div className="table-scroll" ref={scroller}>
            <WindowedTable
              headings={[t('reps-col-name'), t('reps-col-country'), t('reps-col-languages'), t('reps-col-mentor'), t('reps-col-status'), t('reps-col-last')]}
              total={total}
              padTop={win.padTop}
              padBottom={win.padBottom}
            >
              {win.rows.map(({ index }) => {
                const rep = items[index]!;
                return (
                  <tr
                    key={rep.id}
                    data-index={index}
                    aria-rowindex={index + 2}
                    tabIndex={0}
                    className={rep.id === selectedId ? 'selected' : undefined}
                    aria-selected={rep.id === selectedId}
                    onClick={() => navigate('reps', rep.id)}
                    onKeyDown={(e) => onRowKey(e, index, rep.id)}
                  >
                    <td>
                      <a href={hrefFor('reps', rep.id)} tabIndex={-1}>
                        {rep.name}
                      </a>
                      {rep.isMentor && <span className="tag">{t('reps-mentor-badge')}</span>}
                    </td>
                    <td>{rep.country}</td>
                    <td>{rep.languages.join(', ')}</td>
                    <td>{rep.mentorName ?? ''}</td>
                    <td>
                      <StatusBadge status={rep.status} />
                    </td>
                    <td>{rep.lastSignificantAt ? formatDate(rep.lastSignificantAt, locale) : t('never')}</td>
                  </tr>
                );
              })}
            </WindowedTable>
          </div>
        )}
      </section>
      {selectedId && !isSubView(selectedId) && <RepDetailPanel id={selectedId} />}
    </div>
  );
}
