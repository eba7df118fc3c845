import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChangeNotice } from '../../shared/contract/system';

/**
 * One change to one record, as the store made it: derived state in the backend listens to these.
 * `id` is '*' when a whole collection was replaced (a restore, a status recomputation).
 */
export interface ChangeEvent {
  collection: string;
  id: string;
  before: unknown;
  after: unknown;
  by: string;
  at: string;
  method: string;
}

interface Work {
  method: string;
  events: ChangeEvent[];
}

export interface UnitOfWorkOptions {
  /** Who is making changes now (the current user), recorded on each event. */
  actor: () => string;
  now: () => string;
}

/**
 * The one write path. Every change — an API call, the reminder outbox, start-up housekeeping, an
 * import, a restore — runs as a unit of work in one queue, one at a time, so a change is validated
 * and written before the next one looks at the data. The store reports each write here; a write
 * made outside a unit of work is refused, so no timer or background job can slip past the queue.
 * When a unit of work ends, its change events go to every subscriber (derived indexes, open screens,
 * and later sync) — also when it failed part-way, since what was written is written.
 */
export class UnitOfWorkQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly current = new AsyncLocalStorage<Work>();
  private readonly listeners = new Set<(events: readonly ChangeEvent[]) => void>();

  constructor(private readonly opts: UnitOfWorkOptions) {}

  /**
   * Runs `job` as a unit of work named `method`, after every one queued before it. Called from
   * inside a unit of work it joins that one: waiting for the queue there would wait for itself.
   */
  run<T>(method: string, job: () => Promise<T> | T): Promise<T> {
    if (this.current.getStore()) return Promise.resolve().then(job);
    const result = this.tail.then(() => {
      const work: Work = { method, events: [] };
      return this.current.run(work, async () => {
        try {
          return await job();
        } finally {
          this.emit(work.events);
        }
      });
    });
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** The store asks before it writes: outside a unit of work this throws and nothing is written. */
  assertWriting(collection: string): void {
    if (!this.current.getStore()) {
      throw new Error(`A write to ${collection} was attempted outside a unit of work; every change must run through the write queue.`);
    }
  }

  /** The store reports each write once it is on disk. */
  recorded(collection: string, id: string, before: unknown, after: unknown): void {
    const work = this.current.getStore();
    if (!work) return;
    work.events.push({ collection, id, before, after, by: this.opts.actor(), at: this.opts.now(), method: work.method });
  }

  subscribe(listener: (events: readonly ChangeEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(events: readonly ChangeEvent[]): void {
    if (events.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(events);
      } catch {
        // A listener's failure is its own; the change is committed and the others still hear of it.
      }
    }
  }
}

/** What a screen may know of a change: which record, how and by whom; no values (they may be confidential). */
export function noticeOf(seq: number, e: ChangeEvent): ChangeNotice {
  return { seq, collection: e.collection, id: e.id, method: e.method, by: e.by, at: e.at };
}
