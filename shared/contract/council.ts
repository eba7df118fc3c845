import { z } from 'zod';
import { CouncilCase, DayOrInstant, Id, IsoDateTime, RepStatus, StatusCause } from '../model';
import type { MethodSpec } from './method';
import { RepRow } from './reps';

export const GateItemSchema = z.object({
  item: z.enum(['reason', 'conversation', 'offer', 'decision', 'exception-rationale']),
  done: z.boolean(),
  detail: z.string(),
  counts: z.record(z.string(), z.number()),
});
export const GateSchema = z.object({ items: z.array(GateItemSchema), passes: z.boolean(), exception: z.boolean(), missing: z.array(GateItemSchema) });

export const TimelineEntry = z.object({
  at: IsoDateTime,
  kind: z.enum(['status', 'conversation', 'reminder', 'engagement', 'survey', 'decision']),
  id: z.string(),
  /** What happened, from the records (causes, task titles, reasons): data, not interface text. */
  text: z.string(),
  /** For a status entry, its cause as a message, so the UI words it in the user's language. */
  cause: StatusCause.optional(),
  /** The state the entry ended in: status, engagement/reminder/survey status, decision, reached/attempt. */
  state: z.string(),
  /** Confidential notes and reasons; empty when the role may not read them. */
  confidential: z.string(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const Dossier = z.object({
  rep: RepRow,
  /** Whether `confidential` texts are shown (Council role only). */
  confidentialShown: z.boolean(),
  notes: z.string(),
  activity: z.object({
    total: z.number().int(),
    byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
    latest: z.array(z.object({ date: IsoDateTime, type: z.string(), area: z.string().nullable(), link: z.string() })),
  }),
  timeline: z.array(TimelineEntry),
  gate: GateSchema,
  /** The case that can be decided now, if one is open. */
  openCase: CouncilCase.nullable(),
  /** Decided cases, newest first, with whether a later decision reversed them. */
  decisions: z.array(CouncilCase.extend({ reversedBy: Id.nullable() })),
});
export type Dossier = z.infer<typeof Dossier>;

export const CaseRow = z.object({ case: CouncilCase, rep: RepRow, gate: GateSchema, reversedBy: Id.nullable() });
export type CaseRow = z.infer<typeof CaseRow>;

export const CouncilOverview = z.object({
  since: IsoDateTime,
  lastMeeting: IsoDateTime.nullable(),
  openCases: z.array(CaseRow),
  outcomes: z.object({
    engagementsStarted: z.number().int(),
    engagementsCompleted: z.number().int(),
    returned: z.array(RepRow),
    surveysAnswered: z.number().int(),
    wantsMore: z.number().int(),
    averageExperience: z.number().nullable(),
  }),
  nearThreshold: z.array(RepRow),
});
export type CouncilOverview = z.infer<typeof CouncilOverview>;

export const ReviewPackCase = z.object({
  caseId: Id,
  kind: CouncilCase.shape.kind,
  caseStatus: CouncilCase.shape.status,
  decision: CouncilCase.shape.decision,
  exception: z.boolean(),
  rationale: z.string(),
  decidedBy: z.string().nullable(),
  meetingDate: IsoDateTime.nullable(),
  reversesCaseId: Id.nullable(),
  repId: Id,
  repName: z.string(),
  repStatus: RepStatus,
  lastSignificantAt: IsoDateTime.nullable(),
  gate: z.string(),
  gatePasses: z.boolean(),
  conversations: z.string(),
  reasons: z.string(),
  engagements: z.string(),
  surveys: z.string(),
  remindersSent: z.number().int(),
  confidentialNotes: z.string(),
});
export type ReviewPackCase = z.infer<typeof ReviewPackCase>;

const Rationale = z.string().trim().max(5_000);

export const councilApi = {
  /** `since`: outcomes from the start of that day on the user's calendar (30 days back when omitted). */
  'council.overview': {
    input: z.object({ since: DayOrInstant.optional() }).strict(),
    output: CouncilOverview,
    mutates: false,
  },
  'council.dossier': { input: z.object({ repId: Id }).strict(), output: Dossier, mutates: false },
  /** Opens a case for the next meeting. Anyone may propose; only the Council decides. */
  'council.propose': {
    input: z
      .object({ repId: Id, kind: CouncilCase.shape.kind.default('alumni-move'), note: Rationale.default('') })
      .strict(),
    output: CouncilCase,
    mutates: true,
  },
  /**
   * Decides an open case. Approving an alumni move runs the alumni gate and is refused with what is
   * missing; a decided case is never edited again (see council.reverse).
   */
  'council.decide': {
    input: z
      .object({
        caseId: Id,
        expectedVersion: z.number().int().min(1),
        decision: z.enum(['approve', 'reject', 'defer']),
        rationale: Rationale.min(1, 'rationale: write why the Council decided this'),
        /** The meeting's day on the user's calendar (or its instant). */
        meetingDate: DayOrInstant,
        exception: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ case: CouncilCase, repStatus: RepStatus, nextCaseId: Id.nullable() }),
    mutates: true,
    roles: ['council'],
  },
  /** Undoes a decision with a new reversing decision; an approved alumni move gets the previous status back. */
  'council.reverse': {
    input: z
      .object({ caseId: Id, rationale: Rationale.min(1, 'rationale: write why the decision is reversed'), meetingDate: DayOrInstant })
      .strict(),
    output: z.object({ case: CouncilCase, repStatus: RepStatus }),
    mutates: true,
    roles: ['council'],
  },
  /** The review pack for a meeting: open cases and cases decided since `since`, dossiers summarised. */
  'council.reviewPack': {
    input: z.object({ since: DayOrInstant.optional(), includeConfidential: z.boolean().default(false) }).strict(),
    output: z.object({ generatedAt: IsoDateTime, since: IsoDateTime, includeConfidential: z.boolean(), cases: z.array(ReviewPackCase), csv: z.string() }),
    mutates: false,
  },
  /** The whole audit log as CSV: who, when, what and which fields changed (values stay inside the app). */
  'council.auditCsv': {
    input: z.object({}).strict().default({}),
    output: z.object({ csv: z.string(), rows: z.number().int() }),
    mutates: false,
  },
} as const satisfies Record<string, MethodSpec>;
