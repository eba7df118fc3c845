import type { Changes, ChangeNotice } from '../../../shared/contract/system';
import { noticeOf, type UnitOfWorkQueue } from './unit-of-work';

/**
 * The recent changes, numbered, for screens to follow by long polling (`system.changes`): the
 * same call over IPC and over the HTTP bridge, so it keeps the bridge's token and Origin checks.
 * A screen that fell too far behind, or that saw a backend from before a restart, is told to
 * reload everything instead of being handed a partial list.
 */
export class ChangeFeed {
  private seq = 0;
  private readonly recent: ChangeNotice[] = [];
  private readonly waiters = new Set<() => void>();
  private closed = false;

  constructor(
    writes: UnitOfWorkQueue,
    private readonly keep = 2_000,
  ) {
    writes.subscribe((events) => {
      for (const e of events) this.recent.push(noticeOf(++this.seq, e));
      this.trimAndWake();
    });
  }

  /**
   * A notice about something screens follow that is not a record of the store: the sync status
   * (collection 'sync', id 'status'), which changes without a unit of work (the server went away,
   * a replication caught up). Derived state does not hear of it; only screens do.
   */
  announce(notice: Omit<ChangeNotice, 'seq'>): void {
    this.recent.push({ ...notice, seq: ++this.seq });
    this.trimAndWake();
  }

  private trimAndWake(): void {
    if (this.recent.length > this.keep) this.recent.splice(0, this.recent.length - this.keep);
    this.wake();
  }

  async changesAfter(after: number, waitMs: number): Promise<Changes> {
    if (after > this.seq) return { seq: this.seq, changes: [], reset: true };
    if (after === this.seq && waitMs > 0 && !this.closed) await this.waitForChange(waitMs);
    const oldest = this.recent[0]?.seq ?? this.seq + 1;
    if (after < this.seq && after + 1 < oldest) return { seq: this.seq, changes: [], reset: true };
    return { seq: this.seq, changes: this.recent.filter((c) => c.seq > after), reset: false };
  }

  /** Answers every waiting screen now (the backend is closing). */
  close(): void {
    this.closed = true;
    this.wake();
  }

  private waitForChange(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref?.();
      this.waiters.add(done);
    });
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }
}
