import { ApiCallError } from '../../api/client';
import { useErrors } from '../../app/errors-store';

/**
 * A refused action's messages by field ("answers.goodExperience" → "goodExperience"), to show beside
 * each field; anything not about a field goes to the app's error list.
 */
export function fieldMessages(err: unknown): Record<string, string> {
  const issues = err instanceof ApiCallError ? (err.details as { issues?: { path: string; message: string }[] } | undefined)?.issues : undefined;
  if (!issues?.length) {
    useErrors.getState().report(err);
    return {};
  }
  const out: Record<string, string> = {};
  // The last segment that is a name: "onboardingChecklist.2" is about the onboardingChecklist field.
  for (const i of issues) out[i.path.split('.').filter((p) => !/^\d+$/.test(p)).at(-1) ?? i.path] ??= i.message;
  return out;
}

/** Runs an action; on refusal returns the field messages and focuses the first named field. */
export async function runAction(action: () => Promise<unknown>, idPrefix: string): Promise<Record<string, string> | null> {
  try {
    await action();
    return null;
  } catch (err) {
    const found = fieldMessages(err);
    const first = Object.keys(found)[0];
    if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
    return found;
  }
}
