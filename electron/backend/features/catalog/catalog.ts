import type { z } from 'zod';
import type { EditableTaskFields, TaskDetail, TaskListQuery, TaskRow, TaskStats } from '../../../../shared/api';
import { TASK_FILE_COLUMNS, TASK_NOTES_COLUMN, TASK_REQUIRED_COLUMNS, TaskFileRow } from '../../../../shared/domain/catalog-files';
import { publishProblems } from '../../../../shared/domain/task-rules';
import { refuse, type FieldIssue } from '../../../../shared/errors';
import { issue } from '../../../../shared/refusals';
import type { TableFormat } from '../../../../shared/import/index';
import type { Task } from '../../../../shared/model/index';
import type { SearchMatch } from '../../../../shared/search/fuzzy-index';
import { compareIso, compareText } from '../../../../shared/domain/ordering';
import type { ServiceContext } from '../../context';
import { createRecord, updateRecord } from '../../write-path/records';
import { commitImport, exportTable, previewImport, type ImportFileInput, type TableSpec } from '../../table-files';

type Fields = z.output<typeof EditableTaskFields>;

const EMPTY_STATS: TaskStats = {
  taken: 0,
  completed: 0,
  abandoned: 0,
  inProgress: 0,
  surveysAnswered: 0,
  avgGoodExperience: 0,
  avgCoachHelpful: 0,
  avgTaskFit: 0,
};

/** Per-task outcomes from the engagement and survey records; one pass over each. */
export function taskStats(ctx: ServiceContext): Map<string, TaskStats> {
  const { engagements, surveys } = ctx.store.collections;
  const stats = new Map<string, TaskStats>();
  const taskOf = new Map<string, string>();
  const sums = new Map<string, { good: number; helpful: number; fit: number; nGood: number; nHelpful: number; nFit: number }>();
  for (const e of engagements.all) {
    taskOf.set(e.id, e.taskId);
    // A proposal the Rep has not taken up yet is not a take.
    if (e.status === 'proposed') continue;
    const s = stats.get(e.taskId) ?? { ...EMPTY_STATS };
    s.taken++;
    if (e.status === 'completed') s.completed++;
    else if (e.status === 'abandoned') s.abandoned++;
    else s.inProgress++;
    stats.set(e.taskId, s);
  }
  for (const sv of surveys.all) {
    const taskId = taskOf.get(sv.engagementId);
    if (sv.status !== 'answered' || !taskId) continue;
    const sum = sums.get(taskId) ?? { good: 0, helpful: 0, fit: 0, nGood: 0, nHelpful: 0, nFit: 0 };
    if (sv.goodExperience !== null) (sum.good += sv.goodExperience), sum.nGood++;
    if (sv.coachHelpful !== null) (sum.helpful += sv.coachHelpful), sum.nHelpful++;
    if (sv.taskFit !== null) (sum.fit += sv.taskFit), sum.nFit++;
    sums.set(taskId, sum);
    const s = stats.get(taskId) ?? { ...EMPTY_STATS };
    s.surveysAnswered++;
    stats.set(taskId, s);
  }
  const avg = (total: number, n: number) => (n === 0 ? 0 : Math.round((total / n) * 100) / 100);
  for (const [taskId, sum] of sums) {
    const s = stats.get(taskId)!;
    s.avgGoodExperience = avg(sum.good, sum.nGood);
    s.avgCoachHelpful = avg(sum.helpful, sum.nHelpful);
    s.avgTaskFit = avg(sum.fit, sum.nFit);
  }
  return stats;
}

function highlights(matches: readonly SearchMatch[]): TaskRow['highlights'] {
  return matches.map((m) => ({ field: m.field, value: m.value, indices: m.indices }));
}

function withoutNotes(task: Task): TaskRow['task'] {
  const { notes: _notes, ...rest } = task;
  return rest;
}

const SEARCH_LIMIT = 500;

export function listTasks(ctx: ServiceContext, q: TaskListQuery): { total: number; items: TaskRow[] } {
  const index = ctx.search.tasks.index;
  const filter = (t: Task) =>
    (!q.area || t.area === q.area) &&
    (!q.language || t.languages.includes(q.language)) &&
    (q.maxEffort === undefined || (t.effortHours !== null && t.effortHours <= q.maxEffort)) &&
    (!q.interaction || t.interaction === q.interaction) &&
    (q.status.length === 0 || q.status.includes(t.status));
  const hits = index.search(q.search, { filter, limit: q.search.trim() ? SEARCH_LIMIT : Infinity });
  const stats = taskStats(ctx);
  const statsOf = (id: string) => stats.get(id) ?? EMPTY_STATS;
  const rows = hits.map((h) => ({ task: h.item, highlights: highlights(h.matches), stats: statsOf(h.item.id) }));
  const byTitle = (a: TaskRow, b: TaskRow) => compareText(a.task.title, b.task.title);
  const compare: Record<TaskListQuery['sort'], ((a: TaskRow, b: TaskRow) => number) | null> = {
    // fuse's order; without a query, alphabetical.
    relevance: q.search.trim() ? null : byTitle,
    title: byTitle,
    updated: (a, b) => compareIso(b.task.updatedAt, a.task.updatedAt) || byTitle(a, b),
    effort: (a, b) => (a.task.effortHours ?? Infinity) - (b.task.effortHours ?? Infinity) || byTitle(a, b),
    taken: (a, b) => b.stats.taken - a.stats.taken || byTitle(a, b),
  };
  const cmp = compare[q.sort];
  if (cmp) rows.sort(cmp);
  if (q.descending) rows.reverse();
  return {
    total: rows.length,
    items: rows.slice(q.offset, q.offset + q.limit).map((r) => ({ ...r, task: withoutNotes(r.task) })),
  };
}

