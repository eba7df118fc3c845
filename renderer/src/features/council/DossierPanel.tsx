import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Dossier, TimelineEntry } from '../../../../shared/api';
import { MIN_EXCEPTION_RATIONALE } from '../../../../shared/domain/alumni-gate';
import { issueLine } from '../../api/issues';
import { useToday } from '../../app/clock-store';
import { useSettings } from '../../app/settings-store';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, useT, type Translate } from '../../i18n/i18n';
import { formatCause } from '../../i18n/status-causes';
import { useCouncil, type DecisionForm } from './council-store';

type GateItem = Dossier['gate']['items'][number];

function gateDetail(t: Translate, i: GateItem): string {
  switch (i.item) {
    case 'reason':
      return t('council-gate-detail-reason', { count: i.counts.reasons ?? 0 });
    case 'conversation':
      return t('council-gate-detail-conversation', { reached: i.counts.reached ?? 0, attempts: i.counts.attempts ?? 0 });
    case 'offer':
      return t('council-gate-detail-offer', { engagements: i.counts.engagements ?? 0, sessions: i.counts.matchSessions ?? 0 });
    case 'exception-rationale':
      return t('council-gate-detail-exception', { length: i.counts.length ?? 0, min: i.counts.min ?? MIN_EXCEPTION_RATIONALE });
    case 'decision':
      return i.done ? t('council-gate-detail-decided') : t('council-gate-detail-undecided');
  }
}

