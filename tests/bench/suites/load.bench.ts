/**
 * The app at community scale (10,000 Reps, ~200,000 activities): how long start:web takes to
 * answer, how much memory the backend holds, how fast the Reps list answers, and whether the
 * windowed Reps, Catalog and Coaches screens scroll smoothly in Chromium — beside the same app on the 60-Rep demo,
 * measured in the same run.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActivityType } from '../../../shared/model';
import { defaultSettings } from '../../../shared/domain/defaults';
import { BENCH_OPTIONS, generateCommunity } from '../../../shared/demo/generate';
import { seedCommunity } from '../../../electron/backend/seed';
import { Store } from '../../../electron/backend/store/store';
import { launchBrowser } from '../../e2e/harness';
import { percentile, round, type BenchSuite } from '../harness';

const root = join(import.meta.dirname, '..', '..', '..');
const NOW = new Date().toISOString();

async function seed(dataDir: string, reps: number): Promise<void> {
  const store = await Store.open({ dataDir, now: () => NOW, defaultSettings: () => defaultSettings(ActivityType.options, NOW) });
  const options = reps > 100 ? BENCH_OPTIONS : { ...BENCH_OPTIONS, reps: 60, coaches: 12, tasks: 40, activitiesPerRep: 24 };
  await seedCommunity(store, generateCommunity({ ...options, referenceDate: NOW }), NOW);
  await store.markInitialized();
  await store.close();
}

/** The list screens, each with the element that scrolls and the selector of a rendered row. */
const SCREENS = [
  { name: 'Reps', hash: '#/reps', scroller: '.table-scroll', row: 'tbody tr[data-index]' },
  { name: 'Catalog', hash: '#/catalog', scroller: '.catalog-scroll', row: '.catalog-list li[data-index]' },
  { name: 'Coaches', hash: '#/coaches', scroller: '.table-scroll', row: 'tbody tr[data-index]' },
] as const;

interface ScreenFigures {
  firstRowsMs: number;
  frameP95: number;
  framesOver50: number;
}

interface Measured {
  startMs: number;
  rssMb: number;
  listP50: number;
  listP95: number;
  todayMs: number;
  screens: Record<(typeof SCREENS)[number]['name'], ScreenFigures>;
}

async function measure(dataDir: string): Promise<Measured> {
  const entry = join(root, process.env.REKINDLE_OUT ?? 'out', 'main', 'web.js');
  const t0 = performance.now();
  const child = spawn(process.execPath, [entry, '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`start:web exited ${code}`)));
  });
  const startMs = performance.now() - t0;
  try {
    const origin = new URL(url).origin;
    const token = new URL(url).searchParams.get('token')!;
    const call = (method: string, input: unknown) =>
      fetch(`${origin}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
    const list: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await (await call('reps.list', { sort: i % 2 ? 'lastActivity' : 'name', offset: (i * 200) % 2_000, limit: 200 })).json();
      list.push(performance.now() - t);
    }
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    const rssMb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;

    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const tToday = performance.now();
    await page.goto(url);
    await page.locator('.panel h2').first().waitFor();
    const todayMs = performance.now() - tToday;
    const screens = {} as Measured['screens'];
    for (const screen of SCREENS) {
      const tRows = performance.now();
      await page.evaluate((hash) => (window.location.hash = hash), screen.hash);
      await page.locator(screen.row).first().waitFor();
      const firstRowsMs = performance.now() - tRows;
      // Scroll the list from top to bottom a screenful at a time, timing each animation frame.
      const frames = await page.evaluate(async (selector) => {
        const el = document.querySelector(selector) as HTMLElement;
        const times: number[] = [];
        let last = performance.now();
        for (let i = 0; i < 120; i++) {
          el.scrollTop += el.clientHeight;
          await new Promise((r) => requestAnimationFrame(() => r(null)));
          const now = performance.now();
          times.push(now - last);
          last = now;
        }
        return times;
      }, screen.scroller);
      screens[screen.name] = { firstRowsMs, frameP95: percentile(frames, 95), framesOver50: frames.filter((f) => f > 50).length };
    }
    await browser.close();
    return { startMs, rssMb, listP50: percentile(list, 50), listP95: percentile(list, 95), todayMs, screens };
  } finally {
    child.kill('SIGTERM');
  }
}

export const suite: BenchSuite = {
  name: 'load',
  async run(ctx) {
    const dir = await mkdtemp(join(tmpdir(), 'rekindle-bench-load-'));
    try {
      await seed(join(dir, 'large'), 10_000);
      await seed(join(dir, 'demo'), 60);
      const large = await measure(join(dir, 'large'));
      const demo = await measure(join(dir, 'demo'));
      const baseline = { name: 'same app, 60-Rep demo' };
      const base = (value: number) => ({ ...baseline, value: round(value) });
      ctx.record({ case: 'start:web until it answers', metric: 'time', value: round(large.startMs), unit: 'ms', baseline: base(demo.startMs) });
      ctx.record({ case: 'backend memory after start (RSS)', metric: 'rss', value: round(large.rssMb), unit: 'MB', baseline: base(demo.rssMb) });
      ctx.record({ case: 'reps.list, 200 rows over HTTP', metric: 'p50', value: round(large.listP50), unit: 'ms', baseline: base(demo.listP50) });
      ctx.record({ case: 'reps.list, 200 rows over HTTP', metric: 'p95', value: round(large.listP95), unit: 'ms', baseline: base(demo.listP95) });
      ctx.record({ case: 'Today shown after opening the app', metric: 'time', value: round(large.todayMs), unit: 'ms', baseline: base(demo.todayMs) });
      for (const { name } of SCREENS) {
        const [l, d] = [large.screens[name], demo.screens[name]];
        ctx.record({ case: `${name} screen: first rows shown`, metric: 'time', value: round(l.firstRowsMs), unit: 'ms', baseline: base(d.firstRowsMs) });
        ctx.record({ case: `${name} screen: scroll, frame time`, metric: 'p95', value: round(l.frameP95), unit: 'ms', baseline: base(d.frameP95) });
        ctx.record({ case: `${name} screen: frames over 50 ms (of 120)`, metric: 'count', value: l.framesOver50, unit: 'frames', baseline: { ...baseline, value: d.framesOver50 } });
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
