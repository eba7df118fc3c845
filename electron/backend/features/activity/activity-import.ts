import type { ActivityImportPreview, ActivityImportResult, ActivityImportRow, RowError } from '../../../../shared/api';
import { ApiError, refuse } from '../../../../shared/errors';
import { issue } from '../../../../shared/refusals';
import { ActivityType, FunctionalArea, type Activity, type Rep } from '../../../../shared/model/index';
import { recordAudit } from '../audit/audit';
import { isInTheFuture } from '../../../../shared/time/calendar';
import { newId, userZone, type ServiceContext } from '../../context';
import { applyReturnedRule } from '../reps/returned';
import { recomputeStatuses } from '../reps/status';

const MAX_ERRORS_KEPT = 1_000;
const SHOWN_ERRORS = 200;
/** Staged imports nobody finished are dropped after this long, so memory does not grow. */
const STALE_MS = 60 * 60 * 1000;

interface Staged {
  id: string;
  fileName: string;
  startedMs: number;
  total: number;
  rows: { line: number; repId: string; date: string; type: ActivityType; area: FunctionalArea | null; link: string; externalId: string | null }[];
  alreadyImported: number;
  errorCount: number;
  errors: RowError[];
  /** Keys of the rows staged so far, to catch the same activity twice in one file. */
  seen: Map<string, number>;
  lookups: Lookups;
}

interface Lookups {
  repByKey: Map<string, Rep>;
  existingExternal: Set<string>;
  existingNatural: Set<string>;
}

const staging = new Map<string, Staged>();

function naturalKey(repId: string, date: string, type: string, link: string): string {
  return `${repId}|${date}|${type}|${link}`;
}

function buildLookups(ctx: ServiceContext): Lookups {
  const repByKey = new Map<string, Rep>();
  for (const r of ctx.store.collections.reps.all) {
    repByKey.set(r.email.toLowerCase(), r);
    if (r.portalHandle) repByKey.set(r.portalHandle.toLowerCase(), r);
  }
  const existingExternal = new Set<string>();
  const existingNatural = new Set<string>();
  for (const a of ctx.store.collections.activities.all) {
    if (a.externalId) existingExternal.add(a.externalId);
    else existingNatural.add(naturalKey(a.repId, a.date, a.type, a.link));
  }
  return { repByKey, existingExternal, existingNatural };
}

