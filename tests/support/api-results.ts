import type { Backend } from '../../electron/backend/backend';

/**
 * Helpers over a backend's dispatcher for tests: `value` answers a call's value and throws with
 * the error's code and message when it fails; `failure` answers the error and throws when the
 * call unexpectedly succeeds. The backend is read on each call, since tests reopen it.
 */
export function apiResults(backend: () => Backend) {
  async function value<T = any>(method: string, input: unknown = {}): Promise<T> {
    const r = await backend().dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  }
  async function failure(method: string, input: unknown = {}) {
    const r = await backend().dispatch(method, input);
    if (r.ok) throw new Error(`${method} should have failed`);
    return r.error;
  }
  return { value, failure };
}
