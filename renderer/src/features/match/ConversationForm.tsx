import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { MatchStart } from '../../../../shared/api';
import { Channel, type Settings } from '../../../../shared/model';
import { api, ApiCallError } from '../../api/client';
import { refusalLines } from '../../api/issues';
import { useToday } from '../../app/clock-store';
import { useErrors } from '../../app/errors-store';
import { useT } from '../../i18n/i18n';
import { useReasonName } from '../../i18n/reasons';

interface Picked {
  severity: number;
  note: string;
}

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/**
 * The "why" conversation. Reasons come from the taxonomy in Settings; the confidential fields are
 * marked as such. The backend's message names any field it refuses.
 */
export function ConversationForm({ start, settings, onSaved }: { start: MatchStart; settings: Settings; onSaved: () => void }) {
  const t = useT();
  const reasonName = useReasonName();
  const [heldBy, setHeldBy] = useState(settings.currentUser.name);
  // Today on the user's calendar, by the backend's clock: the day the backend will accept.
  const today = useToday();
  const [date, setDate] = useState(today);
  const [channel, setChannel] = useState<Channel>('video-call');
  const [reached, setReached] = useState(true);
  const [reasons, setReasons] = useState<Record<string, Picked>>({});
  const [wants, setWants] = useState<'yes' | 'maybe' | 'no'>('maybe');
  const [hours, setHours] = useState(String(start.rep.hoursPerMonth));
  const [interests, setInterests] = useState('');
  const [avoidCoachIds, setAvoidCoachIds] = useState<string[]>([]);
  const [avoidTeams, setAvoidTeams] = useState<string[]>([]);
  const [consent, setConsent] = useState(false);
  const [notes, setNotes] = useState('');
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);

  const toggle = (id: string, on: boolean) => {
    const next = { ...reasons };
    if (on) next[id] = { severity: 2, note: '' };
    else delete next[id];
    setReasons(next);
  };
  const change = (id: string, c: Partial<Picked>) => setReasons({ ...reasons, [id]: { ...reasons[id]!, ...c } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setProblem('');
    try {
      await api().call('match.recordConversation', {
        repId: start.rep.id,
        heldBy,
        // A day on the user's calendar; the backend stores it and refuses one after today.
        date,
        channel,
        reached,
        reasons: settings.reasons.filter((r) => reasons[r.id]).map((r) => ({ category: r.id, ...reasons[r.id]! })),
        wantsToContinue: wants,
        hoursPerMonth: hours.trim() === '' ? null : Number(hours),
        interests: list(interests),
        avoidCoachIds,
        avoidTeams,
        consentToShare: consent,
        notes,
      });
      onSaved();
    } catch (err) {
      const lines = err instanceof ApiCallError && err.code === 'BAD_INPUT' ? refusalLines(err, t) : null;
      if (lines) setProblem(lines.join(' '));
      else useErrors.getState().report(err);
    } finally {
      setSaving(false);
    }
  }

  const multi = (setValues: (v: string[]) => void) => (e: ChangeEvent<HTMLSelectElement>) => setValues([...e.target.selectedOptions].map((o) => o.value));

  return (
    <form className="match-conv" onSubmit={submit} noValidate aria-labelledby="match-conv-title">
      <h2 id="match-conv-title">{t('match-conv-title')}</h2>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <div className="form-grid">
        <label>
          {t('match-conv-held-by')}
          <input value={heldBy} onChange={(e) => setHeldBy(e.target.value)} />
        </label>
        <label>
          {t('match-conv-date')}
          <input type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          {t('match-conv-channel')}
          <select value={channel} onChange={(e) => setChannel(Channel.parse(e.target.value))}>
            {Channel.options.map((c) => (
              <option key={c} value={c}>
                {t(`reps-channel-${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={reached} onChange={(e) => setReached(e.target.checked)} />
          {t('match-conv-reached')}
        </label>
      </div>

      <fieldset className="match-reasons">
        <legend>{t('match-conv-reasons')}</legend>
        <p className="muted">{t('match-conv-reasons-hint')}</p>
        <ul>
          {settings.reasons.map((r) => {
            const picked = reasons[r.id];
            const name = reasonName(r.id);
            return (
              <li key={r.id}>
                <label className="check">
                  <input type="checkbox" checked={!!picked} onChange={(e) => toggle(r.id, e.target.checked)} />
                  {name}
                  {r.sensitive && <span className="match-sensitive">{t('match-conv-sensitive')}</span>}
                </label>
                {picked && (
                  <div className="match-reason-detail">
                    <label>
                      {t('match-conv-severity', { reason: name })}
                      <select value={picked.severity} onChange={(e) => change(r.id, { severity: Number(e.target.value) })}>
                        {[1, 2, 3].map((n) => (
                          <option key={n} value={n}>
                            {t(`match-conv-severity-${n}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label className="match-confidential">
                      {t('match-conv-reason-note', { reason: name })}
                      <span className="match-confidential-hint">{t('match-conv-confidential')}</span>
                      <textarea rows={2} value={picked.note} onChange={(e) => change(r.id, { note: e.target.value })} />
                    </label>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>

      <div className="form-grid">
        <label>
          {t('match-conv-wants')}
          <select value={wants} onChange={(e) => setWants(e.target.value as typeof wants)}>
            {(['yes', 'maybe', 'no'] as const).map((w) => (
              <option key={w} value={w}>
                {t(`match-conv-wants-${w}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('match-conv-hours')}
          <input type="number" min={0} max={200} value={hours} onChange={(e) => setHours(e.target.value)} />
        </label>
        <label>
          {t('match-conv-interests')}
          <input value={interests} onChange={(e) => setInterests(e.target.value)} />
        </label>
        <label>
          {t('match-conv-avoid-coaches')}
          <select multiple size={4} value={avoidCoachIds} onChange={multi(setAvoidCoachIds)}>
            {start.coaches.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('match-conv-avoid-teams')}
          <select multiple size={4} value={avoidTeams} onChange={multi(setAvoidTeams)}>
            {start.teams.map((team) => (
              <option key={team} value={team}>
                {team}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
          {t('match-conv-consent')}
        </label>
      </div>
      <label className="match-confidential">
        {t('match-conv-notes')}
        <span className="match-confidential-hint">{t('match-conv-confidential')}</span>
        <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <div className="actions">
        <button type="submit" disabled={saving}>
          {saving ? t('saving') : t('match-conv-save')}
        </button>
      </div>
    </form>
  );
}
