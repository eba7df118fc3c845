import type { z } from 'zod';
import { cellKindsOf, decodeCell, type CellKind } from './cells';

export interface RowError {
  /** 1-based among the data rows (the header is not counted). */
  row: number;
  /** The column the problem is in, or "(row)" for a problem of the row as a whole. */
  field: string;
  message: string;
}

export interface ValidRow<T> {
  row: number;
  value: T;
}

export interface RowsReport<T> {
  valid: ValidRow<T>[];
  errors: RowError[];
  /** Row numbers with at least one error, ascending. */
  badRows: number[];
}

/** A check beyond the schema: return a problem (or several), or nothing when the row is fine. */
export type RowCheck<T> = (value: T, row: number) => Omit<RowError, 'row'> | Omit<RowError, 'row'>[] | null | undefined;

export interface ValidateOptions<T> {
  /** Checks run on rows the schema accepted (unknown reference, duplicate id, …). */
  checks?: readonly RowCheck<T>[];
  /** Overrides the cell kinds read from the schema. */
  cells?: Readonly<Record<string, CellKind>>;
}

/**
 * Turns raw rows (CSV strings or JSON values) into typed values: each cell is decoded by the kind
 * of its field (see cells.ts), the row is parsed with the zod schema, then the checks run. Every
 * problem names its row and field.
 */
export function validateRows<S extends z.ZodObject>(
  rows: readonly Record<string, unknown>[],
  schema: S,
  options: ValidateOptions<z.output<S>> = {},
): RowsReport<z.output<S>> {
  const kinds = { ...cellKindsOf(schema), ...options.cells };
  const valid: ValidRow<z.output<S>>[] = [];
  const errors: RowError[] = [];
  rows.forEach((raw, i) => {
    const row = i + 1;
    const decoded: Record<string, unknown> = {};
    const rowErrors: RowError[] = [];
    for (const [field, cell] of Object.entries(raw)) {
      const kind = kinds[field];
      if (!kind) {
        decoded[field] = cell;
        continue;
      }
      const got = decodeCell(kind, cell);
      if ('error' in got) rowErrors.push({ row, field, message: `${field}: ${got.error}` });
      else if (got.value !== undefined) decoded[field] = got.value;
    }
    if (rowErrors.length === 0) {
      const parsed = schema.safeParse(decoded);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.length ? String(issue.path[0]) : '(row)';
          const where = issue.path.length > 1 ? `${issue.path.map(String).join('.')}` : field;
          rowErrors.push({ row, field, message: `${where}: ${describeIssue(issue, valueAt(decoded, issue.path))}` });
        }
      } else {
        for (const check of options.checks ?? []) {
          const found = check(parsed.data, row);
          for (const p of found ? (Array.isArray(found) ? found : [found]) : []) rowErrors.push({ row, ...p });
        }
        if (rowErrors.length === 0) valid.push({ row, value: parsed.data });
      }
    }
    errors.push(...rowErrors);
  });
  return { valid, errors, badRows: [...new Set(errors.map((e) => e.row))] };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

/** zod says "Invalid option"; a person importing a file needs the value and what would do. */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_value' && typeof value === 'string') {
    const known = issue.values.map(String);
    return `"${value}" is not a known value (use one of: ${known.join(', ')})`;
  }
  if (issue.code === 'invalid_type' && value === undefined) return 'is required';
  return issue.message;
}
