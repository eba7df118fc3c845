import { useState } from 'react';
import type { MatchSuggestions } from '../../../../shared/api';
import { localInputToIso } from '../../app/clock-store';
import { useT } from '../../i18n/i18n';
import { useMatch } from './match-store';
import { percent, useSentence } from './Sentence';

/** The ranked pairs, each with the sentence of every constraint it meets and every factor that scored it. */
export function SuggestionList({ data }: { data: MatchSuggestions }) {
  const t = useT();
  const say = useSentence();
  const choose = useMatch((s) => s.choose);
  const [orientation, setOrientation] = useState('');
  const [busy, setBusy] = useState(false);
  const p = data.profile;
  return (
    <section className="panel match-suggestions" aria-labelledby="match-sugg-title">
      <h2 id="match-sugg-title" tabIndex={-1}>
        {t('match-sugg-title')}
      </h2>
      <p className="lead">{t('match-sugg-summary', { pairs: data.feasiblePairs, tasks: data.feasibleTasks, coaches: data.feasibleCoaches, ceiling: p.ceiling, hours: p.hoursPerMonth })}</p>
      <label className="match-orientation">
        {t('match-sugg-orientation')}
        <input type="datetime-local" value={orientation} onChange={(e) => setOrientation(e.target.value)} />
      </label>
      {data.suggestions.length === 0 ? (
        <p>{t('match-sugg-none')}</p>
      ) : (
        <ol className="match-sugg-list" aria-labelledby="match-sugg-title">
          {data.suggestions.map((s) => (
            <li key={`${s.taskId}/${s.coachId}`} className="match-sugg">
              <h3>{t('match-sugg-item', { rank: s.rank, task: s.taskTitle, coach: s.coachName })}</h3>
              <p className="match-sugg-meta">
                <span className="match-fit">{t('match-sugg-fit', { percent: percent(s.score) })}</span>
                <span className={`match-level match-level-${s.interaction}`}>{t('match-sugg-interaction', { level: s.interaction })}</span>
                <span className="muted">{s.coachLanguages.join(', ')}</span>
              </p>
              <ul className="match-reasons-list">
                {s.reasons.map((r) => (
                  <li key={r.factor} className={`match-reason match-reason-${r.kind}`}>
                    <span className="match-reason-bar" aria-hidden="true" style={{ width: `${Math.round(r.score * 100)}%` }} />
                    <span>{say(r)}</span>
                    {r.kind === 'factor' && <span className="muted"> · {t('match-sugg-weight', { weight: r.weight })}</span>}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                disabled={busy}
                aria-label={t('match-sugg-choose-label', { task: s.taskTitle, coach: s.coachName })}
                onClick={async () => {
                  setBusy(true);
                  await choose(s.taskId, s.coachId, localInputToIso(orientation));
                  setBusy(false);
                }}
              >
                {t('match-sugg-choose')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
