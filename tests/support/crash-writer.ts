/**
 * A backend process that writes as fast as it can and reports each write it saw acknowledged, for
 * the crash test to SIGKILL at a random moment. Every write path is exercised, each as a unit of
 * work committed through the write queue: records with their audit entries, edits with an extra
 * audit-only entry, bulk inserts (folded into snapshots at once), compactions and settings saves.
 *   node crash-writer.mjs <dataDir> <seed>
 */
import { ActivityType } from '../../shared/model';
import { defaultSettings } from '../../shared/domain/defaults';
import { Store } from '../../electron/backend/store/store';
import { UnitOfWorkQueue } from '../../electron/backend/write-path/unit-of-work';
import { rep } from './fixtures';

const [dataDir, seedArg] = process.argv.slice(2);
let seed = Number(seedArg) || 1;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const NOW = '2026-11-28T12:00:00.000Z';

const store = await Store.open({ dataDir: dataDir!, now: () => NOW, defaultSettings: () => defaultSettings(ActivityType.options, NOW) });
await store.markInitialized();
const writes = new UnitOfWorkQueue(store);
store.setWriteGuard(writes);
const tx = () => writes.current()!;
const reps = store.collections.reps;
const ack = (line: string) => process.stdout.write(`${line}\n`);
ack('ready');

for (let i = 0; ; i++) {
  const roll = random();
  if (roll < 0.45 || reps.size === 0) {
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...fields } = rep('unused', { name: `Written ${i}` });
    const created = await writes.run('crash.create', () => tx().create('reps', 'crash', fields));
    ack(`rep ${created.id} 1`);
  } else if (roll < 0.85) {
    const target = reps.all[Math.floor(random() * reps.size)]!;
    const after = await writes.run('crash.update', async () => {
      const updated = await tx().update('reps', target.id, target.version, (r) => ({ ...r, name: `Edited ${i}` }));
      await tx().audit('note', target.id, null, { version: updated.version });
      return updated;
    });
    ack(`rep ${after.id} ${after.version}`);
  } else if (roll < 0.9) {
    const batch = Array.from({ length: 200 }, (_, k) => rep(`bulk-${process.pid}-${i}-${k}`));
    await writes.run('crash.bulk', async () => {
      await tx().insertMany('reps', batch);
      await tx().audit('import', `imp-${i}`, null, { first: batch[0]!.id, last: batch.at(-1)!.id });
    });
    for (const r of batch) ack(`rep ${r.id} 1`);
  } else if (roll < 0.95) {
    await store.compact();
  } else {
    const next = { ...store.settings, version: store.settings.version + 1 };
    await writes.run('crash.settings', async () => {
      await store.saveSettings(next);
      await tx().audit('settings', 'settings', null, { version: next.version });
    });
    ack(`settings ${next.version}`);
  }
}
