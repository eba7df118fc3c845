import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataDir, processStarted } from '../../electron/backend/store/lock';
import { tempDir } from '../support/fixtures';

/**
 * Two Rekindles started together over a lock left behind must never both run: each would keep its
 * own copy of the data in memory and overwrite the other's acknowledged changes.
 */
const TRIALS = 200;

let dir: Awaited<ReturnType<typeof tempDir>>;
let racers: ChildProcess[] = [];
beforeAll(async () => {
  dir = await tempDir('rekindle-lock-');
  racers = [0, 1].map(() => fork(join(import.meta.dirname, '..', 'support', 'lock-racer.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  await Promise.all(racers.map((r) => new Promise((ready) => r.once('message', ready))));
});
afterAll(async () => {
  for (const r of racers) r.kill();
  await dir?.cleanup();
});

type Outcome = { dir: string; locked: boolean; message?: string };

function race(folder: string): Promise<Outcome[]> {
  const at = Date.now() + 15;
  return Promise.all(
    racers.map(
      (r) =>
        new Promise<Outcome>((resolve) => {
          const onMessage = (m: Outcome) => {
            if (m.dir !== folder) return;
            r.off('message', onMessage);
            resolve(m);
          };
          r.on('message', onMessage);
          r.send({ dir: folder, at });
        }),
    ),
  );
}

/** A PID that no process has now: one that just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' }).pid!;
}

describe('one process per data folder, under a race', () => {
  it(`lets exactly one of two processes take over a stale lock, ${TRIALS} times in a row`, async () => {
    const both: string[] = [];
    const tally = { taken: 0, refused: 0 };
    for (let i = 0; i < TRIALS; i++) {
      const folder = join(dir.path, `trial-${i}`);
      await mkdir(folder);
      // Alternately: a holder that died, and a PID now used by another process (this one, started at another time).
      const stale = i % 2 === 0 ? { pid: deadPid(), started: processStarted(process.pid), nonce: 'old' } : { pid: process.pid, started: '1', nonce: 'reused' };
      await writeFile(join(folder, 'rekindle.lock'), JSON.stringify(stale));
      const outcomes = await race(folder);
      const winners = outcomes.filter((o) => o.locked).length;
      if (winners !== 1) both.push(`trial ${i}: ${JSON.stringify(outcomes)}`);
      tally.taken += winners;
      tally.refused += outcomes.filter((o) => !o.locked && /already running/.test(o.message ?? '')).length;
      // Nothing of the race is left behind but the winner's lock.
      expect((await readdir(folder)).sort()).toEqual(['rekindle.lock']);
    }
    expect(both).toEqual([]);
    expect(tally).toEqual({ taken: TRIALS, refused: TRIALS });
  });

  it('takes over a lock in the bare-PID form of earlier releases, and one whose PID was reused', async () => {
    const folder = join(dir.path, 'old-forms');
    await mkdir(folder);
    await writeFile(join(folder, 'rekindle.lock'), String(deadPid()));
    expect((await race(folder)).filter((o) => o.locked)).toHaveLength(1);
    // A live holder is not taken over: this test process holds the next folder.
    const held = join(dir.path, 'held');
    await mkdir(held);
    const release = await lockDataDir(held);
    const outcomes = await race(held);
    expect(outcomes.map((o) => o.message)).toEqual([0, 1].map(() => expect.stringMatching(`already running with the data folder ${held} \\(process ${process.pid}\\)`)));
    await release();
  });
});
