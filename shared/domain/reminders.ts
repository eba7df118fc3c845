import type { Channel, Reminder, ReminderTemplate, Rep, RepStatus } from '../model';
import { wholeDaysBetween } from '../time/calendar';

const DAY_MS = 86_400_000;

/**
 * One key per Rep and cadence window: however often planning runs inside a window, the reminder
 * exists once, so nobody is written to twice for the same reason.
 */
export function weStillExistKey(repId: string, now: string, cadenceDays: number): string {
  const window = Math.floor(Date.parse(now) / DAY_MS / cadenceDays);
  return `we-still-exist:${repId}:${cadenceDays}d:${window}`;
}

export type SkipReason = 'not-quiet' | 'no-consent' | 'opted-out' | 'cooldown' | 'already-planned';

const QUIET: ReadonlySet<RepStatus> = new Set(['at-risk', 'inactive']);

/** Why a Rep gets no "we still exist" reminder now, or null when one is due. */
export function reminderSkipReason(
  rep: Pick<Rep, 'contactConsent' | 'remindersOptOut'>,
  status: RepStatus,
  lastContactAt: string | null,
  now: string,
  cooldownDays: number,
  zone: string,
): SkipReason | null {
  if (!QUIET.has(status)) return 'not-quiet';
  if (!rep.contactConsent) return 'no-consent';
  if (rep.remindersOptOut) return 'opted-out';
  if (lastContactAt && wholeDaysBetween(lastContactAt, now, zone) < cooldownDays) return 'cooldown';
  return null;
}

/** The last time a reminder of any kind went out (or was queued) to each Rep. */
export function lastContactByRep(reminders: Iterable<Pick<Reminder, 'repId' | 'status' | 'scheduledAt' | 'sentAt'>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of reminders) {
    if (r.status === 'skipped' || r.status === 'failed') continue;
    const at = r.sentAt ?? r.scheduledAt;
    const current = out.get(r.repId);
    if (!current || at > current) out.set(r.repId, at);
  }
  return out;
}

/** Email goes by mail, the portal by a CSV someone posts, everything else to the in-app list. */
export function reminderChannel(preferred: Channel): Channel {
  return preferred === 'email' || preferred === 'portal' ? preferred : 'in-app';
}

/** The first of the Rep's languages with a template (matching "pt" for "pt-BR"), else English. */
/** A reminder as it is queued: not tried yet, sent once by whichever channel suits the Rep. */
export function queuedReminder(
  rep: Pick<Rep, 'id' | 'preferredChannel'>,
  kind: Reminder['kind'],
  idempotencyKey: string,
  now: string,
): Omit<Reminder, 'id' | 'createdAt' | 'updatedAt' | 'version'> {
  return {
    repId: rep.id,
    kind,
    channel: reminderChannel(rep.preferredChannel),
    scheduledAt: now,
    status: 'queued',
    attempts: 0,
    lastError: null,
    idempotencyKey,
    nextAttemptAt: null,
    sentAt: null,
  };
}

export function pickTemplate(languages: readonly string[], templates: Record<string, ReminderTemplate>): { language: string; template: ReminderTemplate } {
  for (const lang of languages) {
    for (const candidate of [lang, lang.split('-')[0]!]) {
      const template = templates[candidate];
      if (template) return { language: candidate, template };
    }
  }
  const fallback = templates.en ?? Object.values(templates)[0];
  if (!fallback) throw new Error('No reminder template is configured.');
  return { language: templates.en ? 'en' : Object.keys(templates)[0]!, template: fallback };
}

export type TemplateVars = Record<'name' | 'mentor' | 'lastActivity' | 'months', string>;

/** Fills {name}-style variables; unknown ones are left as written so a typo is visible, not silent. */
export function fillTemplate(text: string, vars: Partial<TemplateVars>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? (vars as Record<string, string>)[key]! : whole));
}

export function renderReminder(template: ReminderTemplate, vars: Partial<TemplateVars>): { subject: string; body: string } {
  return { subject: fillTemplate(template.subject, vars), body: fillTemplate(template.body, vars) };
}

/** RFC 2047 encoded-word for non-ASCII headers. */
function header(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${base64(value)}?=`;
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** A draft message a mail client opens (X-Unsent: 1) so a person can review it and press send. */
export function toEml(m: { from: string; to: string; subject: string; body: string; date: string; messageId: string }): string {
  const lines = base64(m.body.replace(/\r?\n/g, '\r\n')).match(/.{1,76}/g) ?? [];
  return [
    `From: ${m.from}`,
    `To: ${m.to}`,
    `Subject: ${header(m.subject)}`,
    `Date: ${new Date(m.date).toUTCString()}`,
    `Message-ID: <${m.messageId}>`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    ...lines,
    '',
  ].join('\r\n');
}

export function mailtoLink(to: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Delay before retry number `attempt` (1-based): doubling from `baseMs`, capped. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
