/**
 * What the backend tells the user about their data (a damaged file, an upgrade, a failed backup),
 * as a Fluent message id plus arguments, so the UI shows it in the user's language. The English
 * templates here are the en-US .ftl text; `formatNotice` renders them for logs and tests.
 */
import { fillMessage } from './message-template';

export const NOTICE_MESSAGES = {
  'notice-restored-from-backup': '{ $file }.json could not be read ({ $why }). It was moved to { $aside } and the backup from { $from } was restored.',
  'notice-set-aside':
    '{ $file }.json could not be read ({ $why }) and no good backup was found. It was moved to { $aside }; { $file } starts empty until you restore it.',
  'notice-journal-set-aside':
    '{ $journal } has an unreadable entry at line { $line } ({ $why }); the changes before it were kept and the file was moved to { $aside }.',
  'notice-upgraded': 'The data was upgraded from format { $from } to { $to }. A copy as it was before is kept as the backup { $backup } (Settings → Data).',
  'notice-migrated-reason-labels':
    '{ $file }.json was upgraded: the built-in reasons are now named in the language of the interface; reasons you renamed or added keep their names.',
  'notice-migrated-status-causes':
    '{ $file }.json was upgraded: the reasons for status changes are now shown in the language of the interface; those Rekindle could not recognise keep their original words.',
  'notice-backup-failed': "Today's backup could not be taken ({ $why }). Your data is unchanged; take one from Settings → Data, or the next start will try again.",
  'notice-sync-set-aside':
    'Document { $doc } from the community server was set aside and not applied: it is not a valid Rekindle record, or this version of Rekindle does not know it. Nothing else changed.',
} as const;

export type NoticeMessageId = keyof typeof NOTICE_MESSAGES;
export const NOTICE_MESSAGE_IDS = Object.keys(NOTICE_MESSAGES) as NoticeMessageId[];
export type NoticeArgs = Record<string, string | number>;

/** The English text of a notice, exactly as the en-US interface shows it. */
export function formatNotice(messageId: NoticeMessageId, args: NoticeArgs): string {
  return fillMessage(NOTICE_MESSAGES[messageId], args);
}
