import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CREDENTIALS_FILE, encryptedFileVault, memoryVault, type Cipher } from '../../electron/backend/sync/credentials';
import { tempDir } from '../support/fixtures';

/** A stand-in for the OS key store: reversible, and the plain text never appears in what it returns. */
const cipher = (available = true): Cipher => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain) => Buffer.from([...Buffer.from(plain, 'utf8')].map((b) => b ^ 0x5a)),
  decryptString: (sealed) => Buffer.from([...sealed].map((b) => b ^ 0x5a)).toString('utf8'),
});

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  dir = await tempDir('rekindle-vault-');
});
afterEach(async () => dir.cleanup());

const SERVER = 'https://reps.example.org';

describe('the community password between restarts', () => {
  it('start:web keeps it in memory only, for that account on that server', async () => {
    const vault = memoryVault();
    await vault.save(SERVER, 'ana', 's3cret-pw');
    expect(await vault.load(SERVER, 'ana')).toBe('s3cret-pw');
    expect(await vault.load(SERVER, 'bob')).toBeNull();
    expect(await vault.load('https://other.example.org', 'ana')).toBeNull();
    await vault.forget();
    expect(await vault.load(SERVER, 'ana')).toBeNull();
    expect(await readdir(dir.path)).toEqual([]);
  });

  it('the desktop build seals it with the OS key store: a later start opens it, the file never holds it in clear, disconnect removes it', async () => {
    await encryptedFileVault(dir.path, cipher()).save(SERVER, 'ana', 's3cret-pw');
    expect(await readdir(dir.path)).toEqual([CREDENTIALS_FILE]);
    const raw = await readFile(join(dir.path, CREDENTIALS_FILE));
    expect(raw.toString('latin1')).not.toContain('s3cret-pw');
    const later = encryptedFileVault(dir.path, cipher());
    expect(await later.load(SERVER, 'ana')).toBe('s3cret-pw');
    expect(await later.load(SERVER, 'bob')).toBeNull();
    await later.forget();
    expect(await readdir(dir.path)).toEqual([]);
    expect(await encryptedFileVault(dir.path, cipher()).load(SERVER, 'ana')).toBeNull();
  });

  it('without OS encryption it writes nothing and holds the password for this run only', async () => {
    const vault = encryptedFileVault(dir.path, cipher(false));
    await vault.save(SERVER, 'ana', 's3cret-pw');
    expect(await readdir(dir.path)).toEqual([]);
    expect(await vault.load(SERVER, 'ana')).toBe('s3cret-pw');
    expect(await encryptedFileVault(dir.path, cipher(false)).load(SERVER, 'ana')).toBeNull();
  });

  it('a damaged or foreign file is not an error: the person is asked again', async () => {
    await encryptedFileVault(dir.path, cipher()).save(SERVER, 'ana', 's3cret-pw');
    const other: Cipher = { ...cipher(), decryptString: () => 'not json' };
    expect(await encryptedFileVault(dir.path, other).load(SERVER, 'ana')).toBeNull();
  });
});
