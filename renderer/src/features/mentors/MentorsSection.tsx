import { useEffect, useState } from 'react';
import type { MentorSuggestionRow } from '../../../../shared/api';
import { hrefFor } from '../../app/route';
import { useSettings } from '../../app/settings-store';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, useT, type Translate } from '../../i18n/i18n';
import { useMentors } from './mentors-store';

function reasonText(t: Translate, s: MentorSuggestionRow): string {
  return s.reasons
    .map((r) => {
      switch (r.kind) {
        case 'free-capacity':
          return t('mentors-reason-free', { free: r.free, capacity: r.capacity });
        case 'over-capacity':
          return t('mentors-reason-full', { load: r.load, capacity: r.capacity });
        case 'shared-language':
          return t('mentors-reason-language', { languages: r.languages.join(', ') });
        case 'no-shared-language':
          return t('mentors-reason-no-language');
        case 'same-region':
          return t('mentors-reason-region', { region: r.region });
        case 'same-country':
          return t('mentors-reason-country', { country: r.country });
      }
    })
    .join(' · ');
}

/** The Council's list of inactive mentors, with each mentee and ranked active mentors to move them to. */
export function MentorsSection() {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const role = useSettings((s) => s.settings?.currentUser.role);
  const { data, choice, selected, overCapacity, done, load, choose, toggle, reassign } = useMentors();
  const [pending, setPending] = useState<string[]>([]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!data) return <p>{t('loading')}</p>;
  const isCouncil = role === 'council';

  function run(ids: string[], allow = false) {
    setPending(ids);
    void reassign(ids, allow);
  }

  return (
    <section className="panel" aria-labelledby="mentors-title">
      <h2 id="mentors-title">{t('mentors-title', { count: data.inactive.length })}</h2>
      <p className="muted">{t('mentors-help', { days: data.mentorInactiveDays })}</p>
      {!isCouncil && <p className="notice">{t('mentors-council-only')}</p>}
      {done !== null && (
        <p role="status" data-testid="mentors-done">
          {t('mentors-done', { count: done })}
        </p>
      )}
      {overCapacity && (
        <div role="alert" className="warning">
          <p>{t('mentors-over-capacity', { which: overCapacity })}</p>
          <button type="button" onClick={() => run(pending, true)}>
            {t('mentors-assign-anyway')}
          </button>
        </div>
      )}
      {data.inactive.length === 0 && <p>{t('mentors-none')}</p>}
      {data.inactive.map(({ mentor, mentees, load: count }) => (
        <article key={mentor.id} className="mentor-card" aria-labelledby={`mentor-${mentor.id}`}>
          <h3 id={`mentor-${mentor.id}`}>
            <a href={hrefFor('reps', mentor.id)}>{mentor.name}</a> <StatusBadge status={mentor.status} />
          </h3>
          <p className="muted">
            {mentor.lastSignificantAt ? t('mentors-last', { date: formatDate(mentor.lastSignificantAt, locale) }) : t('today-no-activity')} · {t('mentors-mentee-count', { count })}
          </p>
          {mentees.length > 0 && (
            <>
              <table className="data-table compact">
                <thead>
                  <tr>
                    <th scope="col">{t('mentors-col-select')}</th>
                    <th scope="col">{t('mentors-col-mentee')}</th>
                    <th scope="col">{t('mentors-col-to')}</th>
                    <th scope="col">{t('mentors-col-action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {mentees.map(({ rep, suggestions }) => {
                    const chosen = suggestions.find((s) => s.mentorId === choice[rep.id]);
                    return (
                      <tr key={rep.id}>
                        <td>
                          <input type="checkbox" aria-label={t('mentors-select', { name: rep.name })} checked={!!selected[rep.id]} onChange={(e) => toggle(rep.id, e.target.checked)} />
                        </td>
                        <td>
                          <a href={hrefFor('reps', rep.id)}>{rep.name}</a> <StatusBadge status={rep.status} />
                        </td>
                        <td className="wrap">
                          <label className="sr-label">
                            <span className="visually-hidden">{t('mentors-new-mentor-for', { name: rep.name })}</span>
                            <select value={choice[rep.id] ?? ''} onChange={(e) => choose(rep.id, e.target.value)}>
                              {suggestions.map((s, i) => (
                                <option key={s.mentorId} value={s.mentorId}>
                                  {t('mentors-option', { rank: i + 1, name: s.mentorName, free: s.free })}
                                </option>
                              ))}
                            </select>
                          </label>
                          {chosen && <span className="muted small">{reasonText(t, chosen)}</span>}
                        </td>
                        <td>
                          <button type="button" disabled={!isCouncil || !chosen} onClick={() => run([rep.id])}>
                            {t('mentors-reassign-one', { name: rep.name })}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <div className="actions">
                <button type="button" disabled={!isCouncil} onClick={() => run(mentees.map((m) => m.rep.id))}>
                  {t('mentors-reassign-all', { name: mentor.name })}
                </button>
                <button type="button" disabled={!isCouncil || !mentees.some((m) => selected[m.rep.id])} onClick={() => run(mentees.filter((m) => selected[m.rep.id]).map((m) => m.rep.id))}>
                  {t('mentors-reassign-selected')}
                </button>
              </div>
            </>
          )}
        </article>
      ))}
      <h3>{t('mentors-active-title')}</h3>
      <ul className="item-list">
        {data.active.map((m) => (
          <li key={m.mentor.id}>
            <a href={hrefFor('reps', m.mentor.id)}>{m.mentor.name}</a>
            <span className="muted">{t('mentors-load', { load: m.load, capacity: m.capacity })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
