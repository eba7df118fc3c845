import type { Adapter } from 'lowdb';
import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { writeFileAtomic } from './atomic-file';
import { WriteQueue } from './write-queue';

/**
 * A lowdb adapter that writes atomically with fsync through one serialized queue per file.
 * lowdb's own JSONFile renames but does not fsync, which can lose acknowledged writes on power loss.
 *
 * Beside each file it keeps the checksum of what it last wrote. On read, a matching checksum means
 * the content is exactly what this app wrote (and validated) itself, so the store may skip
 * re-validating a large file record by record; anything else — edited, damaged, restored from a
 * backup — is validated in full.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private latest: T | null = null;
  private readonly queue = new WriteQueue(() => this.flush());
  /** Whether the last read matched the checksum this app wrote. */
  lastReadWasOwnWrite = false;

  /**
   * @param fingerprint identifies the record shape the app validates against; when the model
   * changes (a new defaulted field, say) the checksum no longer matches and the next start
   * validates in full, filling in the new defaults.
   */
  constructor(
    readonly path: string,
    private readonly fingerprint = '',
  ) {}

  get checksumPath(): string {
    return `${this.path}.crc`;
  }

  private pending: Promise<[Buffer | null, string]> | null = null;

  /**
   * Starts reading the file from disk now; the next read() parses it. Opening the store prefetches
   * every file at once, so the disk works while the previous file is being parsed.
   */
  prefetch(): void {
    this.pending ??= Promise.all([
      readFile(this.path).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return null;
        throw err;
      }),
      readFile(this.checksumPath, 'utf8').catch(() => ''),
    ]);
    // A failure is reported by read(); do not let it surface as an unhandled rejection meanwhile.
    this.pending.catch(() => undefined);
  }

  async read(): Promise<T | null> {
    this.lastReadWasOwnWrite = false;
    this.prefetch();
    const [bytes, recorded] = await this.pending!;
    this.pending = null;
    if (bytes === null) return null;
    const value = JSON.parse(bytes.toString('utf8')) as T;
    this.lastReadWasOwnWrite = recorded.trim() === checksum(bytes, this.fingerprint);
    return value;
  }

  write(data: T): Promise<void> {
    this.latest = data;
    return this.queue.schedule();
  }

  idle(): Promise<void> {
    return this.queue.idle();
  }

  private async flush(): Promise<void> {
    if (this.latest === null) return;
    const bytes = Buffer.from(JSON.stringify(this.latest), 'utf8');
    await writeFileAtomic(this.path, bytes);
    // Written second: a crash in between leaves a stale checksum, which only costs a full validation.
    await writeFileAtomic(this.checksumPath, checksum(bytes, this.fingerprint));
  }
}

function checksum(bytes: Buffer, fingerprint: string): string {
  return `crc32:${crc32(bytes).toString(16)}:${bytes.length}:${fingerprint}`;
}
