import { useEffect, useState, type FormEvent } from 'react';
import type { RepRow } from '../../../../shared/api';
import { api } from '../../api/client';
import { useChangeRevision } from '../../app/changes-store';
import { useToday } from '../../app/clock-store';
import { attempt } from '../../app/errors-store';
import { hrefFor, navigate } from '../../app/route';
import { useSettings } from '../../app/settings-store';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, useT } from '../../i18n/i18n';
import { MentorsSection } from '../mentors/MentorsSection';
import { AuditSection } from './AuditSection';
import { sinceDay, useCouncil } from './council-store';
import { DossierPanel } from './DossierPanel';
import { ReviewPackSection } from './ReviewPackSection';

/** Choose any quiet Rep to open their dossier, not only those who already have a case. */
function OpenDossier() {
  const t = useT();
  const [reps, setReps] = useState<RepRow[]>([]);
  const [chosen, setChosen] = useState('');
  // Reloaded after each decision, so a Rep's status in the list follows what the Council just decided.
  const saved = useCouncil((s) => s.saved);
  useEffect(() => {
    void attempt(() => api().call('reps.list', { status: ['inactive', 'at-risk', 're-engaging', 'alumni'], limit: 500, sort: 'name' })).then((r) => r && setReps(r.items));
  }, [saved]);
  function open(e: FormEvent) {
    e.preventDefault();
    if (chosen) navigate('council', chosen);
  }
  return (
    <form className="toolbar" onSubmit={open}>
      <label>
        {t('council-open-label')}
        <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('council-open-choose')}</option>
          {reps.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({t(`status-${r.status}`)})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!chosen}>
        {t('council-open-dossier')}
      </button>
    </form>
  );
}

function Outcomes() {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const { overview, since: picked, setSince } = useCouncil();
  const since = sinceDay(picked, useToday());
  if (!overview) return null;
  const o = overview.outcomes;
  return (
    <section className="panel" aria-labelledby="council-outcomes-title">
      <h2 id="council-outcomes-title">{t('council-outcomes-title')}</h2>
      <div className="toolbar">
        <label>
          {t('council-outcomes-since')}
          <input type="date" value={since} onChange={(e) => e.target.value && setSince(e.target.value)} />
        </label>
        {overview.lastMeeting && <p className="muted">{t('council-last-meeting', { date: formatDate(overview.lastMeeting, locale) })}</p>}
      </div>
      <dl className="council-stats" data-testid="council-outcomes">
        <div>
          <dt>{t('council-outcome-started')}</dt>
          <dd>{o.engagementsStarted}</dd>
        </div>
        <div>
          <dt>{t('council-outcome-completed')}</dt>
          <dd>{o.engagementsCompleted}</dd>
        </div>
        <div>
          <dt>{t('council-outcome-returned')}</dt>
          <dd>{o.returned.length}</dd>
        </div>
        <div>
          <dt>{t('council-outcome-surveys')}</dt>
          <dd>{t('council-outcome-surveys-value', { count: o.surveysAnswered, more: o.wantsMore, avg: o.averageExperience ?? '—' })}</dd>
        </div>
      </dl>
      {o.returned.length > 0 && (
        <p>
          {t('council-returned-list')}{' '}
          {o.returned.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              <a href={hrefFor('reps', r.id)}>{r.name}</a>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

/** The Council's screen: open cases, outcomes, Reps near the threshold, dossiers, mentors, audit and the review pack. */
export function CouncilView({ selectedId = null }: { selectedId?: string | null }) {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const { overview, loadOverview } = useCouncil();
  const changed = useChangeRevision('councilCases', 'reps', 'engagements', 'surveys');
  useEffect(() => {
    void loadOverview();
  }, [loadOverview, changed]);
  return (
    <section aria-labelledby="council-title" className="council-screen">
      <h1 id="council-title">{t('nav-council')}</h1>
      <OpenDossier />
      {selectedId && <DossierPanel repId={selectedId} />}

      <section className="panel" aria-labelledby="council-cases-title">
        <h2 id="council-cases-title">{t('council-cases-title', { count: overview?.openCases.length ?? 0 })}</h2>
        {overview && overview.openCases.length === 0 && <p className="muted">{t('council-cases-none')}</p>}
        {overview && overview.openCases.length > 0 && (
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{t('council-col-rep')}</th>
                <th scope="col">{t('council-col-kind')}</th>
                <th scope="col">{t('council-col-gate')}</th>
                <th scope="col">{t('council-col-opened')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.openCases.map((c) => (
                <tr key={c.case.id} className={c.rep.id === selectedId ? 'selected' : undefined}>
                  <td>
                    <a href={hrefFor('council', c.rep.id)}>{c.rep.name}</a> <StatusBadge status={c.rep.status} />
                  </td>
                  <td>{t(`council-kind-case-${c.case.kind}`)}</td>
                  <td>{t('council-gate-count', { done: c.gate.items.filter((i) => i.done).length, total: c.gate.items.length })}</td>
                  <td>{formatDate(c.case.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <Outcomes />

      <section className="panel" aria-labelledby="council-near-title">
        <h2 id="council-near-title">{t('council-near-title', { count: overview?.nearThreshold.length ?? 0 })}</h2>
        {overview && overview.nearThreshold.length === 0 && <p className="muted">{t('council-near-none')}</p>}
        <ul className="item-list">
          {overview?.nearThreshold.slice(0, 20).map((r) => (
            <li key={r.id}>
              <a href={hrefFor('council', r.id)}>{r.name}</a> <StatusBadge status={r.status} />
              <span className="muted">{r.lastSignificantAt ? t('council-last-activity', { date: formatDate(r.lastSignificantAt, locale) }) : t('council-no-activity')}</span>
            </li>
          ))}
        </ul>
      </section>

      <MentorsSection />
      <ReviewPackSection />
      <AuditSection />
    </section>
  );
}