export function getTask(ctx: ServiceContext, id: string): TaskDetail {
  const task = ctx.store.collections.tasks.require(id, 'task');
  const coaches = ctx.store.collections.coaches;
  return {
    task,
    stats: taskStats(ctx).get(id) ?? EMPTY_STATS,
    preferredCoaches: task.preferredCoachIds.map((cid) => ({ id: cid, name: coaches.get(cid)?.name ?? cid })),
  };
}

function fieldError(prefix: string, issues: FieldIssue[]) {
  return refuse('BAD_INPUT', issues, { prefix });
}

function checkCoaches(ctx: ServiceContext, ids: readonly string[]): FieldIssue[] {
  return ids
    .filter((id) => !ctx.store.collections.coaches.get(id))
    .map((id) => issue('preferredCoachIds', 'refusal-no-coach-id', { id }));
}

export async function createTask(ctx: ServiceContext, fields: Fields): Promise<Task> {
  const unknownCoaches = checkCoaches(ctx, fields.preferredCoachIds);
  if (unknownCoaches.length) throw fieldError('The task cannot be saved', unknownCoaches);
  const author = fields.author || ctx.store.settings.currentUser.name;
  return await createRecord(ctx, 'tasks', 'task', { ...fields, author, status: 'draft', externalId: null });
}

export async function updateTask(ctx: ServiceContext, id: string, expectedVersion: number, fields: Fields): Promise<Task> {
  const current = ctx.store.collections.tasks.require(id, 'task');
  const problems = [...checkCoaches(ctx, fields.preferredCoachIds), ...(current.status === 'published' ? publishProblems(fields) : [])];
  if (problems.length) throw fieldError('The task cannot be saved', problems);
  return await updateRecord(ctx, 'tasks', id, expectedVersion, (t) => ({ ...t, ...fields }));
}

/** A new draft with the same content, to adapt into a new task. */
export async function duplicateTask(ctx: ServiceContext, id: string): Promise<Task> {
  const source = ctx.store.collections.tasks.require(id, 'task');
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...fields } = source;
  return createRecord(ctx, 'tasks', 'task', {
    ...fields,
    title: `${source.title} (copy)`.slice(0, 200),
    status: 'draft',
    externalId: null,
    author: ctx.store.settings.currentUser.name,
  });
}

export async function publishTask(ctx: ServiceContext, id: string, expectedVersion: number): Promise<Task> {
  const task = ctx.store.collections.tasks.require(id, 'task');
  const problems = publishProblems(task);
  if (problems.length) throw fieldError(`"${task.title}" cannot be published yet`, problems);
  return await updateRecord(ctx, 'tasks', id, expectedVersion, (t) => ({ ...t, status: 'published' }));
}

export async function retireTask(ctx: ServiceContext, id: string, expectedVersion: number): Promise<Task> {
  return await updateRecord(ctx, 'tasks', id, expectedVersion, (t) => ({ ...t, status: 'retired' }));
}

const TASK_FIELDS_IN_FILE = TASK_FILE_COLUMNS.filter((c) => c !== 'id');

const taskSpec: TableSpec<'tasks', typeof TaskFileRow> = {
  collection: 'tasks',
  idPrefix: 'task',
  columns: [...TASK_FILE_COLUMNS, TASK_NOTES_COLUMN],
  required: TASK_REQUIRED_COLUMNS,
  rowSchema: TaskFileRow,
  label: (row) => row.title,
  checks: (ctx) => [
    (row) => checkCoaches(ctx, row.preferredCoachIds).map((p) => ({ field: p.path, message: `${p.path}: ${p.message}` })),
  ],
  changeChecks: (fields) => (fields.status === 'published' ? publishProblems(fields).map((p) => ({ field: p.path, message: `${p.path}: ${p.message}` })) : []),
  fieldsOf: (ctx, row, present, existing) => {
    const { id, ...fromFile } = row;
    const base = existing ?? { ...fromFile, externalId: id, author: fromFile.author || ctx.store.settings.currentUser.name };
    const fields: Record<string, unknown> = {};
    for (const key of [...TASK_FIELDS_IN_FILE, TASK_NOTES_COLUMN] as const) {
      fields[key] = present.has(key) ? fromFile[key] : (base as Record<string, unknown>)[key];
    }
    fields.externalId = existing ? existing.externalId : id;
    return fields as Omit<Task, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
  },
  rowOf: (task) => ({ ...task, id: task.externalId ?? task.id }),
};

export function previewTaskImport(ctx: ServiceContext, file: ImportFileInput) {
  return previewImport(ctx, taskSpec, file);
}

export function commitTaskImport(ctx: ServiceContext, file: ImportFileInput, excludeBadRows: boolean) {
  return commitImport(ctx, taskSpec, file, excludeBadRows);
}

export function exportTasks(ctx: ServiceContext, format: TableFormat, includeNotes: boolean) {
  const spec = { ...taskSpec, columns: TASK_FILE_COLUMNS };
  return exportTable(ctx, spec, format, includeNotes ? [TASK_NOTES_COLUMN] : [], 'rekindle-catalog');
}
