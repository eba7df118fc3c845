import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { startBridge, type Bridge } from '../../electron/backend/web/bridge';
import { NOW, smallCommunity, tempDir } from '../support/fixtures';

let dir: Awaited<ReturnType<typeof tempDir>>;
let backend: Backend;
let bridge: Bridge;

/** A raw request, so tests control every header (fetch would add or forbid some). */
function send(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: Record<string, unknown>; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON (static file)
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const good = () => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${bridge.token}` });

async function settingsVersion(): Promise<number> {
  const r = await backend.dispatch('settings.get', {});
  return r.ok ? (r.value as { version: number }).version : -1;
}

beforeAll(async () => {
  dir = await tempDir();
  backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'http', now: () => NOW, loadDemo: async () => smallCommunity() });
  bridge = await startBridge({ dispatch: backend.dispatch });
});
afterAll(async () => {
  await bridge.close();
  await backend.close();
  await dir.cleanup();
});

describe('the HTTP bridge', () => {
  it('listens on loopback only and prints a URL with the token', () => {
    expect((bridge.server.address() as { address: string }).address).toBe('127.0.0.1');
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=${bridge.token}`);
    expect(bridge.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a good call through the same contract as IPC', async () => {
    const r = await send({ path: '/api/reps.list', headers: good(), body: JSON.stringify({ status: ['inactive'] }) });
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(true);
    expect(r.body.value.total).toBe(2);
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
  });

  const version = { before: 0 };
  const refusals: [string, Parameters<typeof send>[0], number, string, RegExp][] = [
    ['a missing token', { path: '/api/settings.update', headers: { 'Content-Type': 'application/json' }, body: '{"expectedVersion":1,"language":"es"}' }, 401, 'UNAUTHORIZED', /access token/],
    ['a wrong token', { path: '/api/settings.update', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer nope' }, body: '{"expectedVersion":1,"language":"es"}' }, 401, 'UNAUTHORIZED', /access token/],
    ['a foreign Origin', { path: '/api/settings.update', headers: { Origin: 'https://evil.example' }, body: '{"expectedVersion":1,"language":"es"}' }, 403, 'FORBIDDEN', /evil\.example/],
    ['a GET to the API', { method: 'GET', path: '/api/settings.get' }, 405, 'BAD_INPUT', /POST/],
    ['a garbage method', { path: '/api/%00drop', body: '{}' }, 404, 'UNKNOWN_METHOD', /Unknown API method/],
    ['a body that is not JSON', { path: '/api/settings.update', body: '{"expectedVersion":' }, 400, 'BAD_INPUT', /not valid JSON/],
    ['wrong types', { path: '/api/settings.update', body: '{"expectedVersion":"1","language":3}' }, 400, 'BAD_INPUT', /expectedVersion/],
    ['a malformed percent-escape in the method', { path: '/api/settings.%E0%A4%A', body: '{}' }, 400, 'BAD_INPUT', /not valid/],
    ['a non-JSON content type', { path: '/api/settings.update', headers: { 'Content-Type': 'text/plain' }, body: '{}' }, 415, 'BAD_INPUT', /Content-Type/],
  ];

  for (const [what, req, status, code, message] of refusals) {
    it(`refuses ${what} with a clear message and changes nothing`, async () => {
      version.before = await settingsVersion();
      const headers = { ...good(), ...(req.headers ?? {}) };
      if (what === 'a missing token') delete (headers as Record<string, string>).Authorization;
      const r = await send({ ...req, headers });
      expect(r.status).toBe(status);
      expect(r.body.ok).toBe(false);
      expect(r.body.error.code).toBe(code);
      expect(r.body.error.message).toMatch(message);
      expect(await settingsVersion()).toBe(version.before);
    });
  }

  it('refuses requests addressed to another Host name (DNS rebinding)', async () => {
    const r = await send({ path: '/api/settings.get', headers: { ...good(), Host: 'attacker.example:80' }, body: '{}' });
    expect(r.status).toBe(421);
  });

  it('accepts the same-origin Origin the served page sends', async () => {
    const r = await send({ path: '/api/settings.get', headers: { ...good(), Origin: bridge.origin }, body: '{}' });
    expect(r.status).toBe(200);
  });

  it('serves no files when it has no renderer, and never outside the renderer folder', async () => {
    expect((await send({ method: 'GET', path: '/' })).status).toBe(404);
    expect((await send({ method: 'GET', path: '/../../etc/passwd' })).status).toBe(404);
    const malformed = await send({ method: 'GET', path: '/%E0%A4%A' });
    expect([malformed.status, malformed.body.error.code]).toEqual([400, 'BAD_INPUT']);
  });

  it('tells the second of two clients editing the same thing that it changed, instead of overwriting', async () => {
    const call = async (method: string, input: unknown) => (await send({ path: `/api/${method}`, headers: good(), body: JSON.stringify(input) })).body;
    // Both windows load the settings, then both save a change.
    const seenByA = (await call('settings.get', {})).value;
    const seenByB = (await call('settings.get', {})).value;
    const a = await call('settings.update', { expectedVersion: seenByA.version, currentUser: { ...seenByA.currentUser, name: 'Client A' } });
    expect(a.ok).toBe(true);
    const b = await send({
      path: '/api/settings.update',
      headers: good(),
      body: JSON.stringify({ expectedVersion: seenByB.version, currentUser: { ...seenByB.currentUser, name: 'Client B' } }),
    });
    expect(b.status).toBe(409);
    expect(b.body.error.code).toBe('CONFLICT');
    expect(b.body.error.message).toMatch(/changed elsewhere .* Reload/);
    expect((await call('settings.get', {})).value.currentUser.name).toBe('Client A');
  });
});
