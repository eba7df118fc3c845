/**
 * Reading activity and roster files for import, on top of the shared tabular core
 * (shared/import): the file is parsed and its columns mapped here, in the renderer; the backend
 * validates every row against the Reps it knows and writes all rows or none.
 */
import type { ActivityImportPreview, ActivityImportRow, RosterRow } from '../api';
import { ACTIVITY_CHUNK_ROWS } from '../contract/activity';
import { parseTable, type Table, type TableFormat } from '../import';

export const ACTIVITY_FIELDS = ['rep', 'date', 'type', 'area', 'link', 'externalId'] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];
export const REQUIRED_ACTIVITY_FIELDS: readonly ActivityField[] = ['rep', 'date', 'type'];

export const ROSTER_FIELDS = ['name', 'email', 'handle', 'country', 'region', 'timezone', 'languages', 'areas', 'mentor', 'isMentor', 'mentorCapacity', 'contactConsent', 'preferredChannel'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];
export const REQUIRED_ROSTER_FIELDS: readonly RosterField[] = ['name', 'email', 'country', 'languages'];

/** Header spellings seen in Reps-portal exports and spreadsheets, folded (lowercase, no punctuation). */
const SYNONYMS: Record<string, string[]> = {
  rep: ['rep', 'email', 'repemail', 'user', 'useremail', 'handle', 'username', 'repshandle', 'portalhandle', 'mozillian', 'contributor'],
  date: ['date', 'when', 'activitydate', 'reportdate', 'day', 'createdat'],
  type: ['type', 'activity', 'activitytype', 'kind', 'category'],
  area: ['area', 'functionalarea', 'functionalareas', 'team'],
  link: ['link', 'url', 'evidence', 'reportlink'],
  externalId: ['externalid', 'id', 'reportid', 'activityid', 'uid'],
  name: ['name', 'fullname', 'displayname'],
  email: ['email', 'mail', 'emailaddress'],
  handle: ['handle', 'portalhandle', 'username', 'nick'],
  country: ['country'],
  region: ['region', 'city', 'state'],
  timezone: ['timezone', 'tz', 'zone'],
  languages: ['languages', 'language', 'langs'],
  areas: ['areas', 'functionalareas', 'area'],
  mentor: ['mentor', 'mentoremail', 'mentorhandle'],
  isMentor: ['ismentor', 'mentorrole'],
  mentorCapacity: ['mentorcapacity', 'capacity'],
  contactConsent: ['contactconsent', 'consent'],
  preferredChannel: ['preferredchannel', 'channel'],
};

function fold(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A first guess of which file column fills which field; the person confirms or changes it. */
export function guessMapping<F extends string>(columns: readonly string[], fields: readonly F[]): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  const used = new Set<string>();
  for (const field of fields) {
    const names = SYNONYMS[field] ?? [fold(field)];
    const hit = names.map((n) => columns.find((c) => !used.has(c) && fold(c) === n)).find((c) => c !== undefined);
    if (hit) {
      out[field] = hit;
      used.add(hit);
    }
  }
  return out;
}

export function formatOf(fileName: string): TableFormat {
  return /\.json$/i.test(fileName) ? 'json' : 'csv';
}

/** Large enough for 200,000 activity rows; the shared core's default is sized for catalogs. */
export const MAX_ACTIVITY_FILE_BYTES = 120 * 1024 * 1024;

export function readTable(fileName: string, text: string): Table {
  return parseTable({ text, format: formatOf(fileName), maxBytes: MAX_ACTIVITY_FILE_BYTES });
}

/** A field the mapping says is missing, by name, or null when every required field has a column. */
export function missingFields<F extends string>(mapping: Partial<Record<F, string>>, required: readonly F[]): F[] {
  return required.filter((f) => !mapping[f]);
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join('; ');
  return String(value);
}

/** Rows of the file as the fields the mapping names; line numbers count data rows from 1. */
export function mapRows<F extends string>(table: Table, mapping: Partial<Record<F, string>>, fields: readonly F[]): ({ line: number } & Record<F, string>)[] {
  return table.rows.map((row, i) => {
    const out = { line: i + 1 } as { line: number } & Record<F, string>;
    for (const f of fields) (out as Record<string, unknown>)[f] = mapping[f] ? cell(row[mapping[f]!]) : '';
    return out;
  });
}

export const toActivityRows = (table: Table, mapping: Partial<Record<ActivityField, string>>): Required<ActivityImportRow>[] => mapRows(table, mapping, ACTIVITY_FIELDS);
export const toRosterRows = (table: Table, mapping: Partial<Record<RosterField, string>>): RosterRow[] => mapRows(table, mapping, ROSTER_FIELDS);

type Call = {
  (method: 'activity.importBegin', input: { fileName: string }): Promise<{ importId: string }>;
  (method: 'activity.importChunk', input: { importId: string; rows: ActivityImportRow[] }): Promise<{ received: number; errorCount: number }>;
  (method: 'activity.importPreview', input: { importId: string }): Promise<ActivityImportPreview>;
};

/**
 * Sends the rows up in chunks, reporting progress after each, and returns the backend's preview.
 * Committing is a separate, deliberate step (activity.importCommit).
 */
export async function stageActivityImport(
  call: Call,
  fileName: string,
  rows: readonly ActivityImportRow[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<ActivityImportPreview> {
  const { importId } = await call('activity.importBegin', { fileName });
  for (let i = 0; i < rows.length; i += ACTIVITY_CHUNK_ROWS) {
    await call('activity.importChunk', { importId, rows: rows.slice(i, i + ACTIVITY_CHUNK_ROWS) });
    onProgress(Math.min(rows.length, i + ACTIVITY_CHUNK_ROWS), rows.length);
  }
  return call('activity.importPreview', { importId });
}

