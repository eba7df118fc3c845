import Papa from 'papaparse';
import { MAX_IMPORT_BYTES, decodeUtf8, tooBig } from './bytes';
import { ImportFileError } from './errors';
import { restoreFormula } from './cells';

export type TableFormat = 'csv' | 'json';

export interface ParseTableInput {
  /** The file as text (already decoded); or */
  text?: string;
  /** the file's raw bytes, which must be UTF-8 (a BOM is allowed). */
  bytes?: Uint8Array;
  format: TableFormat;
  /** Default MAX_IMPORT_BYTES (20 MB). Text is measured in its UTF-8 bytes. */
  maxBytes?: number;
  /** Columns every file must have (checked after header mapping). */
  required?: readonly string[];
  /** When given, any other column is refused as unknown (after header mapping). */
  allowed?: readonly string[];
  /** File header → field name, for files whose headers differ (see mapColumns). */
  mapping?: Readonly<Record<string, string>>;
}

export interface Table {
  columns: string[];
  /** CSV: every value a string. JSON: the values as they were in the file. */
  rows: Record<string, unknown>[];
}

/**
 * Reads a CSV or JSON file into columns and rows, or throws ImportFileError saying what is wrong
 * with the file as a whole. Row-level problems are for validateRows.
 */
export function parseTable(input: ParseTableInput): Table {
  const maxBytes = input.maxBytes ?? MAX_IMPORT_BYTES;
  let text: string;
  if (input.bytes) {
    if (input.bytes.length > maxBytes) throw tooBig(input.bytes.length, maxBytes);
    text = decodeUtf8(input.bytes);
  } else {
    text = input.text ?? '';
    // A UTF-16 code unit is at most 3 UTF-8 bytes; only count exactly when it could matter.
    if (text.length * 3 > maxBytes) {
      const size = new TextEncoder().encode(text).length;
      if (size > maxBytes) throw tooBig(size, maxBytes);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new ImportFileError('EMPTY', 'The file is empty.');

  let table = input.format === 'json' ? parseJson(text) : parseCsv(text);
  if (input.mapping) table = mapColumns(table.rows, input.mapping, table.columns);
  checkColumns(table.columns, input.required ?? [], input.allowed);
  if (table.rows.length === 0) {
    throw new ImportFileError('EMPTY', input.format === 'json' ? 'The file is an empty list: there is nothing to import.' : 'The file has column headers but no rows.');
  }
  return table;
}

function parseJson(text: string): Table {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ImportFileError('BAD_JSON', `The file is not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  if (!Array.isArray(data)) {
    throw new ImportFileError('NOT_ARRAY_OF_OBJECTS', `The JSON file must be a list of records ([{…}, {…}]), but it is ${describeJson(data)}.`);
  }
  const columns = new Set<string>();
  data.forEach((row, i) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new ImportFileError('NOT_ARRAY_OF_OBJECTS', `The JSON file must be a list of records, but item ${i + 1} is ${describeJson(row)}.`, { row: i + 1 });
    }
    for (const key of Object.keys(row)) columns.add(key);
  });
  return { columns: [...columns], rows: data as Record<string, unknown>[] };
}

function describeJson(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a single object' : `a ${typeof v}`;
}

/** The row separator is read from the header line, so line breaks inside quoted cells survive. */
function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  const at = text.search(/[\r\n]/);
  if (at < 0 || text[at] === '\n') return '\n';
  return text[at + 1] === '\n' ? '\r\n' : '\r';
}

function parseCsv(text: string): Table {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true, newline: detectNewline(text), delimiter: ',' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    const line = fatal.row === undefined ? '' : ` near row ${fatal.row}`;
    throw new ImportFileError('BAD_CSV', `The CSV file is malformed${line}: ${fatal.message}.`, { row: fatal.row });
  }
  const [header, ...body] = parsed.data;
  const columns = (header ?? []).map((h) => h.trim());
  const seen = new Set<string>();
  for (const c of columns) {
    if (c === '') throw new ImportFileError('BAD_CSV', 'The CSV header has an empty column name.');
    if (seen.has(c)) throw new ImportFileError('DUPLICATE_COLUMNS', `The CSV header names the column "${c}" twice.`, { column: c });
    seen.add(c);
  }
  const rows = body.map((cells, i) => {
    if (cells.length !== columns.length) {
      throw new ImportFileError(
        'BAD_CSV',
        `Row ${i + 1} has ${cells.length} cells but the header has ${columns.length} columns (a comma or quote out of place?).`,
        { row: i + 1 },
      );
    }
    const row: Record<string, unknown> = {};
    columns.forEach((c, j) => (row[c] = restoreFormula(cells[j]!)));
    return row;
  });
  return { columns, rows };
}

function checkColumns(columns: readonly string[], required: readonly string[], allowed?: readonly string[]): void {
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new ImportFileError(
      'MISSING_COLUMNS',
      `The file is missing the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}. Its columns are: ${columns.join(', ') || '(none)'}.`,
      { missing, columns },
    );
  }
  if (allowed) {
    const unknown = columns.filter((c) => !allowed.includes(c));
    if (unknown.length > 0) {
      throw new ImportFileError(
        'UNKNOWN_COLUMNS',
        `The file has column${unknown.length > 1 ? 's' : ''} this import does not know: ${unknown.map((c) => `"${c}"`).join(', ')}. Is it the right kind of file?`,
        { unknown, allowed },
      );
    }
  }
}

/**
 * Renames columns (file header → field name); columns not in the mapping keep their name.
 * Two headers mapped onto one name is an error, as the rows would silently lose one.
 */
export function mapColumns(
  rows: readonly Record<string, unknown>[],
  mapping: Readonly<Record<string, string>>,
  columns: readonly string[] = [...new Set(rows.flatMap((r) => Object.keys(r)))],
): Table {
  const renamed = columns.map((c) => (Object.prototype.hasOwnProperty.call(mapping, c) ? mapping[c]! : c));
  const dup = renamed.find((c, i) => renamed.indexOf(c) !== i);
  if (dup !== undefined) throw new ImportFileError('DUPLICATE_COLUMNS', `Two columns of the file would both become "${dup}".`, { column: dup });
  return {
    columns: renamed,
    rows: rows.map((row) => {
      const out: Record<string, unknown> = {};
      columns.forEach((c, i) => {
        if (c in row) out[renamed[i]!] = row[c];
      });
      return out;
    }),
  };
}
