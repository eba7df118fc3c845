import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { ConnectInput, ResolveInput, SyncConflict, SyncStatus } from '../../../shared/contract/sync';
import { refuse } from '../../../shared/errors';
import { issue } from '../../../shared/refusals';
import { docId, readIncoming, readsConfidential } from '../../../shared/sync/documents';
import { syncMessage } from '../../../shared/sync/messages';
import { serverRefusal } from '../../../shared/sync/server-messages';
import type { ServiceContext } from '../context';
import { recordAudit } from '../features/audit/audit';
import type { Store } from '../store/store';
import type { ChangeFeed } from '../write-path/change-feed';
import { transactionOf } from '../write-path/records';
import type { UnitOfWorkQueue } from '../write-path/unit-of-work';
import { readSyncConfig, removeSyncConfig, REPLICA_DIR, writeSyncConfig, type SyncConfig } from './config';
import { Inbound, type KeptConflict, type SetAside } from './inbound';
import { Outbound, type ReplicaKind, type Replicas } from './outbound';
import { openRemote, pouchDB, statusOf as httpStatusOf, type Pouch, type Replication } from './pouch';
import { getDoc, readLocal, upsert, writeLocal } from './replica-docs';
import { mostTrusted, openSession, parseServerAddress } from './session';
import { statusOf, type SyncFacts } from './status';
import { isSynced, SYNCED_SCHEMAS } from './synced';

export interface SyncEngineOptions {
  dataDir: string;
  store: Store;
  writes: UnitOfWorkQueue;
  changes: ChangeFeed;
  now(): string;
  logError(what: string, err: unknown): void;
  /**
   * The password of the account in sync.json at start (the desktop build's safeStorage, an
   * environment variable); without one the machine keeps its changes and asks to sign in again.
   */
  password?: (config: SyncConfig) => Promise<string | null> | string | null;
  /**
   * Where the password is kept between restarts, never in sync.json or settings: the same shape
   * as the sync UI's CredentialVault (electron/backend/sync/credentials.ts), so the backend passes
   * its `credentials` here. Without one the password lives in this engine's memory only.
   */
  vault?: {
    save(server: string, name: string, password: string): Promise<void>;
    load(server: string, name: string): Promise<string | null>;
    forget(): Promise<void>;
  };
  /** The longest wait between two attempts to reach the server; tests shorten it. */
  retryMaxMs?: number;
}

interface Session {
  config: SyncConfig;
  replicas: Replicas;
  outbound: Outbound;
  inbound: Inbound;
  replications: Replication[];
  remotes: Pouch[];
  conflicts: Map<string, KeptConflict>;
  setAside: Map<string, SetAside>;
  pending: Record<ReplicaKind, Set<string>>;
}

/** What the engine keeps between starts in the shared replica (a `_local/` document, never replicated). */
interface KeptState {
  conflicts: KeptConflict[];
  setAside: SetAside[];
}

const STATE_DOC = 'rekindle-state';

function localFacts(): SyncFacts {
  return { mode: 'local', server: null, user: null, connecting: false, pending: new Set(), offlineSince: null, progress: null, problem: null, conflicts: 0, setAside: 0, lastSyncedAt: null };
}

/**
 * Community sync behind the write path. 'local' (this machine only) until `connect`; then lowdb
 * stays what every screen reads and writes, and PouchDB replicas in `<dataDir>/sync/` replicate
 * live, with retry, with the community's CouchDB: committed changes go out (outbound.ts), the
 * server's documents come in through the write path (inbound.ts). A coach's machine opens only
 * the shared database; the confidential one is for mentors and the Council.
 *
 * Connecting and disconnecting run in their API call's unit of work; the replication itself runs
 * outside every unit of work (`writes.outside`), so each batch it applies is its own.
 */
export class SyncEngine {
  private facts: SyncFacts = localFacts();
  private session: Session | null = null;
  /** Starting and stopping sessions, one after another. */
  private lifecycle: Promise<void> = Promise.resolve();
  private lastAnnounced = '';
  private closed = false;

  constructor(private readonly opts: SyncEngineOptions) {
    opts.writes.subscribe((events) => this.session?.outbound.enqueue(events));
  }

  /** At backend start: a machine that was connected carries on (reconciling first). */
  start(): Promise<void> {
    return this.schedule(async () => {
      const config = await readSyncConfig(this.opts.dataDir);
      if (!config) return;
      const password = (await this.opts.password?.(config)) ?? (await this.opts.vault?.load(config.server, config.name)) ?? null;
      await this.activate(config, password);
    });
  }

