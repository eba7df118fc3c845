import type { ReminderExportFile, ReminderRow } from '../../../../shared/api';
import {
  lastContactByRep,
  mailtoLink,
  pickTemplate,
  queuedReminder,
  reminderSkipReason,
  renderReminder,
  toEml,
  weStillExistKey,
  type SkipReason,
} from '../../../../shared/domain/reminders';
import { ENGAGEMENT_REMINDER_TEMPLATES } from '../../../../shared/domain/engagement-reminders';
import { toCsv } from '../../../../shared/import/index';
import type { Reminder, Rep } from '../../../../shared/model/index';
import { communityZone, type ServiceContext } from '../../context';
import { createRecord, updateRecord } from '../../write-path/records';
import { currentStatus } from '../reps/reps';
import { recomputeStatuses } from '../reps/status';

/** The message as the Rep will read it, in the first of their languages that has a template. */
export function messageFor(ctx: ServiceContext, rep: Rep, kind: Reminder['kind'] = 'we-still-exist'): { language: string; subject: string; body: string } {
  const templates = kind === 'we-still-exist' ? ctx.store.settings.reminderTemplates : ENGAGEMENT_REMINDER_TEMPLATES[kind];
  const { language, template } = pickTemplate(rep.languages, templates);
  const last = ctx.health.lastSignificant(rep.id);
  const mentor = rep.mentorId ? ctx.store.collections.reps.get(rep.mentorId) : undefined;
  const now = ctx.now();
  const months = last ? String(Math.max(1, Math.round((Date.parse(now) - Date.parse(last.date)) / 86_400_000 / 30.44))) : '';
  return {
    language,
    ...renderReminder(template, {
      name: rep.name.split(' ')[0] ?? rep.name,
      // Values stay language-neutral (names, ISO dates, numbers): the template carries the language.
      mentor: mentor?.name ?? 'Reps Council',
      lastActivity: last ? last.date.slice(0, 10) : '—',
      months,
    }),
  };
}

function row(ctx: ServiceContext, r: Reminder): ReminderRow {
  const rep = ctx.store.collections.reps.get(r.repId);
  const message = rep ? messageFor(ctx, rep, r.kind) : { language: 'en', subject: '', body: '' };
  return {
    id: r.id,
    repId: r.repId,
    repName: rep?.name ?? r.repId,
    email: rep?.email ?? '',
    kind: r.kind,
    channel: r.channel,
    status: r.status,
    scheduledAt: r.scheduledAt,
    sentAt: r.sentAt,
    attempts: r.attempts,
    lastError: r.lastError,
    nextAttemptAt: r.nextAttemptAt,
    idempotencyKey: r.idempotencyKey,
    ...message,
  };
}

export function listReminders(ctx: ServiceContext, q: { status?: Reminder['status']; channel?: Reminder['channel']; kind?: Reminder['kind']; offset: number; limit: number }) {
  const matches = ctx.store.collections.reminders.all
    .filter((r) => (!q.status || r.status === q.status) && (!q.channel || r.channel === q.channel) && (!q.kind || r.kind === q.kind))
    .sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt) || a.id.localeCompare(b.id));
  return { total: matches.length, items: matches.slice(q.offset, q.offset + q.limit).map((r) => row(ctx, r)), smtpConfigured: ctx.store.settings.smtp !== null };
}

/**
 * Queues a "we still exist" reminder for each quiet Rep who may be contacted. Statuses are brought
 * up to date first, so a Rep who crossed a threshold since the last import is included.
 */
export async function planReminders(ctx: ServiceContext): Promise<{ created: number; skipped: Record<SkipReason, number> }> {
  await recomputeStatuses(ctx);
  const { reminderCadenceDays, reminderCooldownDays } = ctx.store.settings;
  const now = ctx.now();
  const reminders = ctx.store.collections.reminders.all;
  const keys = new Set(reminders.map((r) => r.idempotencyKey));
  const lastContact = lastContactByRep(reminders);
  const skipped: Record<SkipReason, number> = { 'not-quiet': 0, 'no-consent': 0, 'opted-out': 0, cooldown: 0, 'already-planned': 0 };
  let created = 0;
  for (const rep of [...ctx.store.collections.reps.all]) {
    const status = currentStatus(ctx, rep);
    const key = weStillExistKey(rep.id, now, reminderCadenceDays);
    const reason = keys.has(key) ? 'already-planned' : reminderSkipReason(rep, status, lastContact.get(rep.id) ?? null, now, reminderCooldownDays, communityZone(ctx));
    if (reason) {
      skipped[reason]++;
      continue;
    }
    await createRecord(ctx, 'reminders', 'rem', queuedReminder(rep, 'we-still-exist', key, now));
    keys.add(key);
    created++;
  }
  ctx.outbox.kick();
  return { created, skipped };
}

/** What a person sends by hand: queued reminders that SMTP will not carry. */
function manual(ctx: ServiceContext, channel: Reminder['channel']): Reminder[] {
  const smtp = ctx.store.settings.smtp !== null;
  return ctx.store.collections.reminders.all.filter((r) => r.status === 'queued' && r.channel === channel && !(channel === 'email' && smtp));
}

export function exportReminders(ctx: ServiceContext, format: 'eml' | 'mailto' | 'portal-csv'): { files: ReminderExportFile[]; count: number } {
  const reps = ctx.store.collections.reps;
  const from = ctx.store.settings.smtp?.from ?? 'reps-council@example.org';
  if (format === 'portal-csv') {
    const items = manual(ctx, 'portal');
    const rows = items.flatMap((r) => {
      const rep = reps.get(r.repId);
      if (!rep) return [];
      const m = messageFor(ctx, rep, r.kind);
      return [{ rep_handle: rep.portalHandle, rep_email: rep.email, language: m.language, subject: m.subject, message: m.body, idempotency_key: r.idempotencyKey }];
    });
    const content = toCsv(rows, ['rep_handle', 'rep_email', 'language', 'subject', 'message', 'idempotency_key']);
    return { files: [{ fileName: `reps-portal-reminders-${ctx.now().slice(0, 10)}.csv`, mimeType: 'text/csv', content }], count: rows.length };
  }
  const items = manual(ctx, 'email');
  const files: ReminderExportFile[] = [];
  for (const r of items) {
    const rep = reps.get(r.repId);
    if (!rep) continue;
    const m = messageFor(ctx, rep, r.kind);
    files.push(
      format === 'eml'
        ? { fileName: `${rep.portalHandle || rep.id}-${r.id}.eml`, mimeType: 'message/rfc822', content: toEml({ from, to: rep.email, subject: m.subject, body: m.body, date: ctx.now(), messageId: `${r.idempotencyKey}@rekindle` }) }
        : { fileName: rep.name, mimeType: 'text/uri-list', content: mailtoLink(rep.email, m.subject, m.body) },
    );
  }
  return { files, count: files.length };
}

export async function markSent(ctx: ServiceContext, ids: readonly string[]): Promise<{ updated: number }> {
  let updated = 0;
  for (const id of ids) {
    const r = ctx.store.collections.reminders.require(id, 'reminder');
    if (r.status === 'sent') continue;
    await updateRecord(ctx, 'reminders', id, r.version, (x) => ({ ...x, status: 'sent', sentAt: ctx.now(), nextAttemptAt: null }));
    updated++;
  }
  return { updated };
}
