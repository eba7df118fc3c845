import { z } from 'zod';
import { FunctionalArea, Id, IsoDateTime, RecordMeta } from './common';

/** Activity types as the Reps portal reports them; "passive" ones are not significant by default. */
export const ActivityType = z.enum([
  'event-organized',
  'event-attended',
  'event-report',
  'talk-given',
  'localization',
  'documentation',
  'code-contribution',
  'mentoring',
  'blog-post',
  'social-post',
  'budget-request',
  'campaign',
  'newsletter-read',
  'profile-update',
  'login',
]);
export type ActivityType = z.infer<typeof ActivityType>;

export const Activity = RecordMeta.extend({
  repId: Id,
  date: IsoDateTime,
  type: ActivityType,
  area: FunctionalArea.nullable().default(null),
  link: z.string().max(500).default(''),
  source: z.string().max(200).default(''),
  externalId: z.string().max(200).nullable().default(null),
});
export type Activity = z.infer<typeof Activity>;
