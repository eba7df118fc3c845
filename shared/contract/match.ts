/**
 * The match session: the "why" conversation, explained suggestions of (task, coach) for one Rep,
 * "why not?", choosing a pair, and batch matching before a matching day.
 */
import { z } from 'zod';
import { MATCH_MESSAGE_IDS } from '../matching/explain';
import { Channel, Conversation, DayOrInstant, Engagement, Id, InteractionLevel, IsoDateTime, LongText, MatchSession, RepStatus } from '../model';
import { NoInput, type MethodSpec } from './method';

/** A sentence of the engine: a Fluent id from shared/matching/explain.ts, its arguments, and English. */
export const MatchMessage = z.object({
  messageId: z.enum(MATCH_MESSAGE_IDS as [string, ...string[]]),
  args: z.record(z.string(), z.union([z.string(), z.number()])),
  english: z.string(),
});
export type MatchMessage = z.infer<typeof MatchMessage>;

export const MatchReason = MatchMessage.extend({
  factor: z.string(),
  kind: z.enum(['factor', 'constraint']),
  score: z.number(),
  weight: z.number(),
  points: z.number(),
});
export type MatchReason = z.infer<typeof MatchReason>;

export const MatchViolation = MatchMessage.extend({ constraint: z.string(), subject: z.enum(['task', 'coach', 'pair']) });
export type MatchViolation = z.infer<typeof MatchViolation>;

/** The task and coach behind a pair, with what the mentor needs to read it at a glance. */
export const PairPeople = z.object({
  taskId: Id,
  taskTitle: z.string(),
  interaction: InteractionLevel,
  coachId: Id,
  coachName: z.string(),
  coachTeams: z.array(z.string()),
  coachLanguages: z.array(z.string()),
});

export const MatchSuggestion = PairPeople.extend({
  rank: z.number().int().min(1),
  score: z.number(),
  points: z.number(),
  reasons: z.array(MatchReason),
});
export type MatchSuggestion = z.infer<typeof MatchSuggestion>;

export const MatchSuggestions = z.object({
  repId: Id,
  suggestions: z.array(MatchSuggestion),
  feasiblePairs: z.number().int(),
  feasibleTasks: z.number().int(),
  feasibleCoaches: z.number().int(),
  profile: z.object({
    languages: z.array(z.string()),
    hoursPerMonth: z.number(),
    hoursFrom: z.enum(['conversation', 'rep']),
    ceiling: z.enum(['light', 'moderate']),
    avoidCoachIds: z.array(z.string()),
    avoidTeams: z.array(z.string()),
  }),
});
export type MatchSuggestions = z.infer<typeof MatchSuggestions>;

const ReasonInput = z
  .object({
    category: z.string().trim().min(1, 'choose a reason').max(40),
    severity: z.number().int().min(1, 'severity is 1 (mild) to 3 (serious)').max(3, 'severity is 1 (mild) to 3 (serious)').default(2),
    note: LongText.default(''),
  })
  .strict();

export const ConversationInput = z
  .object({
    repId: Id,
    /** Who held it; the current user when omitted. */
    heldBy: z.string().trim().min(1, 'say who held the conversation').max(200).optional(),
    /** The day it was held, on the user's calendar (or the exact instant); never after today. */
    date: DayOrInstant,
    channel: Channel,
    reached: z.boolean().default(true),
    reasons: z.array(ReasonInput).max(10, 'at most 10 reasons').default([]),
    wantsToContinue: z.enum(['yes', 'maybe', 'no']).default('maybe'),
    hoursPerMonth: z.number().min(0, 'hours per month cannot be negative').max(200, 'hours per month is at most 200').nullable().default(null),
    interests: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
    avoidCoachIds: z.array(Id).max(50).default([]),
    avoidTeams: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
    consentToShare: z.boolean().default(false),
    notes: LongText.default(''),
  })
  .strict();
export type ConversationInput = z.input<typeof ConversationInput>;

/** Everything the Match screen offers to pick from for one Rep. */
export const MatchStart = z.object({
  rep: z.object({ id: Id, name: z.string(), status: RepStatus, languages: z.array(z.string()), hoursPerMonth: z.number(), interests: z.array(z.string()) }),
  tasks: z.array(z.object({ id: Id, title: z.string(), status: z.string(), interaction: InteractionLevel })),
  coaches: z.array(z.object({ id: Id, name: z.string(), teams: z.array(z.string()), active: z.boolean() })),
  teams: z.array(z.string()),
});
export type MatchStart = z.infer<typeof MatchStart>;

