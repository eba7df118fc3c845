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

/** Values a refusal's sentence is built from; the UI formats them in the user's language. */
export type IssueArgs = Record<string, string | number>;

/**
 * One thing wrong with a request. `path` names the field at fault ("" when none is); `message` is
 * the English sentence, for logs and tests; `messageId` + `args` are what the UI translates.
 */
export interface FieldIssue {
  path: string;
  message: string;
  messageId?: string;
  args?: IssueArgs;
}

export const FieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  messageId: z.string().optional(),
  args: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/**
 * The details of every refusal (BAD_INPUT, CONFLICT, FORBIDDEN): its issues, plus any machine data
 * a screen may act on (a row number, the current version) alongside.
 */
export const RefusalDetails = z.looseObject({ issues: z.array(FieldIssueSchema) });
export type RefusalDetails = z.infer<typeof RefusalDetails>;

/**
 * Names each bad field ("thresholds.atRiskDays: …") so the message says what to fix. Zod's
 * sentences carry no message id: the UI shows them as zod and the schemas word them (">=0"),
 * since a translation would have to follow every zod code and every custom message.
 */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldIssue[] {
  return issues.map((i) => ({
    path: i.path.length ? i.path.map(String).join('.') : '(input)',
    message: i.message,
  }));
}

export function issuesToMessage(prefix: string, issues: FieldIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return `${prefix} — ${shown.join('; ')}${more}`;
}

/**
 * A refusal whose details are its issues. One issue reads "path: message" as the error's message
 * (or the message alone when no field is at fault); several are listed after `prefix`.
 */
export function refuse(
  code: ErrorCode,
  issues: FieldIssue | FieldIssue[],
  opts: { prefix?: string; message?: string; extra?: Record<string, unknown> } = {},
): ApiError {
  const list = Array.isArray(issues) ? issues : [issues];
  const only = list.length === 1 ? list[0]! : undefined;
  const message =
    opts.message ?? (only && opts.prefix === undefined ? (only.path ? `${only.path}: ${only.message}` : only.message) : issuesToMessage(opts.prefix ?? 'Refused', list));
  return new ApiError(code, message, { ...opts.extra, issues: list });
}

/** A save against a version that has moved on: the field at fault is expectedVersion. */
export function staleVersion(stale: FieldIssue, expectedVersion: number, currentVersion: number, extra: Record<string, unknown> = {}): ApiError {
  return refuse('CONFLICT', { ...stale, path: 'expectedVersion' }, { message: stale.message, extra: { ...extra, expectedVersion, currentVersion } });
}
