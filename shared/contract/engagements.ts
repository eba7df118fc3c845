import { z } from 'zod';
import { isDeliverableLink } from '../domain/engagements';
import { DayOrInstant, Engagement, EngagementStatus, FunctionalArea, Id, IsoDateTime, Survey } from '../model';
import type { MethodSpec } from './method';

export const EngagementFilter = z
  .object({
    coachId: Id.optional(),
    mentorId: Id.optional(),
    area: FunctionalArea.optional(),
  })
  .strict();
export type EngagementFilter = z.infer<typeof EngagementFilter>;

export const EngagementRow = z.object({
  id: Id,
  repId: Id,
  repName: z.string(),
  mentorId: Id.nullable(),
  mentorName: z.string().nullable(),
  taskId: Id,
  taskTitle: z.string(),
  area: FunctionalArea.nullable(),
  coachId: Id,
  coachName: z.string(),
  /** With the stalled rule applied as of now, whatever is stored. */
  status: EngagementStatus,
  lastTouchAt: IsoDateTime.nullable(),
  dueAt: IsoDateTime.nullable(),
  stepsDone: z.number().int(),
  stepsTotal: z.number().int(),
});
export type EngagementRow = z.infer<typeof EngagementRow>;

const Person = z.object({ id: Id, name: z.string() });

export const EngagementBoard = z.object({
  items: z.array(EngagementRow),
  /** Everyone who appears on the board, for the filter menus. */
  coaches: z.array(Person),
  mentors: z.array(Person),
  stalledAfterDays: z.number().int(),
});
export type EngagementBoard = z.infer<typeof EngagementBoard>;

export const EngagementDetail = z.object({
  engagement: Engagement,
  row: EngagementRow,
  /** Why it shows as stalled, in words ("no check-in for 18 days …"); null when it is not. */
  stalledCause: z.string().nullable(),
  rep: z.object({ id: Id, name: z.string(), email: z.string(), status: z.string() }),
  task: z.object({ id: Id, title: z.string(), deliverable: z.string(), expectedDays: z.number() }),
  coach: z.object({ id: Id, name: z.string(), email: z.string() }),
  survey: Survey.nullable(),
});
export type EngagementDetail = z.infer<typeof EngagementDetail>;

const Target = { id: Id, expectedVersion: z.number().int().min(1) };

export const DeliverableLink = z
  .string()
  .trim()
  .min(1, 'a completed engagement needs the link to its deliverable')
  .max(500)
  .refine(isDeliverableLink, 'must be a web address such as https://…');

export const CalendarFile = z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() });

export const engagementsApi = {
  'engagements.list': { input: EngagementFilter, output: EngagementBoard, mutates: false },
  'engagements.get': { input: z.object({ id: Id }).strict(), output: EngagementDetail, mutates: false },
  /** Writes the stalled rule into the stored statuses (each change audited); the board calls it when it opens. */
  'engagements.recordStalled': { input: z.object({}).strict().default({}), output: z.object({ stalled: z.array(Id), resumed: z.array(Id) }), mutates: true },
  /**
   * A proposed engagement starts: startedAt now, due by the task's expected days unless a date is
   * given (a day on the user's calendar is due at its end there; not before today).
   */
  'engagements.activate': { input: z.object({ ...Target, dueAt: DayOrInstant.nullable().default(null) }).strict(), output: Engagement, mutates: true },
  'engagements.checkIn': {
    input: z
      .object({
        ...Target,
        /** When it happened (a day on the user's calendar, or the instant); now when omitted; never later. */
        at: DayOrInstant.optional(),
        note: z.string().trim().max(2_000).default(''),
        /** Indexes of the steps done by now; steps already done stay done. */
        stepsDone: z.array(z.number().int().min(0)).max(100).default([]),
      })
      .strict(),
    output: Engagement,
    mutates: true,
  },
  'engagements.setDue': { input: z.object({ ...Target, dueAt: DayOrInstant.nullable() }).strict(), output: Engagement, mutates: true },
  'engagements.complete': { input: z.object({ ...Target, deliverableLink: DeliverableLink }).strict(), output: z.object({ engagement: Engagement, survey: Survey }), mutates: true },
  'engagements.abandon': {
    input: z.object({ ...Target, reason: z.string().trim().min(1, 'say why the engagement is abandoned').max(1_000) }).strict(),
    output: Engagement,
    mutates: true,
  },
  /** Queues a check-in nudge to the Rep through the reminder channels (once per engagement and week). */
  'engagements.nudge': { input: z.object({ id: Id }).strict(), output: z.object({ queued: z.boolean() }), mutates: true },
  /** Schedules the orientation call for a returner and starts their onboarding checklist from Settings. */
  'engagements.scheduleOrientation': { input: z.object({ ...Target, at: IsoDateTime }).strict(), output: Engagement, mutates: true },
  'engagements.orientationIcs': { input: z.object({ id: Id }).strict(), output: CalendarFile, mutates: false },
  'engagements.setOnboarding': {
    input: z.object({ ...Target, index: z.number().int().min(0).max(29), done: z.boolean() }).strict(),
    output: Engagement,
    mutates: true,
  },
} as const satisfies Record<string, MethodSpec>;
