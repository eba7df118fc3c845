import type { z } from 'zod';
import type { SyncMessage, SyncState, SyncStatus } from '../../../shared/contract/sync';

/** What the engine knows about its replication; `stateOf` turns it into the header's one word. */
export interface SyncFacts {
  mode: SyncStatus['mode'];
  server: string | null;
  user: SyncStatus['user'];
  connecting: boolean;
  /** Document ids written to the local replicas and not yet pushed. */
  pending: ReadonlySet<string>;
  offlineSince: string | null;
  progress: SyncStatus['progress'];
  problem: { message: z.infer<typeof SyncMessage>; kind: 'refused' | 'error' } | null;
  conflicts: number;
  setAside: number;
  lastSyncedAt: string | null;
}

/**
 * One state, the most pressing first: a refusal or an error needs the person; offline says their
 * changes are kept; a first sync shows its progress; then whether changes are on their way.
 */
export function stateOf(f: SyncFacts): z.infer<typeof SyncState> {
  if (f.mode === 'local') return 'local';
  if (f.connecting) return 'connecting';
  if (f.problem) return f.problem.kind;
  if (f.offlineSince) return 'offline';
  if (f.progress) return 'first-sync';
  if (f.pending.size > 0) return 'sending';
  return 'up-to-date';
}

export function statusOf(f: SyncFacts): SyncStatus {
  return {
    mode: f.mode,
    server: f.server,
    user: f.user,
    state: stateOf(f),
    pending: f.pending.size,
    offlineSince: f.offlineSince,
    progress: f.progress,
    problem: f.problem?.message ?? null,
    conflicts: f.conflicts,
    setAside: f.setAside,
    lastSyncedAt: f.lastSyncedAt,
  };
}
