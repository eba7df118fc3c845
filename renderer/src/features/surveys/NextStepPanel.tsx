import { useState } from 'react';
import type { EngagementDetail, NextSteps, NextTaskSuggestion } from '../../../../shared/api';
import { api } from '../../api/client';
import { localInputToIso } from '../../app/clock-store';
import { attempt } from '../../app/errors-store';
import { hrefFor } from '../../app/route';
import { useSettings } from '../../app/settings-store';
import { downloadText } from '../../components/download';
import { formatDate, formatDateTime, useT, type Translate } from '../../i18n/i18n';
import { useEngagements } from '../engagements/engagements-store';
import { runAction } from '../../api/issues';

/**
 * The engine's reasons are Fluent ids (match-reason-*) from the Match screen's match.ftl; while an id
 * is missing from the bundle the engine's own English is shown instead of the bare id.
 */
function reasonText(t: Translate, r: NextTaskSuggestion['reasons'][number]): string {
  const text = t(r.messageId, r.args);
  return text === r.messageId ? r.english : text;
}

export function NextStepPanel({ detail, next }: { detail: EngagementDetail; next: NextSteps }) {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const refresh = useEngagements((s) => s.refresh);
  const e = detail.engagement;
  const survey = detail.survey!;
  const [proposed, setProposed] = useState<{ id: string; title: string } | null>(null);
  const [callAt, setCallAt] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (next.choice === 'follow-up') {
    return (
      <section className="surveys-next" aria-labelledby="next-title">
        <h3 id="next-title">{t('surveys-followup-title')}</h3>
        <p>{t('surveys-followup-text', { rep: detail.rep.name })}</p>
        {survey.followedUpAt ? (
          <p className="muted">{t('surveys-followed-up', { date: formatDate(survey.followedUpAt, locale) })}</p>
        ) : (
          <button type="button" onClick={() => void attempt(() => api().call('surveys.followedUp', { id: survey.id, expectedVersion: survey.version })).then(refresh)}>
            {t('surveys-followup-done')}
          </button>
        )}
      </section>
    );
  }
  if (next.choice !== 'suggest') return null;

  async function propose(s: NextTaskSuggestion) {
    const created = await attempt(() => api().call('surveys.proposeNext', { id: survey.id, taskId: s.taskId, coachId: s.coachId }));
    if (created) {
      setProposed({ id: created.id, title: s.taskTitle });
      await refresh();
    }
  }
  async function schedule() {
    const at = localInputToIso(callAt);
    const refused = await runAction(() => api().call('engagements.scheduleOrientation', { id: e.id, expectedVersion: e.version, at: at ?? callAt }), t, 'next');
    setErrors(refused ?? {});
    if (!refused) await refresh();
  }
  async function downloadIcs() {
    const file = await attempt(() => api().call('engagements.orientationIcs', { id: e.id }));
    if (file) downloadText(file.fileName, file.content, file.mimeType);
  }

  return (
    <section className="surveys-next" aria-labelledby="next-title">
      <h3 id="next-title">{t('surveys-next-title')}</h3>
      {next.suggestions.length === 0 ? (
        <p className="muted">{t('surveys-next-none')}</p>
      ) : (
        <ol className="surveys-suggestions" aria-label={t('surveys-next-list')}>
          {next.suggestions.map((s) => (
            <li key={`${s.taskId}-${s.coachId}`}>
              <strong>{s.taskTitle}</strong> {t('surveys-next-with', { coach: s.coachName })}
              {s.differentCoach && <span className="tag">{t('surveys-next-different-coach')}</span>}
              <span className="muted"> {t('surveys-next-fit', { percent: Math.round(s.score * 100) })}</span>
              <ul className="surveys-reasons">
                {s.reasons.map((r, i) => (
                  <li key={i}>{reasonText(t, r)}</li>
                ))}
              </ul>
              <button type="button" onClick={() => void propose(s)} aria-label={t('surveys-next-propose-label', { task: s.taskTitle, coach: s.coachName })}>
                {t('surveys-next-propose')}
              </button>
            </li>
          ))}
        </ol>
      )}
      {proposed && (
        <p role="status">
          {t('surveys-next-proposed')} <a href={hrefFor('engagements', proposed.id)}>{proposed.title}</a>
        </p>
      )}

      <h3>{t('surveys-orientation-title')}</h3>
      {e.orientationCallAt ? (
        <p>
          {t('surveys-orientation-at', { date: formatDateTime(e.orientationCallAt, locale) })}{' '}
          <button type="button" onClick={() => void downloadIcs()}>
            {t('surveys-orientation-ics')}
          </button>
        </p>
      ) : (
        <p className="muted">{t('surveys-orientation-offer')}</p>
      )}
      <div className="engagements-form">
        <label htmlFor="next-at">{t('surveys-orientation-when')}</label>
        <input id="next-at" type="datetime-local" value={callAt} onChange={(ev) => setCallAt(ev.target.value)} aria-invalid={errors.at ? true : undefined} />
        {errors.at && (
          <span className="field-error" role="alert">
            {errors.at}
          </span>
        )}
        <div className="actions">
          <button type="button" onClick={() => void schedule()}>
            {t('surveys-orientation-schedule')}
          </button>
        </div>
      </div>

      {e.onboarding.length > 0 && (
        <fieldset className="surveys-onboarding">
          <legend>{t('surveys-onboarding-title')}</legend>
          {e.onboarding.map((o, i) => (
            <label key={i} className="engagements-check">
              <input
                type="checkbox"
                checked={o.done}
                onChange={(ev) => void attempt(() => api().call('engagements.setOnboarding', { id: e.id, expectedVersion: e.version, index: i, done: ev.target.checked })).then(refresh)}
              />
              {o.item}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
