import { z } from 'zod';
import { Id, IsoDateTime, LongText, RecordMeta } from './common';

export const EngagementStatus = z.enum(['proposed', 'active', 'stalled', 'completed', 'abandoned']);
export type EngagementStatus = z.infer<typeof EngagementStatus>;

export const CheckIn = z.object({
  at: IsoDateTime,
  by: z.string().max(200),
  note: z.string().max(2_000).default(''),
  stepsDone: z.array(z.number().int().min(0)).default([]),
});
export type CheckIn = z.infer<typeof CheckIn>;

export const Engagement = RecordMeta.extend({
  repId: Id,
  taskId: Id,
  coachId: Id,
  matchSessionId: Id.nullable().default(null),
  status: EngagementStatus,
  steps: z.array(z.object({ text: z.string().max(300), done: z.boolean() })).default([]),
  checkIns: z.array(CheckIn).default([]),
  startedAt: IsoDateTime.nullable().default(null),
  dueAt: IsoDateTime.nullable().default(null),
  completedAt: IsoDateTime.nullable().default(null),
  deliverableLink: z.string().max(500).default(''),
  abandonReason: z.string().max(1_000).default(''),
  orientationCallAt: IsoDateTime.nullable().default(null),
  onboarding: z.array(z.object({ item: z.string().max(200), done: z.boolean() })).default([]),
  notes: LongText.default(''),
});
export type Engagement = z.infer<typeof Engagement>;

export const Survey = RecordMeta.extend({
  engagementId: Id,
  repId: Id,
  status: z.enum(['pending', 'draft', 'answered']),
  goodExperience: z.number().int().min(1).max(5).nullable().default(null),
  wantsMore: z.enum(['yes', 'maybe', 'no']).nullable().default(null),
  coachHelpful: z.number().int().min(1).max(5).nullable().default(null),
  taskFit: z.number().int().min(1).max(5).nullable().default(null),
  freeText: LongText.default(''),
  nextInterests: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  answeredAt: IsoDateTime.nullable().default(null),
  // Optional rather than defaulted so records written before they existed stay valid as they are.
  /** When the mentor read the answers (Today lists answered surveys nobody has read yet). */
  readAt: IsoDateTime.nullable().optional(),
  /** The next step the answers led to: more tasks, or a caring follow-up by the mentor with no further push. */
  nextStep: z.enum(['suggest', 'follow-up']).nullable().optional(),
  /** When the mentor recorded the follow-up conversation a 'follow-up' survey asks for. */
  followedUpAt: IsoDateTime.nullable().optional(),
});
export type Survey = z.infer<typeof Survey>;

export const MatchSuggestionSnapshot = z.object({
  taskId: Id,
  coachId: Id,
  score: z.number(),
  reasons: z.array(z.object({ factor: z.string(), score: z.number(), text: z.string() })),
});

export const MatchSession = RecordMeta.extend({
  repId: Id,
  conversationId: Id.nullable().default(null),
  heldBy: z.string().max(200),
  suggestions: z.array(MatchSuggestionSnapshot).default([]),
  chosen: z.object({ taskId: Id, coachId: Id }).nullable().default(null),
  engagementId: Id.nullable().default(null),
  plan: z.string().max(2_000).default(''),
});
export type MatchSession = z.infer<typeof MatchSession>;
