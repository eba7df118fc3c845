import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The same folder Electron's app.getPath('userData') gives for "Rekindle", so the desktop app and
 * `start:web` without --data-dir open the same data.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Rekindle');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Rekindle');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Rekindle');
}
