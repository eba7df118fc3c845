import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { RepRow } from '../../../../shared/api';
import { ActivityType, Locale, Role, type Settings, type Thresholds } from '../../../../shared/model';
import { api, ApiCallError } from '../../api/client';
import { useClock } from '../../app/clock-store';
import { attempt, useErrors } from '../../app/errors-store';
import { useSettings } from '../../app/settings-store';
import { LOCALE_NAMES, useT } from '../../i18n/i18n';
import { DataSection } from './DataSection';
import { MailSection } from './MailSection';
import { ReturnersSection } from '../engagements/ReturnersSection';
import { CommunitySection } from '../sync/CommunitySection';
import { useSync } from '../sync/sync-store';

const THRESHOLD_FIELDS: { key: keyof Thresholds; label: string }[] = [
  { key: 'atRiskDays', label: 'settings-at-risk-days' },
  { key: 'inactiveDays', label: 'settings-inactive-days' },
  { key: 'mentorInactiveDays', label: 'settings-mentor-inactive-days' },
  { key: 'stalledAfterDays', label: 'settings-stalled-days' },
];

/** Every zone the runtime knows, UTC first, plus any stored one it does not list. */
function timeZoneChoices(stored: readonly (string | null | undefined)[]): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  const extra = stored.filter((z): z is string => !!z && z !== 'UTC' && !known.includes(z));
  return ['UTC', ...extra, ...known.filter((z) => z !== 'UTC')];
}

