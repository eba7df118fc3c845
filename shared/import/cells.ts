import type { z } from 'zod';

/**
 * How a field is written in one CSV cell. JSON keeps native values; CSV has only text, so each
 * kind has one encoding that reads back to exactly the same value:
 *
 * - text: the text itself (commas, quotes, newlines and any Unicode are quoted by the CSV writer).
 * - number: JavaScript's shortest exact form ("2.5"); an empty cell is null (or the default).
 * - boolean: "true" / "false" (also read: yes/no, 1/0).
 * - list (skills, languages, steps, tags, …): items joined by "; " — readable and editable in a
 *   spreadsheet. When an item would not survive that (it contains ";", is empty, has leading or
 *   trailing spaces, or the first starts with "["), the whole list is written as a JSON array of
 *   strings instead: ["a; b","c"]. On reading, a cell starting with "[" is parsed as JSON,
 *   anything else is split on ";" and trimmed; an empty cell is an empty list.
 * - nullable text: an empty cell is null (so "" and null are the same in CSV).
 */
export type CellKind = 'text' | 'nullable-text' | 'number' | 'nullable-number' | 'boolean' | 'list';

export function encodeList(items: readonly string[]): string {
  if (items.length === 0) return '';
  const plain = items.every((s) => s.length > 0 && s.trim() === s && !s.includes(';')) && !items[0]!.startsWith('[');
  return plain ? items.join('; ') : JSON.stringify(items);
}

/** Returns the list, or an error message when a "[…" cell is not a JSON array of strings. */
export function decodeList(cell: string): string[] | { error: string } {
  const text = cell.trim();
  if (text === '') return [];
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { error: 'starts with "[" but is not a JSON list such as ["a","b"]' };
    }
    if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) return { error: 'must be a list of texts' };
    return parsed;
  }
  return text.split(';').map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * A spreadsheet runs a cell that starts with =, +, -, @, tab or CR as a formula, so a name such as
 * =HYPERLINK(…) in an export could send a row's data away on a click (OWASP's CSV injection). Such
 * cells are written with a leading apostrophe, which spreadsheets show as text. To read every
 * export back exactly, a cell that already starts with apostrophes before one of those characters
 * gets one more, and reading removes exactly one: the mapping is one to one.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The inverse of neutraliseFormula, applied to every cell of a CSV file that is read. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function encodeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return encodeList(value.map(String));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

type Decoded = { value: unknown } | { error: string };

/**
 * Reads one raw value (a CSV cell, or a JSON value) as the kind the schema expects. An empty
 * cell gives `undefined` so the schema's default applies (or it reports the field as required).
 */
export function decodeCell(kind: CellKind, raw: unknown): Decoded {
  if (typeof raw !== 'string') return { value: raw };
  const trimmed = raw.trim();
  switch (kind) {
    case 'text':
      return { value: raw === '' ? undefined : raw };
    case 'nullable-text':
      return { value: raw === '' ? null : raw };
    case 'number':
    case 'nullable-number': {
      if (trimmed === '') return { value: kind === 'nullable-number' ? null : undefined };
      const n = Number(trimmed);
      return Number.isFinite(n) ? { value: n } : { error: `"${truncate(raw)}" is not a number` };
    }
    case 'boolean': {
      if (trimmed === '') return { value: undefined };
      const lower = trimmed.toLowerCase();
      if (['true', 'yes', '1'].includes(lower)) return { value: true };
      if (['false', 'no', '0'].includes(lower)) return { value: false };
      return { error: `"${truncate(raw)}" is not true or false` };
    }
    case 'list': {
      const list = decodeList(raw);
      return Array.isArray(list) ? { value: list } : list;
    }
  }
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

type Def = { type: string; innerType?: { _zod: { def: Def } } };

/** The cell kind of each field of a zod object schema, read from the schema itself. */
export function cellKindsOf(schema: z.ZodObject): Record<string, CellKind> {
  const kinds: Record<string, CellKind> = {};
  for (const [field, type] of Object.entries(schema.shape)) {
    let def = (type as unknown as { _zod: { def: Def } })._zod.def;
    let nullable = false;
    while (def.innerType) {
      if (def.type === 'nullable') nullable = true;
      def = def.innerType._zod.def;
    }
    kinds[field] =
      def.type === 'array'
        ? 'list'
        : def.type === 'number'
          ? nullable
            ? 'nullable-number'
            : 'number'
          : def.type === 'boolean'
            ? 'boolean'
            : nullable
              ? 'nullable-text'
              : 'text';
  }
  return kinds;
}
