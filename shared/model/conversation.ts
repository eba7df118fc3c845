import { z } from 'zod';
import { Channel, Id, IsoDateTime, LongText, RecordMeta } from './common';

/** Starting taxonomy from DESIGN.md; Settings may add categories, so stored values are plain ids. */
export const DEFAULT_REASONS = [
  { id: 'no-time', sensitive: false },
  { id: 'disillusioned', sensitive: false },
  { id: 'unclear-role', sensitive: false },
  { id: 'interpersonal-conflict', sensitive: true },
  { id: 'bullying-toxicity', sensitive: true },
  { id: 'burnout', sensitive: false },
  { id: 'no-recognition', sensitive: false },
  { id: 'tooling-friction', sensitive: false },
  { id: 'moved-on', sensitive: false },
  { id: 'unknown', sensitive: false },
] as const;

const BUILT_IN_REASON_IDS: ReadonlySet<string> = new Set(DEFAULT_REASONS.map((r) => r.id));

/** True for the reasons every community starts with; the interface names them in the user's language. */
export function isBuiltInReason(id: string): boolean {
  return BUILT_IN_REASON_IDS.has(id);
}

export const ReasonCategory = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{2,40}$/),
    /** Only for a reason added in Settings, or a built-in one given a community's own name. */
    label: z.string().trim().min(1).max(80).optional(),
    /** Sensitive reasons cap the interaction level and honour "people to avoid". */
    sensitive: z.boolean(),
  })
  .refine((r) => r.label !== undefined || isBuiltInReason(r.id), { message: 'a reason added in Settings needs a label', path: ['label'] });
export type ReasonCategory = z.infer<typeof ReasonCategory>;

export const ReasonEntry = z.object({
  category: z.string().min(1).max(40),
  severity: z.number().int().min(1).max(3).default(2),
  /** Confidential. */
  note: LongText.default(''),
});
export type ReasonEntry = z.infer<typeof ReasonEntry>;

export const Conversation = RecordMeta.extend({
  repId: Id,
  heldBy: z.string().trim().min(1).max(200),
  date: IsoDateTime,
  channel: Channel,
  /** False records an attempt that did not reach the Rep. */
  reached: z.boolean().default(true),
  reasons: z.array(ReasonEntry).max(10).default([]),
  wantsToContinue: z.enum(['yes', 'maybe', 'no']).default('maybe'),
  hoursPerMonth: z.number().min(0).max(200).nullable().default(null),
  interests: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  avoidCoachIds: z.array(Id).max(50).default([]),
  avoidTeams: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  consentToShare: z.boolean().default(false),
  /** Confidential. */
  notes: LongText.default(''),
});
export type Conversation = z.infer<typeof Conversation>;
