import { useEffect, useRef, useState } from 'react';
import type { RepRow } from '../../../../shared/api';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';
import { hrefFor } from '../../app/route';
import { useSettings } from '../../app/settings-store';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, useT } from '../../i18n/i18n';
import { BatchView } from './BatchView';
import { ConversationForm } from './ConversationForm';
import { useMatch } from './match-store';
import { SuggestionList } from './Suggestions';
import { WhyNot } from './WhyNot';

/** #/match picks a Rep, #/match/<repId> runs their session, #/match/batch plans a matching day. */
export function MatchView({ param }: { param: string | null }) {
  const t = useT();
  const batch = param === 'batch';
  return (
    <section>
      <h1>{t('match-title')}</h1>
      <nav aria-label={t('match-tabs-label')} className="match-tabs">
        <a href={hrefFor('match')} aria-current={!batch ? 'page' : undefined}>
          {t('match-tab-one')}
        </a>
        <a href={hrefFor('match', 'batch')} aria-current={batch ? 'page' : undefined}>
          {t('match-tab-batch')}
        </a>
      </nav>
      {batch ? <BatchView /> : param ? <Session repId={param} /> : <RepPicker />}
    </section>
  );
}

function RepPicker() {
  const t = useT();
  const [search, setSearch] = useState('');
  const [items, setItems] = useState<RepRow[]>([]);
  useEffect(() => {
    let live = true;
    void attempt(() => api().call('reps.list', { search, status: ['inactive', 'at-risk'], sort: 'lastActivity', limit: 50 })).then((page) => live && page && setItems(page.items));
    return () => {
      live = false;
    };
  }, [search]);
  return (
    <section className="panel" aria-labelledby="match-pick-title">
      <h2 id="match-pick-title">{t('match-pick-title')}</h2>
      <label>
        {t('match-pick-search')}
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      {items.length === 0 ? (
        <p className="muted">{t('match-pick-empty')}</p>
      ) : (
        <ul className="item-list">
          {items.map((r) => (
            <li key={r.id}>
              <a href={hrefFor('match', r.id)}>{r.name}</a> <StatusBadge status={r.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Session({ repId }: { repId: string }) {
  const t = useT();
  const settings = useSettings((s) => s.settings);
  const { start, conversations, redacted, suggestions, choice, open, loadConversations, loadSuggestions } = useMatch();
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setSaved(false);
    void open(repId);
  }, [repId, open]);
  // The heading exists once both the session and the settings are in, whichever comes last.
  const ready = !!start && !!settings;
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready, start]);
  useEffect(() => {
    if (suggestions) document.getElementById('match-sugg-title')?.focus();
  }, [suggestions]);
  useEffect(() => {
    if (choice) document.getElementById('match-done-title')?.focus();
  }, [choice]);
  if (!start || !settings) return <p>{t('loading')}</p>;
  const locale = settings.language;
  return (
    <div className="match-session">
      <h2 ref={heading} tabIndex={-1}>
        {t('match-session-title', { name: start.rep.name })} <StatusBadge status={start.rep.status} />
      </h2>
      <p className="muted">
        {t('match-rep-facts', { languages: start.rep.languages.join(', '), hours: start.rep.hoursPerMonth })} · <a href={hrefFor('reps', repId)}>{t('match-rep-detail', { name: start.rep.name })}</a> ·{' '}
        <a href={hrefFor('match')}>{t('match-back-to-list')}</a>
      </p>
      {choice ? (
        <Confirmation />
      ) : (
        <>
          {conversations.length > 0 && (
            <details className="match-previous">
              <summary>{t('match-conv-previous', { count: conversations.length })}</summary>
              {redacted && <p className="muted">{t('match-conv-redacted')}</p>}
              <ul>
                {conversations.map((c) => (
                  <li key={c.id}>
                    {t('match-conv-previous-item', { date: formatDate(c.date, locale), channel: t(`reps-channel-${c.channel}`), heldBy: c.heldBy, reached: c.reached ? 'yes' : 'no' })}
                    {c.notes && <p className="match-confidential-text">{c.notes}</p>}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {saved && (
            <p role="status" className="match-done-note">
              {t('match-conv-saved')}
            </p>
          )}
          <section className="panel">
            <ConversationForm
              key={repId}
              start={start}
              settings={settings}
              onSaved={() => {
                setSaved(true);
                void loadConversations();
                void loadSuggestions();
              }}
            />
            {!suggestions && conversations.length > 0 && (
              <button type="button" onClick={() => void loadSuggestions()}>
                {t('match-conv-skip')}
              </button>
            )}
          </section>
          {suggestions && (
            <div className="match-results">
              <SuggestionList data={suggestions} />
              <WhyNot start={start} />
            </div>
          )}
        </>
      )}
    </div>
  );
}

function Confirmation() {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const { choice, start } = useMatch();
  if (!choice || !start) return null;
  const e = choice.engagement;
  return (
    <section className="panel match-done" aria-labelledby="match-done-title">
      <h2 id="match-done-title" tabIndex={-1}>
        {t('match-done-title')}
      </h2>
      <p className="lead">{t('match-done-pair', { task: choice.taskTitle, coach: choice.coachName })}</p>
      {choice.firstStep && <p>{t('match-done-first-step', { step: choice.firstStep, date: formatDate(choice.firstStepDueAt, locale) })}</p>}
      <p>{t('match-done-due', { date: formatDate(choice.taskDueAt, locale) })}</p>
      {e.orientationCallAt && <p>{t('match-done-orientation', { date: formatDate(e.orientationCallAt, locale) })}</p>}
      <h3>{t('match-done-steps')}</h3>
      <ol>
        {e.steps.map((s, i) => (
          <li key={i}>{s.text}</li>
        ))}
      </ol>
      <p>{t('match-done-status', { name: start.rep.name })}</p>
      <p>
        <a href={hrefFor('engagements', e.id)}>{t('match-done-open-engagement')}</a> · <a href={hrefFor('reps', start.rep.id)}>{t('match-done-open-rep', { name: start.rep.name })}</a> ·{' '}
        <a href={hrefFor('match')}>{t('match-back-to-list')}</a>
      </p>
    </section>
  );
}
