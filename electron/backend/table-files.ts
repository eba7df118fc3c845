/**
 * Import preview and commit for a collection from a CSV or JSON file, shared by the catalog and
 * the roster. The file is read and every row checked before anything is written: a bad file or
 * any bad row (unless the user excludes bad rows) changes nothing.
 */
import type { z } from 'zod';
import type { TableImportPreview, TableImportResult } from '../../shared/api';
import { refuse } from '../../shared/errors';
import { issue } from '../../shared/refusals';
import {
  ImportFileError,
  MAX_IMPORT_BYTES,
  base64ToBytes,
  parseTable,
  toCsv,
  toJson,
  validateRows,
  type RowCheck,
  type RowError,
  type TableFormat,
} from '../../shared/import/index';
import type { CollectionName, RecordOf } from './store/schema';
import { recordAudit } from './features/audit/audit';
import { newId, type ServiceContext } from './context';
import { updateRecord } from './write-path/records';

type Target = Extract<CollectionName, 'tasks' | 'coaches'>;
type Fields<N extends Target> = Omit<RecordOf<N>, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

export interface ImportFileInput {
  format: TableFormat;
  text?: string | undefined;
  base64?: string | undefined;
}

export interface TableSpec<N extends Target, S extends z.ZodObject> {
  collection: N;
  idPrefix: string;
  columns: readonly string[];
  required: readonly string[];
  rowSchema: S;
  checks: (ctx: ServiceContext) => RowCheck<z.output<S>>[];
  label: (row: z.output<S>) => string;
  /** The record's fields from a file row; only columns present in the file replace what exists. */
  fieldsOf: (ctx: ServiceContext, row: z.output<S>, present: ReadonlySet<string>, existing: RecordOf<N> | undefined) => Fields<N>;
  /**
   * Rules for what a row would create or change (not for rows equal to what is stored, so a
   * record accepted under older rules still round-trips).
   */
  changeChecks?: (fields: Fields<N>) => { field: string; message: string }[];
  /** A record as a file row (its `id` column is the external id). */
  rowOf: (record: RecordOf<N>) => Record<string, unknown>;
}

interface Planned<N extends Target> {
  row: number;
  id: string;
  label: string;
  action: 'create' | 'update' | 'unchanged';
  fields: Fields<N>;
  existing: RecordOf<N> | undefined;
}

interface Analysis<N extends Target> {
  columns: string[];
  totalRows: number;
  plan: Planned<N>[];
  errors: RowError[];
  badRows: number[];
  rawIds: Map<number, string>;
}

function readFile(file: ImportFileInput, spec: { columns: readonly string[]; required: readonly string[] }) {
  try {
    return parseTable({
      format: file.format,
      ...(file.base64 !== undefined ? { bytes: base64ToBytes(file.base64) } : { text: file.text ?? '' }),
      maxBytes: MAX_IMPORT_BYTES,
      required: spec.required,
      allowed: spec.columns,
    });
  } catch (err) {
    if (err instanceof ImportFileError) {
      // The file as a whole is at fault; its error code and figures stay alongside for the screen.
      throw refuse('BAD_INPUT', { path: 'file', message: `${err.message} Nothing was imported.` }, { message: `${err.message} Nothing was imported.`, extra: { fileError: err.code, ...err.details } });
    }
    throw err;
  }
}

/** Rows with the same id in one file are ambiguous; the later ones are refused. */
export function duplicateIdCheck<T extends { id: string }>(): RowCheck<T> {
  const first = new Map<string, number>();
  return (value, row) => {
    const seen = first.get(value.id);
    if (seen !== undefined) return { field: 'id', message: `id: "${value.id}" is already used by row ${seen}` };
    first.set(value.id, row);
    return null;
  };
}

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return Object.keys(b).every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

function analyze<N extends Target, S extends z.ZodObject>(ctx: ServiceContext, spec: TableSpec<N, S>, file: ImportFileInput): Analysis<N> {
  const table = readFile(file, spec);
  const present = new Set(table.columns);
  const report = validateRows(table.rows, spec.rowSchema, { checks: [duplicateIdCheck() as RowCheck<z.output<S>>, ...spec.checks(ctx)] });
  const records = ctx.store.collections[spec.collection].all as readonly RecordOf<N>[];
  const byKey = new Map<string, RecordOf<N>>();
  for (const r of records) byKey.set(r.id, r);
  // An external id wins over a record id that happens to be equal.
  for (const r of records) if (r.externalId) byKey.set(r.externalId, r);
  const errors = [...report.errors];
  const plan: Planned<N>[] = [];
  for (const { row, value } of report.valid) {
    const id = (value as { id: string }).id;
    const existing = byKey.get(id);
    const fields = spec.fieldsOf(ctx, value, present, existing);
    const action = !existing ? 'create' : sameFields(existing as Record<string, unknown>, fields as Record<string, unknown>) ? 'unchanged' : 'update';
    const problems = action === 'unchanged' ? [] : (spec.changeChecks?.(fields) ?? []);
    if (problems.length > 0) errors.push(...problems.map((p) => ({ row, ...p })));
    else plan.push({ row, id, label: spec.label(value), action, fields, existing });
  }
  errors.sort((a, b) => a.row - b.row);
  const badRows = [...new Set(errors.map((e) => e.row))].sort((a, b) => a - b);
  const rawIds = new Map(table.rows.map((r, i) => [i + 1, typeof r.id === 'string' ? r.id : String(r.id ?? '')]));
  return { columns: table.columns, totalRows: table.rows.length, plan, errors, badRows, rawIds };
}

