import { openBackend, type Backend } from '../../electron/backend/backend';
import { createClient, setApiClient } from '../../renderer/src/api/client';
import type { CommunityData } from '../../electron/backend/seed';
import { NOW, smallCommunity, tempDir } from './fixtures';

/**
 * The real backend in-process on a temp folder, wired to the renderer's client. Inputs go through
 * a JSON round trip, as they would over IPC or HTTP.
 */
export async function connectRealBackend(community: () => CommunityData = smallCommunity): Promise<{ backend: Backend; calls: string[]; close(): Promise<void> }> {
  const dir = await tempDir('rekindle-ui-');
  const backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'ipc', now: () => NOW, loadDemo: async () => community(), logError: () => undefined });
  const calls: string[] = [];
  setApiClient(
    createClient(async (method, input) => {
      calls.push(method);
      return backend.dispatch(method, JSON.parse(JSON.stringify(input ?? {})));
    }),
  );
  return {
    backend,
    calls,
    async close() {
      await backend.close();
      await dir.cleanup();
    },
  };
}