  status(): SyncStatus {
    return statusOf(this.facts);
  }

  conflicts(): SyncConflict[] {
    return [...(this.session?.conflicts.values() ?? [])].map(({ losers: _losers, ...c }) => c);
  }

  /**
   * Signs in to the server (refusing plain http beyond this machine, a wrong password, an account
   * without a Rekindle role), makes the account the current user in the role it is most trusted
   * with, remembers the server and the name (never the password), and starts replicating.
   */
  async connect(ctx: ServiceContext, input: z.output<typeof ConnectInput>): Promise<SyncStatus> {
    const address = parseServerAddress(input.url);
    const session = await openSession(address, input.name, input.password);
    const config: SyncConfig = { server: address.server, db: address.db, name: session.name, roles: session.roles };
    const role = mostTrusted(session.roles);
    const before = ctx.store.settings;
    if (before.currentUser.name !== session.name || before.currentUser.role !== role) {
      const currentUser = { ...before.currentUser, name: session.name, role };
      await ctx.store.saveSettings({ ...before, currentUser, version: before.version + 1, updatedAt: ctx.now() });
      await recordAudit(ctx, { entity: 'settings', entityId: 'settings', before: { currentUser: before.currentUser }, after: { currentUser } });
    }
    await writeSyncConfig(this.opts.dataDir, config);
    await this.opts.vault?.save(config.server, config.name, input.password);
    this.facts = { ...localFacts(), mode: 'community', server: config.server, user: { name: config.name, roles: config.roles }, connecting: true };
    this.announce();
    // Outside this unit of work: the replication's batches are units of work of their own.
    this.opts.writes.outside(() => void this.schedule(() => this.activate(config, input.password)));
    return this.status();
  }

  /** Stops replicating and forgets the server; the local copy (lowdb and the replicas) stays. */
  async disconnect(): Promise<SyncStatus> {
    await removeSyncConfig(this.opts.dataDir);
    await this.opts.vault?.forget();
    this.facts = localFacts();
    this.announce();
    // Not awaited: stopping waits for a batch that may be queued behind this very unit of work.
    this.opts.writes.outside(() => void this.schedule(() => this.teardown()));
    return this.status();
  }

  /**
   * Keeps, for each clashing field, the version picked; writes the result as a new revision (a
   * change like any other, audited as `sync.resolve`) and deletes the losing revisions, so the
   * resolution replicates to every machine.
   */
  async resolve(ctx: ServiceContext, input: z.output<typeof ResolveInput>): Promise<{ resolved: boolean }> {
    const s = this.session;
    const id = docId(input.collection, input.id);
    const conflict = s?.conflicts.get(id);
    const collection = input.collection;
    const local = isSynced(collection) ? (ctx.store.collections[collection].get(input.id) as { version: number } | undefined) : undefined;
    if (!s || !conflict || !isSynced(collection) || !local) throw refuse('NOT_FOUND', issue('id', 'refusal-sync-no-conflict', { collection: collection.slice(0, 64) }));
    const picked: Record<string, unknown> = {};
    for (const field of conflict.fields) if (input.pick[field.path] === 'theirs') picked[field.path] = field.theirs;
    await transactionOf(ctx).update(collection, input.id, local.version, (current) => ({ ...current, ...picked }) as typeof current);
    s.outbound.deleteLosersAfterWrite(id, conflict.losers);
    s.conflicts.delete(id);
    this.facts.conflicts = s.conflicts.size;
    void this.keepState(s);
    this.announce();
    return { resolved: true };
  }

  /** Settles when what has arrived is applied and what was committed is in the replicas (tests, shutdown). */
  async idle(): Promise<void> {
    await this.lifecycle;
    const s = this.session;
    if (!s) return;
    await s.outbound.idle();
    await s.inbound.kick();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.schedule(() => this.teardown());
  }

  private schedule(job: () => Promise<void>): Promise<void> {
    this.lifecycle = this.lifecycle.then(job).catch((err: unknown) => this.opts.logError('sync', err));
    return this.lifecycle;
  }