const PREVIEW_ROWS = 1_000;

export function previewImport<N extends Target, S extends z.ZodObject>(ctx: ServiceContext, spec: TableSpec<N, S>, file: ImportFileInput): TableImportPreview {
  const a = analyze(ctx, spec, file);
  const rows: TableImportPreview['rows'] = [
    ...a.plan.map((p) => ({ row: p.row, id: p.id, label: p.label, action: p.action })),
    ...a.badRows.map((row) => ({ row, id: a.rawIds.get(row) ?? '', label: '', action: 'error' as const })),
  ].sort((x, y) => x.row - y.row);
  const count = (action: string) => a.plan.filter((p) => p.action === action).length;
  return {
    columns: a.columns,
    totalRows: a.totalRows,
    rows: rows.slice(0, PREVIEW_ROWS),
    errors: a.errors,
    badRows: a.badRows,
    counts: { create: count('create'), update: count('update'), unchanged: count('unchanged'), error: a.badRows.length },
  };
}

/**
 * Writes the planned rows: new records in one insert, then each changed record through
 * updateRecord (versioned and audited). Nothing is written while any row is bad, unless the user
 * chose to leave the bad rows out. Re-running the same file finds every row unchanged.
 */
export async function commitImport<N extends Target, S extends z.ZodObject>(
  ctx: ServiceContext,
  spec: TableSpec<N, S>,
  file: ImportFileInput,
  excludeBadRows: boolean,
): Promise<TableImportResult> {
  const a = analyze(ctx, spec, file);
  if (a.badRows.length > 0 && !excludeBadRows) {
    const shown = a.errors.slice(0, 5).map((e) => `row ${e.row}, ${e.message}`);
    const more = a.errors.length > 5 ? ` (and ${a.errors.length - 5} more)` : '';
    throw refuse(
      'BAD_INPUT',
      // The summary first, then each bad cell under its row and column.
      [issue('', 'refusal-import-rows-refused', { bad: a.badRows.length, total: a.totalRows }), ...a.errors.map((e) => ({ path: `rows.${e.row}.${e.field}`, message: e.message }))],
      {
        message: `${a.badRows.length} of ${a.totalRows} rows have errors, so nothing was imported: ${shown.join('; ')}${more}. Fix the file, or choose to leave out the bad rows.`,
        extra: { badRows: a.badRows },
      },
    );
  }
  const now = ctx.now();
  const created = a.plan
    .filter((p) => p.action === 'create')
    .map((p) => ({ ...p.fields, id: newId(spec.idPrefix), createdAt: now, updatedAt: now, version: 1 }) as RecordOf<N>);
  const collection = ctx.store.collections[spec.collection] as unknown as { insert(r: RecordOf<N>[]): Promise<void> };
  if (created.length > 0) await collection.insert(created);
  for (const record of created) {
    await recordAudit(ctx, { entity: spec.collection, entityId: record.id, before: null, after: record });
  }
  let updated = 0;
  for (const p of a.plan) {
    if (p.action !== 'update' || !p.existing) continue;
    await updateRecord(ctx, spec.collection, p.existing.id, p.existing.version, (current) => ({ ...current, ...p.fields }) as RecordOf<N>);
    updated++;
  }
  return { created: created.length, updated, unchanged: a.plan.filter((p) => p.action === 'unchanged').length, excluded: a.badRows.length };
}

export function exportTable<N extends Target, S extends z.ZodObject>(
  ctx: ServiceContext,
  spec: TableSpec<N, S>,
  format: TableFormat,
  extraColumns: readonly string[],
  baseName: string,
) {
  const records = ctx.store.collections[spec.collection].all as readonly RecordOf<N>[];
  const columns = [...spec.columns, ...extraColumns];
  const rows = records.map((r) => ({ ...spec.rowOf(r), ...Object.fromEntries(extraColumns.map((c) => [c, (r as Record<string, unknown>)[c]])) }));
  const day = ctx.now().slice(0, 10);
  return {
    fileName: `${baseName}-${day}.${format}`,
    mimeType: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
    content: format === 'csv' ? toCsv(rows, columns) : toJson(rows, columns),
    count: rows.length,
  };
}