export const ConversationList = z.object({
  items: z.array(Conversation),
  /** True when confidential notes were left out for the current role. */
  redacted: z.boolean(),
});

export const WhyNotAnswer = z.object({
  violations: z.array(MatchViolation),
  /** When nothing excludes it: its best pair, rank and fit. */
  best: PairPeople.extend({ rank: z.number().int(), of: z.number().int(), score: z.number(), summary: MatchMessage }).nullable(),
});
export type WhyNotAnswer = z.infer<typeof WhyNotAnswer>;

export const MatchChoice = z.object({
  engagement: Engagement,
  session: MatchSession,
  taskTitle: z.string(),
  coachName: z.string(),
  firstStep: z.string().nullable(),
  firstStepDueAt: IsoDateTime,
  taskDueAt: IsoDateTime,
});
export type MatchChoice = z.infer<typeof MatchChoice>;

export const WaitingRep = z.object({ id: Id, name: z.string(), status: RepStatus, conversationAt: IsoDateTime, wantsToContinue: z.enum(['yes', 'maybe']) });

export const BatchPair = PairPeople.extend({
  repId: Id,
  repName: z.string(),
  score: z.number(),
  reasons: z.array(MatchReason),
  /** The Rep's best few pairs, so the mentor can change this one. */
  alternatives: z.array(MatchSuggestion),
});
export type BatchPair = z.infer<typeof BatchPair>;

export const BatchPlan = z.object({
  waiting: z.array(WaitingRep),
  pairs: z.array(BatchPair),
  /** Waiting Reps the plan leaves out (no possible pair, or capacity ran out). */
  unassigned: z.array(z.object({ id: Id, name: z.string() })),
  total: z.number(),
  greedyTotal: z.number(),
  greedyPairs: z.number().int(),
  optimal: z.boolean(),
  method: z.string(),
});
export type BatchPlan = z.infer<typeof BatchPlan>;

const ChosenPair = z.object({ repId: Id, taskId: Id, coachId: Id }).strict();

export const matchApi = {
  'match.start': { input: z.object({ repId: Id }).strict(), output: MatchStart, mutates: false },
  'match.recordConversation': { input: ConversationInput, output: Conversation, mutates: true },
  /** Confidential notes only for the mentor and Council roles. */
  'match.conversations': { input: z.object({ repId: Id }).strict(), output: ConversationList, mutates: false },
  'match.suggest': { input: z.object({ repId: Id, limit: z.number().int().min(1).max(100).default(10) }).strict(), output: MatchSuggestions, mutates: false },
  'match.whyNot': {
    input: z
      .object({ repId: Id, taskId: Id.optional(), coachId: Id.optional() })
      .strict()
      .refine((q) => q.taskId !== undefined || q.coachId !== undefined, { message: 'choose a task or a coach to ask about', path: ['taskId'] }),
    output: WhyNotAnswer,
    mutates: false,
  },
  /** Creates the proposed engagement and the session with a frozen copy of the suggestions shown. */
  'match.choose': {
    input: z
      .object({
        repId: Id,
        taskId: Id,
        coachId: Id,
        /** How many suggestions were on screen (they are frozen into the session). */
        shown: z.number().int().min(1).max(100).default(10),
        orientationCallAt: IsoDateTime.nullable().default(null),
      })
      .strict(),
    output: MatchChoice,
    mutates: true,
  },
  'match.waiting': { input: NoInput, output: z.object({ items: z.array(WaitingRep) }), mutates: false },
  /** The exact optimum for every waiting Rep, beside what greedy would have achieved. */
  'match.batchPlan': { input: z.object({ timeLimitSeconds: z.number().min(0.1).max(30).default(5) }).strict().default({ timeLimitSeconds: 5 }), output: BatchPlan, mutates: false },
  /** Accepts a (possibly edited) plan; refuses the whole plan if any pair breaks a constraint or a capacity. */
  'match.batchAccept': {
    input: z.object({ pairs: z.array(ChosenPair).min(1, 'the plan has no pairs to accept').max(5_000) }).strict(),
    output: z.object({ created: z.array(MatchChoice) }),
    mutates: true,
  },
} as const satisfies Record<string, MethodSpec>;
