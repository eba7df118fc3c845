/**
 * Who may write what on a community server: the one table. The app's own role guards (the
 * contracts' `roles`) are workflow guards on one machine; connected to a community, the server
 * enforces this table in its `validate_doc_update` function, which is generated from it
 * (shared/sync/validate-doc.ts), so the table below and the server never disagree.
 *
 * The roles come from the work each role does (DESIGN.md "Who uses it"):
 * - coaches curate the catalog and keep their own record (tasks, coaches), run engagements and
 *   check in, which writes engagements, their surveys and reminders;
 * - mentors hold conversations, run match sessions (which create engagements), keep Reps and their
 *   activity, and may PROPOSE a Council case (council.propose has no role guard);
 * - the Council may write everything; only it decides cases (council.decide / council.reverse) and
 *   reassigns a mentor's mentees (mentors.reassign).
 * Accounts are not linked to coach records, so "an engagement the coach works on" is not checked
 * per record: a coach may write engagements, surveys and reminders as a collection.
 */
import type { Role } from '../model/common';

/** The collections that replicate. The audit log does not: each machine audits what it applied. */
export const SYNCED_COLLECTIONS = [
  'reps',
  'activities',
  'coaches',
  'tasks',
  'conversations',
  'matchSessions',
  'engagements',
  'surveys',
  'councilCases',
  'reminders',
] as const;
export type SyncedCollection = (typeof SYNCED_COLLECTIONS)[number];

/**
 * A narrower rule inside a collection: only `roles` may write a record when it applies.
 * - `changed`: an existing record's `field` takes another value (`exceptFromNull`: setting it
 *   for the first time is not a change in this sense, e.g. a Rep's first mentor).
 * - `outside`: the record, before or after the write, has a `field` value not in `values`.
 * Data, not functions, because the server's copy of the check is generated from it.
 */
export type WriteGuard =
  | { kind: 'changed'; field: string; exceptFromNull?: boolean; roles: readonly Role[]; messageId: GuardMessageId }
  | { kind: 'outside'; field: string; values: readonly (string | number | boolean | null)[]; roles: readonly Role[]; messageId: GuardMessageId };

export type GuardMessageId = 'sync-refused-reassign' | 'sync-refused-decide';

export interface WriteRule {
  /** The roles that may create, change and delete records of the collection. */
  writers: readonly Role[];
  guards?: readonly WriteGuard[];
}

const COUNCIL: readonly Role[] = ['council'];
const COACHES: readonly Role[] = ['coach', 'council'];
const MENTORS: readonly Role[] = ['mentor', 'council'];
const EVERYONE: readonly Role[] = ['coach', 'mentor', 'council'];

export const WRITE_RULES: Readonly<Record<SyncedCollection, WriteRule>> = {
  tasks: { writers: COACHES },
  coaches: { writers: COACHES },
  reps: {
    writers: MENTORS,
    // mentors.reassign is the Council's: a Rep's mentor, once set, is changed only by it.
    guards: [{ kind: 'changed', field: 'mentorId', exceptFromNull: true, roles: COUNCIL, messageId: 'sync-refused-reassign' }],
  },
  activities: { writers: MENTORS },
  conversations: { writers: MENTORS },
  matchSessions: { writers: MENTORS },
  // The coach running an engagement checks in, and its survey and reminders follow from that.
  engagements: { writers: EVERYONE },
  surveys: { writers: EVERYONE },
  reminders: { writers: EVERYONE },
  councilCases: {
    // A mentor proposes (an open, undecided case); a decided case, or a decision, is the Council's.
    writers: MENTORS,
    guards: [
      { kind: 'outside', field: 'status', values: ['open'], roles: COUNCIL, messageId: 'sync-refused-decide' },
      { kind: 'outside', field: 'decision', values: [null], roles: COUNCIL, messageId: 'sync-refused-decide' },
    ],
  },
};

/** The table as plain JSON, the form the server's generated function carries. */
export type WriteTable = Readonly<Record<string, WriteRule>>;

/** Why a write is refused: a message id (shared/sync/server-messages.ts) and its arguments. */
export interface WriteRefusal {
  messageId: string;
  args: Record<string, string>;
}

/**
 * The check itself, written in ES5 on purpose and with no reference outside its arguments: its
 * source text is what the server runs (CouchDB's JavaScript engine, older builds of which predate
 * ES2015), so this function is the one implementation. Its source is taken as the loader emits it
 * (tsx, vitest), so: no inner functions (a loader keeping names would wrap them in a helper the
 * server lacks) and no `{ x: x }` (esbuild prints the ES2015 shorthand `{ x }`); the tests parse
 * the result as ES5.
 * Returns null when the write is allowed. `before`/`after` are records (null for a create / a delete).
 */
export function checkWrite(table: WriteTable, roles: readonly string[], collection: string, before: unknown, after: unknown): WriteRefusal | null {
  var rule = Object.prototype.hasOwnProperty.call(table, collection) ? table[collection] : undefined;
  if (!rule) return { messageId: 'sync-refused-unknown-collection', args: { collection: String(collection) } };
  var i, allowed = false;
  for (i = 0; i < rule.writers.length; i++) if (roles.indexOf(rule.writers[i]!) !== -1) allowed = true;
  if (!allowed) return { messageId: 'sync-refused-collection', args: { collection: String(collection), roles: rule.writers.join(', ') } };
  var guards = rule.guards || [];
  for (var g = 0; g < guards.length; g++) {
    var guard = guards[g]!;
    // A field's value on each side; a missing field counts as null, a missing record as undefined.
    var was = before && typeof before === 'object' ? (before as Record<string, unknown>)[guard.field] : undefined;
    var now = after && typeof after === 'object' ? (after as Record<string, unknown>)[guard.field] : undefined;
    if (before != null && was === undefined) was = null;
    if (after != null && now === undefined) now = null;
    var applies = false;
    if (guard.kind === 'changed') {
      applies = before != null && after != null && JSON.stringify(was) !== JSON.stringify(now) && !(guard.exceptFromNull && was === null);
    } else {
      if (before != null && guard.values.indexOf(was as never) === -1) applies = true;
      if (after != null && guard.values.indexOf(now as never) === -1) applies = true;
    }
    if (!applies) continue;
    allowed = false;
    for (i = 0; i < guard.roles.length; i++) if (roles.indexOf(guard.roles[i]!) !== -1) allowed = true;
    if (!allowed) return { messageId: guard.messageId, args: { collection: String(collection), field: guard.field, roles: guard.roles.join(', ') } };
  }
  return null;
}

/** Why these roles may not make this write, or null when they may. */
export function whyNotWrite(roles: readonly Role[], collection: string, before: unknown, after: unknown): WriteRefusal | null {
  return checkWrite(WRITE_RULES, roles, collection, before, after);
}

/** Whether an account with these roles may change `before` into `after` (null: create / delete). */
export function mayWrite(roles: readonly Role[], collection: string, before: unknown, after: unknown): boolean {
  return whyNotWrite(roles, collection, before, after) === null;
}

/** The Rekindle roles among an account's CouchDB roles (which also carry others, such as `_admin`). */
export function rekindleRoles(roles: readonly string[]): Role[] {
  return EVERYONE.filter((r) => roles.includes(r));
}

/** The roles that read the confidential database (its `_security` members). */
export const CONFIDENTIAL_READERS: readonly Role[] = MENTORS;
/** The roles that read and replicate the shared database. */
export const SHARED_MEMBERS: readonly Role[] = EVERYONE;
