/**
 * The Electron window's security settings, checked without Electron: the preferences object the
 * main process uses, the CSP the renderer ships with, and the rules that keep Electron contained.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/backend/web/security';
import { secureWebPreferences } from '../../electron/window-preferences';

const root = join(import.meta.dirname, '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((f) => {
    const p = join(dir, f);
    return statSync(join(root, p)).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('the Electron window', () => {
  it('is isolated and sandboxed, with no Node in the renderer', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
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

  it('keeps Electron out of everything but main.ts and preload.ts', () => {
    const importers = [...files('electron'), ...files('renderer'), ...files('shared')].filter((f) => /from ['"]electron['"]/.test(read(f)));
    expect(importers.sort()).toEqual(['electron/main.ts', 'electron/preload.ts']);
  });
});
