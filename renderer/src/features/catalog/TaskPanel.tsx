import type { TaskDetail } from '../../../../shared/api';
import { publishProblems } from '../../../../shared/domain/task-rules';
import { useT } from '../../i18n/i18n';

/** The task as a Rep will see it when it is offered, then its outcomes so far. */
export function TaskPanel({
  detail,
  onEdit,
  onDuplicate,
  onPublish,
  onRetire,
}: {
  detail: TaskDetail;
  onEdit: () => void;
  onDuplicate: () => void;
  onPublish: () => void;
  onRetire: () => void;
}) {
  const t = useT();
  const { task, stats } = detail;
  const missing = publishProblems(task);
  return (
    <aside className="detail-pane" aria-labelledby="task-title">
      <div className="detail-head">
        <h2 id="task-title" tabIndex={-1}>
          {task.title}
        </h2>
        <span className={`badge catalog-status-${task.status}`}>{t(`catalog-status-${task.status}`)}</span>
      </div>
      <div className="actions catalog-actions">
        <button type="button" onClick={onEdit}>
          {t('catalog-edit')}
        </button>
        <button type="button" onClick={onDuplicate}>
          {t('catalog-duplicate')}
        </button>
        {task.status !== 'published' && (
          <button type="button" onClick={onPublish}>
            {t('catalog-publish')}
          </button>
        )}
        {task.status !== 'retired' && (
          <button type="button" onClick={onRetire}>
            {t('catalog-retire')}
          </button>
        )}
      </div>
      {task.status === 'draft' && missing.length > 0 && (
        <div className="catalog-missing">
          <p>{t('catalog-missing-intro')}</p>
          <ul>
            {missing.map((m) => (
              <li key={m.path}>{t(`catalog-missing-${m.path}`)}</li>
            ))}
          </ul>
        </div>
      )}
      <section className="catalog-preview" aria-labelledby="task-preview-title">
        <h3 id="task-preview-title">{t('catalog-preview-title')}</h3>
        <p className="catalog-preview-summary">{task.summary}</p>
        <dl className="facts">
          <dt>{t('catalog-field-deliverable')}</dt>
          <dd>{task.deliverable || '—'}</dd>
          <dt>{t('catalog-field-effort')}</dt>
          <dd>{task.effortHours === null ? '—' : t('catalog-preview-effort', { hours: task.effortHours, days: task.expectedDays })}</dd>
          <dt>{t('catalog-field-interaction')}</dt>
          <dd>{t(`catalog-interaction-${task.interaction}`)}</dd>
          <dt>{t('catalog-field-languages')}</dt>
          <dd>{task.languages.join(', ') || '—'}</dd>
          <dt>{t('catalog-field-skills')}</dt>
          <dd>{task.skills.join(', ') || '—'}</dd>
        </dl>
        <h4>{t('catalog-preview-steps')}</h4>
        <ol className="catalog-steps">
          {task.steps.map((s, i) => (
            <li key={i}>
              <input type="checkbox" disabled aria-label={s} /> {s}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="task-stats-title">
        <h3 id="task-stats-title">{t('catalog-stats-title')}</h3>
        <dl className="facts catalog-stats">
          <dt>{t('catalog-stats-taken')}</dt>
          <dd>{stats.taken}</dd>
          <dt>{t('catalog-stats-completed')}</dt>
          <dd>{stats.completed}</dd>
          <dt>{t('catalog-stats-abandoned')}</dt>
          <dd>{stats.abandoned}</dd>
          <dt>{t('catalog-stats-in-progress')}</dt>
          <dd>{stats.inProgress}</dd>
          <dt>{t('catalog-stats-experience')}</dt>
          <dd>{t('catalog-stats-average', { value: stats.avgGoodExperience, count: stats.surveysAnswered })}</dd>
          <dt>{t('catalog-stats-coach')}</dt>
          <dd>{t('catalog-stats-average', { value: stats.avgCoachHelpful, count: stats.surveysAnswered })}</dd>
          <dt>{t('catalog-stats-fit')}</dt>
          <dd>{t('catalog-stats-average', { value: stats.avgTaskFit, count: stats.surveysAnswered })}</dd>
        </dl>
      </section>
    </aside>
  );
}
