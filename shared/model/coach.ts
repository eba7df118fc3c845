import { z } from 'zod';
import { Email, FunctionalArea, Id, LanguageCode, Label, RecordMeta, TimeZone } from './common';

export const CoachStyle = z.enum(['hands-on', 'pair-working', 'check-in', 'async']);
export type CoachStyle = z.infer<typeof CoachStyle>;

export const CoachFields = z.object({
  name: Label,
  email: Email,
  languages: z.array(LanguageCode).min(1).max(20),
  timezone: TimeZone,
  areas: z.array(FunctionalArea).max(12).default([]),
  skills: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  style: CoachStyle.default('check-in'),
  /** How many engagements this coach runs at once. */
  capacity: z.number().int().min(0).max(50),
  /** Free text such as "weekday evenings CET"; matching uses timezone, people read this. */
  availability: z.string().max(200).default(''),
  active: z.boolean().default(true),
  /** Communities and teams the coach belongs to, so Reps can avoid them. */
  teams: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  repId: Id.nullable().default(null),
  externalId: z.string().max(200).nullable().default(null),
});
export const Coach = RecordMeta.extend(CoachFields.shape);
export type Coach = z.infer<typeof Coach>;
