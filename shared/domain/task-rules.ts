import type { FieldIssue } from '../errors';
import { issue } from '../refusals';
import type { TaskFields } from '../model';
import type { z } from 'zod';

type Publishable = Pick<z.output<typeof TaskFields>, 'deliverable' | 'steps' | 'effortHours' | 'languages'>;

/**
 * What stops a task from being offered to Reps: a Rep needs to know what they will hand in, how to
 * get there step by step, how long it takes and in which language. Each problem names its field.
 */
export function publishProblems(task: Publishable): FieldIssue[] {
  const problems: FieldIssue[] = [];
  if (task.deliverable.trim() === '') problems.push(issue('deliverable', 'refusal-publish-deliverable'));
  if (task.steps.length === 0) problems.push(issue('steps', 'refusal-publish-steps'));
  if (task.effortHours === null || task.effortHours <= 0) problems.push(issue('effortHours', 'refusal-publish-effort'));
  if (task.languages.length === 0) problems.push(issue('languages', 'refusal-publish-languages'));
  return problems;
}

/** Engagements in these states count against a coach's capacity. */
export const LOAD_STATUSES = ['proposed', 'active', 'stalled'] as const;
