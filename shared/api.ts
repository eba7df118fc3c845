/**
 * The one API contract. Every method has a zod input and output schema; the backend registers
 * exactly one handler per method, both transports (Electron IPC and the HTTP bridge) carry
 * `{method, input}` generically, and the renderer's client is typed from this table.
 */
import { z } from 'zod';
import {
  ActivityType,
  FunctionalArea,
  Id,
  IsoDateTime,
  LanguageCode,
  Locale,
  MatchingWeights,
  ReasonCategory,
  Rep,
  RepStatus,
  Role,
  Settings,
  Thresholds,
  AuditEntry,
} from './model';

export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  /** Mutating methods are recorded in the audit log. */
  mutates: boolean;
  /** Workflow guard: roles allowed to call it (all when absent). Not a security boundary. */
  roles?: readonly Role[];
}

const NoInput = z.object({}).strict().default({});

export const Notice = z.object({
  id: z.string(),
  kind: z.enum(['restored-from-backup', 'file-set-aside', 'migrated', 'info']),
  file: z.string().optional(),
  message: z.string(),
  at: IsoDateTime,
});
export type Notice = z.infer<typeof Notice>;

export const SystemInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  transport: z.enum(['ipc', 'http']),
  counts: z.record(z.string(), z.number().int()),
  notices: z.array(Notice),
});

export const SettingsPatch = z
  .object({
    expectedVersion: z.number().int().min(1),
    currentUser: Settings.shape.currentUser.optional(),
    language: Locale.optional(),
    thresholds: Thresholds.optional(),
    significantActivityTypes: z.array(ActivityType).optional(),
    reasons: z.array(ReasonCategory).min(1).optional(),
    matchingWeights: MatchingWeights.optional(),
    reminderCadenceDays: z.number().int().min(1).max(365).optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

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

export const TodayItem = z.object({
  kind: z.enum(['rep-quiet', 'mentor-inactive', 'near-threshold', 'check-in-due', 'draft-task', 'survey-to-read', 'case-to-decide']),
  id: Id,
  title: z.string(),
  status: RepStatus.optional(),
  date: IsoDateTime.nullable(),
});
export const Today = z.object({
  role: Role,
  userName: z.string(),
  sections: z.array(z.object({ id: z.string(), items: z.array(TodayItem), total: z.number().int() })),
});
export type Today = z.infer<typeof Today>;

export const api = {
  'system.info': { input: NoInput, output: SystemInfo, mutates: false },
  'system.dismissNotice': { input: z.object({ id: z.string().min(1) }).strict(), output: z.object({ ok: z.literal(true) }), mutates: false },
  'settings.get': { input: NoInput, output: Settings, mutates: false },
  'settings.update': { input: SettingsPatch, output: Settings, mutates: true },
  'reps.list': { input: RepListQuery, output: RepList, mutates: false },
  'reps.get': { input: z.object({ id: Id }).strict(), output: RepDetail, mutates: false },
  'today.get': { input: NoInput, output: Today, mutates: false },
  'audit.list': {
    input: z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.object({ total: z.number().int(), items: z.array(AuditEntry) }),
    mutates: false,
  },
} as const satisfies Record<string, MethodSpec>;

export type Api = typeof api;
export type Method = keyof Api;
/** What a caller passes (defaults may be omitted). */
export type Input<M extends Method> = z.input<Api[M]['input']>;
/** What a handler receives after validation. */
export type ParsedInput<M extends Method> = z.output<Api[M]['input']>;
export type Output<M extends Method> = z.output<Api[M]['output']>;

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}
