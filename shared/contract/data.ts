import { z } from 'zod';
import { IsoDateTime } from '../model';
import { NoInput, type MethodSpec } from './method';

export const BackupInfo = z.object({
  id: z.string(),
  kind: z.enum(['daily', 'manual', 'before-import', 'before-restore', 'before-migration']),
  at: IsoDateTime,
  files: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** The whole database as one file. */
export const ARCHIVE_FORMAT = 'rekindle-archive';
export const MAX_ARCHIVE_CHARS = 256 * 1024 * 1024;

export const dataApi = {
  'data.listBackups': { input: NoInput, output: z.array(BackupInfo), mutates: false },
  'data.createBackup': { input: NoInput, output: BackupInfo, mutates: true },
  'data.restoreBackup': {
    input: z.object({ id: z.string().min(1).max(100) }).strict(),
    output: z.object({ restored: z.string(), safetyBackup: z.string() }),
    mutates: true,
  },
  'data.exportArchive': {
    input: z.object({ includeConfidential: z.boolean().default(false) }).strict(),
    output: z.object({ fileName: z.string(), content: z.string(), records: z.number().int() }),
    mutates: false,
  },
  'data.importArchive': {
    input: z.object({ content: z.string().min(1, 'the file is empty').max(MAX_ARCHIVE_CHARS, 'the file is larger than 256 MB') }).strict(),
    output: z.object({ safetyBackup: z.string(), records: z.number().int(), includesConfidential: z.boolean() }),
    mutates: true,
  },
} as const satisfies Record<string, MethodSpec>;
