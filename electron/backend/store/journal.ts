import { open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

/** A line of the per-collection journals that folders written before the store-wide one still have. */
export type JournalEntry<T> = { op: 'put'; record: T } | { op: 'del'; id: string };

/**
 * An append-only log of fsynced lines beside the lowdb snapshots. A one-field edit to one Rep
 * appends one line instead of rewriting a multi-megabyte file; the store folds the log into new
 * snapshots now and then (compaction).
 *
 * Logs are numbered by generation: each snapshot records the generation it continues from, so a
 * crash at any point of a compaction replays exactly the lines the snapshot lacks.
 */
export class Journal<L> {
  private handle: FileHandle | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  /** Entries and bytes in the current generation, to decide when to compact. */
  entries = 0;
  bytes = 0;

  constructor(
    private readonly dir: string,
    private readonly name: string,
    private gen: number,
  ) {}

  get generation(): number {
    return this.gen;
  }

  private file(gen: number): string {
    return join(this.dir, `${this.name}.journal-${gen}.ndjson`);
  }

  /** Appends lines and resolves once they are on disk; appends never interleave. */
  append(entries: L[]): Promise<void> {
    const text = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
    return this.enqueue(async () => {
      if (!this.handle) {
        this.handle = await open(this.file(this.gen), 'a', 0o600);
        await syncDir(this.dir);
      }
      await this.handle.write(text);
      await this.handle.datasync();
      this.entries += entries.length;
      this.bytes += Buffer.byteLength(text);
    });
  }

  /** Starts a new generation; later appends go there. Resolves with the new generation. */
  rotate(): Promise<number> {
    return this.enqueue(async () => {
      await this.closeHandle();
      this.gen += 1;
      this.entries = 0;
      this.bytes = 0;
      return this.gen;
    });
  }

  /** Deletes the logs that a snapshot at generation `gen` already contains. */
  removeBefore(gen: number): Promise<void> {
    return this.enqueue(async () => {
      for (const { gen: g, path } of await listJournals(this.dir, this.name)) if (g < gen) await rm(path, { force: true });
    });
  }

  async close(): Promise<void> {
    await this.enqueue(() => this.closeHandle());
  }

  private async closeHandle(): Promise<void> {
    const h = this.handle;
    this.handle = null;
    await h?.close();
  }

  private enqueue<R>(job: () => Promise<R>): Promise<R> {
    const run = this.chain.catch(() => undefined).then(job);
    this.chain = run;
    return run;
  }
}

export async function listJournals(dir: string, name: string): Promise<{ gen: number; path: string }[]> {
  const prefix = `${name}.journal-`;
  const files = await readdir(dir).catch(() => [] as string[]);
  return files
    .filter((f) => f.startsWith(prefix) && f.endsWith('.ndjson'))
    .map((f) => ({ gen: Number(f.slice(prefix.length, -'.ndjson'.length)), path: join(dir, f) }))
    .filter((j) => Number.isInteger(j.gen))
    .sort((a, b) => a.gen - b.gen);
}

export interface LogLines<L> {
  lines: { gen: number; value: L }[];
  /** Logs with a line, other than a torn last one, that could not be read. */
  damaged: { path: string; line: number; reason: string }[];
}

/**
 * Reads the logs from generation `fromGen` on, each line through `parseLine`. A torn final line
 * is what a crash mid-append leaves; that append was never acknowledged, so it is dropped quietly.
 * Anything else unreadable stops the replay of that log and is reported; the snapshots are then
 * rewritten without it.
 */
export async function readLog<L>(dir: string, name: string, fromGen: number, parseLine: (raw: unknown) => L): Promise<LogLines<L>> {
  const out: LogLines<L> = { lines: [], damaged: [] };
  for (const { gen, path } of await listJournals(dir, name)) {
    if (gen < fromGen) continue;
    const lines = (await readFile(path, 'utf8')).split('\n');
    const complete = lines.at(-1) === '' ? lines.slice(0, -1) : lines;
    for (let i = 0; i < complete.length; i++) {
      const isTornTail = i === complete.length - 1 && lines.at(-1) !== '';
      try {
        out.lines.push({ gen, value: parseLine(JSON.parse(complete[i]!)) });
      } catch (err) {
        if (!isTornTail) out.damaged.push({ path, line: i + 1, reason: err instanceof Error ? err.message : String(err) });
        // The rest of this log cannot be trusted; newer logs are whole lines and still apply.
        break;
      }
    }
  }
  return out;
}

export interface ReplayResult {
  entries: JournalEntry<unknown>[];
  damaged: LogLines<unknown>['damaged'];
}

/** Reads an old per-collection journal (see readLog), each record through `parseRecord`. */
export async function readJournals(dir: string, name: string, fromGen: number, parseRecord: (record: unknown) => { id: string }): Promise<ReplayResult> {
  const { lines, damaged } = await readLog(dir, name, fromGen, (raw): JournalEntry<unknown> => {
    const entry = raw as { op?: unknown; id?: unknown; record?: unknown } | null;
    if (entry?.op === 'del' && typeof entry.id === 'string') return { op: 'del', id: entry.id };
    if (entry?.op === 'put') return { op: 'put', record: parseRecord(entry.record) };
    throw new Error('not a journal entry');
  });
  return { entries: lines.map((l) => l.value), damaged };
}

/** Applies journal entries to a snapshot's records in place: a put replaces or appends, a del removes. */
export function applyJournal(records: { id: string }[], entries: readonly JournalEntry<unknown>[]): void {
  if (entries.length === 0) return;
  // Indexing 200,000 activities is not free, so only when there is something to apply.
  const index = new Map(records.map((r, i) => [r.id, i]));
  for (const e of entries) {
    const id = e.op === 'put' ? (e.record as { id: string }).id : e.id;
    const at = index.get(id);
    if (e.op === 'put' && at !== undefined) records[at] = e.record as { id: string };
    else if (e.op === 'put') index.set(id, records.push(e.record as { id: string }) - 1);
    else if (at !== undefined) {
      records.splice(at, 1);
      records.forEach((r, i) => index.set(r.id, i));
      index.delete(id);
    }
  }
}

async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const h = await open(dir, 'r');
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}
