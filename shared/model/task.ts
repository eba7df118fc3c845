import { z } from 'zod';
import { FunctionalArea, Id, InteractionLevel, LanguageCode, Label, LongText, RecordMeta } from './common';

export const TaskStatus = z.enum(['draft', 'published', 'retired']);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const TaskFields = z.object({
  title: Label,
  summary: z.string().max(2_000).default(''),
  /** What exists when the task is done. */
  deliverable: z.string().max(1_000).default(''),
  area: FunctionalArea,
  skills: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  languages: z.array(LanguageCode).max(20).default([]),
  effortHours: z.number().min(0).max(200).nullable().default(null),
  expectedDays: z.number().int().min(1).max(365).default(14),
  interaction: InteractionLevel.default('solo'),
  steps: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  slots: z.number().int().min(0).max(1000).default(1),
  preferredCoachIds: z.array(Id).max(50).default([]),
  tags: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
  status: TaskStatus.default('draft'),
  author: z.string().max(200).default(''),
  externalId: z.string().max(200).nullable().default(null),
  notes: LongText.default(''),
});
export const Task = RecordMeta.extend(TaskFields.shape);
export type Task = z.infer<typeof Task>;
