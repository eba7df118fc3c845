/**
 * A community server set up by the same code users run (`npm run community -- init / add-user`),
 * then asked over HTTP as each member's app would ask it: who may read the confidential database,
 * who may write what, and what the server answers a stranger.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, CommunitySetupError, confidentialDbName, initCommunity } from '../../electron/backend/sync/community-setup';
import { serverRefusal } from '../../shared/sync/server-messages';
import { couchServerKind, startCouch, type CouchServer } from '../support/couch-server';
import { tempDir } from '../support/fixtures';

/** The Node PouchDB, typed only as far as these tests use it (there is no @types/pouchdb here). */
interface Replica {
  put(doc: Record<string, unknown>): Promise<unknown>;
  allDocs(): Promise<{ rows: { id: string }[] }>;
  replicate: {
    to(url: string, opts?: object): Promise<{ docs_written: number; doc_write_failures: number; errors: unknown[] }>;
    from(url: string, opts?: object): Promise<{ docs_written: number }>;
  };
  close(): Promise<void>;
}
const PouchDB = createRequire(import.meta.url)('pouchdb') as new (name: string, opts?: object) => Replica;

const at = '2026-12-01T10:00:00.000Z';
const openCase = { id: 'cc1', createdAt: at, updatedAt: at, version: 1, kind: 'alumni-move', subjectRepId: 'r1', status: 'open', decision: null };

type Who = { name: string; password: string } | null;

