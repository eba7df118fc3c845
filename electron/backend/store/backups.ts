import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describeIssues, issuesToMessage } from '../../../shared/errors';
import { DurableJsonFile } from './durable-json-file';
import { applyJournal, readJournals } from './journal';
import { COLLECTION_NAMES, COLLECTIONS, SettingsDoc, migrate, type CollectionName } from './schema';
import type { Store, StoreContents } from './store';

export type BackupKind = 'daily' | 'manual' | 'before-import' | 'before-restore' | 'before-migration';
export interface BackupInfo {
  id: string;
  kind: BackupKind;
  /** When it was taken (a daily backup only knows its day). */
  at: string;
  files: number;
}

/**
 * How many backups of each labelled kind are kept. Per kind, so a run of manual backups never
 * deletes the copy taken before a migration or an import.
 */
const KEEP_PER_KIND = 20;

function backupsDir(store: Store): string {
  return join(store.dataDir, 'backups');
}

/**
 * Daily backups are named YYYY-MM-DD; the others YYYY-MM-DDTHH-MM-SS[.N]-<kind>, where N counts
 * the backups taken in the same second.
 */
function parseId(id: string): { kind: BackupKind; at: string; seq: number } | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(id)) return { kind: 'daily', at: `${id}T00:00:00.000Z`, seq: 0 };
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:\.(\d+))?-(manual|before-import|before-restore|before-migration)$/.exec(id);
  return m ? { kind: m[6] as BackupKind, at: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.000Z`, seq: Number(m[5] ?? 1) } : null;
}

export async function listBackups(store: Store): Promise<BackupInfo[]> {
  const entries = await readdir(backupsDir(store)).catch(() => [] as string[]);
  const found: { info: BackupInfo; seq: number }[] = [];
  for (const id of entries) {
    const parsed = parseId(id);
    if (!parsed) continue;
    const files = (await readdir(join(backupsDir(store), id)).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).length;
    found.push({ info: { id, kind: parsed.kind, at: parsed.at, files }, seq: parsed.seq });
  }
  // Newest first; backups of one second by their number.
  found.sort((a, b) => b.info.at.localeCompare(a.info.at) || b.seq - a.seq || b.info.id.localeCompare(a.info.id));
  return found.map((f) => f.info);
}

/**
 * Creates the folder of a new labelled backup and returns its id, e.g.
 * 2026-11-28T10-00-00-manual. Each backup gets its own folder: a second one in the same second
 * is numbered (.2, .3, …), never written over the first, since both may hold
 * different states (two imports in a row).
 */
export async function claimBackupDir(root: string, kind: Exclude<BackupKind, 'daily'>, now: string): Promise<string> {
  await mkdir(root, { recursive: true });
  const stamp = now.slice(0, 19).replace(/:/g, '-');
  for (let n = 1; ; n++) {
    const id = `${stamp}${n === 1 ? '' : `.${n}`}-${kind}`;
    try {
      await mkdir(join(root, id));
      return id;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/** Copies every file now, e.g. before an import or a restore, so that step can be undone. */
export async function createBackup(store: Store, kind: Exclude<BackupKind, 'daily'>, now: string): Promise<BackupInfo> {
  await store.flush();
  const id = await claimBackupDir(backupsDir(store), kind, now);
  await store.backupTo(join(backupsDir(store), id));
  const sameKind = (await listBackups(store)).filter((b) => b.kind === kind);
  for (const old of sameKind.slice(KEEP_PER_KIND)) await rm(join(backupsDir(store), old.id), { recursive: true, force: true });
  return { id, kind, at: parseId(id)!.at, files: COLLECTION_NAMES.length + 1 };
}

/**
 * Validates whole-database contents from a backup folder or an archive: every collection and the
 * settings must match their schemas (after migration), or nothing is accepted. The message names
 * the collection and the record.
 */
export function validateContents(raw: { settings?: unknown; collections?: Record<string, unknown> }): StoreContents {
  if (!raw.settings || typeof raw.settings !== 'object') throw new Error('there are no settings');
  const settingsDoc = migrate('settings', raw.settings as Record<string, unknown>);
  const settings = SettingsDoc.safeParse(settingsDoc.doc);
  if (!settings.success) throw new Error(issuesToMessage('the settings do not match the schema', describeIssues(settings.error.issues)));
  const collections = {} as StoreContents['collections'];
  for (const name of COLLECTION_NAMES) {
    const doc = raw.collections?.[name] ?? { schemaVersion: 1, records: [] };
    const migrated = migrate(name, doc as Record<string, unknown>).doc as { records?: unknown };
    if (!Array.isArray(migrated.records)) throw new Error(`${name} has no "records" list`);
    const schema = COLLECTIONS[name as CollectionName];
    (collections as Record<string, unknown[]>)[name] = migrated.records.map((record, i) => {
      const parsed = schema.safeParse(record);
      if (!parsed.success) throw new Error(issuesToMessage(`${name} record ${i + 1} does not match the schema`, describeIssues(parsed.error.issues)));
      return parsed.data;
    });
  }
  return { settings: settings.data.settings, collections };
}

/** Reads one backup folder as whole-database contents. */
export async function readBackup(store: Store, id: string): Promise<StoreContents> {
  if (!parseId(id)) throw new Error(`"${id}" is not a backup.`);
  const dir = join(backupsDir(store), id);
  const read = async (file: string) => new DurableJsonFile<unknown>(join(dir, `${file}.json`)).read();
  const settings = await read('settings');
  if (settings === null) throw new Error(`the backup ${id} has no settings.json`);
  const collections: Record<string, unknown> = {};
  for (const name of COLLECTION_NAMES) {
    const doc = (await read(name)) as { journalGen?: number; records?: unknown } | null;
    // A before-migration backup is a copy of the folder as it was, uncompacted journals included.
    if (doc && Array.isArray(doc.records)) {
      const { entries } = await readJournals(dir, name, doc.journalGen ?? 0, withId);
      applyJournal(doc.records as { id: string }[], entries);
    }
    collections[name] = doc ?? undefined;
  }
  return validateContents({ settings, collections });
}

/** Journal records in a backup are validated with the rest of it; here they only need an id. */
function withId(record: unknown): { id: string } {
  if (typeof (record as { id?: unknown } | null)?.id !== 'string') throw new Error('a journal record has no id');
  return record as { id: string };
}
