/**
 * The one rule for a community server's address, for the setup command and for connecting:
 * https, or plain http only to this machine (the loopback address), where nothing crosses a
 * network; no credentials inside the address, which would end up in settings and logs.
 */
import type { SyncServerMessageId } from './server-messages';

export type ServerUrlCheck =
  | { ok: true; url: string }
  | { ok: false; messageId: SyncServerMessageId; args: Record<string, string> };

/** Whether a URL's host is this machine: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** The address without a trailing slash, or why it cannot be used. */
export function checkServerUrl(raw: string): ServerUrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, messageId: 'sync-url-invalid', args: { url: raw } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, messageId: 'sync-url-invalid', args: { url: raw } };
  if (url.username || url.password) return { ok: false, messageId: 'sync-url-credentials', args: {} };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return { ok: false, messageId: 'sync-url-insecure', args: { host: url.hostname } };
  if (url.search || url.hash) return { ok: false, messageId: 'sync-url-invalid', args: { url: raw } };
  return { ok: true, url: url.href.replace(/\/+$/, '') };
}
