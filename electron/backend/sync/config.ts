import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Role } from '../../../shared/model';
import { writeFileAtomic } from '../store/atomic-file';

/**
 * Which community this machine belongs to, in `<dataDir>/sync.json`: the server's address, the
 * database and the account name. Never the password: that is held in memory (and, in the desktop
 * build, in the system's keychain through safeStorage), so it is not in backups or archives.
 */
export const SyncConfig = z.object({
  server: z.string(),
  db: z.string(),
  name: z.string(),
  /** The roles the server gave at the last sign-in, so a restart knows whether the confidential replica is this machine's. */
  roles: z.array(Role),
});
export type SyncConfig = z.infer<typeof SyncConfig>;

export const SYNC_FILE = 'sync.json';
/** The local replicas (PouchDB on LevelDB), one folder per database. */
export const REPLICA_DIR = 'sync';

export async function readSyncConfig(dataDir: string): Promise<SyncConfig | null> {
  try {
    const parsed = SyncConfig.safeParse(JSON.parse(await readFile(join(dataDir, SYNC_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeSyncConfig(dataDir: string, config: SyncConfig): Promise<void> {
  await writeFileAtomic(join(dataDir, SYNC_FILE), `${JSON.stringify(config, null, 2)}\n`);
}

export async function removeSyncConfig(dataDir: string): Promise<void> {
  await rm(join(dataDir, SYNC_FILE), { force: true });
}