  private async activate(config: SyncConfig, password: string | null): Promise<void> {
    await this.teardown();
    if (this.closed) return;
    const PouchDB = pouchDB();
    const dir = join(this.opts.dataDir, REPLICA_DIR);
    await mkdir(dir, { recursive: true });
    const withConfidential = readsConfidential(config.roles);
    // An account that does not read confidential notes keeps no copy of them on this machine.
    if (!withConfidential) await rm(join(dir, `${config.db}-confidential`), { recursive: true, force: true });
    const shared = new PouchDB(join(dir, config.db));
    const confidential = withConfidential ? new PouchDB(join(dir, `${config.db}-confidential`)) : null;
    const replicas: Replicas = { shared, confidential };
    const kept = await readLocal<KeptState>(shared, STATE_DOC);
    const firstSync = (await readLocal(shared, 'rekindle-inbound')) === null && (await shared.info()).doc_count === 0;
    const s: Session = {
      config,
      replicas,
      replications: [],
      remotes: [],
      conflicts: new Map((kept?.conflicts ?? []).map((c) => [docId(c.collection, c.id), c])),
      setAside: new Map((kept?.setAside ?? []).map((a) => [`${a.doc}@${a.rev}`, a])),
      pending: { shared: new Set(), confidential: new Set() },
      outbound: null as never,
      inbound: null as never,
    };
    s.outbound = new Outbound({
      replicas,
      store: this.opts.store,
      author: { by: config.name, role: mostTrusted(config.roles) },
      now: this.opts.now,
      onQueued: (kind, id) => {
        s.pending[kind].add(id);
        this.refresh(s);
      },
      onError: (err) => this.opts.logError('sync.outbound', err),
    });
    s.inbound = new Inbound({
      replicas,
      store: this.opts.store,
      writes: this.opts.writes,
      onSetAside: (item) => this.setAside(s, item),
      onConflicts: (listed, gone) => {
        const changed = listed.length > 0 || gone.some((id) => s.conflicts.has(id));
        for (const id of gone) s.conflicts.delete(id);
        for (const c of listed) s.conflicts.set(docId(c.collection, c.id), c);
        if (changed) void this.keepState(s);
        this.refresh(s);
      },
      onMerged: (merged) => {
        for (const m of merged) {
          s.outbound.deleteLosersAfterWrite(docId(m.collection, m.record.id), m.losers);
          s.outbound.writeMerged(m.collection, m.record);
        }
      },
      onApplied: () => this.refresh(s),
      onError: (err) => this.opts.logError('sync.inbound', err),
    });
    this.session = s;
    this.facts = {
      ...localFacts(),
      mode: 'community',
      server: config.server,
      user: { name: config.name, roles: config.roles },
      connecting: password !== null,
      conflicts: s.conflicts.size,
      setAside: s.setAside.size,
    };
    this.announce();
    // What reached the replica before the last stop is applied, then what lowdb committed and the
    // replica lacks is written: after a crash anywhere, nothing is lost and nothing applied twice.
    await this.opts.writes.outside(() => s.inbound.kick());
    await s.outbound.reconcile();
    this.opts.writes.outside(() => s.inbound.start());
    if (password === null) {
      this.facts.problem = { message: syncMessage('sync-problem-password-needed', { server: config.server }), kind: 'refused' };
      this.announce();
      return;
    }
    const auth = { username: config.name, password };
    const remoteShared = openRemote(PouchDB, `${config.server}/${config.db}`, { auth, skip_setup: true });
    s.remotes.push(remoteShared);
    if (firstSync) {
      const total = (await remoteShared.info()).doc_count;
      this.facts.progress = { done: 0, total };
    }
    this.replicate(s, 'shared', shared, remoteShared);
    if (confidential) {
      const remoteConfidential = openRemote(PouchDB, `${config.server}/${config.db}-confidential`, { auth, skip_setup: true });
      s.remotes.push(remoteConfidential);
      this.replicate(s, 'confidential', confidential, remoteConfidential);
    }
    this.facts.connecting = false;
    this.announce();
  }

