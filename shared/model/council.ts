import { z } from 'zod';
import { Channel, Id, IsoDateTime, RecordMeta, Role } from './common';

export const CouncilCase = RecordMeta.extend({
  kind: z.enum(['alumni-move', 'inactive-mentor', 'mentee-reassignment']),
  subjectRepId: Id,
  status: z.enum(['open', 'decided']),
  dossier: z.unknown().nullable().default(null),
  decision: z.enum(['approve', 'reject', 'defer']).nullable().default(null),
  exception: z.boolean().default(false),
  rationale: z.string().max(5_000).default(''),
  decidedBy: z.string().max(200).nullable().default(null),
  meetingDate: IsoDateTime.nullable().default(null),
  reversesCaseId: Id.nullable().default(null),
});
export type CouncilCase = z.infer<typeof CouncilCase>;

export const Reminder = RecordMeta.extend({
  repId: Id,
  kind: z.enum(['we-still-exist', 'check-in', 'survey', 'orientation']),
  channel: Channel,
  scheduledAt: IsoDateTime,
  status: z.enum(['queued', 'sent', 'failed', 'skipped']),
  attempts: z.number().int().min(0).default(0),
  lastError: z.string().max(1_000).nullable().default(null),
  idempotencyKey: z.string().min(1).max(200),
  /** When a failed delivery is tried again (retry with backoff); null when nothing is pending. */
  nextAttemptAt: IsoDateTime.nullable().default(null),
  sentAt: IsoDateTime.nullable().default(null),
});
export type Reminder = z.infer<typeof Reminder>;

export const AuditEntry = z.object({
  id: Id,
  at: IsoDateTime,
  actor: z.string().max(200),
  role: Role,
  /** The API method that made the change. */
  action: z.string().max(100),
  entity: z.string().max(50),
  entityId: z.string().max(64),
  /** The fields the change touched; before and after carry no confidential values. */
  fields: z.array(z.string().max(100)).max(500).optional(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export { Channel };
