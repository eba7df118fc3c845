import Papa from 'papaparse';
import { encodeCell, neutraliseFormula } from './cells';

/**
 * Writes rows as RFC 4180 CSV (CRLF rows, cells quoted when they hold a comma, quote, line break
 * or edge spaces). Cells are encoded as in cells.ts, so parseTable + validateRows with the same
 * schema gives back exactly the same values, and no cell is a live formula (see neutraliseFormula).
 */
export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => neutraliseFormula(encodeCell(r[c])))) },
    // Papa's own escaping is one way: it would turn a name that starts with "'=" into "=…" on re-import.
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
}

/** JSON keeps native values; only the given columns, in that order. */
export function toJson(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  return `${JSON.stringify(
    rows.map((r) => Object.fromEntries(columns.filter((c) => r[c] !== undefined).map((c) => [c, r[c]]))),
    null,
    2,
  )}\n`;
}
