import { createClient, setApiClient } from '../../renderer/src/api/client';
import { connectRealBackend } from './ui-backend';
import type { SyncStatus } from '../../shared/api';

/** What `sync.status` says on a machine working alone (the default). */
export const LOCAL_STATUS: SyncStatus = {
  mode: 'local',
  server: null,
  user: null,
  state: 'local',
  pending: 0,
  offlineSince: null,
  progress: null,
  problem: null,
  conflicts: 0,
  setAside: 0,
  lastSyncedAt: null,
};

/**
 * The real backend in-process, with some sync methods answered by the test instead (to show the
 * screens a state the in-process backend cannot reach without a server); every other call is real.
 */
export async function connectWithSyncAnswers(answers: Record<string, (input: unknown) => unknown>) {
  const conn = await connectRealBackend();
  const inputs: { method: string; input: unknown }[] = [];
  setApiClient(
    createClient(async (method, input) => {
      conn.calls.push(method);
      const value = JSON.parse(JSON.stringify(input ?? {}));
      inputs.push({ method, input: value });
      const answer = answers[method];
      return answer ? { ok: true, value: answer(value) } : conn.backend.dispatch(method, value);
    }),
  );
  return { ...conn, inputs };
}
