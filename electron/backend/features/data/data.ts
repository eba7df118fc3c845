import { ARCHIVE_FORMAT } from '../../../../shared/contract/data';
import { mayExportConfidential, redactCollectionsFor } from '../../../../shared/domain/confidential';
import { ApiError, refuse } from '../../../../shared/errors';
import { issue } from '../../../../shared/refusals';
import { createBackup, listBackups, readBackup, validateContents } from '../../store/backups';
import { COLLECTION_NAMES, SCHEMA_VERSION } from '../../store/schema';
import type { StoreContents } from '../../store/store';
import { recordAudit } from '../audit/audit';
import { readerOf, type ServiceContext } from '../../context';

export { listBackups };

export function makeBackup(ctx: ServiceContext) {
  return createBackup(ctx.store, 'manual', ctx.now());
}

/** Secrets such as an SMTP password are machine settings, never part of an archive. */
function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !/pass(word)?|secret|token/i.test(k)).map(([k, v]) => [k, withoutSecrets(v)]));
  }
  return value;
}

function countRecords(contents: StoreContents): number {
  return COLLECTION_NAMES.reduce((n, name) => n + contents.collections[name].length, 0);
}

/**
 * Replaces everything, after a safety backup; if writing fails half-way, the safety backup is put
 * back so the data is never left half old, half new.
 */
async function replaceWithSafetyNet(ctx: ServiceContext, contents: StoreContents, kind: 'before-import' | 'before-restore'): Promise<string> {
  const safety = await createBackup(ctx.store, kind, ctx.now());
  try {
    await ctx.store.replaceContents(contents);
  } catch (err) {
    await ctx.store.replaceContents(await readBackup(ctx.store, safety.id));
    throw new ApiError('INTERNAL', `Writing the data failed (${err instanceof Error ? err.message : String(err)}); nothing was changed.`);
  }
  return safety.id;
}

export async function restoreBackup(ctx: ServiceContext, id: string) {
  const known = (await listBackups(ctx.store)).some((b) => b.id === id);
  if (!known) throw new ApiError('NOT_FOUND', `No backup "${id}".`);
  let contents: StoreContents;
  try {
    contents = await readBackup(ctx.store, id);
  } catch (err) {
    throw refuse('BAD_INPUT', { path: '', message: `The backup ${id} cannot be restored: ${err instanceof Error ? err.message : String(err)}. Nothing was changed.` });
  }
  const safetyBackup = await replaceWithSafetyNet(ctx, contents, 'before-restore');
  await recordAudit(ctx, { entity: 'database', entityId: 'all', before: { safetyBackup }, after: { restoredFrom: id } });
  return { restored: id, safetyBackup };
}

export function exportArchive(ctx: ServiceContext, includeConfidential: boolean) {
  if (includeConfidential && !mayExportConfidential(readerOf(ctx))) {
    throw refuse('FORBIDDEN', issue('includeConfidential', 'refusal-archive-confidential-council-only'));
  }
  const { settings, collections } = ctx.store.contents();
  const shown = includeConfidential ? collections : redactCollectionsFor('export', collections);
  const archive = {
    format: ARCHIVE_FORMAT,
    formatVersion: 1,
    exportedAt: ctx.now(),
    appVersion: ctx.appVersion,
    includesConfidential: includeConfidential,
    settings: { schemaVersion: SCHEMA_VERSION, settings: withoutSecrets(settings) },
    collections: Object.fromEntries(COLLECTION_NAMES.map((name) => [name, { schemaVersion: SCHEMA_VERSION, records: shown[name] }])),
  };
  return {
    fileName: `rekindle-${ctx.now().slice(0, 10)}${includeConfidential ? '-with-confidential' : ''}.json`,
    content: JSON.stringify(archive),
    records: countRecords({ settings, collections }),
  };
}

/** All or nothing: the archive is fully validated before anything is replaced. */
export async function importArchive(ctx: ServiceContext, content: string) {
  let raw: { format?: unknown; includesConfidential?: unknown; settings?: unknown; collections?: Record<string, unknown> };
  try {
    raw = JSON.parse(content);
  } catch {
    throw refuse('BAD_INPUT', issue('', 'refusal-archive-not-json'));
  }
  if (!raw || typeof raw !== 'object' || raw.format !== ARCHIVE_FORMAT) {
    throw refuse('BAD_INPUT', issue('', 'refusal-archive-format'));
  }
  let contents: StoreContents;
  try {
    contents = validateContents(raw);
  } catch (err) {
    throw refuse('BAD_INPUT', { path: '', message: `The archive cannot be imported: ${err instanceof Error ? err.message : String(err)}. Nothing was changed.` });
  }
  // Machine settings that archives never carry (secrets) stay as they are on this machine.
  contents = { ...contents, settings: { ...ctx.store.settings, ...contents.settings, version: ctx.store.settings.version + 1, updatedAt: ctx.now() } };
  const safetyBackup = await replaceWithSafetyNet(ctx, contents, 'before-import');
  await recordAudit(ctx, { entity: 'database', entityId: 'all', before: { safetyBackup }, after: { imported: countRecords(contents) } });
  return { safetyBackup, records: countRecords(contents), includesConfidential: raw.includesConfidential === true };
}
