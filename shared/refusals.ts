import type { FieldIssue, IssueArgs } from './errors';
import { fillMessage } from './message-template';

/**
 * Why the backend refuses a request, as a Fluent message id plus arguments, so the UI says it in
 * the user's language (renderer/src/i18n/locales/<locale>/refusals.ftl). The English templates
 * here are the en-US text; `issue` renders them into the issue's English `message` for logs.
 */
export const REFUSAL_MESSAGES = {
  // Versions and ids.
  'refusal-stale-record':
    'This { $collection } record was changed elsewhere (you edited version { $expected }, it is now version { $current }). Reload it and apply your change again.',
  'refusal-stale-rep': 'This Rep was changed elsewhere (you edited version { $expected }, it is now version { $current }). Reload it and apply your change again.',
  'refusal-stale-settings':
    'Settings were changed elsewhere (you edited version { $expected }, they are now version { $current }). Reload them and apply your change again.',
  'refusal-duplicate-id': 'A { $collection } record with id "{ $id }" already exists.',
  'refusal-no-rep': 'there is no Rep "{ $id }"',
  'refusal-no-rep-id': 'no Rep with id "{ $id }".',
  'refusal-no-coach': 'there is no coach "{ $id }"',
  // Reps and mentors.
  'refusal-rep-mentors-self': 'a Rep cannot mentor themselves.',
  'refusal-not-a-mentor': '{ $name } is not a mentor.',
  'refusal-id-not-a-mentor': '"{ $id }" is not a mentor.',
  'refusal-email-taken': '{ $name } already uses { $email }.',
  'refusal-still-has-mentees': '{ $name } still has mentees; reassign them first (Council → Mentors).',
  'refusal-listed-twice': '{ $name } is listed twice.',
  'refusal-mentors-self': '{ $name } cannot mentor themselves.',
  'refusal-mentor-inactive': '{ $name } is inactive; choose an active mentor.',
  'refusal-over-capacity': 'this would take { $which } past their capacity; confirm to assign beyond capacity.',
  // The catalog and coaches.
  'refusal-publish-deliverable': 'a published task needs a deliverable (what exists when it is done)',
  'refusal-publish-steps': 'a published task needs at least one step',
  'refusal-publish-effort': 'a published task needs an effort estimate in hours',
  'refusal-publish-languages': 'a published task needs at least one language',
  'refusal-no-coach-id': 'no coach with id "{ $id }"',
  'refusal-coach-no-rep': 'no Rep with id "{ $id }"',
  'refusal-coach-email-taken': '{ $email } is already the email of { $name }',
  // Conversations, matching and engagements.
  'refusal-reason-unknown': '"{ $category }" is not a reason in Settings',
  'refusal-reason-twice': '"{ $category }" is listed twice',
  'refusal-conversation-future': 'a conversation cannot be recorded in the future',
  'refusal-reasons-needed': 'choose at least one reason (or "unknown") for a conversation that reached the Rep',
  'refusal-orientation-past': 'the orientation call must be in the future',
  'refusal-plan-twice': '{ $name } appears twice in the plan',
  'refusal-plan-coach-full': 'the plan gives { $coach } { $count } Reps but only { $free } places are free',
  'refusal-plan-task-full': 'the plan gives “{ $task }” { $count } Reps but only { $free } slots are free',
  'refusal-due-past': 'the due date is in the past',
  'refusal-no-step': 'there is no step { $step }; this engagement has { $count } steps',
  'refusal-check-in-future': 'a check-in cannot be dated in the future',
  'refusal-check-in-early': 'a check-in cannot be dated before the engagement started',
  'refusal-no-onboarding-item': 'there is no onboarding item { $item }; the checklist has { $count }',
  // Surveys.
  'refusal-survey-answer-missing': 'answer { $label } before submitting',
  'refusal-survey-not-answered': 'Only an answered survey can be marked as read.',
  'refusal-survey-no-follow-up': 'This survey does not ask for a follow-up.',
  'refusal-survey-no-next-task': 'The survey answers do not ask for another task; the Rep is not pushed further.',
  // The Council.
  'refusal-already-alumni': '{ $name } is already alumni.',
  'refusal-case-open': '{ $name } already has an open { $kind } case ({ $caseId }).',
  'refusal-case-decided': 'case { $caseId } was already decided ({ $decision }); a decision is changed only by a reversing decision.',
  'refusal-case-still-open': 'case { $caseId } is still open; decide it instead of reversing it.',
  'refusal-case-is-reversal': 'case { $caseId } is itself a reversal; reverse the original decision only once.',
  'refusal-case-reversed': 'case { $caseId } was already reversed by { $by }.',
  'refusal-alumni-gate': 'The alumni gate is not met. Missing: { $missing }.',
  'refusal-confidential-council-only': 'only the Council role may include confidential notes.',
  'refusal-archive-confidential-council-only': 'only the Council role may export an archive with confidential notes.',
  // Insights.
  'refusal-from-not-before-today': 'the start date must be before today',
  // Imports and archives.
  'refusal-import-rows-refused': '{ $bad } of { $total } rows have errors, so nothing was imported. Fix the file, or choose to leave out the bad rows.',
  'refusal-import-rows-bad': '{ $file }: { $count } row(s) have errors; nothing was imported. Fix the file and import it again.',
  'refusal-archive-not-json': 'This file is not a Rekindle archive: it is not valid JSON. Nothing was changed.',
  'refusal-archive-format': 'This file is not a Rekindle archive (its "format" is not "rekindle-archive"). Nothing was changed.',
  // Community sync.
  'refusal-sync-wrong-password': 'The server did not accept the account { $name } with this password.',
  'refusal-sync-no-role': 'The account { $name } has no Rekindle role on this server (coach, mentor or council); ask the Council to give it one.',
  'refusal-sync-no-conflict': 'There is no sync conflict on this { $collection } record any more; it may have been resolved on another machine.',
} as const;

export type RefusalMessageId = keyof typeof REFUSAL_MESSAGES;

/** The English text of a refusal, exactly as the en-US interface shows it. */
export function formatRefusal(messageId: RefusalMessageId, args: IssueArgs = {}): string {
  return fillMessage(REFUSAL_MESSAGES[messageId], args);
}

/** An issue with a translatable sentence; `path` is the field at fault, "" when none is. */
export function issue(path: string, messageId: RefusalMessageId, args: IssueArgs = {}, message = formatRefusal(messageId, args)): FieldIssue {
  return { path, message, messageId, args };
}
