/**
 * `npm run bench [-- filter…]`: runs every suite in tests/bench/suites whose name contains one of
 * the filters, prints a table per suite and writes bench-results.json.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow, BenchSuite } from './harness';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));

async function loadSuites(): Promise<BenchSuite[]> {
  const dir = join(here, 'suites');
  const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
  const suites: BenchSuite[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { suite?: BenchSuite };
    if (mod.suite) suites.push(mod.suite);
  }
  return suites;
}

function printTable(rows: BenchRow[]): void {
  const table = rows.map((r) => ({
    case: r.case,
    metric: r.metric,
    value: `${r.value} ${r.unit}`,
    baseline: r.baseline ? `${r.baseline.value} ${r.unit} (${r.baseline.name})` : '',
    ratio: r.baseline && r.value > 0 ? `${(r.baseline.value / r.value).toFixed(1)}×` : '',
  }));
  console.table(table);
}

const suites = (await loadSuites()).filter((s) => filters.length === 0 || filters.some((f) => s.name.includes(f)));
if (suites.length === 0) {
  console.error(`No benchmark suite matches ${filters.join(', ')}.`);
  process.exit(1);
}
const all: BenchRow[] = [];
for (const s of suites) {
  console.log(`\n## ${s.name}`);
  const rows: BenchRow[] = [];
  await s.run({
    record: (row) => rows.push({ suite: s.name, ...row }),
    log: (line) => console.log(`  ${line}`),
  });
  printTable(rows);
  all.push(...rows);
}
writeFileSync('bench-results.json', JSON.stringify({ at: new Date().toISOString(), node: process.version, rows: all }, null, 2));
console.log(`\nWrote bench-results.json (${all.length} rows).`);
