import { Settings } from '../../../shared/model';
import type { CommitOp } from './transaction';
import { COLLECTIONS, type CollectionName } from './schema';

/** The store-wide journal: one line per committed unit of work, `commits.journal-<gen>.ndjson`. */
export const COMMIT_LOG = 'commits';

export interface CommitLine {
  ops: CommitOp[];
}

type Check = (collection: CollectionName, record: unknown) => { id: string };

/** Validates every record of the schema it belongs to; anything else is not a commit line. */
export const checkRecord: Check = (collection, record) => COLLECTIONS[collection].parse(record) as { id: string };

/**
 * Reads one journal line. `check` validates a record; backups, which are validated as a whole
 * afterwards, only need ids.
 */
export function parseCommitLine(raw: unknown, check: Check = checkRecord): CommitLine {
  const ops = (raw as { ops?: unknown } | null)?.ops;
  if (!Array.isArray(ops)) throw new Error('not a commit line');
  return {
    ops: ops.map((op: { collection?: unknown; op?: unknown; id?: unknown; record?: unknown; records?: unknown }): CommitOp => {
      if (op?.collection === 'settings' && op.op === 'put') return { collection: 'settings', op: 'put', record: Settings.parse(op.record) };
      if (typeof op?.collection !== 'string' || !(op.collection in COLLECTIONS)) throw new Error(`a commit names an unknown collection "${String(op?.collection)}"`);
      const collection = op.collection as CollectionName;
      if (op.op === 'del' && typeof op.id === 'string') return { collection, op: 'del', id: op.id };
      if (op.op === 'put') return { collection, op: 'put', record: check(collection, op.record) };
      if (op.op === 'replace' && Array.isArray(op.records)) return { collection, op: 'replace', records: op.records.map((r) => check(collection, r)) };
      throw new Error('not a commit operation');
    }),
  };
}

/** Where replayed operations go: each target has the generation its snapshot continues from. */
export interface ReplayTarget {
  gen: number;
  put(record: object): void;
  del(id: string): void;
  replace(records: { id: string }[]): void;
}

/**
 * Applies the committed lines a snapshot lacks, in order. A line older than a target's snapshot
 * is already in it. Returns how many operations were applied.
 */
export function replayCommits(lines: readonly { gen: number; value: CommitLine }[], targets: (collection: string) => ReplayTarget | undefined): number {
  let applied = 0;
  for (const { gen, value } of lines) {
    for (const op of value.ops) {
      const target = targets(op.collection);
      if (!target || gen < target.gen) continue;
      if (op.op === 'put') target.put(op.record);
      else if (op.op === 'del') target.del(op.id);
      else target.replace(op.records);
      applied++;
    }
  }
  return applied;
}
