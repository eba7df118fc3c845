/**
 * `npm run start:web`: the real backend under plain Node, serving the built renderer and the HTTP
 * bridge on 127.0.0.1. This is how the app runs where Electron cannot, and how tests drive it.
 *
 *   node out/main/web.js [--data-dir DIR] [--port N (0 = any free)] [--demo | --empty]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clockStartingAt, openBackend } from './backend/backend';
import { defaultDataDir } from './backend/paths';
import { startBridge } from './backend/web/bridge';

const USAGE = 'Usage: start:web [--data-dir DIR] [--port N] [--demo | --empty]';

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string', default: '0' },
        demo: { type: 'boolean', default: false },
        empty: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);
    if (values.demo && values.empty) throw new Error('choose either --demo or --empty, not both');
    return { dataDir: resolve(values['data-dir'] ?? defaultDataDir()), port, firstRun: values.empty ? ('empty' as const) : ('demo' as const) };
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const options = readOptions();
const here = dirname(fileURLToPath(import.meta.url));
function readClock(): { now?: () => string } {
  const start = process.env.REKINDLE_NOW;
  if (!start) return {};
  try {
    return { now: clockStartingAt(start) };
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
}

const backend = await openBackend({ dataDir: options.dataDir, firstRun: options.firstRun, transport: 'http', ...readClock() }).catch((err: Error) => {
  // A locked or unreadable data folder is the user's to fix; say what it is, without a stack trace.
  console.error(`Rekindle could not start: ${err.message}`);
  process.exit(1);
});
const bridge = await startBridge({ dispatch: backend.dispatch, rendererDir: join(here, '..', 'renderer'), port: options.port });

for (const notice of backend.store.notices) console.warn(`[rekindle] ${notice.message}`);
console.log(`Rekindle data: ${options.dataDir}`);
console.log(`Rekindle is running at ${bridge.url}`);
console.log('Open that address in a browser (it includes this run\'s access token). Press Ctrl+C to stop.');

async function shutdown(): Promise<void> {
  await bridge.close();
  try {
    await backend.close();
  } catch (err) {
    // Every acknowledged change is already on disk; only folding the journals failed (a read-only
    // or full disk). Say so instead of dying with a stack trace; the next start replays them.
    console.error(`Rekindle stopped, but could not tidy its data folder: ${(err as Error).message}. Your changes are saved.`);
    process.exit(1);
  }
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