/** A time zone picker with its help line; `machineOption` offers "this computer's" as the empty value. */
function ZoneSelect(props: { id: string; label: string; help: string; zones: readonly string[]; value: string; onChange(zone: string): void; machineOption?: string }) {
  return (
    <>
      <label>
        {props.label}
        <select value={props.value} onChange={(e) => props.onChange(e.target.value)} aria-describedby={`${props.id}-help`}>
          {props.machineOption !== undefined && <option value="">{props.machineOption}</option>}
          {props.zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </label>
      <p id={`${props.id}-help`} className="muted">
        {props.help}
      </p>
    </>
  );
}

type Draft = {
  name: string;
  role: Settings['currentUser']['role'];
  repId: string;
  language: Locale;
  /** '' while the user follows the machine's zone. */
  timeZone: string;
  communityTimeZone: string;
  thresholds: Record<keyof Thresholds, string>;
  significant: ActivityType[];
};

function draftOf(s: Settings): Draft {
  return {
    name: s.currentUser.name,
    role: s.currentUser.role,
    repId: s.currentUser.repId ?? '',
    language: s.language,
    timeZone: s.timeZone ?? '',
    communityTimeZone: s.communityTimeZone,
    thresholds: Object.fromEntries(THRESHOLD_FIELDS.map(({ key }) => [key, String(s.thresholds[key])])) as Draft['thresholds'],
    significant: [...s.significantActivityTypes],
  };
}

export function SettingsView() {
  const t = useT();
  const { settings, update, load } = useSettings();
  const [draft, setDraft] = useState<Draft | null>(settings ? draftOf(settings) : null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [mentors, setMentors] = useState<RepRow[]>([]);
  // Connected to a community, the server says who the user is and which roles they have: no switch here.
  const community = useSync((s) => s.status?.mode === 'community');
  const machineZone = useClock((s) => s.clock?.systemTimeZone ?? '');
  const zones = useMemo(() => timeZoneChoices([settings?.timeZone, settings?.communityTimeZone]), [settings?.timeZone, settings?.communityTimeZone]);

  useEffect(() => {
    if (settings && !draft) setDraft(draftOf(settings));
  }, [settings, draft]);
  // Connecting or disconnecting changes who the user is underneath an open form: follow it.
  const whoName = settings?.currentUser.name;
  const whoRole = settings?.currentUser.role;
  useEffect(() => {
    if (whoName !== undefined && whoRole !== undefined) setDraft((d) => d && { ...d, name: whoName, role: whoRole });
  }, [whoName, whoRole]);
  useEffect(() => {
    void attempt(() => api().call('reps.list', { limit: 500 })).then((page) => page && setMentors(page.items.filter((r) => r.isMentor)));
  }, []);

  if (!settings || !draft) return <p>{t('loading')}</p>;

  function validate(d: Draft): { errors: Record<string, string>; thresholds?: Thresholds } {
    const errors: Record<string, string> = {};
    if (!d.name.trim()) errors.name = t('settings-field-required', { field: t('settings-user-name') });
    const values: Record<string, number> = {};
    for (const { key, label } of THRESHOLD_FIELDS) {
      const n = Number(d.thresholds[key]);
      if (d.thresholds[key].trim() === '' || !Number.isInteger(n) || n < 1 || n > 3650) {
        errors[key] = t('settings-field-number', { field: t(label), min: 1, max: 3650 });
      }
      values[key] = n;
    }
    if (!errors.atRiskDays && !errors.inactiveDays && values.atRiskDays! >= values.inactiveDays!) errors.atRiskDays = t('settings-threshold-order');
    return Object.keys(errors).length ? { errors } : { errors, thresholds: values as Thresholds };
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const { errors, thresholds } = validate(draft);
    setFieldErrors(errors);
    if (!thresholds) return;
    setStatus('saving');
    try {
      const next = await update({
        currentUser: community
          ? { ...settings!.currentUser, repId: draft.repId || null }
          : { ...settings!.currentUser, name: draft.name.trim(), role: draft.role, repId: draft.repId || null },
        language: draft.language,
        timeZone: draft.timeZone || null,
        communityTimeZone: draft.communityTimeZone,
        thresholds,
        significantActivityTypes: draft.significant,
      });
      setDraft(draftOf(next));
      setStatus('saved');
    } catch (err) {
      setStatus('idle');
      useErrors.getState().report(err);
      // Someone else saved first: show their version so the user can re-apply the change on top.
      if (err instanceof ApiCallError && err.code === 'CONFLICT') {
        await load();
        setDraft(null);
      }
    }
  }

  const set = (change: Partial<Draft>) => {
    setStatus('idle');
    setDraft({ ...draft, ...change });
  };
  const errorFor = (key: string) =>
    fieldErrors[key] ? (
      <span id={`err-${key}`} className="field-error">
        {fieldErrors[key]}
      </span>
    ) : null;

  return (
    <div className="settings">
      <form onSubmit={save} noValidate aria-labelledby="settings-title">
        <h1 id="settings-title">{t('settings-title')}</h1>
        <fieldset>
          <legend>{t('settings-user')}</legend>
          {community ? (
            <p className="muted">{t('settings-role-from-server', { name: settings.currentUser.name })}</p>
          ) : (
            <>
              <label>
                {t('settings-user-name')}
                <input value={draft.name} onChange={(e) => set({ name: e.target.value })} aria-invalid={!!fieldErrors.name} aria-describedby={fieldErrors.name ? 'err-name' : undefined} />
                {errorFor('name')}
              </label>
              <label>
                {t('settings-role')}
                <select value={draft.role} onChange={(e) => set({ role: Role.parse(e.target.value) })} aria-describedby="role-help">
                  {Role.options.map((r) => (
                    <option key={r} value={r}>
                      {t(`role-${r}`)}
                    </option>
                  ))}
                </select>
              </label>
              <p id="role-help" className="muted">
                {t('settings-role-help')}
              </p>
            </>
          )}
          <label>
            {t('settings-mentor-self')}
            <select value={draft.repId} onChange={(e) => set({ repId: e.target.value })}>
              <option value="">{t('settings-mentor-self-none')}</option>
              {mentors.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('settings-language')}
            <select value={draft.language} onChange={(e) => set({ language: Locale.parse(e.target.value) })}>
              {Locale.options.map((l) => (
                <option key={l} value={l}>
                  {LOCALE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <ZoneSelect label={t('settings-time-zone')} help={t('settings-time-zone-help')} id="time-zone" zones={zones} value={draft.timeZone} onChange={(timeZone) => set({ timeZone })} machineOption={t('settings-time-zone-system', { zone: machineZone })} />
        </fieldset>
        <fieldset>
          <legend>{t('settings-thresholds')}</legend>
          <ZoneSelect label={t('settings-community-time-zone')} help={t('settings-community-time-zone-help')} id="community-zone" zones={zones} value={draft.communityTimeZone} onChange={(communityTimeZone) => set({ communityTimeZone })} />
          {THRESHOLD_FIELDS.map(({ key, label }) => (
            <label key={key}>
              {t(label)}
              <input
                inputMode="numeric"
                value={draft.thresholds[key]}
                onChange={(e) => set({ thresholds: { ...draft.thresholds, [key]: e.target.value } })}
                aria-invalid={!!fieldErrors[key]}
                aria-describedby={fieldErrors[key] ? `err-${key}` : undefined}
              />
              {errorFor(key)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('settings-significant')}</legend>
          <p className="muted">{t('settings-significant-help')}</p>
          <div className="checks">
            {ActivityType.options.map((type) => (
              <label key={type} className="check">
                <input
                  type="checkbox"
                  checked={draft.significant.includes(type)}
                  onChange={(e) => set({ significant: e.target.checked ? [...draft.significant, type] : draft.significant.filter((x) => x !== type) })}
                />
                {t(`activity-${type}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={status === 'saving'}>
            {status === 'saving' ? t('saving') : t('save')}
          </button>
          <span role="status" aria-live="polite">
            {status === 'saved' ? t('settings-saved') : ''}
          </span>
        </div>
      </form>
      <CommunitySection />
      <MailSection />
      <ReturnersSection />
      <DataSection />
    </div>
  );
}
