import { useEffect, useRef, useState } from 'react';
import { useClock } from '../../app/clock-store';
import { navigate } from '../../app/route';
import { useSettings } from '../../app/settings-store';
import { StatusBadge } from '../../components/StatusBadge';
import { formatAgo, formatDate, useT } from '../../i18n/i18n';
import { formatCause } from '../../i18n/status-causes';
import { RepForm } from './RepForm';
import { useReps } from './reps-store';

export function RepDetailPanel({ id }: { id: string }) {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const now = useClock((s) => s.clock?.now ?? null);
  const { detail, open, reload } = useReps();
  const heading = useRef<HTMLHeadingElement>(null);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    void open(id);
  }, [id, open]);
  useEffect(() => {
    if (detail?.rep.id === id) heading.current?.focus();
  }, [detail, id]);

  if (!detail || detail.rep.id !== id) return <aside className="detail-pane">{t('loading')}</aside>;
  const { rep, row } = detail;
  if (editing) {
    return (
      <aside className="detail-pane">
        <RepForm
          rep={rep}
          onDone={(saved) => {
            setEditing(false);
            if (saved) void Promise.all([open(id), reload()]);
          }}
        />
      </aside>
    );
  }
  const nameOf = (repId: string | null) => (repId === null ? t('none') : (detail.people[repId] ?? repId));
  const workflow = row.status === 're-engaging' || row.status === 'returned' || row.status === 'alumni';
  const explanation = workflow
    ? t('rep-explain-workflow', { status: t(`status-${row.status}`) })
    : row.lastSignificantAt && row.lastSignificantType && now
      ? t('rep-explain', {
          ago: formatAgo(row.lastSignificantAt, now, locale),
          type: t(`activity-${row.lastSignificantType}`),
          date: formatDate(row.lastSignificantAt, locale),
        })
      : t('rep-explain-none');

  return (
    <aside className="detail-pane" aria-labelledby="rep-detail-heading" onKeyDown={(e) => e.key === 'Escape' && navigate('reps')}>
      <div className="detail-head">
        <h2 id="rep-detail-heading" tabIndex={-1} ref={heading}>
          {t('rep-detail-title', { name: rep.name })}
        </h2>
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t('reps-edit')}
          </button>
          <button type="button" onClick={() => navigate('reps')}>
            {t('close')}
          </button>
        </div>
      </div>
      <p>
        <StatusBadge status={row.status} /> <span data-testid="status-explanation">{explanation}</span>
      </p>
      <dl className="facts">
        <dt>{t('rep-email')}</dt>
        <dd>{rep.email}</dd>
        <dt>{t('rep-languages')}</dt>
        <dd>{rep.languages.join(', ')}</dd>
        <dt>{t('rep-areas')}</dt>
        <dd>{rep.areas.join(', ') || t('none')}</dd>
        <dt>{t('rep-mentor')}</dt>
        <dd>{row.mentorName ?? t('none')}</dd>
        <dt>{t('rep-timezone')}</dt>
        <dd>{rep.timezone}</dd>
        <dt>{t('rep-hours')}</dt>
        <dd>{rep.hoursPerMonth}</dd>
        <dt>{t('reps-form-channel')}</dt>
        <dd>{t(`reps-channel-${rep.preferredChannel}`)}</dd>
        <dt>{t('reps-contact')}</dt>
        <dd>{!rep.contactConsent ? t('reps-contact-no-consent') : rep.remindersOptOut ? t('reps-contact-opted-out') : t('reps-contact-ok')}</dd>
      </dl>
      <h3>{t('rep-notes')}</h3>
      {detail.confidentialShown ? <p className="notes">{rep.notes || t('none')}</p> : <p className="muted">{t('rep-notes-hidden')}</p>}
      {detail.mentees.length > 0 && (
        <>
          <h3>{t('rep-mentees')}</h3>
          <ul className="item-list">
            {detail.mentees.map((m) => (
              <li key={m.id}>
                <a href={`#/reps/${m.id}`}>{m.name}</a> <StatusBadge status={m.status} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('rep-status-history')}</h3>
      <ul className="item-list">
        {rep.statusHistory.map((h) => (
          <li key={h.id}>
            {formatDate(h.at, locale)}: {t(`status-${h.to}`)} — {formatCause(t, locale, h.cause)}
          </li>
        ))}
      </ul>
      <h3>{t('reps-mentorship-history')}</h3>
      {rep.mentorshipHistory.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className="item-list" data-testid="mentorship-history">
          {rep.mentorshipHistory.map((h, i) => (
            <li key={i}>
              {formatDate(h.at, locale)}: {h.repId === rep.id ? t('reps-mentor-changed', { from: nameOf(h.fromMentorId), to: nameOf(h.toMentorId) }) : t('reps-mentee-moved', { mentee: nameOf(h.repId), from: nameOf(h.fromMentorId), to: nameOf(h.toMentorId) })} — {h.cause}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('rep-recent')}</h3>
      <ul className="item-list">
        {detail.recentActivities.map((a) => (
          <li key={a.id}>
            {formatDate(a.date, locale)} — {t(`activity-${a.type}`)}
            {!a.significant && <span className="muted"> ({t('rep-recent-passive')})</span>}
          </li>
        ))}
      </ul>
    </aside>
  );
}
