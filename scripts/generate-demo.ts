/**
 * Writes a synthetic community to JSON: by default the app's embedded demo dataset
 * (resources/demo/demo-community.json). Other sizes:
 *
 *   npx tsx scripts/generate-demo.ts --reps 10000 --coaches 300 --tasks 2000 \
 *     --activities-per-rep 20 --seed 7 --out .tmp/bench-community.json
 *
 * Also accepts --reference-date ISO and --no-history.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEMO_OPTIONS, generateCommunity, type CommunityOptions } from '../shared/demo/generate';

const DEFAULT_OUT = 'resources/demo/demo-community.json';
/** Pretty JSON is easier to review in a diff, but not worth it past this size. */
const PRETTY_LIMIT_BYTES = 1_500_000;

const NUMERIC_FLAGS: Record<string, keyof CommunityOptions> = {
  '--reps': 'reps',
  '--coaches': 'coaches',
  '--tasks': 'tasks',
  '--activities-per-rep': 'activitiesPerRep',
  '--seed': 'seed',
};

function parseArgs(argv: readonly string[]): { options: CommunityOptions; out: string } {
  const options: CommunityOptions = { ...DEMO_OPTIONS };
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (flag === '--no-history') {
      options.history = false;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    i++;
    if (flag === '--out') out = value;
    else if (flag === '--reference-date') options.referenceDate = value;
    else if (flag in NUMERIC_FLAGS) {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) throw new Error(`${flag} must be a number ≥ 0, got "${value}"`);
      (options as unknown as Record<string, number>)[NUMERIC_FLAGS[flag] as string] = n;
    } else {
      throw new Error(`unknown flag ${flag} (known: ${[...Object.keys(NUMERIC_FLAGS), '--out', '--reference-date', '--no-history'].join(', ')})`);
    }
  }
  return { options, out };
}

function main(): void {
  const { options, out } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const community = generateCommunity(options);
  const ms = performance.now() - started;
  let json = JSON.stringify(community, null, 2);
  if (json.length > PRETTY_LIMIT_BYTES) json = JSON.stringify(community);
  const path = resolve(out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${json}\n`);
  console.log(
    `wrote ${out} (${(json.length / 1024).toFixed(0)} KiB) in ${ms.toFixed(0)} ms: ${community.reps.length} reps, ` +
      `${community.activities.length} activities, ${community.coaches.length} coaches, ${community.tasks.length} tasks, ` +
      `${community.conversations.length} conversations, ${community.engagements.length} engagements`,
  );
}

try {
  main();
} catch (err) {
  console.error(`generate-demo: ${(err as Error).message}`);
  process.exit(1);
}
