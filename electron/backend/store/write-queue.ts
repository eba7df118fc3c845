/**
 * One serialized writer per file. Writes never overlap, and calls that arrive while a write is
 * running share the next one: it serializes whatever the data is when it starts, so a burst of
 * small changes costs two file writes, not one per change.
 */
export class WriteQueue {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(private readonly flush: () => Promise<void>) {}

  schedule(): Promise<void> {
    if (this.next) return this.next;
    const previous = this.running ?? Promise.resolve();
    const job = previous
      .catch(() => undefined)
      .then(() => {
        // From here on, new calls must queue behind this write rather than join it.
        this.next = null;
        this.running = job;
        return this.flush();
      })
      .finally(() => {
        if (this.running === job) this.running = null;
      });
    this.next = job;
    return job;
  }

  /** Resolves when every scheduled write has finished (successfully or not). */
  async idle(): Promise<void> {
    while (this.next || this.running) {
      await (this.next ?? this.running)!.catch(() => undefined);
    }
  }
}
