import { z } from 'zod';
import { FunctionalArea, Id, InteractionLevel, LanguageCode, Task, TaskFields, TaskStatus } from '../model';
import type { MethodSpec } from './method';

/** The fields a coach edits; status moves only through publish/retire, externalId only by import. */
export const EditableTaskFields = TaskFields.omit({ status: true, externalId: true }).strict();
export type EditableTaskFields = z.input<typeof EditableTaskFields>;

export const TaskSort = z.enum(['relevance', 'title', 'updated', 'effort', 'taken']);

export const TaskListQuery = z
  .object({
    search: z.string().max(200).default(''),
    area: FunctionalArea.optional(),
    language: LanguageCode.optional(),
    /** Only tasks estimated at most this many hours. */
    maxEffort: z.number().min(0).max(1000).optional(),
    interaction: InteractionLevel.optional(),
    status: z.array(TaskStatus).max(3).default([]),
    sort: TaskSort.default('relevance'),
    descending: z.boolean().default(false),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type TaskListQuery = z.infer<typeof TaskListQuery>;

/** Where the query matched, as inclusive [start, end] character ranges, for highlighting. */
export const SearchHighlight = z.object({ field: z.string(), value: z.string(), indices: z.array(z.tuple([z.number().int(), z.number().int()])) });
export type SearchHighlight = z.infer<typeof SearchHighlight>;

export const TaskStats = z.object({
  taken: z.number().int(),
  completed: z.number().int(),
  abandoned: z.number().int(),
  inProgress: z.number().int(),
  surveysAnswered: z.number().int(),
  /** Averages over answered surveys (1–5), 0 while none are answered. */
  avgGoodExperience: z.number(),
  avgCoachHelpful: z.number(),
  avgTaskFit: z.number(),
});
export type TaskStats = z.infer<typeof TaskStats>;

export const TaskRow = z.object({
  task: Task.omit({ notes: true }),
  highlights: z.array(SearchHighlight),
  stats: TaskStats,
});
export type TaskRow = z.infer<typeof TaskRow>;

export const TaskList = z.object({ total: z.number().int(), items: z.array(TaskRow) });
export const TaskDetail = z.object({ task: Task, stats: TaskStats, preferredCoaches: z.array(z.object({ id: Id, name: z.string() })) });
export type TaskDetail = z.infer<typeof TaskDetail>;

export const TableFileFormat = z.enum(['csv', 'json']);
export type TableFileFormat = z.infer<typeof TableFileFormat>;

/**
 * An import file as it travels in the call: UTF-8 text, or the raw bytes in base64 (so a file that
 * is not UTF-8 can be told apart). Size is checked by the service, which says the limit.
 */
export const TableImportFile = z
  .object({
    format: TableFileFormat,
    fileName: z.string().max(300).default(''),
    text: z.string().max(21_000_000, 'the file is larger than 20 MB').optional(),
    base64: z.string().max(28_500_000, 'the file is larger than 20 MB').optional(),
  })
  .strict()
  .refine((f) => (f.text === undefined) !== (f.base64 === undefined), { message: 'give the file content as text or as base64, not both', path: ['text'] });

export const TableImportCommitInput = z
  .object({
    file: TableImportFile,
    /** Import the valid rows and leave out the rows with errors; otherwise any error stops everything. */
    excludeBadRows: z.boolean().default(false),
  })
  .strict();

export const TableImportRowError = z.object({ row: z.number().int(), field: z.string(), message: z.string() });
export const TableImportPreview = z.object({
  columns: z.array(z.string()),
  totalRows: z.number().int(),
  /** The first rows of the file as they will be imported (up to 1,000). */
  rows: z.array(
    z.object({
      row: z.number().int(),
      id: z.string(),
      label: z.string(),
      action: z.enum(['create', 'update', 'unchanged', 'error']),
    }),
  ),
  errors: z.array(TableImportRowError),
  badRows: z.array(z.number().int()),
  counts: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int(), error: z.number().int() }),
});
export type TableImportPreview = z.infer<typeof TableImportPreview>;

export const TableImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  excluded: z.number().int(),
});
export type TableImportResult = z.infer<typeof TableImportResult>;

export const TableExportInput = z
  .object({
    format: TableFileFormat,
    /** Confidential notes are left out of files unless asked for. */
    includeNotes: z.boolean().default(false),
  })
  .strict();
export const TableExportFile = z.object({ fileName: z.string(), mimeType: z.string(), content: z.string(), count: z.number().int() });
export type TableExportFile = z.infer<typeof TableExportFile>;

const ById = z.object({ id: Id }).strict();
const Versioned = z.object({ id: Id, expectedVersion: z.number().int().min(1) }).strict();

export const catalogApi = {
  'catalog.list': { input: TaskListQuery, output: TaskList, mutates: false },
  'catalog.get': { input: ById, output: TaskDetail, mutates: false },
  'catalog.create': { input: z.object({ fields: EditableTaskFields }).strict(), output: Task, mutates: true },
  'catalog.update': { input: Versioned.extend({ fields: EditableTaskFields }).strict(), output: Task, mutates: true },
  'catalog.duplicate': { input: ById, output: Task, mutates: true },
  'catalog.publish': { input: Versioned, output: Task, mutates: true },
  'catalog.retire': { input: Versioned, output: Task, mutates: true },
  'catalog.importPreview': { input: z.object({ file: TableImportFile }).strict(), output: TableImportPreview, mutates: false },
  'catalog.importCommit': { input: TableImportCommitInput, output: TableImportResult, mutates: true },
  'catalog.export': { input: TableExportInput, output: TableExportFile, mutates: false },
} as const satisfies Record<string, MethodSpec>;
