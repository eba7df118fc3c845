import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChangeNotice } from '../../../shared/contract/system';
import type { ChangeEvent, Transaction } from '../store/transaction';

export type { ChangeEvent } from '../store/transaction';

/** What the queue needs of the store: a transaction per unit of work, and a moment to compact. */
export interface TransactionSource {
  begin(method: string): Transaction;
  /** Runs between units of work, when memory holds only committed changes. */
  maintain(): Promise<void>;
}

interface Work {
  method: string;
  tx: Transaction;
}

/**
 * The one write path. Every change — an API call, the reminder outbox, start-up housekeeping, an
 * import, a restore — runs as a unit of work in one queue, one at a time, so a change is validated
 * and written before the next one looks at the data. Each unit of work has a transaction
 * (`currentTransaction()`): what the job writes is staged there and committed as one durable step
 * when the job returns, or rolled back when it throws. A write made outside a unit of work is
 * refused, so no timer or background job can slip past the queue. Change events go to every
 * subscriber (derived indexes, open screens, and later sync) once the unit of work has committed.
 */
export class UnitOfWorkQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly work = new AsyncLocalStorage<Work>();
  private readonly listeners = new Set<(events: readonly ChangeEvent[]) => void>();

  constructor(
    private readonly store: TransactionSource,
    private readonly onBackgroundError: (err: unknown) => void = (err) => console.error('[rekindle] compacting the journal failed:', err),
  ) {}

  /**
   * Runs `job` as a unit of work named `method`, after every one queued before it. Called from
   * inside a unit of work it joins that one: waiting for the queue there would wait for itself.
   * Work that a unit of work started but that outlived it (a delivery it kicked off) queues anew.
   */
  run<T>(method: string, job: () => Promise<T> | T): Promise<T> {
    if (this.work.getStore()?.tx.isOpen) return Promise.resolve().then(job);
    const result = this.tail.then(() => {
      const work: Work = { method, tx: this.store.begin(method) };
      return this.work.run(work, async () => {
        let value: T;
        try {
          value = await job();
        } catch (err) {
          work.tx.rollback();
          throw err;
        }
        await work.tx.commit();
        this.emit(work.tx.events);
        return value;
      });
    });
    // The next unit of work waits for the compaction, so snapshots never hold uncommitted changes.
    this.tail = result
      .catch(() => undefined)
      .then(() => this.store.maintain())
      .catch(this.onBackgroundError);
    return result;
  }

  /**
   * Runs `fn` as if outside every unit of work: what it starts (a replication's callbacks, a
   * background loop) queues its own units of work instead of joining the one that started it.
   */
  outside<T>(fn: () => T): T {
    return this.work.exit(fn);
  }

  /** The transaction of the unit of work running here, or null outside one. */
  current(): Transaction | null {
    return this.work.getStore()?.tx ?? null;
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
