import { refuse } from '../../../shared/errors';
import { Role } from '../../../shared/model';
import { issue } from '../../../shared/refusals';
import { formatSyncServerMessage, type SyncServerMessageId } from '../../../shared/sync/server-messages';
import { checkServerUrl } from '../../../shared/sync/server-url';
import { basicAuth } from './couch-http';

/** Where a community lives: the server's address (no credentials) and the community database's name. */
export interface ServerAddress {
  /** The server root, e.g. https://couch.example.org (or http://127.0.0.1:5984 on this machine). */
  server: string;
  /** The shared database; the confidential one is `<db>-confidential`. */
  db: string;
}

/** The database when the address names none (https://couch.example.org). */
export const DEFAULT_DB = 'rekindle';
const DB_NAME = /^[a-z][a-z0-9_$()+-]*$/;

/** A refusal of the address, in the words the setup command uses too (shared/sync/server-messages.ts). */
function badAddress(messageId: SyncServerMessageId, args: Record<string, string>) {
  return refuse('BAD_INPUT', { path: 'url', message: formatSyncServerMessage(messageId, args), messageId, args });
}

/**
 * Reads the address a person typed, under the one rule for server addresses (checkServerUrl:
 * https, or http only to this machine; no credentials inside). The last path segment names the
 * community's database (https://couch.example.org/rekindle); without one it is `rekindle`, as
 * `community init` makes it by default.
 */
export function parseServerAddress(url: string): ServerAddress {
  const checked = checkServerUrl(url.slice(0, 2000));
  if (!checked.ok) throw badAddress(checked.messageId, Object.fromEntries(Object.entries(checked.args).map(([k, v]) => [k, v.slice(0, 200)])));
  const parsed = new URL(checked.url);
  const segments = parsed.pathname.split('/').filter(Boolean);
  const last = segments.pop();
  let db = DEFAULT_DB;
  try {
    db = last === undefined ? DEFAULT_DB : decodeURIComponent(last);
  } catch {
    db = '';
  }
  if (!DB_NAME.test(db)) throw badAddress('sync-db-name-invalid', { db: db.slice(0, 100) });
  return { server: `${parsed.origin}${segments.length ? `/${segments.join('/')}` : ''}`, db };
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
    res = await fetch(`${address.server}/_session`, { headers: { Authorization: basicAuth({ name, password }), Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err instanceof Error ? err.message : String(err));
    throw badAddress('sync-server-unreachable', { url: address.server, cause: cause.slice(0, 200) });
  }
  if (res.status === 401 || res.status === 403) throw refuse('UNAUTHORIZED', issue('password', 'refusal-sync-wrong-password', { name }));
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  const ctx = (body as { userCtx?: { name?: unknown; roles?: unknown } } | null)?.userCtx;
  if (!res.ok || !ctx) throw badAddress('sync-server-not-couchdb', { url: address.server });
  if (ctx.name !== name) throw refuse('UNAUTHORIZED', issue('password', 'refusal-sync-wrong-password', { name }));
  const roles = (Array.isArray(ctx.roles) ? ctx.roles : []).filter((r): r is Role => Role.safeParse(r).success);
  if (roles.length === 0) throw refuse('FORBIDDEN', issue('name', 'refusal-sync-no-role', { name }));
  return { name, roles: [...new Set(roles)] };
}
