import { ImportFileError } from './errors';

/** Import files larger than this are refused before parsing (20 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function tooBig(bytes: number, maxBytes: number): ImportFileError {
  return new ImportFileError(
    'TOO_BIG',
    `The file is ${formatMegabytes(bytes)}; files up to ${formatMegabytes(maxBytes)} can be imported. Split it into smaller files.`,
    { bytes, maxBytes },
  );
}

/** Base64 (standard or URL-safe alphabet) to bytes, refusing anything that is not base64. */
export function base64ToBytes(base64: string): Uint8Array {
  const clean = base64.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
    throw new ImportFileError('BAD_BASE64', 'The file content did not arrive as valid base64.');
  }
  const binary = globalThis.atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode with a huge spread overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return globalThis.btoa(binary);
}

/** Strict UTF-8 decoding: a Latin-1 or UTF-16 file is refused, not silently garbled. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new ImportFileError(
      'NOT_UTF8',
      `The file is not UTF-8 text${at >= 0 ? ` (invalid byte at position ${at + 1})` : ''}. Save it as "CSV UTF-8" or UTF-8 JSON and try again.`,
      { position: at },
    );
  }
}

/** Where the first malformed UTF-8 sequence starts (-1 if none), to point at it in the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}