/** Accepts 2025-09-02, 2025-09-02T10:00Z and the like; anything else is a bad date, never a guess. */
export function parseActivityDate(text: string): string | null {
  const t = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) return null;
  const iso = t.length === 10 ? `${t}T00:00:00.000Z` : t.replace(' ', 'T');
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`;
  const ms = Date.parse(withZone);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  // Date.parse rolls 2025-02-30 over to March; a calendar date that does not exist is an error.
  if (t.length === 10 && d.toISOString().slice(0, 10) !== t) return null;
  return d.toISOString();
}

function normalizeToken(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

function sweep(): void {
  // Staging is kept in memory for a while: a monotonic timer, not the backend's (business) clock.
  const cutoff = performance.now() - STALE_MS;
  for (const [id, s] of staging) if (s.startedMs < cutoff) staging.delete(id);
}

export function beginImport(ctx: ServiceContext, fileName: string): { importId: string } {
  sweep();
  const id = newId('imp');
  staging.set(id, { id, fileName, startedMs: performance.now(), total: 0, rows: [], alreadyImported: 0, errorCount: 0, errors: [], seen: new Map(), lookups: buildLookups(ctx) });
  return { importId: id };
}

function staged(importId: string): Staged {
  const s = staging.get(importId);
  if (!s) throw new ApiError('NOT_FOUND', `importId: no import "${importId}" is in progress (it may have been finished or discarded); start the import again.`);
  return s;
}

/** Validates one chunk of rows against the Reps and what is already stored, and stages the good ones. */
export function stageChunk(ctx: ServiceContext, importId: string, rows: readonly Required<ActivityImportRow>[]): { received: number; errorCount: number } {
  const s = staged(importId);
  const now = ctx.now();
  const zone = userZone(ctx);
  for (const row of rows) {
    s.total++;
    const errs: RowError[] = [];
    const err = (field: string, message: string) => errs.push({ line: row.line, field, message });
    const repKey = row.rep.trim().toLowerCase();
    const rep = repKey ? s.lookups.repByKey.get(repKey) : undefined;
    if (!repKey) err('rep', 'no Rep email or handle');
    else if (!rep) err('rep', `unknown Rep "${row.rep.trim()}"`);
    const date = parseActivityDate(row.date);
    if (!row.date.trim()) err('date', 'no date');
    else if (!date) err('date', `bad date "${row.date.trim()}" (use YYYY-MM-DD)`);
    // A bare day is a day on the importer's calendar: today there is not the future.
    else if (isInTheFuture(/^\d{4}-\d{2}-\d{2}$/.test(row.date.trim()) ? row.date.trim() : date, now, zone)) err('date', `future date ${row.date.trim()}`);
    const type = normalizeToken(row.type);
    if (!ActivityType.safeParse(type).success) err('type', `unknown activity type "${row.type.trim()}"`);
    const areaText = normalizeToken(row.area);
    if (areaText && !FunctionalArea.safeParse(areaText).success) err('area', `unknown functional area "${row.area.trim()}"`);
    const externalId = row.externalId.trim() || null;
    if (errs.length === 0 && rep && date) {
      const link = row.link.trim();
      const key = externalId ? `x|${externalId}` : naturalKey(rep.id, date, type, link);
      const first = s.seen.get(key);
      if (first !== undefined) err(externalId ? 'externalId' : 'rep', `duplicate of line ${first}`);
      else {
        s.seen.set(key, row.line);
        const known = externalId ? s.lookups.existingExternal.has(externalId) : s.lookups.existingNatural.has(key);
        if (known) s.alreadyImported++;
        else s.rows.push({ line: row.line, repId: rep.id, date, type: type as ActivityType, area: (areaText || null) as FunctionalArea | null, link, externalId });
      }
    }
    s.errorCount += errs.length;
    for (const e of errs) if (s.errors.length < MAX_ERRORS_KEPT) s.errors.push(e);
  }
  return { received: s.total, errorCount: s.errorCount };
}

export function previewImport(ctx: ServiceContext, importId: string): ActivityImportPreview {
  const s = staged(importId);
  const reps = ctx.store.collections.reps;
  return {
    importId,
    fileName: s.fileName,
    total: s.total,
    valid: s.rows.length,
    alreadyImported: s.alreadyImported,
    errorCount: s.errorCount,
    errors: [...s.errors].sort((a, b) => a.line - b.line).slice(0, SHOWN_ERRORS),
    repsAffected: new Set(s.rows.map((r) => r.repId)).size,
    sample: s.rows.slice(0, 10).map((r) => ({ line: r.line, repId: r.repId, repName: reps.get(r.repId)?.name ?? r.repId, date: r.date, type: r.type, area: r.area })),
  };
}

export function discardImport(importId: string): { ok: true } {
  staging.delete(importId);
  return { ok: true };
}

/**
 * Writes every staged row at once, or nothing when any row had an error. Afterwards only the Reps
 * whose last significant activity moved are re-classified.
 */
export async function commitImport(ctx: ServiceContext, importId: string): Promise<ActivityImportResult> {
  const s = staged(importId);
  if (s.errorCount > 0) {
    // The rows' own errors were shown by the preview; the refusal says how many there are.
    const bad = issue('importId', 'refusal-import-rows-bad', { file: s.fileName, count: s.errorCount });
    throw refuse('BAD_INPUT', bad, { message: bad.message, extra: { errorCount: s.errorCount } });
  }
  const now = ctx.now();
  const source = `import:${s.fileName}`.slice(0, 200);
  // Someone may have imported the same rows meanwhile: re-check against the store right before writing.
  const fresh = buildLookups(ctx);
  const records: Activity[] = [];
  let alreadyImported = s.alreadyImported;
  for (const r of s.rows) {
    const known = r.externalId ? fresh.existingExternal.has(r.externalId) : fresh.existingNatural.has(naturalKey(r.repId, r.date, r.type, r.link));
    if (known) {
      alreadyImported++;
      continue;
    }
    records.push({ id: newId('act'), createdAt: now, updatedAt: now, version: 1, repId: r.repId, date: r.date, type: r.type, area: r.area, link: r.link, source, externalId: r.externalId });
  }
  if (records.length) await ctx.store.collections.activities.insert(records);
  staging.delete(importId);
  // The health index follows the import once it commits; the statuses written now count the new activities already.
  const { index: health, changed: touched } = ctx.health.including(records);
  const occasion = { messageId: 'status-occasion-import', args: { file: s.fileName } } as const;
  const statusChanges = await recomputeStatuses({ ...ctx, health }, touched, occasion);
  // New significant activity after a completed engagement may mean the Rep has returned (Settings.returnedRule).
  statusChanges.push(...(await applyReturnedRule(ctx, touched, occasion)));
  // One audit entry per import: the file, the counts and the status changes it caused.
  await recordAudit(ctx, {
    entity: 'activities',
    entityId: importId,
    before: null,
    after: { fileName: s.fileName, imported: records.length, alreadyImported, repsReclassified: touched.size, statusChanges: statusChanges.length },
  });
  return { imported: records.length, alreadyImported, repsReclassified: touched.size, statusChanges };
}
