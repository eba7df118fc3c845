/**
 * Child process for the store benchmark: one cold load in a fresh heap, so neither side pays for
 * the other's garbage. Prints the milliseconds the load took.
 *   node --import tsx store-cold-load.ts <rekindle|single-file> <path>
 */
import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import { ActivityType } from '../../../shared/model';
import { defaultSettings } from '../../../shared/domain/defaults';
import { Store } from '../../../electron/backend/store/store';

const [mode, path] = process.argv.slice(2);
const NOW = '2026-11-28T12:00:00.000Z';
const t0 = performance.now();
if (mode === 'single-file') {
  const db = new Low(new JSONFile<Record<string, unknown>>(path!), {});
  await db.read();
} else {
  const store = await Store.open({ dataDir: path!, now: () => NOW, defaultSettings: () => defaultSettings(ActivityType.options, NOW) });
  if (store.collections.activities.size === 0) throw new Error('nothing loaded');
}
process.stdout.write(String(performance.now() - t0));
