import type { FieldIssue } from '../errors';
import type { TaskFields } from '../model';
import type { z } from 'zod';

type Publishable = Pick<z.output<typeof TaskFields>, 'deliverable' | 'steps' | 'effortHours' | 'languages'>;

/**
 * What stops a task from being offered to Reps: a Rep needs to know what they will hand in, how to
 * get there step by step, how long it takes and in which language. Each problem names its field.
 */
export function publishProblems(task: Publishable): FieldIssue[] {
  const problems: FieldIssue[] = [];
  if (task.deliverable.trim() === '') problems.push({ path: 'deliverable', message: 'a published task needs a deliverable (what exists when it is done)' });
  if (task.steps.length === 0) problems.push({ path: 'steps', message: 'a published task needs at least one step' });
  if (task.effortHours === null || task.effortHours <= 0) problems.push({ path: 'effortHours', message: 'a published task needs an effort estimate in hours' });
  if (task.languages.length === 0) problems.push({ path: 'languages', message: 'a published task needs at least one language' });
  return problems;
}

/** Engagements in these states count against a coach's capacity. */
export const LOAD_STATUSES = ['proposed', 'active', 'stalled'] as const;
