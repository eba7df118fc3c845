/**
 * Electron's main process: one secure window over the same backend the web bridge serves.
 * This file and preload.ts are the only ones that import electron.
 */
import { app, BrowserWindow, dialog, ipcMain, safeStorage, session, shell, type WebContents } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openBackend, type Backend } from './backend/backend';
import { encryptedFileVault } from './backend/sync/credentials';
import { CONTENT_SECURITY_POLICY } from './backend/web/security';

const here = dirname(fileURLToPath(import.meta.url));
const rendererIndex = join(here, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;


/** Only https links leave the app, and only to the system browser. */
function openExternalSafely(url: string): void {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' && !parsed.username && !parsed.password) void shell.openExternal(parsed.href);
  } catch {
    // Not a URL: ignore.
  }
}

function harden(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) {
      event.preventDefault();
      openExternalSafely(url);
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Rekindle',
    icon: join(here, '..', '..', 'resources', 'icon.png'),
    show: false,
    // Spelled out here, not built by a helper, so static checkers (Electronegativity) can verify it.
    webPreferences: {
      preload: join(here, '..', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would otherwise open links in a new window, around setWindowOpenHandler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadURL(rendererUrl);
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));
  await app.whenReady();

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // The renderer never talks to the network; anything but the app's own files is refused.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !/^(file|devtools|blob|data):/.test(details.url) });
  });

  try {
    const dataDir = app.getPath('userData');
    // The community password stays in the main process, sealed by the OS key store; the renderer never gets it back.
    backend = await openBackend({ dataDir, firstRun: 'demo', transport: 'ipc', appVersion: app.getVersion(), sync: { vault: encryptedFileVault(dataDir, safeStorage) } });
  } catch (err) {
    dialog.showErrorBox('Rekindle could not start', err instanceof Error ? err.message : String(err));
    app.quit();
    return;
  }
  ipcMain.handle('rekindle:invoke', (event, method: unknown, input: unknown) => {
    // Only our own window's top frame may call the backend.
    if (!event.senderFrame || event.senderFrame.url.split('#')[0]!.split('?')[0] !== rendererUrl) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Calls are only accepted from the Rekindle window.' } };
    }
    return backend!.dispatch(method, input);
  });

  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  // Acknowledged changes are on disk already; a failure to fold the journals must not crash the quit.
  void backend
    ?.close()
    .catch((err: Error) => console.error(`[rekindle] could not tidy the data folder on exit: ${err.message}`))
    .finally(() => app.quit());
});

void start();
