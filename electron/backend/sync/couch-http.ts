/**
 * A small CouchDB HTTP client for setting a community up: Node's fetch with Basic auth, each
 * failure turned into a sentence with a message id (CommunitySetupError). Replication itself is
 * PouchDB's; this is only for the administrator's one-off requests.
 */
import { formatSyncServerMessage, type SyncServerMessageId } from '../../../shared/sync/server-messages';

export interface Account {
  name: string;
  password: string;
}

/** A setup step that cannot go on, with what to do, in the words of shared/sync/server-messages.ts. */
export class CommunitySetupError extends Error {
  constructor(
    readonly messageId: SyncServerMessageId,
    readonly args: Record<string, string | number> = {},
  ) {
    super(formatSyncServerMessage(messageId, args));
    this.name = 'CommunitySetupError';
  }
}

export interface CouchAnswer {
  status: number;
  body: Record<string, unknown>;
}

export function basicAuth(account: Account): string {
  return `Basic ${Buffer.from(`${account.name}:${account.password}`, 'utf8').toString('base64')}`;
}

/** One request; throws only when the server cannot be reached or does not answer JSON. */
export async function couch(url: string, account: Account | null, method: string, path: string, body?: unknown): Promise<CouchAnswer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (account) headers.authorization = basicAuth(account);
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new CommunitySetupError('sync-server-unreachable', { url, cause: cause?.code ?? cause?.message ?? (err as Error).message });
  }
  const text = await res.text();
  try {
    const parsed = JSON.parse(text) as unknown;
    return { status: res.status, body: parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { value: parsed } };
  } catch {
    throw new CommunitySetupError('sync-server-not-couchdb', { url });
  }
}

/** Throws the server's own reason unless the answer is one of `ok`. */
export function expectStatus(answer: CouchAnswer, ok: readonly number[], what: string): CouchAnswer {
  if (ok.includes(answer.status)) return answer;
  const reason = [answer.body.error, answer.body.reason].filter((x) => typeof x === 'string' && x).join(': ') || 'no reason given';
  throw new CommunitySetupError('sync-server-error', { status: answer.status, what, reason });
}
