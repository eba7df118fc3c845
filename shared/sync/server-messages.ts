/**
 * What the community server says when it refuses a write, and what setting a community up says
 * when it cannot: Fluent message ids plus arguments (renderer/src/i18n/locales/<locale>/sync-server.ftl),
 * with the English templates here. The server's validate_doc_update function carries the refusal
 * templates, so a refusal read with curl is a sentence too, and the app reads its id back with
 * `serverRefusal`.
 */
import type { z } from 'zod';
import type { SyncMessage } from '../contract/sync';
import { fillMessage } from '../message-template';

export const SYNC_SERVER_MESSAGES = {
  // Refusals of a write by the server's validate_doc_update.
  'sync-refused-not-signed-in': 'The community server takes changes only from a signed-in account.',
  'sync-refused-no-role': 'The account { $name } has no Rekindle role (coach, mentor or council) on the community server; ask its administrator for one.',
  'sync-refused-design': 'Only the server’s administrator may change its validation rules.',
  'sync-refused-bad-doc': 'The community server refused a document that is not a Rekindle record ({ $problem }).',
  'sync-refused-bad-id': 'The community server refused a document whose id “{ $id }” is not its collection and record id.',
  'sync-refused-author': 'A change must be signed by the account that sends it ({ $name }), not by “{ $by }”.',
  'sync-refused-unknown-collection': 'The community server does not keep “{ $collection }” records.',
  'sync-refused-collection': 'Only { $roles } may change { $collection } records on the community server.',
  'sync-refused-reassign': 'Only the Council may give a Rep another mentor.',
  'sync-refused-decide': 'Only the Council may decide a case or change a decided one.',
  'sync-refused-confidential-role': 'Only mentors and the Council may write confidential notes to the community server.',
  'sync-refused-confidential-field': '“{ $field }” is not a confidential field of { $collection } records.',
  'sync-refused-confidential-in-shared': 'Confidential text ({ $field } of { $collection }) must not go to the database every member reads.',
  'sync-refused-other': 'The community server refused the change: { $reason }',
  // Setting up a community (npm run community) and reaching its server.
  'sync-url-invalid': '“{ $url }” is not a server address such as https://couch.example.org.',
  'sync-url-insecure': 'Connections to { $host } must use https; plain http is allowed only to this machine (localhost, 127.0.0.1, ::1).',
  'sync-url-credentials': 'Give the account name and password separately, not inside the server address.',
  'sync-server-unreachable': 'Cannot reach the community server at { $url } ({ $cause }). Check the address and that the server is running.',
  'sync-server-not-couchdb': '{ $url } answered, but it is not a CouchDB server.',
  'sync-admin-refused': 'The server refused the administrator account { $name }: wrong name or password.',
  'sync-server-error': 'The server answered { $status } to { $what }: { $reason }',
  'sync-db-name-invalid': '“{ $db }” is not a database name: use lowercase letters, digits and _ $ ( ) + - /, starting with a letter.',
  'sync-user-name-invalid': '“{ $name }” is not an account name: use 1 to 200 characters, no colon, not starting with _.',
  'sync-user-role-needed': 'Give the account at least one role: --role coach, --role mentor or --role council.',
} as const;

export type SyncServerMessageId = keyof typeof SYNC_SERVER_MESSAGES;

/** The English sentence, as the en-US interface shows it. */
export function formatSyncServerMessage(messageId: SyncServerMessageId, args: Record<string, string | number> = {}): string {
  return fillMessage(SYNC_SERVER_MESSAGES[messageId], args);
}

/**
 * The message of a server refusal: the `reason` of CouchDB's `{error: "forbidden" | "unauthorized",
 * reason}` answer. Rekindle's validation puts `{messageId, args, message}` as JSON there; anything
 * else (another server's rule, a proxy) is passed on in its own words.
 */
export function serverRefusal(reason: unknown): z.infer<typeof SyncMessage> {
  if (typeof reason === 'string') {
    try {
      const parsed = JSON.parse(reason) as { messageId?: unknown; args?: unknown };
      if (typeof parsed.messageId === 'string' && parsed.messageId in SYNC_SERVER_MESSAGES && parsed.args && typeof parsed.args === 'object') {
        const args: Record<string, string | number> = {};
        for (const [k, v] of Object.entries(parsed.args)) if (typeof v === 'string' || typeof v === 'number') args[k] = v;
        return { messageId: parsed.messageId, args };
      }
    } catch {
      // Not Rekindle's: said as it is below.
    }
  }
  return { messageId: 'sync-refused-other', args: { reason: String(reason ?? '').slice(0, 500) } };
}
