import { z } from 'zod';
import { Coach, CoachFields, FunctionalArea, LanguageCode } from '../model';
import { TableExportFile, TableExportInput, TableImportCommitInput, TableImportFile, TableImportPreview, TableImportResult, SearchHighlight } from './catalog';
import type { MethodSpec } from './method';
import { Id } from '../model';

/** What a coach's editor changes; the external id is kept for imports. */
export const EditableCoachFields = CoachFields.omit({ externalId: true }).strict();
export type EditableCoachFields = z.input<typeof EditableCoachFields>;

export const CoachSort = z.enum(['relevance', 'name', 'load', 'free', 'updated']);

export const CoachListQuery = z
  .object({
    search: z.string().max(200).default(''),
    area: FunctionalArea.optional(),
    language: LanguageCode.optional(),
    /** Include deactivated coaches. */
    includeInactive: z.boolean().default(false),
    /** Only coaches with room for another engagement. */
    hasRoom: z.boolean().default(false),
    sort: CoachSort.default('relevance'),
    descending: z.boolean().default(false),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type CoachListQuery = z.infer<typeof CoachListQuery>;

export const CoachRow = z.object({
  coach: Coach,
  /** Engagements proposed, active or stalled with this coach. */
  load: z.number().int(),
  highlights: z.array(SearchHighlight),
});
export type CoachRow = z.infer<typeof CoachRow>;

export const coachesApi = {
  'coaches.list': { input: CoachListQuery, output: z.object({ total: z.number().int(), items: z.array(CoachRow) }), mutates: false },
  'coaches.get': { input: z.object({ id: Id }).strict(), output: CoachRow, mutates: false },
  'coaches.create': { input: z.object({ fields: EditableCoachFields }).strict(), output: Coach, mutates: true },
  'coaches.update': { input: z.object({ id: Id, expectedVersion: z.number().int().min(1), fields: EditableCoachFields }).strict(), output: Coach, mutates: true },
  'coaches.deactivate': { input: z.object({ id: Id, expectedVersion: z.number().int().min(1) }).strict(), output: Coach, mutates: true },
  'coaches.importPreview': { input: z.object({ file: TableImportFile }).strict(), output: TableImportPreview, mutates: false },
  'coaches.importCommit': { input: TableImportCommitInput, output: TableImportResult, mutates: true },
  'coaches.export': { input: TableExportInput, output: TableExportFile, mutates: false },
} as const satisfies Record<string, MethodSpec>;
