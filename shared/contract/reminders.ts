import { z } from 'zod';
import { Channel, Id, IsoDateTime, Reminder } from '../model';
import { NoInput, type MethodSpec } from './method';

export const ReminderStatus = Reminder.shape.status;

export const ReminderRow = z.object({
  id: Id,
  repId: Id,
  repName: z.string(),
  email: z.string(),
  kind: Reminder.shape.kind,
  channel: Channel,
  status: ReminderStatus,
  scheduledAt: IsoDateTime,
  sentAt: IsoDateTime.nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: IsoDateTime.nullable(),
  idempotencyKey: z.string(),
  language: z.string(),
  subject: z.string(),
  body: z.string(),
});
export type ReminderRow = z.infer<typeof ReminderRow>;

export const SkipCounts = z.object({
  'not-quiet': z.number().int(),
  'no-consent': z.number().int(),
  'opted-out': z.number().int(),
  cooldown: z.number().int(),
  'already-planned': z.number().int(),
});

export const ReminderExportFile = z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() });
export type ReminderExportFile = z.infer<typeof ReminderExportFile>;

export const remindersApi = {
  'reminders.list': {
    input: z
      .object({
        status: ReminderStatus.optional(),
        channel: Channel.optional(),
        kind: Reminder.shape.kind.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ total: z.number().int(), items: z.array(ReminderRow), smtpConfigured: z.boolean() }),
    mutates: false,
  },
  /**
   * Queues a "we still exist" reminder for every at-risk or inactive Rep who may be contacted and
   * is past the cooldown; keyed per cadence window, so running it again adds nothing.
   */
  'reminders.plan': { input: NoInput, output: z.object({ created: z.number().int(), skipped: SkipCounts }), mutates: true },
  /** Tries queued e-mail now instead of waiting for the next retry. */
  'reminders.deliver': { input: NoInput, output: z.object({ sent: z.number().int(), stillQueued: z.number().int() }), mutates: true },
  /** Drafts and the portal CSV for the reminders a person sends by hand. */
  'reminders.export': {
    input: z.object({ format: z.enum(['eml', 'mailto', 'portal-csv']) }).strict(),
    output: z.object({ files: z.array(ReminderExportFile), count: z.number().int() }),
    mutates: false,
  },
  /** Records that reminders sent by hand (drafts, the portal, in person) went out. */
  'reminders.markSent': { input: z.object({ ids: z.array(Id).min(1).max(5000) }).strict(), output: z.object({ updated: z.number().int() }), mutates: true },
} as const satisfies Record<string, MethodSpec>;
