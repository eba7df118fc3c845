import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useChangeRevision } from '../../app/changes-store';
import { attempt } from '../../app/errors-store';
import { EngagementStatus, FunctionalArea } from '../../../../shared/model';
import { hrefFor } from '../../app/route';
import { useSettings } from '../../app/settings-store';
import { formatDate, useT } from '../../i18n/i18n';
import { EngagementDetailPanel } from './EngagementDetail';
import { useEngagements } from './engagements-store';

/** The board: one column per status, filterable by coach, mentor and area; the detail beside it. */
export function EngagementsView({ selectedId }: { selectedId: string | null }) {
  const t = useT();
  const { board, filter, setFilter, load, open, detail } = useEngagements();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const [reminded, setReminded] = useState<number | null>(null);
  // A change elsewhere (another window, a job, another machine) moves the board without a reload.
  const changed = useChangeRevision('engagements', 'surveys', 'reps', 'tasks', 'coaches');
  useEffect(() => {
    void load();
  }, [load, changed]);
  /** Unanswered surveys go out through the reminder channels (Reminders screen), once per survey. */
  async function remind() {
    const result = await attempt(() => api().call('surveys.remind'));
    if (result) setReminded(result.queued);
  }
  useEffect(() => {
    void open(selectedId);
  }, [open, selectedId]);

  return (
    <section className="engagements">
      <h1>{t('engagements-title')}</h1>
      {board && <p className="lead">{t('engagements-lead', { days: board.stalledAfterDays })}</p>}
      <div className="engagements-filters" role="group" aria-label={t('engagements-filters')}>
        <label>
          {t('engagements-filter-coach')}
          <select value={filter.coachId ?? ''} onChange={(e) => void setFilter({ coachId: e.target.value || undefined })}>
            <option value="">{t('engagements-filter-all')}</option>
            {board?.coaches.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('engagements-filter-mentor')}
          <select value={filter.mentorId ?? ''} onChange={(e) => void setFilter({ mentorId: e.target.value || undefined })}>
            <option value="">{t('engagements-filter-all')}</option>
            {board?.mentors.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('engagements-filter-area')}
          <select value={filter.area ?? ''} onChange={(e) => void setFilter({ area: (e.target.value || undefined) as FunctionalArea | undefined })}>
            <option value="">{t('engagements-filter-all')}</option>
            {FunctionalArea.options.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="actions wrap engagements-tools">
        <button type="button" onClick={() => void remind()}>
          {t('engagements-remind-surveys')}
        </button>
        <span role="status">{reminded === null ? '' : t('engagements-reminded', { count: reminded })}</span>
      </div>
      <div className="engagements-layout">
        <div className="engagements-board">
          {EngagementStatus.options.map((status) => {
            const items = board?.items.filter((r) => r.status === status) ?? [];
            return (
              <section key={status} className={`engagements-column engagements-column-${status}`} aria-labelledby={`eng-col-${status}`}>
                <h2 id={`eng-col-${status}`}>{t('engagements-column', { status, count: items.length })}</h2>
                <ul aria-labelledby={`eng-col-${status}`}>
                  {items.map((r) => (
                    <li key={r.id} className={r.id === selectedId ? 'selected' : undefined}>
                      <a href={hrefFor('engagements', r.id)} aria-current={r.id === selectedId ? 'true' : undefined}>
                        {r.repName}
                      </a>
                      <span>{r.taskTitle}</span>
                      <span className="muted">{t('engagements-card-coach', { coach: r.coachName })}</span>
                      <span className="muted">{t('engagements-card-steps', { done: r.stepsDone, total: r.stepsTotal })}</span>
                      {r.dueAt && (status === 'active' || status === 'stalled' || status === 'proposed') && (
                        <span className="muted">{t('engagements-card-due', { date: formatDate(r.dueAt, locale) })}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
        {selectedId && detail && detail.engagement.id === selectedId && <EngagementDetailPanel key={detail.engagement.id} detail={detail} />}
      </div>
    </section>
  );
}
