import { z } from 'zod';
import { ActivityType, FunctionalArea, Id, IsoDateTime } from '../model';
import type { MethodSpec } from './method';
import { RowError, StatusChangeRow } from './reps';

/** One activity row as mapped from the file: every cell still text, validated by the backend. */
export const ActivityImportRow = z
  .object({
    line: z.number().int().min(1),
    rep: z.string().max(500).default(''),
    date: z.string().max(100).default(''),
    type: z.string().max(100).default(''),
    area: z.string().max(100).default(''),
    link: z.string().max(2000).default(''),
    externalId: z.string().max(500).default(''),
  })
  .strict();
export type ActivityImportRow = z.input<typeof ActivityImportRow>;

/** Rows go up in chunks so a 200,000-row file shows progress and never needs one giant request. */
export const ACTIVITY_CHUNK_ROWS = 10_000;

export const ImportId = z.string().regex(/^imp-[a-z0-9]+$/, 'an import id from activity.importBegin');

export const ActivityImportPreview = z.object({
  importId: ImportId,
  fileName: z.string(),
  total: z.number().int(),
  /** Rows that will be added. */
  valid: z.number().int(),
  /** Rows already in Rekindle from an earlier run: skipped, which makes a re-run harmless. */
  alreadyImported: z.number().int(),
  errorCount: z.number().int(),
  /** The first errors, by line. */
  errors: z.array(RowError),
  repsAffected: z.number().int(),
  sample: z.array(z.object({ line: z.number().int(), repId: Id, repName: z.string(), date: IsoDateTime, type: ActivityType, area: FunctionalArea.nullable() })),
});
export type ActivityImportPreview = z.infer<typeof ActivityImportPreview>;

export const ActivityImportResult = z.object({
  imported: z.number().int(),
  alreadyImported: z.number().int(),
  repsReclassified: z.number().int(),
  statusChanges: z.array(StatusChangeRow),
});
export type ActivityImportResult = z.infer<typeof ActivityImportResult>;

const ByImport = z.object({ importId: ImportId }).strict();

export const activityApi = {
  'activity.importBegin': { input: z.object({ fileName: z.string().trim().min(1).max(300) }).strict(), output: z.object({ importId: ImportId }), mutates: false },
  'activity.importChunk': {
    input: z.object({ importId: ImportId, rows: z.array(ActivityImportRow).min(1).max(ACTIVITY_CHUNK_ROWS) }).strict(),
    output: z.object({ received: z.number().int(), errorCount: z.number().int() }),
    mutates: false,
  },
  'activity.importPreview': { input: ByImport, output: ActivityImportPreview, mutates: false },
  /** All-or-nothing: refused while any row has an error. */
  'activity.importCommit': { input: ByImport, output: ActivityImportResult, mutates: true },
  'activity.importDiscard': { input: ByImport, output: z.object({ ok: z.literal(true) }), mutates: false },
} as const satisfies Record<string, MethodSpec>;
