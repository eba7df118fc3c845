import { useEffect } from 'react';
import type { Today } from '../../../../shared/api';
import { useChangeRevision } from '../../app/changes-store';
import { hrefFor } from '../../app/route';
import { useSettings } from '../../app/settings-store';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, useT } from '../../i18n/i18n';
import { useToday } from './today-store';

type Item = Today['sections'][number]['items'][number];

function itemHref(item: Item, sectionId: string): string | undefined {
  // Who needs a "why" conversation goes straight to a match session.
  if (sectionId === 'mentees-quiet') return hrefFor('match', item.id);
  if (item.kind === 'rep-quiet' || item.kind === 'mentor-inactive' || item.kind === 'near-threshold') return hrefFor('reps', item.id);
  if (item.kind === 'draft-task') return hrefFor('catalog', item.id);
  if (item.kind === 'check-in-due' || item.kind === 'survey-to-read') return hrefFor('engagements', item.id);
  if (item.kind === 'coach-capacity') return hrefFor('coaches');
  if (item.kind === 'case-to-decide') return hrefFor('council', item.id);
  return undefined;
}

export function TodayView() {
  const t = useT();
  const { today, load } = useToday();
  const settings = useSettings((s) => s.settings);
  const settingsVersion = settings?.version;
  // Today depends on the role and rules in Settings: load once they are known, again when they change.
  const changed = useChangeRevision('reps', 'activities', 'engagements', 'surveys', 'councilCases', 'conversations');
  useEffect(() => {
    if (settingsVersion !== undefined) void load();
  }, [load, settingsVersion, changed]);
  if (!today || !settings) return <p>{t('loading')}</p>;
  const isRepItem = (i: Item) => i.kind === 'rep-quiet' || i.kind === 'mentor-inactive' || i.kind === 'near-threshold';
  return (
    <section>
      <h1>{t('today-title')}</h1>
      <p className="lead">{t('today-greeting', { name: today.userName, role: today.role })}</p>
      {today.sections.map((section) => (
        <section key={section.id} className="panel" aria-labelledby={`today-${section.id}`}>
          <h2 id={`today-${section.id}`}>
            {t(`today-section-${section.id}`)} <span className="count">({section.total})</span>
          </h2>
          {section.items.length === 0 ? (
            <p className="muted">{t('today-empty')}</p>
          ) : (
            <ul className="item-list">
              {section.items.map((item) => (
                <li key={item.id}>
                  <a href={itemHref(item, section.id)}>{item.title}</a>
                  {item.status && <StatusBadge status={item.status} />}
                  {section.id === 'mentees-health' && (item.status === 'inactive' || item.status === 'at-risk') && (
                    <a className="match-start-link" href={hrefFor('match', item.id)} aria-label={t('match-today-start-label', { name: item.title })}>
                      {t('match-today-start')}
                    </a>
                  )}
                  {item.kind === 'coach-capacity' && <span>{t('today-capacity-value', { load: item.load ?? 0, capacity: item.capacity ?? 0 })}</span>}
                  {isRepItem(item) && (
                    <span className="muted">
                      {item.date ? t('today-last-activity', { date: formatDate(item.date, settings.language) }) : t('today-no-activity')}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {section.total > section.items.length && <p className="muted">{t('today-more', { count: section.total - section.items.length })}</p>}
        </section>
      ))}
    </section>
  );
}
