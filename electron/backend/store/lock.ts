import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, open, readFile, rename, rm } from 'node:fs/promises';
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

/** What a lock file says: who holds it, since when that process runs, and a nonce naming this very file. */
interface Holder {
  pid: number;
  /** The process's start time as the system counts it; null where the system does not tell. */
  started: string | null;
  nonce: string;
}

/**
 * When a process started, from /proc on Linux (clock ticks since boot). A PID is reused once its
 * process is gone, so "PID alive" alone would take a dead holder for a live one; the start time
 * tells them apart. Elsewhere this is null and the PID check stands alone.
 */
export function processStarted(pid: number | 'self'): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; fields after the last ')' are fixed.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseHolder(text: string): Holder | null {
  try {
    const raw = JSON.parse(text) as Partial<Holder> | number;
    // Releases before this one wrote the bare PID.
    if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 ? { pid: raw, started: null, nonce: '' } : null;
    if (!raw || !Number.isInteger(raw.pid) || (raw.pid as number) <= 0) return null;
    return { pid: raw.pid as number, started: typeof raw.started === 'string' ? raw.started : null, nonce: String(raw.nonce ?? '') };
  } catch {
    return null;
  }
}

function holds(holder: Holder): boolean {
  if (!isAlive(holder.pid)) return false;
  if (holder.started === null) return true;
  const now = processStarted(holder.pid);
  // Alive but started at another time: the PID was given to a new process.
  return now === null || now === holder.started;
}

async function readText(path: string): Promise<string | null> {
  return readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
}

/**
 * One process per data folder: two writers would each keep their own copy in memory and
 * overwrite the other's changes. Taking the lock is one atomic step, so two processes starting
 * together can never both hold it:
 *
 * - The lock's content is written to a private file first and then hard-linked into place;
 *   `link` fails if the lock exists, so nobody ever sees a half-written lock.
 * - A stale lock (its process is gone, or its PID now belongs to a process started later) is
 *   renamed away — atomic too, so only one process gets it — and checked: if what was moved is not
 *   the stale lock that was judged (another process took over in between; the nonce tells), it
 *   is put back and the attempt starts over.
 *
 * Re-entrant within one process (tests reopen a folder without closing it, as after a crash).
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, started: processStarted('self'), nonce: randomBytes(8).toString('hex') };
  const mine = `${path}.${me.nonce}.new`;
  const fh = await open(mine, 'wx', 0o600);
  try {
    await fh.writeFile(JSON.stringify(me));
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        await link(mine, path);
        return () => rm(path, { force: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const text = await readText(path);
      if (text === null) continue; // Released or moved between our two steps: try again.
      const holder = parseHolder(text);
      if (holder && holder.pid === process.pid) return async () => undefined;
      if (holder && holds(holder)) throw new DataDirLockedError(dataDir, holder.pid);
      await takeAway(path, text);
    }
    throw new Error(`Could not lock the data folder ${dataDir}: other processes kept taking it over.`);
  } finally {
    await rm(mine, { force: true });
  }
}

/** Moves the stale lock whose content is `stale` out of the way; puts back anything else it moved. */
async function takeAway(path: string, stale: string): Promise<void> {
  const aside = `${path}.${randomBytes(8).toString('hex')}.stale`;
  try {
    await rename(path, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // Someone else moved it first.
    throw err;
  }
  const moved = await readText(aside);
  if (moved === stale) {
    await rm(aside, { force: true });
    return;
  }
  // It was a fresh lock, taken over by another process after we read the stale one: restore it.
  try {
    await link(aside, path);
  } finally {
    await rm(aside, { force: true });
  }
}
