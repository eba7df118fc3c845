import { useState, type FormEvent } from 'react';
import type { MatchStart } from '../../../../shared/api';
import { useT } from '../../i18n/i18n';
import { useMatch } from './match-store';
import { useSentence } from './Sentence';

/** Ask about any task or coach: the hard constraints that exclude it, or its best pair when none does. */
export function WhyNot({ start }: { start: MatchStart }) {
  const t = useT();
  const say = useSentence();
  const { whyNot, ask } = useMatch();
  const [taskId, setTaskId] = useState('');
  const [coachId, setCoachId] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void ask({ ...(taskId ? { taskId } : {}), ...(coachId ? { coachId } : {}) });
  };
  return (
    <section className="panel match-whynot" aria-labelledby="match-whynot-title">
      <h2 id="match-whynot-title">{t('match-whynot-title')}</h2>
      <p className="muted">{t('match-whynot-hint')}</p>
      <form onSubmit={submit} className="match-whynot-form">
        <label>
          {t('match-whynot-task')}
          <select value={taskId} onChange={(e) => setTaskId(e.target.value)}>
            <option value="">{t('match-whynot-any')}</option>
            {start.tasks.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('match-whynot-coach')}
          <select value={coachId} onChange={(e) => setCoachId(e.target.value)}>
            <option value="">{t('match-whynot-any')}</option>
            {start.coaches.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('match-whynot-ask')}</button>
      </form>
      <div aria-live="polite">
        {whyNot &&
          (whyNot.violations.length > 0 ? (
            <div className="match-whynot-answer">
              <p>{t('match-whynot-excluded')}</p>
              <ul>
                {whyNot.violations.map((v, i) => (
                  <li key={i}>{say(v)}</li>
                ))}
              </ul>
            </div>
          ) : (
            whyNot.best && (
              <p className="match-whynot-answer">
                {t('match-whynot-possible', { task: whyNot.best.taskTitle, coach: whyNot.best.coachName })} {say(whyNot.best.summary)}
              </p>
            )
          ))}
      </div>
    </section>
  );
}