  /** Live replication both ways, retrying for as long as the server is away; its events drive the status. */
  private replicate(s: Session, kind: ReplicaKind, local: Pouch, remote: Pouch): void {
    const max = this.opts.retryMaxMs ?? 30_000;
    const opts = { live: true, retry: true, batch_size: 200, back_off_function: (delay: number) => Math.min(max, Math.max(250, delay * 2)) };
    const push = this.opts.writes.outside(() => local.replicate.to(remote, opts));
    const pull = this.opts.writes.outside(() => local.replicate.from(remote, opts));
    s.replications.push(push, pull);
    const online = () => {
      this.facts.offlineSince = null;
      this.facts.lastSyncedAt = this.opts.now();
    };
    const failed = (err: unknown) => {
      const status = httpStatusOf(err);
      if (status === 401) this.facts.problem = { message: syncMessage('sync-problem-unauthorized', { name: s.config.name }), kind: 'refused' };
      else if (status === 403) this.facts.problem = { message: serverRefusal((err as { reason?: unknown }).reason), kind: 'refused' };
      else this.facts.offlineSince ??= this.opts.now();
    };
    push
      .on('change', (info: { docs?: { _id: string }[] }) => {
        for (const d of info.docs ?? []) s.pending[kind].delete(d._id);
        online();
        this.refresh(s);
      })
      .on('paused', (err: unknown) => {
        if (err) failed(err);
        else {
          s.pending[kind].clear();
          online();
        }
        this.refresh(s);
      })
      .on('denied', (err: unknown) => void this.denied(s, kind, err))
      .on('error', (err: unknown) => {
        failed(err);
        if (!this.facts.problem) this.facts.problem = { message: syncMessage('sync-problem-error', { why: messageOf(err) }), kind: 'error' };
        this.refresh(s);
      });
    pull
      .on('change', (info: { docs_written?: number }) => {
        // docs_written counts from the start of this replication.
        if (this.facts.progress && kind === 'shared') {
          const done = Math.max(this.facts.progress.done, info.docs_written ?? 0);
          this.facts.progress = { done, total: Math.max(done, this.facts.progress.total) };
        }
        online();
        this.refresh(s);
      })
      .on('paused', (err: unknown) => {
        if (err) failed(err);
        else {
          if (kind === 'shared') this.facts.progress = null;
          online();
        }
        this.refresh(s);
      })
      .on('error', (err: unknown) => {
        failed(err);
        this.refresh(s);
      });
  }

  /**
   * The server refused a change (its validation: a role that may not write this, an author that
   * is not the account). The person is told why, and this machine shows the server's version
   * again: it is applied, and written over the refused revision in the replica so it is not
   * applied back.
   */
  private async denied(s: Session, kind: ReplicaKind, err: unknown): Promise<void> {
    const e = err as { id?: string; doc?: { _id?: string }; reason?: string; message?: string };
    const id = e.id ?? e.doc?._id ?? '';
    s.pending[kind].delete(id);
    this.facts.problem = { message: serverRefusal(e.reason ?? e.message), kind: 'refused' };
    this.refresh(s);
    if (kind !== 'shared' || !id) return;
    try {
      const remote = s.remotes[0]!;
      const serverDoc = await getDoc(remote, id);
      const incoming = serverDoc ? readIncoming(serverDoc, SYNCED_SCHEMAS) : null;
      if (serverDoc && incoming?.ok && !incoming.deleted) {
        const { _rev: _ignored, ...body } = serverDoc;
        await upsert(s.replicas.shared, body as never);
      }
      await s.inbound.kick();
    } catch (failure) {
      this.opts.logError('sync.denied', failure);
    }
  }

  private setAside(s: Session, item: SetAside): void {
    const key = `${item.doc}@${item.rev}`;
    if (s.setAside.has(key)) return;
    s.setAside.set(key, item);
    this.opts.store.notice('info', 'notice-sync-set-aside', { doc: item.doc });
    void this.keepState(s);
    this.refresh(s);
  }

  private async keepState(s: Session): Promise<void> {
    try {
      await writeLocal(s.replicas.shared, STATE_DOC, { conflicts: [...s.conflicts.values()], setAside: [...s.setAside.values()].slice(-1000) } satisfies KeptState);
    } catch (err) {
      this.opts.logError('sync.state', err);
    }
  }

  private refresh(s: Session): void {
    if (this.session !== s) return;
    this.facts.pending = new Set([...s.pending.shared, ...s.pending.confidential]);
    this.facts.conflicts = s.conflicts.size;
    this.facts.setAside = s.setAside.size;
    this.announce();
  }

  /** Open screens hear of a status change through the change feed (collection 'sync', id 'status'). */
  private announce(): void {
    const now = JSON.stringify(this.status());
    if (now === this.lastAnnounced) return;
    this.lastAnnounced = now;
    this.opts.changes.announce({ collection: 'sync', id: 'status', method: 'sync.status', by: this.facts.user?.name ?? '', at: this.opts.now() });
  }

  private async teardown(): Promise<void> {
    const s = this.session;
    if (!s) return;
    this.session = null;
    for (const r of s.replications) r.cancel();
    await s.inbound.stop();
    await s.outbound.stop();
    await this.keepState(s);
    for (const db of [...s.remotes, s.replicas.shared, s.replicas.confidential]) await db?.close().catch(() => undefined);
  }
}

function messageOf(err: unknown): string {
  const e = err as { message?: unknown; reason?: unknown; name?: unknown } | null;
  return String(e?.reason ?? e?.message ?? e?.name ?? err).slice(0, 200);
}

