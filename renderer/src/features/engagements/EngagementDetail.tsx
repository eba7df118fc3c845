import { useState, type FormEvent } from 'react';
import type { EngagementDetail } from '../../../../shared/api';
import { api } from '../../api/client';
import { localInputToIso, useTimeZone } from '../../app/clock-store';
import { attempt } from '../../app/errors-store';
import { useSettings } from '../../app/settings-store';
import { localDateOf } from '../../../../shared/time/calendar';
import { formatDate, useT } from '../../i18n/i18n';
import { SurveySection } from '../surveys/SurveySection';
import { useEngagements } from './engagements-store';
import { runAction } from '../../api/issues';

function FieldMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <span className="field-error" id={`${id}-error`} role="alert">
      {message}
    </span>
  );
}

const invalid = (id: string, message?: string) => (message ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});

export function EngagementDetailPanel({ detail }: { detail: EngagementDetail }) {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const refresh = useEngagements((s) => s.refresh);
  const e = detail.engagement;
  const status = detail.row.status;
  const working = status === 'active' || status === 'stalled';
  const [note, setNote] = useState('');
  const [when, setWhen] = useState('');
  const [steps, setSteps] = useState<number[]>([]);
  const [link, setLink] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [said, setSaid] = useState('');
  const zone = useTimeZone();
  // The due day as the user's calendar has it, which is how it is shown beside the field.
  const [due, setDue] = useState(() => (e.dueAt ? localDateOf(e.dueAt, zone) : ''));

  async function act(kind: string, action: () => Promise<unknown>, done: string) {
    const refused = await runAction(action, t, 'eng');
    setErrors(refused ?? {});
    if (refused) return;
    setSaid(done);
    if (kind === 'check-in') {
      setNote('');
      setSteps([]);
      setWhen('');
    }
    await refresh();
  }

  const checkIn = (ev: FormEvent) => {
    ev.preventDefault();
    const at = localInputToIso(when);
    void act('check-in', () => api().call('engagements.checkIn', { id: e.id, expectedVersion: e.version, note, stepsDone: steps, ...(at ? { at } : {}) }), t('engagements-checked-in'));
  };
  const complete = (ev: FormEvent) => {
    ev.preventDefault();
    void act('complete', () => api().call('engagements.complete', { id: e.id, expectedVersion: e.version, deliverableLink: link }), t('engagements-completed'));
  };
  const abandon = (ev: FormEvent) => {
    ev.preventDefault();
    void act('abandon', () => api().call('engagements.abandon', { id: e.id, expectedVersion: e.version, reason }), t('engagements-abandoned'));
  };

  return (
    <aside className="detail-pane engagements-detail" aria-labelledby="engagement-title">
      <h2 id="engagement-title" tabIndex={-1}>
        {t('engagements-detail-title', { rep: detail.rep.name, task: detail.task.title })}
      </h2>
      <p>
        <span className={`engagements-status engagements-status-${status}`}>{t('engagements-status', { status })}</span>
        {detail.stalledCause && <span className="muted"> {t('engagements-stalled-cause', { cause: detail.stalledCause })}</span>}
      </p>
      <dl className="engagements-facts">
        <dt>{t('engagements-coach')}</dt>
        <dd>{detail.coach.name}</dd>
        <dt>{t('engagements-deliverable')}</dt>
        <dd>{detail.task.deliverable || t('engagements-none')}</dd>
        <dt>{t('engagements-started')}</dt>
        <dd>{e.startedAt ? formatDate(e.startedAt, locale) : t('engagements-not-started')}</dd>
        <dt>{t('engagements-due')}</dt>
        <dd>{e.dueAt ? formatDate(e.dueAt, locale) : t('engagements-none')}</dd>
        {e.deliverableLink && (
          <>
            <dt>{t('engagements-deliverable-link')}</dt>
            <dd>
              <a href={e.deliverableLink} target="_blank" rel="noreferrer noopener">
                {e.deliverableLink}
              </a>
            </dd>
          </>
        )}
        {e.abandonReason && (
          <>
            <dt>{t('engagements-abandon-reason')}</dt>
            <dd>{e.abandonReason}</dd>
          </>
        )}
      </dl>
      <p role="status" className="muted">
        {said}
      </p>

      {(working || status === 'proposed') && (
        <div className="engagements-form engagements-due">
          <label htmlFor="eng-dueAt">{t('engagements-due-edit')}</label>
          <input id="eng-dueAt" type="date" value={due} onChange={(ev) => setDue(ev.target.value)} {...invalid('eng-dueAt', errors.dueAt)} />
          <FieldMessage id="eng-dueAt" message={errors.dueAt} />
          <div className="actions">
            <button
              type="button"
              onClick={() =>
                void act('due', () => api().call('engagements.setDue', { id: e.id, expectedVersion: e.version, dueAt: due || null }), t('engagements-due-saved'))
              }
            >
              {t('engagements-due-save')}
            </button>
          </div>
        </div>
      )}

      {status === 'proposed' && (
        <div className="actions wrap">
          <button type="button" onClick={() => void act('activate', () => api().call('engagements.activate', { id: e.id, expectedVersion: e.version }), t('engagements-activated'))}>
            {t('engagements-activate')}
          </button>
          <button type="button" onClick={() => void act('abandon', () => api().call('engagements.abandon', { id: e.id, expectedVersion: e.version, reason: t('engagements-declined-reason') }), t('engagements-abandoned'))}>
            {t('engagements-decline')}
          </button>
        </div>
      )}

      <h3>{t('engagements-steps')}</h3>
      {e.steps.length === 0 ? (
        <p className="muted">{t('engagements-no-steps')}</p>
      ) : (
        <ol className="engagements-steps">
          {e.steps.map((s, i) => (
            <li key={i} className={s.done ? 'done' : undefined}>
              {s.text} {s.done && <span className="tag">{t('engagements-step-done')}</span>}
            </li>
          ))}
        </ol>
      )}

      {working && (
        <form className="engagements-form" onSubmit={checkIn} aria-labelledby="eng-checkin-title" noValidate>
          <h3 id="eng-checkin-title">{t('engagements-checkin-title')}</h3>
          <label htmlFor="eng-at">{t('engagements-checkin-at')}</label>
          <input id="eng-at" type="datetime-local" value={when} onChange={(ev) => setWhen(ev.target.value)} {...invalid('eng-at', errors.at)} />
          <FieldMessage id="eng-at" message={errors.at} />
          <label htmlFor="eng-note">{t('engagements-checkin-note')}</label>
          <textarea id="eng-note" rows={2} value={note} onChange={(ev) => setNote(ev.target.value)} />
          <fieldset id="eng-stepsDone" tabIndex={-1}>
            <legend>{t('engagements-checkin-steps')}</legend>
            {e.steps.map((s, i) => (
              <label key={i} className="engagements-check">
                <input
                  type="checkbox"
                  checked={s.done || steps.includes(i)}
                  disabled={s.done}
                  onChange={(ev) => setSteps((cur) => (ev.target.checked ? [...cur, i] : cur.filter((x) => x !== i)))}
                />
                {s.text}
              </label>
            ))}
          </fieldset>
          <FieldMessage id="eng-stepsDone" message={errors.stepsDone} />
          <div className="actions wrap">
            <button type="submit">{t('engagements-checkin-save')}</button>
            {status === 'stalled' && (
              <button
                type="button"
                onClick={() => void attempt(() => api().call('engagements.nudge', { id: e.id })).then((r) => r && setSaid(r.queued ? t('engagements-nudged') : t('engagements-not-nudged')))}
              >
                {t('engagements-nudge')}
              </button>
            )}
          </div>
        </form>
      )}

      {e.checkIns.length > 0 && (
        <>
          <h3>{t('engagements-checkins', { count: e.checkIns.length })}</h3>
          <ul className="engagements-checkins">
            {[...e.checkIns].reverse().map((c, i) => (
              <li key={i}>
                <strong>{formatDate(c.at, locale)}</strong> <span className="muted">{c.by}</span>
                {c.note && <div>{c.note}</div>}
                {c.stepsDone.length > 0 && <div className="muted">{t('engagements-checkin-steps-done', { steps: c.stepsDone.map((n) => n + 1).join(', ') })}</div>}
              </li>
            ))}
          </ul>
        </>
      )}

      {working && (
        <>
          <form className="engagements-form" onSubmit={complete} aria-labelledby="eng-complete-title" noValidate>
            <h3 id="eng-complete-title">{t('engagements-complete-title')}</h3>
            <label htmlFor="eng-deliverableLink">{t('engagements-deliverable-link')}</label>
            <input id="eng-deliverableLink" type="url" value={link} onChange={(ev) => setLink(ev.target.value)} {...invalid('eng-deliverableLink', errors.deliverableLink)} />
            <FieldMessage id="eng-deliverableLink" message={errors.deliverableLink} />
            <div className="actions">
              <button type="submit">{t('engagements-complete')}</button>
            </div>
          </form>
          <form className="engagements-form" onSubmit={abandon} aria-labelledby="eng-abandon-title" noValidate>
            <h3 id="eng-abandon-title">{t('engagements-abandon-title')}</h3>
            <label htmlFor="eng-reason">{t('engagements-abandon-reason')}</label>
            <textarea id="eng-reason" rows={2} value={reason} onChange={(ev) => setReason(ev.target.value)} {...invalid('eng-reason', errors.reason)} />
            <FieldMessage id="eng-reason" message={errors.reason} />
            <div className="actions">
              <button type="button" onClick={abandon}>
                {t('engagements-abandon')}
              </button>
            </div>
          </form>
        </>
      )}

      {detail.survey && <SurveySection detail={detail} />}
    </aside>
  );
}
