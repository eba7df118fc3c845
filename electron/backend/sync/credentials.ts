import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../store/atomic-file';

/**
 * Where the community password is kept between calls, so the engine can sign in again after a
 * restart without asking. It is never in settings, logs, backups or archives: the backend keeps it
 * in memory (start:web), or the desktop build hands in a vault that encrypts it with the operating
 * system's key store (Electron's safeStorage, in electron/main.ts).
 */
export interface CredentialVault {
  /** Keeps the password of one account on one server. */
  save(server: string, name: string, password: string): Promise<void>;
  load(server: string, name: string): Promise<string | null>;
  /** Disconnecting forgets it. */
  forget(): Promise<void>;
}

/** start:web: the password lives as long as the process, and is asked again after a restart. */
export function memoryVault(): CredentialVault {
  let kept: { key: string; password: string } | null = null;
  return {
    async save(server, name, password) {
      kept = { key: keyOf(server, name), password };
    },
    async load(server, name) {
      return kept?.key === keyOf(server, name) ? kept.password : null;
    },
    async forget() {
      kept = null;
    },
  };
}

/** What Electron's safeStorage offers, so this file needs no Electron and tests can pass their own. */
export interface Cipher {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Not .json: backups and archives copy the collections' .json files only, and this is none of them. */
export const CREDENTIALS_FILE = 'sync-credentials.bin';

/**
 * The desktop build's vault: one file in the data folder holding the account and the password
 * encrypted by the OS key store. Where the OS offers no encryption (a Linux session without a
 * keyring), nothing is written and the password is kept in memory only, as in start:web.
 */
export function encryptedFileVault(dataDir: string, cipher: Cipher): CredentialVault {
  const path = join(dataDir, CREDENTIALS_FILE);
  const memory = memoryVault();
  return {
    async save(server, name, password) {
      await memory.save(server, name, password);
      if (!cipher.isEncryptionAvailable()) return;
      const sealed = cipher.encryptString(JSON.stringify({ key: keyOf(server, name), password }));
      await writeFileAtomic(path, sealed);
    },
    async load(server, name) {
      const held = await memory.load(server, name);
      if (held !== null || !cipher.isEncryptionAvailable()) return held;
      try {
        const opened = JSON.parse(cipher.decryptString(await readFile(path))) as { key?: unknown; password?: unknown };
        return opened.key === keyOf(server, name) && typeof opened.password === 'string' ? opened.password : null;
      } catch {
        // No file, or one sealed by another OS account or key: ask the person again.
        return null;
      }
    },
    async forget() {
      await memory.forget();
      await unlink(path).catch(() => undefined);
    },
  };
}

const keyOf = (server: string, name: string) => `${name}@${server}`;
