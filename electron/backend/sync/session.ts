import { refuse } from '../../../shared/errors';
import { Role } from '../../../shared/model';
import { issue } from '../../../shared/refusals';

/** Where a community lives: the server's address (no credentials) and the community database's name. */
export interface ServerAddress {
  /** The server root, e.g. https://couch.example.org (or http://127.0.0.1:5984 on this machine). */
  server: string;
  /** The shared database; the confidential one is `<db>-confidential`. */
  db: string;
}

/** The database when the address names none (https://couch.example.org). */
export const DEFAULT_DB = 'rekindle';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const DB_NAME = /^[a-z][a-z0-9_$()+-]*$/;

/**
 * Reads the address a person typed. The last path segment names the community's database
 * (https://couch.example.org/rekindle); traffic leaves this machine only over https, because the
 * password and the community's records travel in it.
 */
export function parseServerAddress(url: string): ServerAddress {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw refuse('BAD_INPUT', issue('url', 'refusal-sync-url-invalid', { url: url.slice(0, 200) }));
  }
  const shown = url.slice(0, 200);
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username || parsed.password || parsed.search || parsed.hash) {
    throw refuse('BAD_INPUT', issue('url', 'refusal-sync-url-invalid', { url: shown }));
  }
  if (parsed.protocol === 'http:' && !LOOPBACK.has(parsed.hostname)) throw refuse('BAD_INPUT', issue('url', 'refusal-sync-url-insecure'));
  const segments = parsed.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const db = segments.pop() ?? DEFAULT_DB;
  if (!DB_NAME.test(db)) throw refuse('BAD_INPUT', issue('url', 'refusal-sync-url-invalid', { url: shown }));
  const prefix = segments.map(encodeURIComponent).join('/');
  return { server: `${parsed.origin}${prefix ? `/${prefix}` : ''}`, db };
}

export function basicAuth(name: string, password: string): string {
  return `Basic ${Buffer.from(`${name}:${password}`, 'utf8').toString('base64')}`;
}

export interface Session {
  name: string;
  roles: Role[];
}

/** The most trusted of the roles, the one the app acts in: the Council, then a mentor, then a coach. */
export function mostTrusted(roles: readonly Role[]): Role {
  return roles.includes('council') ? 'council' : roles.includes('mentor') ? 'mentor' : 'coach';
}

/**
 * Asks the server who this account is (CouchDB `GET /_session` with the credentials). Only the
 * Rekindle roles count; server roles such as `_admin` or other applications' roles are ignored,
 * and an account with none is refused.
 */
export async function openSession(address: ServerAddress, name: string, password: string, timeoutMs = 10_000): Promise<Session> {
  let res: Response;
  try {
    res = await fetch(`${address.server}/_session`, { headers: { Authorization: basicAuth(name, password), Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const why = (err as { cause?: { code?: string } }).cause?.code ?? (err instanceof Error ? err.message : String(err));
    throw refuse('BAD_INPUT', issue('url', 'refusal-sync-unreachable', { server: address.server, why: why.slice(0, 200) }));
  }
  if (res.status === 401 || res.status === 403) throw refuse('UNAUTHORIZED', issue('password', 'refusal-sync-wrong-password', { name }));
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  const ctx = (body as { userCtx?: { name?: unknown; roles?: unknown } } | null)?.userCtx;
  if (!res.ok || !ctx) throw refuse('BAD_INPUT', issue('url', 'refusal-sync-unreachable', { server: address.server, why: `HTTP ${res.status}` }));
  if (ctx.name !== name) throw refuse('UNAUTHORIZED', issue('password', 'refusal-sync-wrong-password', { name }));
  const roles = (Array.isArray(ctx.roles) ? ctx.roles : []).filter((r): r is Role => Role.safeParse(r).success);
  if (roles.length === 0) throw refuse('FORBIDDEN', issue('name', 'refusal-sync-no-role', { name }));
  return { name, roles: [...new Set(roles)] };
}
