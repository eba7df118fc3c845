/**
 * Why a Rep's status changed, stored as a Fluent message id plus arguments so the UI says it in the
 * user's language (the Council reads these back years later, maybe in another language). The
 * English templates here are the en-US .ftl text (renderer/src/i18n/locales/en-US/status-causes.ftl);
 * `formatStatusCause` renders them for exports, logs and tests.
 *
 * Two arguments are stored as data and worded at display time, in both formatters: `ago` is a
 * number of days ("14 months ago") and `type` an activity type id ("event report").
 */
import type { ActivityType } from './model/activity';
import { localDateOf, wholeDaysBetween } from './time/calendar';
import { fillMessage } from './message-template';

export const STATUS_CAUSE_MESSAGES = {
  'status-cause-no-activity': 'no significant activity on record',
  'status-cause-last-activity': 'last significant activity { $ago }: { $type }, { $date }',
  'status-cause-added': 'added to the roster; no significant activity on record',
  'status-cause-returned':
    'completed { $task } on { $completed } and new significant activity within { $within } days: { $type }, { $date } ({ $later } days later)',
  'status-cause-match': 'match session: proposed “{ $task }” with { $coach }',
  'status-cause-council-approved': 'Council decision { $decision } (meeting { $meeting }) approved the move to alumni: { $rationale }',
  'status-cause-council-approved-exception': 'Council decision { $decision } (meeting { $meeting }) approved the move to alumni as an exception: { $rationale }',
  'status-cause-council-reversed': 'Council decision { $decision } (meeting { $meeting }) reverses { $reverses }: { $rationale }',
  /** Text kept as it was written: causes from before they had ids, and the demo's stories. */
  'status-cause-recorded': '{ $text }',
  // What the change happened during, said after the cause in brackets.
  'status-occasion-settings': '(after a change to the activity rules in Settings)',
  'status-occasion-import': '(activity import { $file })',
  'status-occasion-engagement': '(engagement completed)',
  'status-occasion-day-changed': '(a new day in the community: { $day })',
} as const;

export type StatusCauseMessageId = keyof typeof STATUS_CAUSE_MESSAGES;
export type StatusCauseId = Extract<StatusCauseMessageId, `status-cause-${string}`>;
export type StatusOccasionId = Extract<StatusCauseMessageId, `status-occasion-${string}`>;
const ids = Object.keys(STATUS_CAUSE_MESSAGES) as StatusCauseMessageId[];
export const STATUS_CAUSE_IDS = ids.filter((id): id is StatusCauseId => id.startsWith('status-cause-')) as [StatusCauseId, ...StatusCauseId[]];
export const STATUS_OCCASION_IDS = ids.filter((id): id is StatusOccasionId => id.startsWith('status-occasion-')) as [StatusOccasionId, ...StatusOccasionId[]];

/** Strings (dates as ISO strings) and numbers only, so every cause survives JSON and Fluent. */
export type CauseArgs = Record<string, string | number>;

export interface StatusOccasion {
  messageId: StatusOccasionId;
  args: CauseArgs;
}

export interface StatusCause {
  messageId: StatusCauseId;
  args: CauseArgs;
  /** What the change happened during (an import, a Settings change), said after the cause. */
  occasion?: StatusOccasion;
}

/** The longest a single argument may be; a cause used to be one string of at most this length. */
export const CAUSE_ARG_MAX = 500;

/** The cause with every text argument cut to the stored limit, so a long rationale never refuses a decision. */
export function clipCause(cause: StatusCause): StatusCause {
  const clip = (args: CauseArgs): CauseArgs =>
    Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, CAUSE_ARG_MAX) : v]));
  return { ...cause, args: clip(cause.args), ...(cause.occasion ? { occasion: { ...cause.occasion, args: clip(cause.occasion.args) } } : {}) };
}

/** "14 months ago", in plain English. */
export function agoInEnglish(days: number): string {
  if (days === 0) return 'today';
  if (days < 45) return days === 1 ? '1 day ago' : `${days} days ago`;
  if (days < 730) {
    const months = Math.round(days / 30.44);
    return months === 1 ? '1 month ago' : `${months} months ago`;
  }
  return `${Math.round(days / 365.25)} years ago`;
}

/** How each formatter words the arguments stored as data; the rest are shown as they are. */
export interface ArgWords {
  ago(days: number): string;
  type(type: string): string;
}

const ENGLISH_WORDS: ArgWords = { ago: agoInEnglish, type: (type) => type.replace(/-/g, ' ') };

/** The arguments as a template takes them, with `ago` and `type` worded. */
export function wordArgs(args: CauseArgs, words: ArgWords): CauseArgs {
  const out: CauseArgs = { ...args };
  if (typeof args.ago === 'number') out.ago = words.ago(args.ago);
  if (typeof args.type === 'string') out.type = words.type(args.type);
  return out;
}

function fill(messageId: StatusCauseMessageId, args: CauseArgs): string {
  return fillMessage(STATUS_CAUSE_MESSAGES[messageId], wordArgs(args, ENGLISH_WORDS));
}

/** The English text of a cause, exactly as the en-US interface shows it: for exports and logs. */
export function formatStatusCause(cause: StatusCause): string {
  const text = fill(cause.messageId, cause.args);
  return cause.occasion ? `${text} ${fill(cause.occasion.messageId, cause.occasion.args)}` : text;
}

type Last = { date: string; type: ActivityType } | null;

/** Why activity gives a status: the last significant activity, or none. */
export function activityCause(last: Last, now: string, zone: string): StatusCause {
  if (!last) return { messageId: 'status-cause-no-activity', args: {} };
  return { messageId: 'status-cause-last-activity', args: { ago: wholeDaysBetween(last.date, now, zone), type: last.type, date: localDateOf(last.date, zone) } };
}

export function withOccasion(cause: StatusCause, occasion: StatusOccasion | undefined): StatusCause {
  return occasion ? { ...cause, occasion } : cause;
}
