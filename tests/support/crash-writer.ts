/**
 * A backend process that writes as fast as it can and reports each write it saw acknowledged, for
 * the crash test to SIGKILL at a random moment. Every write path is exercised: journal appends,
 * bulk inserts (snapshot writes), compactions and settings saves.
 *   node crash-writer.mjs <dataDir> <seed>
 */
import { ActivityType } from '../../shared/model';
import { defaultSettings } from '../../shared/domain/defaults';
import { Store } from '../../electron/backend/store/store';
import { rep } from './fixtures';

const [dataDir, seedArg] = process.argv.slice(2);
let seed = Number(seedArg) || 1;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const NOW = '2026-11-28T12:00:00.000Z';

const store = await Store.open({ dataDir: dataDir!, now: () => NOW, defaultSettings: () => defaultSettings(ActivityType.options, NOW) });
await store.markInitialized();
const reps = store.collections.reps;
const ack = (line: string) => process.stdout.write(`${line}\n`);
ack('ready');

for (let i = 0; ; i++) {
  const roll = random();
  if (roll < 0.45 || reps.size === 0) {
    const id = `crash-${process.pid}-${i}`;
    await reps.insert([rep(id, { name: `Written ${i}` })]);
    ack(`rep ${id} 1`);
  } else if (roll < 0.85) {
    const target = reps.all[Math.floor(random() * reps.size)]!;
    const { after } = await reps.update(target.id, target.version, (r) => ({ ...r, name: `Edited ${i}` }), NOW);
    ack(`rep ${after.id} ${after.version}`);
  } else if (roll < 0.9) {
    const batch = Array.from({ length: 200 }, (_, k) => rep(`bulk-${process.pid}-${i}-${k}`));
    await reps.insert(batch);
    for (const r of batch) ack(`rep ${r.id} 1`);
  } else if (roll < 0.95) {
    await store.compact();
  } else {
    const next = { ...store.settings, version: store.settings.version + 1 };
    await store.saveSettings(next);
    ack(`settings ${next.version}`);
  }
}
