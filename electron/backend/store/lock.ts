import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`Rekindle is already running with the data folder ${dataDir} (process ${pid}). Close it first, or use another --data-dir.`);
    this.name = 'DataDirLockedError';
  }
}

const LOCK_FILE = 'rekindle.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process per data folder: two writers would each keep their own copy in memory and
 * overwrite the other's changes. A lock left by a process that died is taken over.
 * Re-entrant within one process (tests reopen a folder without closing it, as after a crash).
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fh = await open(path, 'wx', 0o600);
      await fh.writeFile(String(process.pid));
      await fh.close();
      return () => rm(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    if (holder === process.pid) return async () => undefined;
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
    await rm(path, { force: true });
  }
  throw new Error(`Could not lock the data folder ${dataDir}.`);
}
