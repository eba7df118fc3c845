import { z } from 'zod';

/** Every failure crosses the API boundary as one of these codes, never as a stack trace. */
export const ErrorCode = z.enum([
  'UNKNOWN_METHOD',
  'BAD_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

/** Thrown by services for failures a user can act on; the dispatcher turns it into ApiErrorShape. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toJSON(): ApiErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export interface FieldIssue {
  path: string;
  message: string;
}

/** Names each bad field ("thresholds.atRiskDays: …") so the message says what to fix. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldIssue[] {
  return issues.map((i) => ({
    path: i.path.length ? i.path.map(String).join('.') : '(input)',
    message: i.message,
  }));
}

export function issuesToMessage(prefix: string, issues: FieldIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return `${prefix} — ${shown.join('; ')}${more}`;
}
