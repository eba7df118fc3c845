import { useState, type FormEvent } from 'react';
import { fieldsNamed, refusalOf } from '../../api/issues';
import { useErrors } from '../../app/errors-store';
import { formatDateTime, useT } from '../../i18n/i18n';
import { useSettings } from '../../app/settings-store';
import { SyncStateLine } from './SyncIndicator';
import { useSync } from './sync-store';

type Field = 'url' | 'name' | 'password';
const FIELDS: Field[] = ['url', 'name', 'password'];

/**
 * Settings → Community: this machine alone (the default) or connected to a community server. The
 * password is typed, sent with the one call and emptied, whatever the answer: the renderer keeps
 * no copy (the desktop build's backend may keep it, encrypted).
 */
export function CommunitySection() {
  const t = useT();
  const status = useSync((s) => s.status);
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const [choice, setChoice] = useState<'local' | 'community'>('local');
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);

  const connected = status?.mode === 'community';

  async function connect(event: FormEvent, input: { url: string; name: string }) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const label: Record<Field, string> = { url: t('community-url'), name: t('community-name'), password: t('community-password') };
    const values: Record<Field, string> = { url: input.url.trim(), name: input.name.trim(), password };
    for (const f of FIELDS) if (!values[f]) found[f] = t('settings-field-required', { field: label[f] });
    setErrors(found);
    setGeneral([]);
    if (Object.keys(found).length) {
      document.getElementById(`community-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    // Out of the form's state before the call answers: a slow server never leaves it on screen.
    setPassword('');
    try {
      await useSync.getState().connect(values);
    } catch (err) {
      const refusal = refusalOf(err, t, fieldsNamed(FIELDS));
      if (!refusal) {
        useErrors.getState().report(err);
      } else {
        setErrors(Object.fromEntries([...refusal.byField].map(([f, texts]) => [f, texts[0]!])));
        setGeneral(refusal.general);
        const first = [...refusal.byField.keys()][0];
        if (first) document.getElementById(`community-${first}`)?.focus();
      }
    } finally {
      setBusy(false);
    }
  }

  async function disconnect() {
    setBusy(true);
    try {
      await useSync.getState().disconnect();
      setChoice('local');
    } catch (err) {
      useErrors.getState().report(err);
    } finally {
      setBusy(false);
    }
  }

  // The message sits outside the label, so it describes the field without becoming part of its name.
  const input = (field: Field, value: string, onChange: (v: string) => void, type = 'text', autoComplete?: string) => (
    <div className="field">
      <label>
        {t(`community-${field}`)}
        <input
          id={`community-${field}`}
          type={type}
          value={value}
          autoComplete={autoComplete}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={!!errors[field]}
          aria-describedby={errors[field] ? `community-err-${field}` : field === 'url' ? 'community-url-help' : undefined}
        />
      </label>
      {field === 'url' && !errors.url && (
        <p id="community-url-help" className="muted">
          {t('community-url-help')}
        </p>
      )}
      {errors[field] && (
        <span id={`community-err-${field}`} className="field-error">
          {errors[field]}
        </span>
      )}
    </div>
  );

  const generalErrors =
    general.length > 0 ? (
      <ul role="alert" className="field-error">
        {general.map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>
    ) : null;

  const connectButtons = (
    <div className="actions">
      <button type="submit" disabled={busy}>
        {t('community-connect')}
      </button>
      <span role="status" aria-live="polite">
        {busy ? t('community-connecting') : ''}
      </span>
    </div>
  );

  if (connected && status) {
    const roles = status.user?.roles.map((r) => t(`role-${r}`)).join(', ') || t('none');
    // After a restart (start:web keeps no password) or a refused password, sign in again here.
    const needsPassword = status.state === 'refused';
    return (
      <section className="community panel" aria-labelledby="community-title">
        <h2 id="community-title">{t('community-title')}</h2>
        <dl className="community-who">
          <dt>{t('community-signed-in-as')}</dt>
          <dd>{status.user?.name ?? ''}</dd>
          <dt>{t('community-roles')}</dt>
          <dd>{roles}</dd>
          <dt>{t('community-server')}</dt>
          <dd>{status.server ?? ''}</dd>
          <dt>{t('community-last-synced')}</dt>
          <dd>{status.lastSyncedAt ? formatDateTime(status.lastSyncedAt, locale) : t('never')}</dd>
        </dl>
        <SyncStateLine status={status} live={false} />
        {status.setAside > 0 && <p>{t('community-set-aside', { count: status.setAside })}</p>}
        {needsPassword && (
          <form onSubmit={(e) => void connect(e, { url: status.server ?? '', name: status.user?.name ?? '' })} noValidate aria-labelledby="community-again-title">
            <h3 id="community-again-title">{t('community-sign-in-again')}</h3>
            {input('password', password, setPassword, 'password', 'current-password')}
            {generalErrors}
            {connectButtons}
          </form>
        )}
        <p id="community-disconnect-help" className="muted">
          {t('community-disconnect-help')}
        </p>
        <div className="actions">
          <button type="button" onClick={() => void disconnect()} disabled={busy} aria-describedby="community-disconnect-help">
            {t('community-disconnect')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="community panel" aria-labelledby="community-title">
      <h2 id="community-title">{t('community-title')}</h2>
      <fieldset>
        <legend>{t('community-mode')}</legend>
        <label className="check">
          <input type="radio" name="community-mode" value="local" checked={choice === 'local'} onChange={() => setChoice('local')} />
          {t('community-mode-local')}
        </label>
        <label className="check">
          <input type="radio" name="community-mode" value="community" checked={choice === 'community'} onChange={() => setChoice('community')} />
          {t('community-mode-community')}
        </label>
      </fieldset>
      {choice === 'local' ? (
        <p className="muted">{t('community-local-help')}</p>
      ) : (
        <form onSubmit={(e) => void connect(e, { url, name })} noValidate aria-label={t('community-connect-form')}>
          {input('url', url, setUrl, 'url', 'url')}
          {input('name', name, setName, 'text', 'username')}
          {input('password', password, setPassword, 'password', 'current-password')}
          <p className="muted">{t('community-password-help')}</p>
          {generalErrors}
          {connectButtons}
        </form>
      )}
    </section>
  );
}
