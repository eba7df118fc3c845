import { crc32 } from 'node:zlib';
import { z } from 'zod';
import {
  Activity,
  AuditEntry,
  Coach,
  Conversation,
  CouncilCase,
  Engagement,
  MatchSession,
  Reminder,
  Rep,
  Settings,
  Survey,
  Task,
} from '../../../shared/model';
import type { NoticeMessageId } from '../../../shared/notices';
import { MIGRATIONS } from './migrations';

/** Bumped whenever a stored shape changes; each bump adds a migration below. */
export const SCHEMA_VERSION = 3;

/** One JSON file per collection, so a write to one never rewrites the big ones (activities). */
export const COLLECTIONS = {
  reps: Rep,
  activities: Activity,
  coaches: Coach,
  tasks: Task,
  conversations: Conversation,
  matchSessions: MatchSession,
  engagements: Engagement,
  surveys: Survey,
  councilCases: CouncilCase,
  reminders: Reminder,
  audit: AuditEntry,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export type RecordOf<N extends CollectionName> = z.infer<(typeof COLLECTIONS)[N]>;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export interface CollectionDoc<T> {
  schemaVersion: number;
  /** The commit-journal generation this snapshot continues from (see commit-log.ts). */
  journalGen?: number;
  records: T[];
}

export const SettingsDoc = z.object({
  schemaVersion: z.number().int().min(1),
  /** The commit-journal generation settings.json continues from, like a collection's snapshot. */
  journalGen: z.number().int().min(0).optional(),
  settings: Settings,
});
export type SettingsDoc = z.infer<typeof SettingsDoc>;

/**
 * A migration rewrites one file's raw JSON from `from` to `from + 1`. They run before validation,
 * so they may see shapes the current schema would reject.
 */
export interface Migration {
  from: number;
  file: CollectionName | 'settings';
  /** The notice that tells the user what changed; it gets the file name as `$file`. */
  notice: NoticeMessageId;
  up(doc: Record<string, unknown>): Record<string, unknown>;
  /** For a collection: one record, as its journal lines (written in their snapshot's shape) need. */
  record?(record: unknown): unknown;
}

export function migrate(
  file: CollectionName | 'settings',
  doc: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
): { doc: Record<string, unknown>; applied: NoticeMessageId[] } {
  let current = doc;
  const applied: NoticeMessageId[] = [];
  let version = typeof current.schemaVersion === 'number' ? current.schemaVersion : 1;
  if (version > SCHEMA_VERSION) {
    throw new Error(`was written by a newer Rekindle (schema ${version}; this one reads up to ${SCHEMA_VERSION})`);
  }
  while (version < SCHEMA_VERSION) {
    const step = migrations.find((m) => m.file === file && m.from === version);
    if (step) {
      current = step.up(current);
      applied.push(step.notice);
    }
    version += 1;
    current = { ...current, schemaVersion: version };
  }
  return { doc: current, applied };
}

/** A journal line's record, brought from its snapshot's version to the current one. */
export function migrateRecord(file: CollectionName, record: unknown, from: number, migrations: readonly Migration[] = MIGRATIONS): unknown {
  let current = record;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = migrations.find((m) => m.file === file && m.from === version);
    if (step?.record) current = step.record(current);
  }
  return current;
}

/**
 * A short hash of a record schema's shape. Stored beside each file's checksum, it tells a file
 * written under today's model from one written before the model changed.
 */
export function schemaFingerprint(schema: z.ZodType): string {
  return crc32(JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any' }))).toString(16);
}
