import { z } from 'zod';
import { ActivityType, FunctionalArea, Id, IsoDateTime, LanguageCode, Rep, RepFields, RepStatus, StatusCause } from '../model';
import { NoInput } from './method';
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
  /** Names of the Reps the mentorship history refers to, by id. */
  people: z.record(z.string(), z.string()).default({}),
});
export type RepDetail = z.infer<typeof RepDetail>;

/** What a person edits on a Rep; status and the histories are written by the app, not typed in. */
export const RepInput = RepFields.omit({ status: true, statusHistory: true, mentorshipHistory: true }).strict();
export type RepInput = z.input<typeof RepInput>;

type Unwrapped<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * Every field optional and without its default: `.partial()` alone would still fill defaults in
 * (zod 4), and an edit of one field would reset the others.
 */
function editable<S extends z.ZodRawShape>(shape: S): z.ZodObject<{ [K in keyof S]: z.ZodOptional<Unwrapped<S[K]>> }> {
  const out: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(shape)) out[key] = (schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : (schema as z.ZodType)).optional();
  return z.object(out) as never;
}

export const RepChanges = editable(RepFields.omit({ status: true, statusHistory: true, mentorshipHistory: true }).shape).strict();

export const RepUpdate = z.object({ id: Id, expectedVersion: z.number().int().min(1), changes: RepChanges }).strict();

/** One roster row as read from a file, before validation: every cell is text. */
export const RosterRow = z
  .object({
    line: z.number().int().min(1),
    name: z.string().max(500).default(''),
    email: z.string().max(500).default(''),
    handle: z.string().max(500).default(''),
    country: z.string().max(500).default(''),
    region: z.string().max(500).default(''),
    timezone: z.string().max(500).default(''),
    languages: z.string().max(500).default(''),
    areas: z.string().max(1000).default(''),
    mentor: z.string().max(500).default(''),
    isMentor: z.string().max(20).default(''),
    mentorCapacity: z.string().max(20).default(''),
    contactConsent: z.string().max(20).default(''),
    preferredChannel: z.string().max(40).default(''),
  })
  .strict();
export type RosterRow = z.input<typeof RosterRow>;

export const RowError = z.object({ line: z.number().int(), field: z.string(), message: z.string() });
export type RowError = z.infer<typeof RowError>;

export const RosterImportResult = z.object({
  committed: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(RowError),
});
export type RosterImportResult = z.infer<typeof RosterImportResult>;

export const StatusChangeRow = z.object({ repId: Id, name: z.string(), from: RepStatus, to: RepStatus, cause: StatusCause });
export type StatusChangeRow = z.infer<typeof StatusChangeRow>;

export const repsApi = {
  'reps.list': { input: RepListQuery, output: RepList, mutates: false },
  'reps.get': { input: z.object({ id: Id }).strict(), output: RepDetail, mutates: false },
  'reps.create': { input: RepInput, output: Rep, mutates: true },
  'reps.update': { input: RepUpdate, output: Rep, mutates: true },
  /** All-or-nothing: with dryRun (the preview) or any row error nothing is written. Upserts by email, so a re-run changes nothing. */
  'reps.importRoster': {
    input: z.object({ fileName: z.string().max(300).default(''), rows: z.array(RosterRow).max(50_000), dryRun: z.boolean() }).strict(),
    output: RosterImportResult,
    mutates: true,
  },
  'reps.recomputeStatuses': { input: NoInput, output: z.object({ changes: z.array(StatusChangeRow) }), mutates: true },
} as const satisfies Record<string, MethodSpec>;
