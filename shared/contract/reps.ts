import { z } from 'zod';
import { ActivityType, FunctionalArea, Id, IsoDateTime, LanguageCode, Rep, RepStatus } from '../model';
import type { MethodSpec } from './method';

export const RepSort = z.enum(['name', 'lastActivity', 'status', 'country']);

export const RepListQuery = z
  .object({
    search: z.string().max(200).default(''),
    status: z.array(RepStatus).max(6).default([]),
    area: FunctionalArea.optional(),
    language: LanguageCode.optional(),
    mentorId: Id.optional(),
    sort: RepSort.default('name'),
    descending: z.boolean().default(false),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type RepListQuery = z.infer<typeof RepListQuery>;

export const RepRow = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  country: z.string(),
  region: z.string(),
  languages: z.array(z.string()),
  areas: z.array(FunctionalArea),
  mentorId: Id.nullable(),
  mentorName: z.string().nullable(),
  isMentor: z.boolean(),
  status: RepStatus,
  lastSignificantAt: IsoDateTime.nullable(),
  lastSignificantType: ActivityType.nullable(),
});
export type RepRow = z.infer<typeof RepRow>;

export const RepList = z.object({ total: z.number().int(), items: z.array(RepRow) });

export const RepDetail = z.object({
  rep: Rep,
  row: RepRow,
  /** False when the current role may not read confidential notes; `rep.notes` is then empty. */
  confidentialShown: z.boolean(),
  recentActivities: z.array(
    z.object({ id: Id, date: IsoDateTime, type: ActivityType, area: FunctionalArea.nullable(), link: z.string(), significant: z.boolean() }),
  ),
  mentees: z.array(RepRow),
});
export type RepDetail = z.infer<typeof RepDetail>;

export const repsApi = {
  'reps.list': { input: RepListQuery, output: RepList, mutates: false },
  'reps.get': { input: z.object({ id: Id }).strict(), output: RepDetail, mutates: false },
} as const satisfies Record<string, MethodSpec>;
