import { RefusalDetails, type FieldIssue } from '../../../shared/errors';
import { useErrors } from '../app/errors-store';
import type { Translate } from '../i18n/i18n';
import { ApiCallError } from './client';

/** A refusal ready to show: the sentences beside each field, and those about no field of the form. */
export interface Refusal {
  byField: Map<string, string[]>;
  general: string[];
}

/** What a sentence is made of: a message id and arguments to translate, or the English as a fallback. */
export type Said = Pick<FieldIssue, 'message' | 'messageId' | 'args'>;

/** A refusal's issues, read through the contract's schema; null for a failure that is not a refusal. */
export function issuesOf(err: unknown): FieldIssue[] | null {
  if (!(err instanceof ApiCallError)) return null;
  const parsed = RefusalDetails.safeParse(err.details);
  return parsed.success && parsed.data.issues.length > 0 ? parsed.data.issues : null;
}

/** The issue in the user's language; an issue without an id (a schema's own sentence) stays English. */
export function issueText(t: Translate, said: Said): string {
  return said.messageId ? t(said.messageId, said.args) : said.message;
}

/** The issue with the field it names, for places that show it away from the field. */
export function issueLine(t: Translate, issue: FieldIssue): string {
  const text = issueText(t, issue);
  return issue.path && issue.path !== '(input)' ? `${issue.path}: ${text}` : text;
}

/**
 * Sorts issues by the form's fields. `field` maps a path to the name the form shows it under, or
 * null when the form has no such field; those issues join the general ones, with their path.
 */
export function readIssues(issues: readonly FieldIssue[], t: Translate, field: (path: string) => string | null = (path) => path || null): Refusal {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const issue of issues) {
    const name = issue.path ? field(issue.path) : null;
    if (name === null) general.push(issueLine(t, issue));
    else byField.set(name, [...(byField.get(name) ?? []), issueText(t, issue)]);
  }
  return { byField, general };
}

/** An API failure as a refusal to show, or null when it is another kind of failure (report that). */
export function refusalOf(err: unknown, t: Translate, field?: (path: string) => string | null): Refusal | null {
  const issues = issuesOf(err);
  return issues ? readIssues(issues, t, field) : null;
}

/** Every issue as one line each, for a form that shows its refusal in one place; null when not a refusal. */
export function refusalLines(err: unknown, t: Translate): string[] | null {
  return refusalOf(err, t, () => null)?.general ?? null;
}

/** The first sentence per field, for forms that show one message beside each field. */
export function firstPerField(refusal: Refusal): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, texts] of refusal.byField) out[name] = texts[0]!;
  return out;
}

/** Paths name a field when one of their segments is among `names` ("fields.steps.0" → "steps"). */
export function fieldsNamed(names: Iterable<string>): (path: string) => string | null {
  const known = new Set(names);
  return (path) => path.split('.').find((segment) => known.has(segment)) ?? null;
}

/** The fields a form shows are its elements with id `${idPrefix}-${name}`. */
export function fieldsOnPage(idPrefix: string): (path: string) => string | null {
  return (path) => path.split('.').find((segment) => !/^\d+$/.test(segment) && document.getElementById(`${idPrefix}-${segment}`)) ?? null;
}

/**
 * For a form: the first message beside each field it has. A failure that is not a refusal, or a
 * refusal about something the form does not show (a stale version), goes to the app's error list.
 */
export function formRefusal(err: unknown, t: Translate, field: (path: string) => string | null): Record<string, string> {
  const refusal = refusalOf(err, t, field);
  if (!refusal || refusal.general.length > 0) useErrors.getState().report(err);
  return refusal ? firstPerField(refusal) : {};
}

/** Runs a form's action; on refusal returns the field messages and focuses the first named field. */
export async function runAction(action: () => Promise<unknown>, t: Translate, idPrefix: string): Promise<Record<string, string> | null> {
  try {
    await action();
    return null;
  } catch (err) {
    const found = formRefusal(err, t, fieldsOnPage(idPrefix));
    const first = Object.keys(found)[0];
    if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
    return found;
  }
}
