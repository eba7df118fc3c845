import type { z } from 'zod';
import type { CoachListQuery, CoachRow, EditableCoachFields } from '../../../../shared/api';
import { COACH_FILE_COLUMNS, COACH_REQUIRED_COLUMNS, CoachFileRow } from '../../../../shared/domain/catalog-files';
import { LOAD_STATUSES } from '../../../../shared/domain/task-rules';
import { refuse, type FieldIssue } from '../../../../shared/errors';
import { issue } from '../../../../shared/refusals';
import type { TableFormat } from '../../../../shared/import/index';
import type { Coach } from '../../../../shared/model/index';
import { compareText } from '../../../../shared/domain/ordering';
import type { ServiceContext } from '../../context';
import { createRecord, updateRecord } from '../../write-path/records';
import { commitImport, exportTable, previewImport, type ImportFileInput, type TableSpec } from '../../table-files';

type Fields = z.output<typeof EditableCoachFields>;

/** Engagements each coach is running or has been proposed for: what counts against capacity. */
export function coachLoads(ctx: ServiceContext): Map<string, number> {
  const loads = new Map<string, number>();
  for (const e of ctx.store.collections.engagements.all) {
    if ((LOAD_STATUSES as readonly string[]).includes(e.status)) loads.set(e.coachId, (loads.get(e.coachId) ?? 0) + 1);
  }
  return loads;
}

export function listCoaches(ctx: ServiceContext, q: CoachListQuery): { total: number; items: CoachRow[] } {
  const index = ctx.search.coaches.index;
  const loads = coachLoads(ctx);
  const loadOf = (c: Coach) => loads.get(c.id) ?? 0;
  const filter = (c: Coach) =>
    (q.includeInactive || c.active) &&
    (!q.area || c.areas.includes(q.area)) &&
    (!q.language || c.languages.includes(q.language)) &&
    (!q.hasRoom || loadOf(c) < c.capacity);
  const hits = index.search(q.search, { filter, limit: q.search.trim() ? 500 : Infinity });
  const rows: CoachRow[] = hits.map((h) => ({ coach: h.item, load: loadOf(h.item), highlights: h.matches.map((m) => ({ field: m.field, value: m.value, indices: m.indices })) }));
  const byName = (a: CoachRow, b: CoachRow) => compareText(a.coach.name, b.coach.name);
  const compare: Record<CoachListQuery['sort'], ((a: CoachRow, b: CoachRow) => number) | null> = {
    relevance: q.search.trim() ? null : byName,
    name: byName,
    load: (a, b) => b.load / Math.max(b.coach.capacity, 1) - a.load / Math.max(a.coach.capacity, 1) || byName(a, b),
    free: (a, b) => b.coach.capacity - b.load - (a.coach.capacity - a.load) || byName(a, b),
    updated: (a, b) => b.coach.updatedAt.localeCompare(a.coach.updatedAt) || byName(a, b),
  };
  const cmp = compare[q.sort];
  if (cmp) rows.sort(cmp);
  if (q.descending) rows.reverse();
  return { total: rows.length, items: rows.slice(q.offset, q.offset + q.limit) };
}

export function getCoach(ctx: ServiceContext, id: string): CoachRow {
  const coach = ctx.store.collections.coaches.require(id, 'coach');
  return { coach, load: coachLoads(ctx).get(id) ?? 0, highlights: [] };
}

function problemsOf(ctx: ServiceContext, fields: Pick<Fields, 'repId' | 'email'>, selfId: string | null): FieldIssue[] {
  const problems: FieldIssue[] = [];
  if (fields.repId && !ctx.store.collections.reps.get(fields.repId)) problems.push(issue('repId', 'refusal-coach-no-rep', { id: fields.repId }));
  const email = fields.email.toLowerCase();
  const clash = ctx.store.collections.coaches.all.find((c) => c.id !== selfId && c.email.toLowerCase() === email);
  if (clash) problems.push(issue('email', 'refusal-coach-email-taken', { email: fields.email, name: clash.name }));
  return problems;
}

function refuseIf(problems: FieldIssue[]): void {
  if (problems.length) throw refuse('BAD_INPUT', problems, { prefix: 'The coach cannot be saved' });
}

export async function createCoach(ctx: ServiceContext, fields: Fields): Promise<Coach> {
  refuseIf(problemsOf(ctx, fields, null));
  return await createRecord(ctx, 'coaches', 'coach', { ...fields, externalId: null });
}

export async function updateCoach(ctx: ServiceContext, id: string, expectedVersion: number, fields: Fields): Promise<Coach> {
  ctx.store.collections.coaches.require(id, 'coach');
  refuseIf(problemsOf(ctx, fields, id));
  return await updateRecord(ctx, 'coaches', id, expectedVersion, (c) => ({ ...c, ...fields }));
}

/** A deactivated coach keeps their history but is offered for no new engagement. */
export async function deactivateCoach(ctx: ServiceContext, id: string, expectedVersion: number): Promise<Coach> {
  return await updateRecord(ctx, 'coaches', id, expectedVersion, (c) => ({ ...c, active: false }));
}

const COACH_FIELDS_IN_FILE = COACH_FILE_COLUMNS.filter((c) => c !== 'id');

const coachSpec: TableSpec<'coaches', typeof CoachFileRow> = {
  collection: 'coaches',
  idPrefix: 'coach',
  columns: COACH_FILE_COLUMNS,
  required: COACH_REQUIRED_COLUMNS,
  rowSchema: CoachFileRow,
  label: (row) => row.name,
  checks: (ctx) => [
    (row) => (row.repId && !ctx.store.collections.reps.get(row.repId) ? { field: 'repId', message: `repId: no Rep with id "${row.repId}"` } : null),
  ],
  fieldsOf: (_ctx, row, present, existing) => {
    const { id, ...fromFile } = row;
    const base: Record<string, unknown> = existing ?? fromFile;
    const fields: Record<string, unknown> = {};
    for (const key of COACH_FIELDS_IN_FILE) fields[key] = present.has(key) ? fromFile[key] : base[key];
    fields.externalId = existing ? existing.externalId : id;
    return fields as Omit<Coach, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
  },
  rowOf: (coach) => ({ ...coach, id: coach.externalId ?? coach.id }),
};

export function previewCoachImport(ctx: ServiceContext, file: ImportFileInput) {
  return previewImport(ctx, coachSpec, file);
}

export function commitCoachImport(ctx: ServiceContext, file: ImportFileInput, excludeBadRows: boolean) {
  return commitImport(ctx, coachSpec, file, excludeBadRows);
}

export function exportCoaches(ctx: ServiceContext, format: TableFormat) {
  return exportTable(ctx, coachSpec, format, [], 'rekindle-coaches');
}
