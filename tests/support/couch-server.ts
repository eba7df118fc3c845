/**
 * A community server for tests. By default a pouchdb-server on a free loopback port, in a temp
 * folder of its own, with an administrator (it starts in "admin party", where everyone is one);
 * with REKINDLE_TEST_COUCH_URL set, a real Apache CouchDB instead, on which each test only creates
 * uniquely named databases:
 *
 *   REKINDLE_TEST_COUCH_URL=http://admin:secret@127.0.0.1:5984 npx vitest run --project integration …
 *   (or the credentials in REKINDLE_TEST_COUCH_ADMIN and REKINDLE_TEST_COUCH_PASSWORD)
 *
 * The pouchdb-server keeps its databases on disk in its temp folder (unless `inMemory`), so
 * `stop()` then `start()` is the same server coming back on the same port with the same data,
 * which is what "the server went away and came back" means. Tests name the server they ran
 * against with `couchServerKind()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { basicAuth } from '../../electron/backend/sync/couch-http';

export interface CouchServer {
  /** The server address, without credentials. */
  url: string;
  admin: { name: string; password: string };
  kind: 'pouchdb-server' | 'couchdb';
  /** Whether stop/start work (not against a real CouchDB the tests do not own). */
  canRestart: boolean;
  /** Stops the server (the port stays reserved for start). */
  stop(): Promise<void>;
  /** Starts it again on the same port, with the data it had. */
  start(): Promise<void>;
  /** A database name no other test uses (initCommunity creates it and its -confidential twin). */
  newDb(): string;
  /** Stops the server and removes what the harness made. */
  close(): Promise<void>;
}

export interface StartCouchOptions {
  /** pouchdb-server only: keep databases in memory (lost on stop). */
  inMemory?: boolean;
}

/** Which server the tests run against, for their names. */
export function couchServerKind(): string {
  const url = process.env.REKINDLE_TEST_COUCH_URL;
  return url ? `Apache CouchDB at ${withoutCredentials(url)}` : 'pouchdb-server on 127.0.0.1';
}

export async function startCouch(options: StartCouchOptions = {}): Promise<CouchServer> {
  return process.env.REKINDLE_TEST_COUCH_URL ? realCouch(process.env.REKINDLE_TEST_COUCH_URL) : pouchdbServer(options);
}

let dbCounter = 0;
function uniqueDbName(): string {
  return `t${Date.now().toString(36)}${process.pid.toString(36)}-${++dbCounter}-${Math.random().toString(36).slice(2, 8)}`;
}

function withoutCredentials(raw: string): string {
  const url = new URL(raw);
  url.username = '';
  url.password = '';
  return url.href.replace(/\/+$/, '');
}


async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** Waits until the server answers `GET /` (any answer counts: it is up). */
async function waitUntilUp(url: string, child: ChildProcess | null, log: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}) before answering:\n${log()}`);
    try {
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
      await res.text();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`no answer from ${url} within ${timeoutMs} ms:\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function pouchdbServer(options: StartCouchOptions): Promise<CouchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rekindle-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const admin = { name: 'admin', password: `pw-${Math.random().toString(36).slice(2)}` };
  // The bin is a symlink to a node script; running that script directly means stop() signals the server itself.
  const bin = realpathSync(resolve(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'pouchdb-server'));
  const args = [bin, '--host', '127.0.0.1', '--port', String(port), '--config', join(dir, 'config.json'), '--no-stdout-logs'];
  args.push(...(options.inMemory ? ['--in-memory'] : ['--dir', join(dir, 'data')]));
  let child: ChildProcess | null = null;
  let output = '';

  const start = async () => {
    if (child) return;
    output = '';
    const proc = spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    proc.stdout!.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-10_000)));
    proc.stderr!.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-10_000)));
    proc.on('exit', () => {
      if (child === proc) child = null;
    });
    await waitUntilUp(url, proc, () => output);
    // The first start is an "admin party"; the admin is kept in config.json for the next starts.
    const session = await fetch(`${url}/_session`, { headers: { authorization: basicAuth(admin) } });
    const roles = ((await session.json()) as { userCtx?: { roles?: string[] } }).userCtx?.roles ?? [];
    if (session.status !== 200 || !roles.includes('_admin')) {
      const res = await fetch(`${url}/_config/admins/${admin.name}`, { method: 'PUT', body: JSON.stringify(admin.password) });
      if (!res.ok) throw new Error(`could not create the admin on pouchdb-server: ${res.status} ${await res.text()}`);
    }
  };

  const stop = async () => {
    const proc = child;
    if (!proc) return;
    child = null;
    await new Promise<void>((done) => {
      proc.once('exit', () => done());
      proc.kill('SIGTERM');
      setTimeout(() => proc.kill('SIGKILL'), 5_000).unref();
    });
  };

  await start();
  return {
    url,
    admin,
    kind: 'pouchdb-server',
    canRestart: true,
    stop,
    start,
    newDb: uniqueDbName,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function realCouch(raw: string): Promise<CouchServer> {
  const parsed = new URL(raw);
  const admin = {
    name: decodeURIComponent(parsed.username) || process.env.REKINDLE_TEST_COUCH_ADMIN || '',
    password: decodeURIComponent(parsed.password) || process.env.REKINDLE_TEST_COUCH_PASSWORD || '',
  };
  if (!admin.name || !admin.password) throw new Error('REKINDLE_TEST_COUCH_URL needs admin credentials, in it or in REKINDLE_TEST_COUCH_ADMIN / REKINDLE_TEST_COUCH_PASSWORD');
  const url = withoutCredentials(raw);
  await waitUntilUp(url, null, () => '', 10_000);
  const made: string[] = [];
  const refuse = async () => {
    throw new Error('a real CouchDB is not stopped or started by the tests (canRestart is false)');
  };
  return {
    url,
    admin,
    kind: 'couchdb',
    canRestart: false,
    stop: refuse,
    start: refuse,
    newDb: () => {
      const db = uniqueDbName();
      made.push(db);
      return db;
    },
    close: async () => {
      for (const db of made.flatMap((d) => [d, `${d}-confidential`])) {
        await fetch(`${url}/${encodeURIComponent(db)}`, { method: 'DELETE', headers: { authorization: basicAuth(admin) } }).catch(() => undefined);
      }
    },
  };
}

/**
 * pouchdb-server 4.2 drops replicated revisions of an existing document (`_bulk_docs` with
 * `new_edits: false` answers 201 and keeps the old revision) whenever the database has any
 * validate_doc_update, so replication tests on it remove the community's rules; a real CouchDB
 * keeps them. Role enforcement is tested on creates, which it does apply.
 */
export async function withoutValidation(server: CouchServer, dbs: string[]): Promise<void> {
  const headers = { authorization: basicAuth(server.admin) };
  for (const name of dbs) {
    const doc = (await (await fetch(`${server.url}/${name}/_design/rekindle`, { headers })).json()) as { _rev?: string };
    if (doc._rev) await fetch(`${server.url}/${name}/_design/rekindle?rev=${doc._rev}`, { method: 'DELETE', headers });
  }
}

/** Polls `probe` until `ok` holds (replication is asynchronous), failing with the last value seen. */
export async function eventually<T>(what: string, probe: () => Promise<T> | T, ok: (v: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const last = await probe();
    if (ok(last)) return last;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
