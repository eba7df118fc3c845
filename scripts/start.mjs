#!/usr/bin/env node
/**
 * `npm start`: builds the app and opens it in Electron. Where the Electron binary is missing it is
 * fetched once; where it cannot be had (no network, or a machine without a display), Rekindle says
 * so plainly and starts the browser version instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function ensureElectron() {
  if (!existsSync(electronDir)) return { binary: null, why: 'the electron package is not installed' };
  let binary = electronBinary();
  if (binary) return { binary };
  console.log('Fetching the Electron binary (first start only)…');
  const fetch = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  binary = electronBinary();
  if (binary) return { binary };
  // One line of the downloader's error is enough to tell a user what happened; no stack traces.
  const reason = `${fetch.stderr ?? ''}`.split('\n').find((line) => /error/i.test(line))?.trim();
  return { binary: null, why: `the Electron binary could not be downloaded on this machine${reason ? ` (${reason})` : ''}` };
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

if (!run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'])) {
  console.error('The build failed; see the messages above.');
  process.exit(1);
}

const { binary, why } = hasDisplay() ? ensureElectron() : { binary: null, why: 'there is no display to open a window on' };
if (binary) {
  const child = spawn(binary, [root, ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`\nElectron is unavailable: ${why}.`);
  console.log('Starting the browser version of Rekindle instead (same app, same data folder).\n');
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
