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

export const systemApi = {
  'system.info': { input: NoInput, output: SystemInfo, mutates: false },
  'system.clock': { input: NoInput, output: Clock, mutates: false },
  'system.dismissNotice': { input: z.object({ id: z.string().min(1) }).strict(), output: z.object({ ok: z.literal(true) }), mutates: false },
} as const satisfies Record<string, MethodSpec>;
