#!/usr/bin/env node
/**
 * Runs the unit, integration and UI layers once in each of three time zones, where the program's
 * people live (UTC+13, UTC+5:30, UTC−8). Every test fixes the backend's clock at noon UTC, which is
 * 01:00 the next day in Auckland, 17:30 in Kolkata and 04:00 in Los Angeles, so a test that mixes
 * the fixed clock with the machine's own, or a UTC date with a local one, fails in one of them.
 *
 * The crash, data-folder lock and Electron-configuration tests do not read dates; they run in the
 * first zone only.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ZONES = ['Pacific/Auckland', 'Asia/Kolkata', 'America/Los_Angeles'];
const ZONE_FREE = ['tests/integration/crash-safety.test.ts', 'tests/integration/electronegativity.test.ts', 'tests/integration/data-dir-lock.test.ts'];
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');

for (const [i, zone] of ZONES.entries()) {
  console.log(`\n=== unit, integration and UI tests in TZ=${zone} ===`);
  const args = [vitest, 'run', '--project', 'unit', '--project', 'integration', '--project', 'ui', ...(i === 0 ? [] : ZONE_FREE.flatMap((f) => ['--exclude', f])), ...process.argv.slice(2)];
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: zone } });
  if (run.status !== 0) {
    console.error(`\nTests failed in TZ=${zone}.`);
    process.exit(run.status ?? 1);
  }
}
