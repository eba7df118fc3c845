import type { Adapter } from 'lowdb';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-file';
import { WriteQueue } from './write-queue';

/**
 * A lowdb adapter that writes atomically with fsync through one serialized queue per file.
 * lowdb's own JSONFile renames but does not fsync, which can lose acknowledged writes on power loss.
 * Reading returns the raw parsed JSON; the store validates and migrates it.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private latest: T | null = null;
  private readonly queue = new WriteQueue(() => this.flush());

  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return JSON.parse(text) as T;
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
    await writeFileAtomic(this.path, JSON.stringify(this.latest));
  }
}
