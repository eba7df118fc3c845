/**
 * Explanations of the matching engine as data: every sentence the engine can show is a Fluent message
 * id plus arguments, so the UI translates it; `formatMatchMessage` renders English for logs, tests and
 * the frozen session snapshot. Arguments are Fluent-friendly: strings and numbers only (lists are
 * joined with ", ", language lists are codes such as "es, pt-BR").
 */

export type MessageArgs = Readonly<Record<string, string | number>>;

export interface Message {
  messageId: MatchMessageId;
  args: MessageArgs;
}

/**
 * Every message id the engine emits, with the arguments it passes and the English text as a Fluent
 * template, so the UI engineer can copy them into renderer/src/i18n/locales/<locale>/match.ftl.
 * Reasons (`match-reason-*`) explain a suggestion; `match-why-*` explain why a task or coach is out.
 */
export const MATCH_MESSAGES = {
  // Hard constraints a suggestion satisfies, shown as sentences (weight 0, not scored).
  'match-reason-language': 'speaks { $language }',
  'match-reason-availability': 'about { $taskHours } h a month fits your { $repHours } h',
  'match-reason-availability-unknown': 'effort not estimated yet — check it fits your { $repHours } h a month',
  'match-reason-interaction-quiet': '{ $level } task — fits the request for quiet work',
  'match-reason-interaction': '{ $level } interaction',
  // Soft factors.
  'match-reason-interest': 'matches interests: { $interests }',
  'match-reason-interest-none': 'no stated interest in common',
  'match-reason-skill': 'uses { $count } of { $total } skills: { $skills }',
  'match-reason-skill-new': 'a chance to learn { $skills }',
  'match-reason-skill-none-needed': 'no special skills needed',
  'match-reason-timezone-same': 'same time zone as the coach',
  'match-reason-timezone': '{ $hours } h apart from the coach — { $overlap } h of shared daytime',
  'match-reason-timezone-unknown': 'time zone overlap unknown (neutral)',
  'match-reason-coach-load': 'coach has { $free } of { $capacity } places free',
  'match-reason-coach-record': 'coach: { $completed } of the last { $finished } finished engagements completed; survey ratings { $rating }/5 ({ $surveys })',
  'match-reason-coach-record-none': 'coach has no finished engagements yet (neutral prior)',
  'match-reason-task-record': 'task: { $completed } of the last { $finished } finished engagements completed; survey ratings { $rating }/5 ({ $surveys })',
  'match-reason-task-record-none': 'nobody has finished this task yet (neutral prior)',
  'match-reason-variety-new': 'a coach you have not worked with before',
  'match-reason-variety-earlier': 'a coach you worked with before, but not last time',
  'match-reason-variety-same': 'the same coach as last time',
  'match-reason-small-step': 'first step: “{ $step }” (about { $hours } h, { $steps } steps in all)',
  'match-reason-small-step-no-steps': 'about { $effort } h in one go (no steps listed)',
  'match-reason-small-step-unknown': 'effort not estimated (neutral)',
  // Why not: hard constraints that exclude a task, a coach or a pair.
  'match-why-task-unknown': 'there is no task { $taskId }',
  'match-why-coach-unknown': 'there is no coach { $coachId }',
  'match-why-task-not-published': 'the task is { $status }, not published',
  'match-why-task-no-slot': 'all { $slots } slots of the task are taken ({ $open } open engagements)',
  'match-why-task-no-language': 'the task lists no language; it needs at least one before it can be matched',
  'match-why-task-language': 'the task is in { $taskLanguages }; the Rep speaks { $repLanguages }',
  'match-why-task-effort': 'the task needs about { $taskHours } h a month; the Rep has { $repHours } h',
  'match-why-task-interaction': 'the task is { $level }; the reasons recorded allow { $ceiling } at most',
  'match-why-task-already': 'the Rep already has this task ({ $status })',
  'match-why-coach-inactive': 'the coach is not active',
  'match-why-coach-full': 'the coach is at capacity ({ $load } of { $capacity } engagements)',
  'match-why-coach-self': 'the coach is the Rep themselves',
  'match-why-coach-avoided': 'the Rep asked not to work with this coach',
  'match-why-coach-team-avoided': 'the coach belongs to { $team }, a team the Rep asked to avoid',
  'match-why-coach-language': 'the coach speaks { $coachLanguages }; the Rep speaks { $repLanguages }',
  'match-why-pair-language': 'no language shared by the Rep, the task ({ $taskLanguages }) and the coach ({ $coachLanguages })',
  'match-why-task-no-coach': 'no available coach shares a language with the Rep and this task',
  'match-why-coach-no-task': 'no available task shares a language with the Rep and this coach',
  'match-why-feasible': 'possible: ranked { $rank } of { $total } with a fit of { $percent }%',
} as const;

export type MatchMessageId = keyof typeof MATCH_MESSAGES;
export const MATCH_MESSAGE_IDS = Object.keys(MATCH_MESSAGES) as MatchMessageId[];

let languageNames: Intl.DisplayNames | null | undefined;

/** "es" → "Spanish"; unknown or unsupported codes stay as they are. */
function languageName(code: string): string {
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      languageNames = null;
    }
  }
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** English rendering of a message: the same template the .ftl file gets, with language codes named. */
export function formatMatchMessage(messageId: MatchMessageId, args: MessageArgs): string {
  const template: string = MATCH_MESSAGES[messageId];
  return template.replace(/\{ \$(\w+) \}/g, (_, name: string) => {
    const value = args[name];
    if (value === undefined) return `{$${name}}`;
    if (/languages?$/i.test(name) && typeof value === 'string') {
      return value
        .split(', ')
        .filter((v) => v !== '')
        .map(languageName)
        .join(', ');
    }
    return String(value);
  });
}

export function message(messageId: MatchMessageId, args: MessageArgs = {}): Message & { english: string } {
  return { messageId, args, english: formatMatchMessage(messageId, args) };
}