async function ask(server: CouchServer, who: Who, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (who) headers.authorization = `Basic ${Buffer.from(`${who.name}:${who.password}`).toString('base64')}`;
  const res = await fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** The CLI as a user runs it (`npm run community -- …` is `tsx scripts/community.ts …`). */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('scripts', 'community.ts'), ...args], {
      cwd: join(import.meta.dirname, '..', '..'),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe(`a community server (${couchServerKind()})`, () => {
  let server: CouchServer;
  let db: string;
  const coach = { name: `coach-${process.pid}`, password: 'coach-pw' };
  const mentor = { name: `mentor-${process.pid}`, password: 'mentor-pw' };
  const council = { name: `council-${process.pid}`, password: 'council-pw' };

  beforeAll(async () => {
    server = await startCouch();
    db = server.newDb();
    await initCommunity({ url: server.url, admin: server.admin, db });
    await addUser({ url: server.url, admin: server.admin, ...coach, roles: ['coach'] });
    await addUser({ url: server.url, admin: server.admin, ...mentor, roles: ['mentor'] });
    await addUser({ url: server.url, admin: server.admin, ...council, roles: ['council'] });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it('init creates both databases with their members and rules, and running it again changes nothing', async () => {
    const security = await ask(server, server.admin, 'GET', `/${db}/_security`);
    expect(security.body.members).toEqual({ names: [], roles: ['coach', 'mentor', 'council'] });
    const confidential = await ask(server, server.admin, 'GET', `/${confidentialDbName(db)}/_security`);
    expect(confidential.body.members).toEqual({ names: [], roles: ['mentor', 'council'] });
    expect((await ask(server, server.admin, 'GET', `/${db}/_design/rekindle`)).body.validate_doc_update).toMatch(/^function \(newDoc, oldDoc, userCtx/);
    const again = await initCommunity({ url: server.url, admin: server.admin, db });
    expect(again).toMatchObject({ shared: db, confidential: `${db}-confidential`, created: [], rulesUpdated: [] });
  });

  it('gives each account its roles in _session', async () => {
    const session = await ask(server, mentor, 'GET', '/_session');
    expect(session.status).toBe(200);
    expect(session.body.userCtx).toMatchObject({ name: mentor.name, roles: ['mentor'] });
    expect((await ask(server, { ...mentor, password: 'wrong' }, 'GET', '/_session')).status).toBe(401);
  });

  it('refuses a coach the confidential database (reads and its changes feed) and lets a mentor in', async () => {
    for (const path of [`/${confidentialDbName(db)}/_all_docs`, `/${confidentialDbName(db)}/_changes`]) {
      expect([401, 403]).toContain((await ask(server, coach, 'GET', path)).status);
      expect((await ask(server, mentor, 'GET', path)).status).toBe(200);
    }
    expect((await ask(server, coach, 'GET', `/${db}/_all_docs`)).status).toBe(200);
  });

  it('refuses a coach writing a Council case, with the reason, and takes the Council’s', async () => {
    const doc = { _id: 'councilCases:cc1', collection: 'councilCases', record: openCase, at };
    const refused = await ask(server, coach, 'PUT', `/${db}/councilCases:cc1`, { ...doc, by: coach.name });
    expect(refused.status).toBe(403);
    expect(serverRefusal(refused.body.reason)).toEqual({ messageId: 'sync-refused-collection', args: { collection: 'councilCases', roles: 'mentor, council' } });
    expect((await ask(server, council, 'PUT', `/${db}/councilCases:cc1`, { ...doc, by: council.name })).status).toBe(201);
  });

  it('refuses a write without an account, a write signed by another, and a coach’s confidential document', async () => {
    const task = { _id: 'tasks:t1', collection: 'tasks', record: { id: 't1' }, at };
    expect((await ask(server, null, 'PUT', `/${db}/tasks:t1`, { ...task, by: coach.name })).status).toBe(401);
    const forged = await ask(server, coach, 'PUT', `/${db}/tasks:t1`, { ...task, by: mentor.name });
    expect(forged.status).toBe(403);
    expect(serverRefusal(forged.body.reason).messageId).toBe('sync-refused-author');
    expect((await ask(server, coach, 'PUT', `/${db}/tasks:t1`, { ...task, by: coach.name })).status).toBe(201);
    const notes = { _id: 'engagements:e1', collection: 'engagements', fields: { notes: 'x' }, by: coach.name, at };
    expect([401, 403]).toContain((await ask(server, coach, 'PUT', `/${confidentialDbName(db)}/engagements:e1`, notes)).status);
    expect((await ask(server, mentor, 'PUT', `/${confidentialDbName(db)}/engagements:e1`, { ...notes, by: mentor.name })).status).toBe(201);
  });

  it('refuses plain http to another machine, and says a wrong admin password in words', async () => {
    await expect(initCommunity({ url: 'http://couch.example.org:5984', admin: server.admin })).rejects.toMatchObject({ messageId: 'sync-url-insecure' });
    const wrong = initCommunity({ url: server.url, admin: { name: server.admin.name, password: 'nope' }, db: server.newDb() });
    await expect(wrong).rejects.toBeInstanceOf(CommunitySetupError);
    await expect(wrong).rejects.toMatchObject({ messageId: 'sync-admin-refused' });
    await expect(addUser({ url: server.url, admin: server.admin, name: 'x', password: 'y', roles: [] })).rejects.toMatchObject({ messageId: 'sync-user-role-needed' });
  });

  it('runs as `npm run community`: init and add-user, and a clear message on a wrong password', async () => {
    const other = server.newDb();
    const env = { REKINDLE_ADMIN_PASSWORD: server.admin.password, REKINDLE_USER_PASSWORD: 'cli-pw' };
    const init = await cli(['init', '--url', server.url, '--admin', server.admin.name, '--db', other], env);
    expect(init, init.out).toMatchObject({ code: 0 });
    expect(init.out).toContain(`Community "${other}" is ready`);
    // The rules as tsx emitted them (the command's loader, not the tests'): still ES5 for CouchDB, and the same rules.
    const installed = String((await ask(server, server.admin, 'GET', `/${other}/_design/rekindle`)).body.validate_doc_update);
    expect(() => parse(`(${installed})`, { ecmaVersion: 5 })).not.toThrow();
    expect((await initCommunity({ url: server.url, admin: server.admin, db: other })).rulesUpdated).toEqual([]);
    const user = await cli(['add-user', `cli-${process.pid}`, '--role', 'mentor', '--role', 'council', '--url', server.url, '--admin', server.admin.name], env);
    expect(user, user.out).toMatchObject({ code: 0 });
    expect((await ask(server, { name: `cli-${process.pid}`, password: 'cli-pw' }, 'GET', '/_session')).body.userCtx).toMatchObject({ roles: ['mentor', 'council'] });
    const wrong = await cli(['init', '--url', server.url, '--admin', server.admin.name], { REKINDLE_ADMIN_PASSWORD: 'nope' });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('wrong name or password');
    const insecure = await cli(['init', '--url', 'http://couch.example.org', '--admin', 'a'], { REKINDLE_ADMIN_PASSWORD: 'x' });
    expect(insecure.out).toContain('must use https');
  });

  it('replicates as PouchDB does: a coach is refused the confidential database, and the server rejects a pushed Council case', async () => {
    const dir = await tempDir('rekindle-replica-');
    const remote = (who: { name: string; password: string }, name: string) => new PouchDB(`${server.url}/${name}`, { auth: { username: who.name, password: who.password } });
    try {
      const coachCopy = new PouchDB(join(dir.path, 'coach-confidential'));
      const refused = await coachCopy.replicate.from(remote(coach, confidentialDbName(db)) as never).then(
        () => null,
        (err: { status?: number }) => err,
      );
      // CouchDB answers an account that is not a member 403; pouchdb-server (pouchdb-security) 401.
      expect([401, 403]).toContain(refused?.status);
      expect((await coachCopy.allDocs()).rows).toEqual([]);
      const mentorCopy = new PouchDB(join(dir.path, 'mentor-confidential'));
      await mentorCopy.replicate.from(remote(mentor, confidentialDbName(db)) as never);
      expect((await mentorCopy.allDocs()).rows.map((r) => r.id)).toContain('engagements:e1');

      const coachShared = new PouchDB(join(dir.path, 'coach-shared'));
      await coachShared.put({ _id: 'councilCases:cc9', collection: 'councilCases', record: { ...openCase, id: 'cc9' }, by: coach.name, at });
      await coachShared.put({ _id: 'tasks:t9', collection: 'tasks', record: { id: 't9' }, by: coach.name, at });
      const pushed = await coachShared.replicate.to(remote(coach, db) as never);
      expect({ written: pushed.docs_written, failures: pushed.doc_write_failures }).toEqual({ written: 1, failures: 1 });
      expect((await ask(server, council, 'GET', `/${db}/councilCases:cc9`)).status).toBe(404);
      expect((await ask(server, council, 'GET', `/${db}/tasks:t9`)).status).toBe(200);
      for (const copy of [coachCopy, mentorCopy, coachShared]) await copy.close();
    } finally {
      await dir.cleanup();
    }
  });

  it.runIf(!process.env.REKINDLE_TEST_COUCH_URL)('comes back on the same port with its data after stop and start', async () => {
    await server.stop();
    await expect(fetch(`${server.url}/`)).rejects.toThrow();
    await server.start();
    expect((await ask(server, council, 'GET', `/${db}/councilCases:cc1`)).status).toBe(200);
  });
});
