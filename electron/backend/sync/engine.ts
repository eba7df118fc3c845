import type { ConnectInput, ResolveInput, SyncConflict, SyncStatus } from '../../../shared/contract/sync';
import type { z } from 'zod';
import type { ServiceContext } from '../context';
import type { Store } from '../store/store';
import type { ChangeFeed } from '../write-path/change-feed';
import type { UnitOfWorkQueue } from '../write-path/unit-of-work';

export interface SyncEngineOptions {
  dataDir: string;
  store: Store;
  writes: UnitOfWorkQueue;
  changes: ChangeFeed;
  now(): string;
  logError(what: string, err: unknown): void;
}

/** Community sync behind the write path; 'local' (no server) until `connect`. */
export class SyncEngine {
  constructor(private readonly opts: SyncEngineOptions) {}

  status(): SyncStatus {
    return {
      mode: 'local',
      server: null,
      user: null,
      state: 'local',
      pending: 0,
      offlineSince: null,
      progress: null,
      problem: null,
      conflicts: 0,
      setAside: 0,
      lastSyncedAt: null,
    };
  }

  async connect(_ctx: ServiceContext, _input: z.output<typeof ConnectInput>): Promise<SyncStatus> {
    void this.opts;
    return this.status();
  }

  async disconnect(): Promise<SyncStatus> {
    return this.status();
  }

  conflicts(): SyncConflict[] {
    return [];
  }

  async resolve(_ctx: ServiceContext, _input: z.output<typeof ResolveInput>): Promise<{ resolved: boolean }> {
    return { resolved: false };
  }

  async close(): Promise<void> {}
}
