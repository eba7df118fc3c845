import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../support/reps-backend';

/** A real SMTP server on 127.0.0.1 that keeps what it receives. */
async function startSmtp(port: number) {
  const received: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

let t: TestBackend;
let port: number;
beforeEach(async () => {
  port = await freePort();
  t = await openTestBackend({ outbox: { retryBaseMs: 50, retryMaxMs: 200, maxAttempts: 50, timeoutMs: 2_000 } });
  const s = await t.value('settings.get');
  await t.value('settings.update', { expectedVersion: s.version, smtp: { host: '127.0.0.1', port, from: 'council@example.org', secure: false, user: '' } });
});
afterEach(async () => t.close());

const emailReminders = async () => (await t.value('reminders.list', { channel: 'email' })).items;

describe('"we still exist" reminders over SMTP', () => {
  it('are delivered to a real SMTP server, once, with the idempotency key as Message-ID', async () => {
    const smtp = await startSmtp(port);
    try {
      const plan = await t.value('reminders.plan');
      // Bruno (at risk), Carla (inactive) and Dev (passive only) may be contacted; Ana is active.
      expect(plan.created).toBe(3);
      await until(async () => (await emailReminders()).every((r: any) => r.status === 'sent'));
      expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['rep-at-risk@example.org', 'rep-inactive@example.org', 'rep-passive@example.org']);
      const bruno = smtp.received.find((m) => m.to[0] === 'rep-at-risk@example.org')!;
      expect(bruno.raw).toMatch(/Message-ID: <we-still-exist:rep-at-risk:30d:\d+@rekindle>/);
      expect(bruno.raw).toContain('Subject: Hi Bruno, the Reps community still exists');
      // Planning again in the same cadence window adds nothing and sends nothing.
      expect((await t.value('reminders.plan')).created).toBe(0);
      await t.value('reminders.deliver');
      expect(smtp.received).toHaveLength(3);
    } finally {
      await smtp.close();
    }
  });

  it('stay queued with the error while the server is down, then go out exactly once when it is up', async () => {
    await t.value('reminders.plan');
    await until(async () => (await emailReminders()).every((r: any) => r.attempts >= 1));
    const waiting = await emailReminders();
    expect(waiting.every((r: any) => r.status === 'queued' && r.lastError && r.nextAttemptAt)).toBe(true);
    expect(waiting[0].lastError).toMatch(/ECONNREFUSED|connect/i);

    const smtp = await startSmtp(port);
    try {
      await until(async () => (await emailReminders()).every((r: any) => r.status === 'sent'));
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.received).toHaveLength(3);
      expect(new Set(smtp.received.map((m) => m.to[0])).size).toBe(3);
    } finally {
      await smtp.close();
    }
  });

  it('never sends to a Rep who opted out, even one who opted out after being queued', async () => {
    const carla = await t.value('reps.get', { id: 'rep-inactive' });
    await t.value('reps.update', { id: 'rep-inactive', expectedVersion: carla.rep.version, changes: { remindersOptOut: true } });
    await t.value('reminders.plan');
    expect((await emailReminders()).map((r: any) => r.repId).sort()).toEqual(['rep-at-risk', 'rep-passive']);
    // Bruno opts out while his reminder waits for the server.
    await until(async () => (await emailReminders()).every((r: any) => r.attempts >= 1));
    const bruno = await t.value('reps.get', { id: 'rep-at-risk' });
    await t.value('reps.update', { id: 'rep-at-risk', expectedVersion: bruno.rep.version, changes: { remindersOptOut: true } });
    const smtp = await startSmtp(port);
    try {
      await until(async () => (await emailReminders()).every((r: any) => r.status !== 'queued'));
      expect(smtp.received.map((m) => m.to[0])).toEqual(['rep-passive@example.org']);
      expect((await emailReminders()).find((r: any) => r.repId === 'rep-at-risk')).toMatchObject({ status: 'skipped', lastError: 'the Rep opted out before it was sent' });
    } finally {
      await smtp.close();
    }
  });
});
