import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../model';
import { NoInput, type MethodSpec } from './method';

export const Notice = z.object({
  id: z.string(),
  kind: z.enum(['restored-from-backup', 'file-set-aside', 'migrated', 'info']),
  file: z.string().optional(),
  /** The Fluent message the UI shows (see shared/notices.ts), with its arguments. */
  messageId: z.string(),
  args: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The same in English, for logs. */
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

/**
 * The backend's clock, the only one: the renderer takes "today" and the zones from here instead of
 * reading the browser's clock, so a screen and the rules that check it never disagree.
 */
export const Clock = z.object({
  now: IsoDateTime,
  /** Today on the user's calendar. */
  today: IsoDate,
  /** The zone the user's dates are read and shown in (Settings, else the machine's). */
  timeZone: z.string(),
  /** The zone status thresholds count days in. */
  communityTimeZone: z.string(),
  /** The backend machine's own zone, used while the user has chosen none. */
  systemTimeZone: z.string(),
});
export type Clock = z.infer<typeof Clock>;

/** One change made on this machine's data: which record, by which method and person (no values). */
export const ChangeNotice = z.object({
  seq: z.number().int().min(1),
  collection: z.string(),
  /** '*' when the whole collection was replaced. */
  id: z.string(),
  method: z.string(),
  by: z.string(),
  at: IsoDateTime,
});
export type ChangeNotice = z.infer<typeof ChangeNotice>;

export const ChangesAfter = z.object({
  /** The last change the screen has seen; 0 for none. */
  after: z.number().int().min(0),
  /** How long to wait for a change when there is none yet (long polling), in milliseconds. */
  waitMs: z.number().int().min(0).max(30_000).default(25_000),
}).strict();

export const Changes = z.object({
  /** The newest change number; pass it back as `after`. */
  seq: z.number().int().min(0),
  changes: z.array(ChangeNotice),
  /** True when changes were missed (too many, or the backend restarted): reload everything. */
  reset: z.boolean(),
});
export type Changes = z.infer<typeof Changes>;

export const systemApi = {
  'system.info': { input: NoInput, output: SystemInfo, mutates: false },
  'system.clock': { input: NoInput, output: Clock, mutates: false },
  /**
   * The changes made since `after`, waiting up to `waitMs` for one when there are none: how an open
   * screen hears of a change made in another window, by a background job, or (with sync) elsewhere.
   */
  'system.changes': { input: ChangesAfter, output: Changes, mutates: false },
  'system.dismissNotice': { input: z.object({ id: z.string().min(1) }).strict(), output: z.object({ ok: z.literal(true) }), mutates: false },
} as const satisfies Record<string, MethodSpec>;
