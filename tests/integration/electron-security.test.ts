/**
 * The Electron window's security settings, checked without Electron: the preferences object the
 * main process uses, the CSP the renderer ships with, and the rules that keep Electron contained.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/backend/web/security';
import ts from 'typescript';

const root = join(import.meta.dirname, '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((f) => {
    const p = join(dir, f);
    return statSync(join(root, p)).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('the Electron window', () => {
  /** The literal webPreferences object of the BrowserWindow in main.ts, read with the TypeScript parser. */
  function webPreferences(): Record<string, string> {
    const source = ts.createSourceFile('main.ts', read('electron/main.ts'), ts.ScriptTarget.Latest, true);
    let found: ts.ObjectLiteralExpression | undefined;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && node.name.getText() === 'webPreferences' && ts.isObjectLiteralExpression(node.initializer)) found = node.initializer;
      ts.forEachChild(node, visit);
    };
    visit(source);
    if (!found) throw new Error('no literal webPreferences in electron/main.ts');
    return Object.fromEntries(found.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(), p.initializer.getText()]));
  }

  it('is isolated and sandboxed, with no Node in the renderer', () => {
    expect(webPreferences()).toEqual({
      preload: "join(here, '..', 'preload', 'preload.cjs')",
      contextIsolation: 'true',
      sandbox: 'true',
      nodeIntegration: 'false',
      nodeIntegrationInWorker: 'false',
      nodeIntegrationInSubFrames: 'false',
      webSecurity: 'true',
      allowRunningInsecureContent: 'false',
      experimentalFeatures: 'false',
      webviewTag: 'false',
      spellcheck: 'false',
      disableBlinkFeatures: "'Auxclick'",
    });
  });

  it('ships a strict CSP: nothing remote, no inline script, no eval', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read('renderer/index.html'))?.[1];
    expect(meta).toBeDefined();
    // frame-ancestors cannot be set from a meta tag; the header (bridge and Electron session) carries it.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('denies new windows and navigation, and refuses IPC from other frames', () => {
    const main = read('electron/main.ts');
    expect(main).toMatch(/setWindowOpenHandler\([\s\S]*?action: 'deny'/);
    expect(main).toMatch(/'will-navigate'[\s\S]*?preventDefault\(\)/);
    expect(main).toMatch(/will-attach-webview[\s\S]*?preventDefault\(\)/);
    expect(main).toMatch(/senderFrame[\s\S]*?rendererUrl/);
    expect(main).toContain('requestSingleInstanceLock');
    expect(main).toMatch(/protocol === 'https:'/);
  });

  it('exposes one invoke function from the preload and nothing else', () => {
    const preload = read('electron/preload.ts');
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).toMatch(/invoke: \(method: string, input: unknown\)/);
    expect(preload).not.toMatch(/ipcRenderer\.(on|send)\b/);
  });

  it('keeps the community password in the main process, sealed by safeStorage, with no new door in the preload', () => {
    const main = read('electron/main.ts');
    expect(main).toMatch(/encryptedFileVault\(dataDir, safeStorage\)/);
    // Still the one channel: the renderer sends the password with sync.connect and never gets it back.
    expect(main.match(/ipcMain\.(handle|on)\(/g)).toEqual(['ipcMain.handle(']);
    expect(read('electron/preload.ts')).not.toMatch(/password|credential|safeStorage/i);
  });

  it('keeps Electron out of everything but main.ts and preload.ts', () => {
    const importers = [...files('electron'), ...files('renderer'), ...files('shared')].filter((f) => /from ['"]electron['"]/.test(read(f)));
    expect(importers.sort()).toEqual(['electron/main.ts', 'electron/preload.ts']);
  });
});