export function GateChecklist({ gate }: { gate: Dossier['gate'] }) {
  const t = useT();
  return (
    <section aria-labelledby="council-gate-title" className="council-gate">
      <h3 id="council-gate-title">{t('council-gate-title')}</h3>
      <p data-testid="council-gate-summary" className={gate.passes ? 'council-ok' : 'council-missing'}>
        {gate.passes ? t(gate.exception ? 'council-gate-passes-exception' : 'council-gate-passes') : t('council-gate-incomplete', { count: gate.missing.length })}
      </p>
      <ul className="council-checklist">
        {gate.items.map((i) => {
          // On the exception path the evidence items are waived, not blocking: say so rather than "missing".
          const waived = !i.done && !gate.missing.some((m) => m.item === i.item);
          return (
            <li key={i.item} className={i.done ? 'council-done' : waived ? 'council-waived' : 'council-todo'}>
              <span aria-hidden="true">{i.done ? '✓' : waived ? '–' : '✗'}</span> <strong>{t(`council-gate-${i.item}`, { needed: 2, min: MIN_EXCEPTION_RATIONALE })}</strong>{' '}
              <span>{i.done ? t('council-done') : waived ? t('council-waived') : t('council-missing')}</span> <span className="muted">— {gateDetail(t, i)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function stateLabel(t: Translate, e: TimelineEntry): string {
  if (e.kind === 'status') return t(`status-${e.state}`);
  return t(`council-state-${e.kind}-${e.state}`);
}

function DecisionFormView({ onDone }: { onDone(): void }) {
  const t = useT();
  const { decide, refusal } = useCouncil();
  const today = useToday();
  const [form, setForm] = useState<DecisionForm>({ decision: 'approve', rationale: '', meetingDate: today, exception: false });
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form.rationale.trim()) return setError(t('council-rationale-required'));
    if (!form.meetingDate) return setError(t('council-meeting-required'));
    setError(null);
    if (await decide(form)) onDone();
  }
  return (
    <form onSubmit={submit} aria-labelledby="council-decide-title" className="council-form">
      <h3 id="council-decide-title">{t('council-decide-title')}</h3>
      <fieldset>
        <legend>{t('council-decision')}</legend>
        {(['approve', 'reject', 'defer'] as const).map((d) => (
          <label key={d} className="council-inline">
            <input type="radio" name="council-decision" checked={form.decision === d} onChange={() => setForm({ ...form, decision: d })} />
            {t(`council-decision-${d}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('council-rationale')}
        <textarea rows={3} value={form.rationale} onChange={(e) => setForm({ ...form, rationale: e.target.value })} aria-invalid={error ? true : undefined} />
      </label>
      <label>
        {t('council-meeting-date')}
        <input type="date" value={form.meetingDate} onChange={(e) => setForm({ ...form, meetingDate: e.target.value })} />
      </label>
      <label className="council-inline">
        <input type="checkbox" checked={form.exception} onChange={(e) => setForm({ ...form, exception: e.target.checked })} />
        {t('council-exception')}
      </label>
      {form.exception && <p className="muted">{t('council-exception-help', { min: MIN_EXCEPTION_RATIONALE, length: form.rationale.trim().length })}</p>}
      {error && <p className="field-error">{error}</p>}
      {refusal && (
        <div role="alert" className="warning" data-testid="council-refusal">
          <p>{t('council-refused')}</p>
          {refusal.map((issue, i) => (
            <p key={i}>{issueLine(t, issue)}</p>
          ))}
        </div>
      )}
      <div className="actions">
        <button type="submit">{t('council-record-decision')}</button>
      </div>
    </form>
  );
}

function ReverseForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const t = useT();
  const reverse = useCouncil((s) => s.reverse);
  const [rationale, setRationale] = useState('');
  const [meetingDate, setMeetingDate] = useState(useToday());
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!rationale.trim()) return setError(t('council-rationale-required'));
    setError(null);
    if (await reverse(caseId, rationale, meetingDate)) onDone();
  }
  return (
    <form onSubmit={submit} className="council-form" aria-label={t('council-reverse-title', { id: caseId })}>
      <label>
        {t('council-reverse-rationale')}
        <textarea rows={2} value={rationale} onChange={(e) => setRationale(e.target.value)} autoFocus />
      </label>
      <label>
        {t('council-meeting-date')}
        <input type="date" value={meetingDate} onChange={(e) => setMeetingDate(e.target.value)} />
      </label>
      {error && <p className="field-error">{error}</p>}
      <button type="submit">{t('council-reverse-confirm')}</button>
    </form>
  );
}

/** One Rep's dossier: the gate checklist, the timeline, past decisions and the decision form. */
export function DossierPanel({ repId }: { repId: string }) {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const role = useSettings((s) => s.settings?.currentUser.role);
  const { dossier, loadDossier, propose, saved } = useCouncil();
  const [reversing, setReversing] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    void loadDossier(repId);
  }, [repId, loadDossier]);
  const shown = dossier?.rep.id === repId ? dossier : null;
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown?.rep.id]);
  if (!shown) return <p>{t('loading')}</p>;
  const d = shown;
  const isCouncil = role === 'council';
  return (
    <article className="panel council-dossier" aria-labelledby="council-dossier-title">
      <h2 id="council-dossier-title" ref={heading} tabIndex={-1}>
        {t('council-dossier-title', { name: d.rep.name })} <StatusBadge status={d.rep.status} />
      </h2>
      <p className="muted">
        {d.rep.lastSignificantAt ? t('council-last-activity', { date: formatDate(d.rep.lastSignificantAt, locale) }) : t('council-no-activity')}
        {d.rep.mentorName ? ` · ${t('council-mentor', { name: d.rep.mentorName })}` : ''}
      </p>
      {!d.confidentialShown && <p className="notice">{t('council-confidential-hidden')}</p>}
      {d.notes && (
        <p>
          <span className="badge council-confidential">{t('council-confidential')}</span> {d.notes}
        </p>
      )}
      {saved && (
        <p role="status" data-testid="council-saved">
          {t(`council-saved-${saved}`)}
        </p>
      )}
      <GateChecklist gate={d.gate} />

      {d.openCase ? (
        isCouncil ? (
          <DecisionFormView key={d.openCase.id} onDone={() => heading.current?.focus()} />
        ) : (
          <p className="notice">{t('council-decide-council-only')}</p>
        )
      ) : (
        d.rep.status !== 'alumni' && (
          <button type="button" onClick={() => void propose(d.rep.id)}>
            {t('council-propose')}
          </button>
        )
      )}

      <section aria-labelledby="council-decisions-title">
        <h3 id="council-decisions-title">{t('council-decisions-title', { count: d.decisions.length })}</h3>
        {d.decisions.length === 0 && <p className="muted">{t('council-no-decisions')}</p>}
        <ul className="item-list">
          {d.decisions.map((c) => (
            <li key={c.id} data-testid="council-decision">
              <strong>{t(`council-decision-${c.decision ?? 'defer'}`)}</strong>
              {c.exception && <span className="badge">{t('council-exception-badge')}</span>}
              <span>{formatDate(c.meetingDate, locale)}</span>
              <span className="muted">{c.decidedBy}</span>
              <span>{c.rationale}</span>
              {c.reversesCaseId && <span className="muted">{t('council-reverses', { id: c.reversesCaseId })}</span>}
              {c.reversedBy && <span className="muted">{t('council-reversed-by', { id: c.reversedBy })}</span>}
              {isCouncil && !c.reversedBy && !c.reversesCaseId && (
                <button type="button" onClick={() => setReversing(reversing === c.id ? null : c.id)} aria-expanded={reversing === c.id}>
                  {t('council-reverse')}
                </button>
              )}
              {reversing === c.id && <ReverseForm caseId={c.id} onDone={() => setReversing(null)} />}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="council-activity-title">
        <h3 id="council-activity-title">{t('council-activity-title', { count: d.activity.total })}</h3>
        {d.activity.byMonth.length > 0 && (
          <p className="muted">
            {d.activity.byMonth
              .slice(0, 12)
              .map((m) => `${m.month}: ${m.count}`)
              .join(' · ')}
          </p>
        )}
        <ul className="item-list">
          {d.activity.latest.map((a, i) => (
            <li key={i}>
              {formatDate(a.date, locale)} <span>{t(`activity-${a.type}`)}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="council-timeline-title">
        <h3 id="council-timeline-title">{t('council-timeline-title')}</h3>
        {d.timeline.length === 0 && <p className="muted">{t('council-timeline-empty')}</p>}
        <ol className="council-timeline">
          {d.timeline.map((e) => (
            <li key={`${e.kind}-${e.id}`}>
              <span className="muted">{formatDate(e.at, locale)}</span> <strong>{t(`council-kind-${e.kind}`)}</strong> <span className="badge">{stateLabel(t, e)}</span> <span>{e.cause ? formatCause(t, locale, e.cause) : e.text}</span>
              {e.confidential && (
                <p>
                  <span className="badge council-confidential">{t('council-confidential')}</span> {e.confidential}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
