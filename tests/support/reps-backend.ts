import { openBackend, type Backend, type BackendOptions } from '../../electron/backend/backend';
import { apiResults } from './api-results';
import { NOW, smallCommunity, tempDir } from './fixtures';

/** The real backend on a temp folder, with a `value` helper that fails loudly on an error result. */
export async function openTestBackend(opts: Partial<BackendOptions> = {}) {
  const dir = await tempDir();
  let backend: Backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'http', now: () => NOW, loadDemo: async () => smallCommunity(), logError: () => undefined, ...opts });
  const { value } = apiResults(() => backend);
  return {
    get backend() {
      return backend;
    },
    dir: dir.path,
    call: (method: string, input: unknown = {}) => backend.dispatch(method, input),
    value,
    async asRole(role: 'coach' | 'mentor' | 'council', repId: string | null = null) {
      const s = await value('settings.get');
      await value('settings.update', { expectedVersion: s.version, currentUser: { ...s.currentUser, role, repId } });
    },
    async reopen() {
      await backend.close();
      backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'http', now: () => NOW, loadDemo: async () => smallCommunity(), logError: () => undefined, ...opts });
    },
    async close() {
      await backend.close();
      await dir.cleanup();
    },
  };
}
export type TestBackend = Awaited<ReturnType<typeof openTestBackend>>;
