import { z } from 'zod';
import { Id, IsoDateTime, RepStatus, Role } from '../model';
import { NoInput, type MethodSpec } from './method';

export const TodayItem = z.object({
  kind: z.enum(['rep-quiet', 'mentor-inactive', 'near-threshold', 'check-in-due', 'draft-task', 'survey-to-read', 'case-to-decide', 'coach-capacity']),
  id: Id,
  title: z.string(),
  status: RepStatus.optional(),
  date: IsoDateTime.nullable(),
  /** For 'coach-capacity': open engagements against the coach's capacity. */
  load: z.number().int().optional(),
  capacity: z.number().int().optional(),
});
export const Today = z.object({
  role: Role,
  userName: z.string(),
  sections: z.array(z.object({ id: z.string(), items: z.array(TodayItem), total: z.number().int() })),
});
export type Today = z.infer<typeof Today>;

export const todayApi = {
  'today.get': { input: NoInput, output: Today, mutates: false },
} as const satisfies Record<string, MethodSpec>;
