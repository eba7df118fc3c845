/**
 * Tabular import and export: pure TypeScript (no node:, no DOM beyond TextDecoder/atob, which
 * both Node and browsers have), shared by the backend services and the renderer.
 *
 * Reading a file:
 *
 *   const table = parseTable({ bytes | text, format: 'csv' | 'json', maxBytes?, required?, allowed?, mapping? });
 *     → { columns, rows }   rows: CSV gives strings, JSON gives the file's values
 *     throws ImportFileError { code, message, details } for a file that is not a table at all:
 *       EMPTY (no bytes, only blanks, a header without rows, an empty JSON list), NOT_UTF8,
 *       TOO_BIG (over maxBytes, default MAX_IMPORT_BYTES = 20 MB), BAD_BASE64, BAD_JSON,
 *       NOT_ARRAY_OF_OBJECTS, BAD_CSV (unbalanced quotes, a row with too many/few cells),
 *       MISSING_COLUMNS (a `required` column absent), UNKNOWN_COLUMNS (a column outside `allowed`),
 *       DUPLICATE_COLUMNS.
 *   base64ToBytes(s) for content that travelled as base64.
 *
 *   mapColumns(rows, { 'File header': 'field' }) renames columns of files whose headers differ.
 *
 *   const report = validateRows(table.rows, zodObjectSchema, { checks?, cells? });
 *     → { valid: {row, value}[], errors: {row, field, message}[], badRows: number[] }
 *     Each cell is decoded by the kind of its field, read from the schema (cells.ts): numbers,
 *     booleans, lists, nullable text; then the schema parses the row, then `checks` run on the
 *     parsed value (for cross-record rules: duplicate id, unknown reference). Row numbers are
 *     1-based over data rows; every message starts with the field it is about.
 *
 * Writing a file:
 *
 *   toCsv(rows, columns) / toJson(rows, columns). Lists are "a; b; c" in a CSV cell, or a JSON
 *   array of strings when an item contains ";" or edge spaces or is empty (see cells.ts), so
 *   parseTable + validateRows with the same schema give back exactly the rows that were written —
 *   commas, quotes, line breaks and any Unicode included. In CSV an empty cell in a nullable text
 *   column reads back as null.
 */
export { MAX_IMPORT_BYTES, base64ToBytes, bytesToBase64, decodeUtf8, formatMegabytes } from './bytes';
export { cellKindsOf, decodeCell, decodeList, encodeCell, encodeList, type CellKind } from './cells';
export { ImportFileError, type ImportFileErrorCode } from './errors';
export { toCsv, toJson } from './export';
export { mapColumns, parseTable, type ParseTableInput, type Table, type TableFormat } from './table';
export { validateRows, type RowCheck, type RowError, type RowsReport, type ValidRow, type ValidateOptions } from './validate';
