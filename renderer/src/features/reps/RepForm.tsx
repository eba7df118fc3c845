import { useEffect, useState, type FormEvent } from 'react';
import type { RepRow } from '../../../../shared/api';
import { Channel, type Rep } from '../../../../shared/model';
import { api, ApiCallError } from '../../api/client';
import { refusalLines } from '../../api/issues';
import { attempt, useErrors } from '../../app/errors-store';
import { navigate } from '../../app/route';
import { useT } from '../../i18n/i18n';

type Draft = {
  name: string;
  email: string;
  portalHandle: string;
  country: string;
  region: string;
  timezone: string;
  languages: string;
  mentorId: string;
  isMentor: boolean;
  mentorCapacity: string;
  hoursPerMonth: string;
  contactConsent: boolean;
  remindersOptOut: boolean;
  preferredChannel: Channel;
};

function draftOf(rep: Rep | null): Draft {
  return {
    name: rep?.name ?? '',
    email: rep?.email ?? '',
    portalHandle: rep?.portalHandle ?? '',
    country: rep?.country ?? '',
    region: rep?.region ?? '',
    timezone: rep?.timezone ?? 'UTC',
    languages: rep?.languages.join(', ') ?? '',
    mentorId: rep?.mentorId ?? '',
    isMentor: rep?.isMentor ?? false,
    mentorCapacity: String(rep?.mentorCapacity ?? 0),
    hoursPerMonth: String(rep?.hoursPerMonth ?? 4),
    contactConsent: rep?.contactConsent ?? true,
    remindersOptOut: rep?.remindersOptOut ?? false,
    preferredChannel: rep?.preferredChannel ?? 'email',
  };
}

/** Create (rep = null) or edit a Rep; the backend's message names any field it refuses. */
export function RepForm({ rep, onDone }: { rep: Rep | null; onDone: (saved: Rep | null) => void }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(() => draftOf(rep));
  const [mentors, setMentors] = useState<RepRow[]>([]);
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    void attempt(() => api().call('reps.list', { limit: 500 })).then((page) => page && setMentors(page.items.filter((r) => r.isMentor && r.id !== rep?.id)));
  }, [rep?.id]);
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      name: draft.name,
      email: draft.email.trim(),
      portalHandle: draft.portalHandle,
      country: draft.country,
      region: draft.region,
      timezone: draft.timezone,
      languages: draft.languages.split(/[,;\s]+/).filter(Boolean),
      mentorId: draft.mentorId || null,
      isMentor: draft.isMentor,
      mentorCapacity: Number(draft.mentorCapacity),
      hoursPerMonth: Number(draft.hoursPerMonth),
      contactConsent: draft.contactConsent,
      remindersOptOut: draft.remindersOptOut,
      preferredChannel: draft.preferredChannel,
    };
    setSaving(true);
    setProblem('');
    try {
      const saved = rep ? await api().call('reps.update', { id: rep.id, expectedVersion: rep.version, changes: fields }) : await api().call('reps.create', fields);
      onDone(saved);
    } catch (err) {
      const lines = err instanceof ApiCallError && err.code === 'BAD_INPUT' ? refusalLines(err, t) : null;
      if (lines) setProblem(lines.join(' '));
      else useErrors.getState().report(err);
    } finally {
      setSaving(false);
    }
  }

  const text = (key: keyof Draft, label: string, type = 'text') => (
    <label>
      {t(label)}
      <input type={type} value={draft[key] as string} onChange={(e) => set({ [key]: e.target.value } as Partial<Draft>)} />
    </label>
  );

  return (
    <form className="rep-form" onSubmit={submit} noValidate aria-labelledby="rep-form-title">
      <h2 id="rep-form-title">{rep ? t('reps-form-edit-title', { name: rep.name }) : t('reps-form-new-title')}</h2>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <div className="form-grid">
        {text('name', 'reps-form-name')}
        {text('email', 'rep-email', 'email')}
        {text('portalHandle', 'reps-form-handle')}
        {text('country', 'reps-form-country')}
        {text('region', 'reps-form-region')}
        {text('timezone', 'rep-timezone')}
        {text('languages', 'reps-form-languages')}
        {text('hoursPerMonth', 'rep-hours')}
        <label>
          {t('rep-mentor')}
          <select value={draft.mentorId} onChange={(e) => set({ mentorId: e.target.value })}>
            <option value="">{t('none')}</option>
            {mentors.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reps-form-channel')}
          <select value={draft.preferredChannel} onChange={(e) => set({ preferredChannel: Channel.parse(e.target.value) })}>
            {Channel.options.map((c) => (
              <option key={c} value={c}>
                {t(`reps-channel-${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.isMentor} onChange={(e) => set({ isMentor: e.target.checked })} />
          {t('reps-form-is-mentor')}
        </label>
        {draft.isMentor && text('mentorCapacity', 'reps-form-capacity')}
        <label className="check">
          <input type="checkbox" checked={draft.contactConsent} onChange={(e) => set({ contactConsent: e.target.checked })} />
          {t('reps-form-consent')}
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.remindersOptOut} onChange={(e) => set({ remindersOptOut: e.target.checked })} />
          {t('reps-form-opt-out')}
        </label>
      </div>
      <div className="actions">
        <button type="submit" disabled={saving}>
          {saving ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={() => (rep ? onDone(null) : navigate('reps'))}>
          {t('reps-cancel')}
        </button>
      </div>
    </form>
  );
}
