import nodemailer, { type Transporter } from 'nodemailer';
import { backoffMs } from '../../../../shared/domain/reminders';
import type { Reminder, SmtpSettings } from '../../../../shared/model/index';
import type { ServiceContext } from '../../context';
import { updateRecord } from '../../write-path/records';
import { messageFor } from './reminders';

export interface OutboxOptions {
  /** First retry delay; each further retry doubles it up to retryMaxMs. Tests make these tiny. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** After this many failed attempts a reminder is marked failed and shown as such. */
  maxAttempts: number;
  /** How long one connection attempt may take. */
  timeoutMs: number;
}

export const DEFAULT_OUTBOX: OutboxOptions = { retryBaseMs: 60_000, retryMaxMs: 60 * 60_000, maxAttempts: 12, timeoutMs: 15_000 };

/**
 * Sends queued e-mail reminders over SMTP. A failed send stays queued and is retried with
 * backoff, so a laptop that is offline or a mail server that is down delays reminders rather
 * than losing them. Each reminder carries its idempotency key as Message-ID, is marked sent the
 * moment the server accepts it, and is never picked up again after that.
 *
 * Sending happens outside the write queue (a slow mail server must not hold up the user's
 * changes); each change to a reminder is its own unit of work, which re-reads the reminder first.
 * Stored times come from the backend's clock; waits between retries are measured on a monotonic
 * timer, so a clock fixed in tests or moved by the user does not stall or rush them.
 */
export class ReminderOutbox {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly retryAt = new Map<string, number>();
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly context: () => ServiceContext,
    private readonly opts: OutboxOptions = DEFAULT_OUTBOX,
  ) {}

  /** Delivers what is due soon, without making the caller wait. */
  kick(): void {
    this.schedule(0);
  }

  /** One pass over every queued e-mail reminder, due or not. */
  deliverNow(): Promise<{ sent: number; stillQueued: number }> {
    return this.enqueue(true);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.chain.catch(() => undefined);
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.enqueue(false).catch(() => undefined);
    }, Math.max(0, delayMs));
    this.timer.unref?.();
  }

  private enqueue(force: boolean): Promise<{ sent: number; stillQueued: number }> {
    const run = this.chain.catch(() => undefined).then(() => this.pass(force));
    this.chain = run;
    return run;
  }

  private async pass(force: boolean): Promise<{ sent: number; stillQueued: number }> {
    const ctx = this.context();
    const smtp = ctx.store.settings.smtp;
    const queued = () => ctx.store.collections.reminders.all.filter((r) => r.status === 'queued' && r.channel === 'email');
    if (!smtp || this.closed) return { sent: 0, stillQueued: smtp ? queued().length : 0 };
    const nowMs = performance.now();
    const due = queued().filter((r) => force || (this.retryAt.get(r.id) ?? 0) <= nowMs);
    let sent = 0;
    if (due.length) {
      const transport = createTransport(smtp, this.opts.timeoutMs);
      try {
        for (const reminder of due) {
          if (this.closed) break;
          if (await this.deliver(ctx, transport, smtp, reminder)) sent++;
        }
      } finally {
        transport.close();
      }
    }
    const next = Math.min(...queued().map((r) => this.retryAt.get(r.id) ?? Infinity));
    if (Number.isFinite(next)) this.schedule(next - performance.now());
    return { sent, stillQueued: queued().length };
  }

  private async deliver(ctx: ServiceContext, transport: Transporter, smtp: SmtpSettings, reminder: Reminder): Promise<boolean> {
    const rep = ctx.store.collections.reps.get(reminder.repId);
    const current = ctx.store.collections.reminders.get(reminder.id);
    if (!current || current.status !== 'queued') return false;
    // Consent can be withdrawn after a reminder was queued: check again at the last moment.
    if (!rep || !rep.contactConsent || rep.remindersOptOut) {
      await this.write(ctx, current, { status: 'skipped', lastError: rep ? 'the Rep opted out before it was sent' : 'the Rep no longer exists', nextAttemptAt: null });
      return false;
    }
    const message = messageFor(ctx, rep, current.kind);
    try {
      await transport.sendMail({
        from: smtp.from,
        to: rep.email,
        subject: message.subject,
        text: message.body,
        messageId: `<${current.idempotencyKey}@rekindle>`,
        headers: { 'X-Rekindle-Idempotency-Key': current.idempotencyKey },
      });
    } catch (err) {
      const attempts = current.attempts + 1;
      const failed = attempts >= this.opts.maxAttempts;
      const delay = backoffMs(attempts, this.opts.retryBaseMs, this.opts.retryMaxMs);
      if (failed) this.retryAt.delete(current.id);
      else this.retryAt.set(current.id, performance.now() + delay);
      await this.write(ctx, current, {
        attempts,
        status: failed ? 'failed' : 'queued',
        lastError: (err instanceof Error ? err.message : String(err)).slice(0, 1_000),
        nextAttemptAt: failed ? null : new Date(Date.parse(ctx.now()) + delay).toISOString(),
      });
      return false;
    }
    this.retryAt.delete(current.id);
    await this.write(ctx, current, { attempts: current.attempts + 1, status: 'sent', sentAt: ctx.now(), lastError: null, nextAttemptAt: null });
    return true;
  }

  private write(ctx: ServiceContext, reminder: Reminder, change: Partial<Reminder>): Promise<void> {
    return ctx.writes.run(ctx.method, async () => {
      const current = ctx.store.collections.reminders.get(reminder.id);
      // Changed meanwhile (cancelled, or sent by a "deliver now"): the newer state stands.
      if (!current || current.version !== reminder.version) return;
      await updateRecord(ctx, 'reminders', reminder.id, reminder.version, (r) => ({ ...r, ...change }));
    });
  }
}

function createTransport(smtp: SmtpSettings, timeoutMs: number): Transporter {
  const pass = process.env.REKINDLE_SMTP_PASSWORD;
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
}
