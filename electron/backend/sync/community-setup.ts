/**
 * Setting up a community on a CouchDB server: what `npm run community -- init` and `add-user` do,
 * and what the tests run, so the server the tests check is set up exactly as users set theirs up.
 *
 * A community is two databases (shared/sync/validate-doc.ts says what each holds):
 * - `<db>`: every member (roles coach, mentor, council) reads and replicates it;
 * - `<db>-confidential`: only mentors and the Council are members, so CouchDB refuses a coach's
 *   reads and replication of it, which is what keeps why someone left off a coach's machine.
 * Both carry `_design/rekindle`, whose validate_doc_update enforces shared/sync/permissions.ts.
 * Every step is idempotent: init run again brings an existing community up to the current rules.
 */
import { Role } from '../../../shared/model/common';
import { CONFIDENTIAL_READERS, SHARED_MEMBERS } from '../../../shared/sync/permissions';
import { checkServerUrl } from '../../../shared/sync/server-url';
import { designDoc, DESIGN_DOC_ID, type DatabasePart } from '../../../shared/sync/validate-doc';
import { CommunitySetupError, couch, expectStatus, type Account } from './couch-http';

export { CommunitySetupError, type Account } from './couch-http';

export const DEFAULT_DB = 'rekindle';

/** The confidential database beside a community's shared one. */
export function confidentialDbName(db: string): string {
  return `${db}-confidential`;
}

/** CouchDB's rule for database names (its own `_users` etc. start with `_` and are not ours). */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export interface InitOptions {
  url: string;
  admin: Account;
  db?: string;
}

export interface InitResult {
  url: string;
  shared: string;
  confidential: string;
  /** The databases this run created (empty when the community already existed). */
  created: string[];
  /** The databases whose validation rules this run installed or replaced. */
  rulesUpdated: string[];
}

/** The address checked (https unless loopback), or a CommunitySetupError saying why not. */
export function serverUrl(raw: string): string {
  const checked = checkServerUrl(raw);
  if (!checked.ok) throw new CommunitySetupError(checked.messageId, checked.args);
  return checked.url;
}

const dbPath = (db: string) => `/${encodeURIComponent(db)}`;

/** That the address is a CouchDB and the account one of its administrators. */
async function checkAdmin(url: string, admin: Account): Promise<void> {
  const root = await couch(url, null, 'GET', '/');
  // CouchDB says {"couchdb": "Welcome"}; pouchdb-server (the tests' server) {"express-pouchdb": "Welcome"}.
  if (root.status !== 200 || !('couchdb' in root.body || 'express-pouchdb' in root.body)) throw new CommunitySetupError('sync-server-not-couchdb', { url });
  const session = await couch(url, admin, 'GET', '/_session');
  const roles = (session.body.userCtx as { roles?: unknown } | undefined)?.roles;
  if (session.status === 401 || !Array.isArray(roles) || !roles.includes('_admin')) throw new CommunitySetupError('sync-admin-refused', { name: admin.name });
}

/** Creates a database unless it exists; whether it was created. */
async function ensureDb(url: string, admin: Account, db: string): Promise<boolean> {
  const answer = expectStatus(await couch(url, admin, 'PUT', dbPath(db)), [201, 202, 412], `creating the database ${db}`);
  return answer.status !== 412;
}

function security(admin: Account, readers: readonly Role[]) {
  return { admins: { names: [admin.name], roles: [] }, members: { names: [], roles: [...readers] } };
}

/**
 * Whether two sources are the same rules: the loader that runs this (tsx for the command, vitest
 * for the tests) prints the functions' source with its own whitespace and semicolons.
 */
function sameSource(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.replace(/[\s;]+/g, '') === b.replace(/[\s;]+/g, '');
}

/** Installs the design document unless the same one is already there; whether it changed. */
async function ensureRules(url: string, admin: Account, db: string, part: DatabasePart): Promise<boolean> {
  const wanted = designDoc(part);
  const path = `${dbPath(db)}/${DESIGN_DOC_ID}`;
  const current = expectStatus(await couch(url, admin, 'GET', path), [200, 404], `reading the validation rules of ${db}`);
  if (current.status === 200 && sameSource(current.body.validate_doc_update, wanted.validate_doc_update)) return false;
  const rev = current.status === 200 ? { _rev: current.body._rev } : {};
  expectStatus(await couch(url, admin, 'PUT', path, { ...wanted, ...rev }), [201, 202], `installing the validation rules of ${db}`);
  return true;
}

/** Creates (or brings up to date) a community's two databases, their members and their rules. */
export async function initCommunity(options: InitOptions): Promise<InitResult> {
  const url = serverUrl(options.url);
  const shared = options.db ?? DEFAULT_DB;
  if (!DB_NAME.test(shared)) throw new CommunitySetupError('sync-db-name-invalid', { db: shared });
  const confidential = confidentialDbName(shared);
  await checkAdmin(url, options.admin);
  // A CouchDB 3 single node set up by hand may lack the accounts database; accounts live there.
  await ensureDb(url, options.admin, '_users');
  const created: string[] = [];
  const rulesUpdated: string[] = [];
  const parts: [string, DatabasePart, readonly Role[]][] = [
    [shared, 'shared', SHARED_MEMBERS],
    [confidential, 'confidential', CONFIDENTIAL_READERS],
  ];
  for (const [db, part, readers] of parts) {
    if (await ensureDb(url, options.admin, db)) created.push(db);
    expectStatus(await couch(url, options.admin, 'PUT', `${dbPath(db)}/_security`, security(options.admin, readers)), [200], `setting who may read ${db}`);
    if (await ensureRules(url, options.admin, db, part)) rulesUpdated.push(db);
  }
  return { url, shared, confidential, created, rulesUpdated };
}

export interface AddUserOptions {
  url: string;
  admin: Account;
  name: string;
  password: string;
  roles: readonly Role[];
}

/** CouchDB's account names: no colon (it separates name and password in Basic auth), not `_…`. */
const USER_NAME = /^[^:_][^:]{0,199}$/;

/** Creates an account with these Rekindle roles, or sets the roles and password of an existing one. */
export async function addUser(options: AddUserOptions): Promise<{ created: boolean }> {
  const url = serverUrl(options.url);
  if (!USER_NAME.test(options.name)) throw new CommunitySetupError('sync-user-name-invalid', { name: options.name });
  const roles = [...new Set(options.roles.map((r) => Role.parse(r)))];
  if (roles.length === 0) throw new CommunitySetupError('sync-user-role-needed');
  await checkAdmin(url, options.admin);
  const path = `/_users/${encodeURIComponent(`org.couchdb.user:${options.name}`)}`;
  const current = expectStatus(await couch(url, options.admin, 'GET', path), [200, 404], `reading the account ${options.name}`);
  const rev = current.status === 200 ? { _rev: current.body._rev } : {};
  const doc = { _id: `org.couchdb.user:${options.name}`, name: options.name, type: 'user', roles, password: options.password, ...rev };
  expectStatus(await couch(url, options.admin, 'PUT', path, doc), [201, 202], `saving the account ${options.name}`);
  return { created: current.status === 404 };
}
