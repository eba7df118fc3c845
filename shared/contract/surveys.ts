import { z } from 'zod';
import { Engagement, Id, Survey } from '../model';
import type { MethodSpec } from './method';

const Scale = (field: string) => z.number().int(`${field} must be a whole number from 1 to 5`).min(1, `${field} must be from 1 to 5`).max(5, `${field} must be from 1 to 5`).nullable();

/** What the form sends; every answer may be missing while it is a draft. */
export const SurveyAnswers = z
  .object({
    goodExperience: Scale('good experience').default(null),
    wantsMore: z.enum(['yes', 'maybe', 'no']).nullable().default(null),
    coachHelpful: Scale('coach helpful').default(null),
    taskFit: Scale('task fit').default(null),
    freeText: z.string().max(10_000).default(''),
    nextInterests: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  })
  .strict();
export type SurveyAnswers = z.input<typeof SurveyAnswers>;

export const NextTaskSuggestion = z.object({
  taskId: Id,
  taskTitle: z.string(),
  coachId: Id,
  coachName: z.string(),
  score: z.number(),
  differentCoach: z.boolean(),
  /** The engine's explanations: Fluent ids and arguments, with the engine's English beside them. */
  reasons: z.array(z.object({ messageId: z.string(), args: z.record(z.string(), z.union([z.string(), z.number()])), english: z.string() })),
});
export type NextTaskSuggestion = z.infer<typeof NextTaskSuggestion>;

export const NextSteps = z.object({
  choice: z.enum(['suggest', 'follow-up', 'unanswered']),
  suggestions: z.array(NextTaskSuggestion),
  previousCoachId: Id,
});
export type NextSteps = z.infer<typeof NextSteps>;

const Target = { id: Id, expectedVersion: z.number().int().min(1) };

export const surveysApi = {
  /** Keeps partial answers as a draft; with submit, every rating and "wants more" is required and the survey is answered. */
  'surveys.save': { input: z.object({ ...Target, answers: SurveyAnswers, submit: z.boolean().default(false) }).strict(), output: Survey, mutates: true },
  'surveys.markRead': { input: z.object(Target).strict(), output: Survey, mutates: true },
  /** The mentor had the follow-up conversation a poor experience (or a "no") asks for. */
  'surveys.followedUp': { input: z.object(Target).strict(), output: Survey, mutates: true },
  /** Further tasks from the matching engine, a different coach first; empty unless the answers ask for more. */
  'surveys.nextSteps': { input: z.object({ id: Id, limit: z.number().int().min(1).max(20).default(5) }).strict(), output: NextSteps, mutates: false },
  /** Proposes the chosen next task as a new engagement (re-checked against the engine's hard constraints). */
  'surveys.proposeNext': { input: z.object({ id: Id, taskId: Id, coachId: Id }).strict(), output: Engagement, mutates: true },
  /** Queues a reminder for each survey still unanswered a week after it was created (once per survey). */
  'surveys.remind': { input: z.object({}).strict().default({}), output: z.object({ queued: z.number().int() }), mutates: true },
} as const satisfies Record<string, MethodSpec>;
