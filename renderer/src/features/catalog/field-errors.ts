import { ApiCallError } from '../../api/client';
import { useErrors } from '../../app/errors-store';

export type FieldErrors = Record<string, string>;

/**
 * Turns a refused save into messages beside each field ("fields.title" → "title"); anything that
 * is not about a field goes to the app's error list.
 */
export function fieldErrorsOf(err: unknown): FieldErrors {
  const issues = err instanceof ApiCallError ? (err.details as { issues?: { path: string; message: string }[] } | undefined)?.issues : undefined;
  if (!issues?.length) {
    useErrors.getState().report(err);
    return {};
  }
  const out: FieldErrors = {};
  for (const i of issues) {
    const field = i.path.replace(/^fields\./, '').split('.')[0]!;
    out[field] ??= i.message;
  }
  return out;
}

export const splitList = (text: string, separator: RegExp = /,/): string[] =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
