import { useEffect, useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/model';
import { ApiCallError } from '../../api/client';
import { useErrors } from '../../app/errors-store';
import { useSettings } from '../../app/settings-store';
import { useT } from '../../i18n/i18n';

type Draft = { enabled: boolean; host: string; port: string; from: string; secure: boolean; user: string; cadence: string; cooldown: string };

function draftOf(s: Settings): Draft {
  return {
    enabled: s.smtp !== null,
    host: s.smtp?.host ?? '',
    port: String(s.smtp?.port ?? 587),
    from: s.smtp?.from ?? '',
    secure: s.smtp?.secure ?? false,
    user: s.smtp?.user ?? '',
    cadence: String(s.reminderCadenceDays),
    cooldown: String(s.reminderCooldownDays),
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** How "we still exist" reminders go out: the cadence, the cooldown, and the mail server if any. */
export function MailSection() {
  const t = useT();
  const { settings, update } = useSettings();
  const [draft, setDraft] = useState<Draft | null>(settings ? draftOf(settings) : null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (settings && !draft) setDraft(draftOf(settings));
  }, [settings, draft]);
  if (!settings || !draft) return null;

  const set = (change: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...change });
  };

  function validate(d: Draft): Record<string, string> {
    const e: Record<string, string> = {};
    const whole = (v: string, min: number, max: number) => Number.isInteger(Number(v)) && v.trim() !== '' && Number(v) >= min && Number(v) <= max;
    if (!whole(d.cadence, 1, 365)) e.cadence = t('settings-field-number', { field: t('mail-cadence'), min: 1, max: 365 });
    if (!whole(d.cooldown, 0, 365)) e.cooldown = t('settings-field-number', { field: t('mail-cooldown'), min: 0, max: 365 });
    if (d.enabled) {
      if (!d.host.trim()) e.host = t('settings-field-required', { field: t('mail-host') });
      if (!whole(d.port, 1, 65535)) e.port = t('settings-field-number', { field: t('mail-port'), min: 1, max: 65535 });
      if (!EMAIL.test(d.from.trim())) e.from = t('mail-from-invalid');
    }
    return e;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const next = await update({
        reminderCadenceDays: Number(draft.cadence),
        reminderCooldownDays: Number(draft.cooldown),
        smtp: draft.enabled ? { host: draft.host.trim(), port: Number(draft.port), from: draft.from.trim(), secure: draft.secure, user: draft.user.trim() } : null,
      });
      setDraft(draftOf(next));
      setSaved(true);
    } catch (err) {
      useErrors.getState().report(err);
      if (err instanceof ApiCallError && err.code === 'CONFLICT') setDraft(null);
    }
  }

  // The error sits outside the label, so it describes the field without becoming part of its name.
  const field = (key: keyof Draft, label: string, type = 'text') => (
    <div className="field">
      <label>
        {t(label)}
        <input
          type={type}
          value={String(draft[key])}
          onChange={(e) => set({ [key]: e.target.value })}
          aria-invalid={!!errors[key]}
          aria-describedby={errors[key] ? `mail-err-${key}` : undefined}
        />
      </label>
      {errors[key] && (
        <span id={`mail-err-${key}`} className="field-error">
          {errors[key]}
        </span>
      )}
    </div>
  );

  return (
    <form onSubmit={save} noValidate aria-labelledby="mail-title">
      <fieldset>
        <legend id="mail-title">{t('mail-title')}</legend>
        {field('cadence', 'mail-cadence')}
        {field('cooldown', 'mail-cooldown')}
        <label className="check">
          <input type="checkbox" checked={draft.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
          {t('mail-enabled')}
        </label>
        <p className="muted">{t(draft.enabled ? 'mail-password-help' : 'mail-disabled-help')}</p>
        {draft.enabled && (
          <>
            {field('host', 'mail-host')}
            {field('port', 'mail-port')}
            {field('from', 'mail-from', 'email')}
            {field('user', 'mail-user')}
            <label className="check">
              <input type="checkbox" checked={draft.secure} onChange={(e) => set({ secure: e.target.checked })} />
              {t('mail-secure')}
            </label>
          </>
        )}
        <div className="actions">
          <button type="submit">{t('mail-save')}</button>
          <span role="status" aria-live="polite">
            {saved ? t('settings-saved') : ''}
          </span>
        </div>
      </fieldset>
    </form>
  );
}
