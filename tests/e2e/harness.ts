/**
 * Runs the built app the way a user does where Electron cannot: `node out/main/web.js` on a temp
 * data folder, driven by Debian's Chromium through playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

export interface RunningApp {
  url: string;
  origin: string;
  dataDir: string;
  output: string[];
  stop(): Promise<void>;
}

/**
 * The instant the app's clock starts at in every e2e run (it runs on from there), so no test depends
 * on the day it is run: the demo community is laid out around it.
 */
export const E2E_NOW = '2026-11-28T12:00:00.000Z';

export interface WebAppOptions {
  dataDir?: string;
  firstRun?: 'demo' | 'empty';
  /** Where the clock starts (E2E_NOW unless given). */
  now?: string;
  /** The backend machine's time zone (TZ); the machine's own unless given. */
  timeZone?: string;
}

export async function startWebApp(opts: WebAppOptions = {}): Promise<RunningApp> {
  const entry = join(root, process.env.REKINDLE_OUT ?? 'out', 'main', 'web.js');
  if (!existsSync(entry)) throw new Error('out/main/web.js is missing: run `npm run build` first (npm test does).');
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'rekindle-e2e-')));
  const ownsDir = !opts.dataDir;
  const child: ChildProcess = spawn(process.execPath, [entry, '--data-dir', dataDir, '--port', '0', `--${opts.firstRun ?? 'demo'}`], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, REKINDLE_NOW: opts.now ?? E2E_NOW, ...(opts.timeZone ? { TZ: opts.timeZone } : {}) },
  });
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`start:web did not print its URL in time:\n${output.join('')}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const m = /Rekindle is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output.join(''));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`start:web exited with ${code}:\n${output.join('')}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (ownsDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Where people usually have a Chromium-family browser, most likely first, on Linux, macOS and Windows. */
function browserCandidates(): string[] {
  const env = process.env;
  const windows = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((d): d is string => !!d);
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/opt/microsoft/msedge/msedge',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ...windows.flatMap((dir) => [join(dir, 'Chromium', 'Application', 'chrome.exe'), join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(dir, 'Microsoft', 'Edge', 'Application', 'msedge.exe')]),
  ];
}

/**
 * The browser e2e runs in: CHROMIUM_PATH when set, else the first installed Chromium, Google Chrome
 * or Microsoft Edge. CI installs Debian's chromium. Without one the run fails with one line saying
 * how to get one: e2e is never skipped.
 */
export function findBrowser(): string {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, which does not exist: point it at a Chromium, Chrome or Edge executable.`);
    return chosen;
  }
  const found = browserCandidates().find((path) => existsSync(path));
  if (!found) throw new Error('No Chromium, Google Chrome or Microsoft Edge found for the end-to-end tests: install one (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.');
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findBrowser();
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Collects anything that would mean the app is broken or leaky: console errors (CSP violations
 * land there), uncaught exceptions, and any request that is not to the app's own origin.
 */
export function watchPage(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (m) => {
    // Failed loads are reported with their URL by the response listener below.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`remote request: ${r.url()}`);
  });
  return { problems };
}

/**
 * Playwright's 'networkidle' never comes once the app follows changes (its long poll of
 * system.changes is always open), so this counts every other request instead: `quiet()` resolves
 * once none has been in flight for `quietMs`. Attach it before navigating.
 */
export function trackRequests(page: Page): { quiet(quietMs?: number, timeoutMs?: number): Promise<void> } {
  let inFlight = 0;
  let lastChange = performance.now();
  const counts = (r: { url(): string }) => !r.url().includes('/api/system.changes');
  page.on('request', (r) => {
    if (!counts(r)) return;
    inFlight++;
    lastChange = performance.now();
  });
  const done = (r: { url(): string }) => {
    if (!counts(r)) return;
    inFlight--;
    lastChange = performance.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async quiet(quietMs = 500, timeoutMs = 30_000) {
      const deadline = performance.now() + timeoutMs;
      while (inFlight > 0 || performance.now() - lastChange < quietMs) {
        if (performance.now() > deadline) throw new Error(`the page still had ${inFlight} request(s) in flight after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

export interface E2eContext {
  app: RunningApp;
  browser: Browser;
  /** A temp folder for files a test writes or downloads. */
  files: string;
  /** Calls the running app's API over the bridge, as the renderer does; throws on an error result. */
  call<T = any>(method: string, input?: unknown): Promise<T>;
}

/**
 * The app on the demo community and a Chromium for one test file, started before its tests and
 * stopped after. Fields are filled in by `beforeAll`; read them inside tests.
 */
export function useRunningApp(opts: WebAppOptions = {}): E2eContext {
  const ctx = {
    async call(method: string, input: unknown = {}) {
      const token = new URL(ctx.app.url).searchParams.get('token');
      const r = await fetch(`${ctx.app.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const body = (await r.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
      return body.value as never;
    },
  } as Partial<E2eContext> as E2eContext;
  beforeAll(async () => {
    ctx.app = await startWebApp({ firstRun: 'demo', ...opts });
    ctx.browser = await launchBrowser();
    ctx.files = await mkdtemp(join(tmpdir(), 'rekindle-e2e-files-'));
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.app?.stop();
    if (ctx.files) await rm(ctx.files, { recursive: true, force: true });
  });
  return ctx;
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core on the page as it is and returns its serious and critical violations, one line
 * each. The scan is injected as a script, so the page's context must bypass the app's CSP
 * (`newContext({ bypassCSP: true })`); the app itself never does.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    type Rule = { id: string; impact: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
    const result = await axe.run(document);
    // A scan that checked nothing would pass vacuously.
    if (result.passes.length < 10) return [`axe checked only ${result.passes.length} rules`];
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}
