import { z } from 'zod';
import { IsoDateTime, Role } from '../model';
import { NoInput, type MethodSpec } from './method';

/**
 * Community sync (issue "Community sync"): this machine either works alone ("local", the default)
 * or replicates one community's data with a CouchDB server, where accounts and roles live.
 */
export const SyncMode = z.enum(['local', 'community']);

/** What the header says, in words the UI translates (`sync-state-<state>`). */
export const SyncState = z.enum([
  'local', // working on this machine only
  'connecting',
  'first-sync', // the first replication of a community; see `progress`
  'up-to-date',
  'sending', // `pending` local changes on their way
  'offline', // the server cannot be reached since `offlineSince`; changes are kept
  'refused', // the server refused (wrong password, no role, a change it would not take); see `problem`
  'error',
]);

/** A translatable sentence: a Fluent message id and its arguments. */
export const SyncMessage = z.object({
  messageId: z.string(),
  args: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const SyncUser = z.object({
  name: z.string(),
  /** The Rekindle roles the server gives this account (from CouchDB's `_session`). */
  roles: z.array(Role),
});

export const SyncStatus = z.object({
  mode: SyncMode,
  /** The server address, without credentials. */
  server: z.string().nullable(),
  user: SyncUser.nullable(),
  state: SyncState,
  /** Committed local changes not yet acknowledged by the server. */
  pending: z.number().int().nonnegative(),
  offlineSince: IsoDateTime.nullable(),
  /** During a first sync: documents so far of the total. */
  progress: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).nullable(),
  /** The last refusal or error, with what to do. */
  problem: SyncMessage.nullable(),
  /** Records with unresolved conflicting versions ("Sync conflicts"). */
  conflicts: z.number().int().nonnegative(),
  /** Documents from the server that were set aside (invalid or unknown). */
  setAside: z.number().int().nonnegative(),
  lastSyncedAt: IsoDateTime.nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const ConnectInput = z
  .object({
    /** https://…, or http:// only to the loopback address. */
    url: z.string().min(1).max(2000),
    name: z.string().min(1).max(200),
    password: z.string().min(1).max(1000),
  })
  .strict();

/** One field on which two versions of a record differ. */
export const ConflictField = z.object({
  path: z.string(),
  mine: z.unknown(),
  theirs: z.unknown(),
});

export const ConflictVersion = z.object({
  rev: z.string(),
  by: z.string(),
  at: IsoDateTime,
});

export const SyncConflict = z.object({
  collection: z.string(),
  id: z.string(),
  /** How the UI names the record (a Rep's name, a task's title). */
  title: z.string(),
  /** The version CouchDB picked as the winner and Rekindle applied. */
  mine: ConflictVersion,
  /** The other version kept by CouchDB. */
  theirs: ConflictVersion,
  /** Only the fields that clash; the rest were merged without asking. */
  fields: z.array(ConflictField),
});
export type SyncConflict = z.infer<typeof SyncConflict>;

export const ResolveInput = z
  .object({
    collection: z.string().min(1).max(64),
    id: z.string().min(1).max(64),
    /** For each clashing field, which version to keep; a field left out keeps the applied one. */
    pick: z.record(z.string(), z.enum(['mine', 'theirs'])),
  })
  .strict();

export const syncApi = {
  'sync.status': { input: NoInput, output: SyncStatus, mutates: false },
  'sync.connect': { input: ConnectInput, output: SyncStatus, mutates: true },
  'sync.disconnect': { input: NoInput, output: SyncStatus, mutates: true },
  'sync.conflicts': { input: NoInput, output: z.object({ items: z.array(SyncConflict) }), mutates: false },
  'sync.resolve': { input: ResolveInput, output: z.object({ resolved: z.boolean() }), mutates: true },
} as const satisfies Record<string, MethodSpec>;
