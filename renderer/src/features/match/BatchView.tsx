import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';
import { useT } from '../../i18n/i18n';
import { useBatch } from './match-store';
import { percent, useSentence } from './Sentence';

const fit = (n: number) => n.toFixed(2);

/** Before a matching day: the exact plan for every waiting Rep, beside greedy; accept, change or drop pairs. */
export function BatchView() {
  const t = useT();
  const say = useSentence();
  const { plan, computing, picked, kept, created, compute, pick, keep, accept } = useBatch();
  const [waiting, setWaiting] = useState<number | null>(null);
  useEffect(() => {
    void attempt(() => api().call('match.waiting', {})).then((w) => w && setWaiting(w.items.length));
  }, [created]);
  const keptCount = plan ? plan.pairs.filter((p) => kept[p.repId]).length : 0;
  return (
    <section className="panel match-batch" aria-labelledby="match-batch-title">
      <h2 id="match-batch-title">{t('match-batch-title')}</h2>
      <p className="muted">{t('match-batch-hint')}</p>
      {waiting !== null && <p>{waiting === 0 ? t('match-batch-empty') : t('match-batch-waiting', { count: waiting })}</p>}
      {created !== null && (
        <p role="status" className="match-done-note">
          {t('match-batch-created', { count: created })}
        </p>
      )}
      <button type="button" onClick={() => void compute()} disabled={computing || waiting === 0}>
        {computing ? t('match-batch-computing') : t('match-batch-compute')}
      </button>
      {plan && (
        <>
          <p className="lead match-batch-total">
            {t('match-batch-total', {
              total: fit(plan.total),
              how: plan.optimal ? t('match-batch-optimal') : t('match-batch-not-optimal'),
              greedy: fit(plan.greedyTotal),
              greedyPairs: plan.greedyPairs,
            })}
          </p>
          <table className="match-batch-table">
            <thead>
              <tr>
                <th scope="col">{t('match-batch-keep')}</th>
                <th scope="col">{t('match-batch-rep')}</th>
                <th scope="col">{t('match-batch-pair')}</th>
                <th scope="col">{t('match-batch-fit')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.pairs.map((p) => {
                const index = picked[p.repId] ?? -1;
                const current = p.alternatives[index];
                return (
                  <tr key={p.repId}>
                    <td>
                      <input type="checkbox" aria-label={t('match-batch-keep-label', { name: p.repName })} checked={!!kept[p.repId]} onChange={(e) => keep(p.repId, e.target.checked)} />
                    </td>
                    <th scope="row">{p.repName}</th>
                    <td>
                      <select aria-label={t('match-batch-change-label', { name: p.repName })} value={index} onChange={(e) => pick(p.repId, Number(e.target.value))}>
                        <option value={-1}>{t('match-done-pair', { task: p.taskTitle, coach: p.coachName })}</option>
                        {p.alternatives.map((a, i) =>
                          a.taskId === p.taskId && a.coachId === p.coachId ? null : (
                            <option key={i} value={i}>
                              {t('match-done-pair', { task: a.taskTitle, coach: a.coachName })}
                            </option>
                          ),
                        )}
                      </select>
                      <details>
                        <summary>{t('match-batch-why')}</summary>
                        <ul className="match-reasons-list">
                          {(current?.reasons ?? p.reasons).map((r) => (
                            <li key={r.factor}>{say(r)}</li>
                          ))}
                        </ul>
                      </details>
                    </td>
                    <td>{t('match-sugg-fit', { percent: percent(current?.score ?? p.score) })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {plan.unassigned.length > 0 && <p className="muted">{t('match-batch-unassigned', { names: plan.unassigned.map((u) => u.name).join(', ') })}</p>}
          <button type="button" className="primary" disabled={keptCount === 0} onClick={() => void accept()}>
            {t('match-batch-create', { count: keptCount })}
          </button>
        </>
      )}
    </section>
  );
}
