/**
 * The columns of catalog and roster files. The `id` column is the stable external id: export
 * writes a record's external id (or its own id when it has none) and import matches on either,
 * so importing a file twice, or re-importing an export, changes nothing.
 */
import { z } from 'zod';
import { CoachFields, TaskFields } from '../model';

const ExternalId = z.string().trim().min(1, 'every row needs an id').max(200);

export const TASK_FILE_COLUMNS = [
  'id',
  'title',
  'summary',
  'deliverable',
  'area',
  'skills',
  'languages',
  'effortHours',
  'expectedDays',
  'interaction',
  'steps',
  'slots',
  'preferredCoachIds',
  'tags',
  'status',
  'author',
] as const;
/** Confidential; in files only when asked for. */
export const TASK_NOTES_COLUMN = 'notes';
export const TASK_REQUIRED_COLUMNS = ['id', 'title', 'area'] as const;
export const TaskFileRow = TaskFields.omit({ externalId: true }).extend({ id: ExternalId });
export type TaskFileRow = z.output<typeof TaskFileRow>;

export const COACH_FILE_COLUMNS = [
  'id',
  'name',
  'email',
  'languages',
  'timezone',
  'areas',
  'skills',
  'style',
  'capacity',
  'availability',
  'active',
  'teams',
  'repId',
] as const;
export const COACH_REQUIRED_COLUMNS = ['id', 'name', 'email', 'languages', 'timezone', 'capacity'] as const;
export const CoachFileRow = CoachFields.omit({ externalId: true }).extend({ id: ExternalId });
export type CoachFileRow = z.output<typeof CoachFileRow>;
