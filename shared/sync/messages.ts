/**
 * What the sync engine says about itself (a problem in the header, why a document from the server
 * was set aside), as a Fluent message id plus arguments, like the notices and refusals. The
 * English templates are the en-US text of renderer/src/i18n/locales/<locale>/sync-messages.ftl.
 */
import { fillMessage } from '../message-template';

export const SYNC_MESSAGES = {
  // Why a document from the server was set aside.
  'sync-aside-garbage': 'Document { $doc } from the server is not a Rekindle record.',
  'sync-aside-unknown-collection': 'Document { $doc } belongs to “{ $collection }”, which this version of Rekindle does not know.',
  'sync-aside-invalid': 'Document { $doc } from the server is not a valid { $collection } record ({ $path }: { $why }).',
  'sync-aside-too-big': 'Document { $doc } from the server is too big ({ $size } characters; at most { $max }).',
  // Problems shown in the header, with what to do.
  'sync-problem-password-needed': 'Sign in again to { $server } to resume sending and receiving changes; they are kept on this machine meanwhile.',
  'sync-problem-unauthorized': 'The server no longer accepts the account { $name }. Sign in again in Settings → Community.',
  'sync-problem-error': 'Sync stopped with an error ({ $why }). Changes are kept on this machine; disconnect and connect again in Settings → Community.',
} as const;

export type SyncMessageId = keyof typeof SYNC_MESSAGES;

export function syncMessage(messageId: SyncMessageId, args: Record<string, string | number> = {}): { messageId: SyncMessageId; args: Record<string, string | number> } {
  return { messageId, args };
}

/** The English text, for logs and tests. */
export function formatSyncMessage(messageId: SyncMessageId, args: Record<string, string | number>): string {
  return fillMessage(SYNC_MESSAGES[messageId], args);
}
