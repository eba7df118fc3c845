import type { Migration } from './schema';
import { ActivityType } from '../../../shared/model';

/**
 * The built-in reasons as the first release stored them: English text copied into settings.json,
 * which then showed in English whatever the user's language. Frozen here, because a migration
 * must keep meaning what it meant when it was written.
 */
const V1_REASON_LABELS: Record<string, string> = {
  'no-time': 'No time / life change',
  disillusioned: 'Disillusioned with direction',
  'unclear-role': 'Unclear role or lost track',
  'interpersonal-conflict': 'Interpersonal conflict',
  'bullying-toxicity': 'Bullying or toxicity',
  burnout: 'Burnout',
  'no-recognition': 'No recognition',
  'tooling-friction': 'Tooling or process friction',
  'moved-on': 'Moved on',
  unknown: 'Unknown',
};

/**
 * Every step from one schema version to the next, oldest first. A step rewrites one file's raw
 * JSON before it is validated. Collection files can also have uncompacted journal lines in the
 * old shape: a collection's step converts those too, with `record`.
 */
export const MIGRATIONS: Migration[] = [
  {
    from: 1,
    file: 'settings',
    notice: 'notice-migrated-reason-labels',
    up(doc) {
      const settings = doc.settings as { reasons?: { id?: unknown; label?: unknown }[] } | undefined;
      if (!settings || !Array.isArray(settings.reasons)) return doc;
      const reasons = settings.reasons.map((reason) => {
        if (typeof reason?.id !== 'string' || V1_REASON_LABELS[reason.id] !== reason.label) return reason;
        const { label: _english, ...rest } = reason;
        return rest;
      });
      return { ...doc, settings: { ...settings, reasons } };
    },
  },
  {
    from: 2,
    file: 'reps',
    notice: 'notice-migrated-status-causes',
    up(doc) {
      return Array.isArray(doc.records) ? { ...doc, records: doc.records.map(v2Rep) } : doc;
    },
    record: v2Rep,
  },
];

type OldCause = { messageId: string; args: Record<string, string | number>; occasion?: { messageId: string; args: Record<string, string | number> } };

/** The endings the format-2 code appended to a cause for the occasion of a change. */
const V2_OCCASIONS: [RegExp, (m: RegExpMatchArray) => OldCause['occasion']][] = [
  [/ \(after a change to the activity rules in Settings\)$/, () => ({ messageId: 'status-occasion-settings', args: {} })],
  [/ \(activity import (.+)\)$/, (m) => ({ messageId: 'status-occasion-import', args: { file: m[1]! } })],
  [/ \(engagement completed\)$/, () => ({ messageId: 'status-occasion-engagement', args: {} })],
];

/** "14 months ago" back to a number of days that says the same again. */
function v2AgoDays(ago: string): number | null {
  if (ago === 'today') return 0;
  const m = /^(\d+) (day|days|month|months|years) ago$/.exec(ago);
  if (!m) return null;
  const n = Number(m[1]);
  if (m[2]!.startsWith('day')) return n;
  if (m[2]!.startsWith('month')) return Math.max(45, Math.round(n * 30.44));
  return Math.round(n * 365.25);
}

const typeId = (words: string): string | null => {
  const id = words.replace(/ /g, '-');
  return ActivityType.safeParse(id).success ? id : null;
};

/** The sentences the format-2 code wrote as causes, frozen as they were, each to its message. */
const V2_CAUSES: [RegExp, (m: RegExpMatchArray) => Omit<OldCause, 'occasion'> | null][] = [
  [/^no significant activity on record$/, () => ({ messageId: 'status-cause-no-activity', args: {} })],
  [/^added to the roster; no significant activity on record$/, () => ({ messageId: 'status-cause-added', args: {} })],
  [
    /^last significant activity (.+): ([a-z ]+), (\d{4}-\d{2}-\d{2})$/,
    (m) => {
      const ago = v2AgoDays(m[1]!);
      const type = typeId(m[2]!);
      return ago === null || !type ? null : { messageId: 'status-cause-last-activity', args: { ago, type, date: m[3]! } };
    },
  ],
  [
    /^completed (.+) on (\d{4}-\d{2}-\d{2}) and new significant activity within (\d+) days: ([a-z ]+), (\d{4}-\d{2}-\d{2}) \((\d+) days later\)$/,
    (m) => {
      const type = typeId(m[4]!);
      return type ? { messageId: 'status-cause-returned', args: { task: m[1]!, completed: m[2]!, within: Number(m[3]), type, date: m[5]!, later: Number(m[6]) } } : null;
    },
  ],
  [/^match session: proposed “(.+)” with (.+)$/, (m) => ({ messageId: 'status-cause-match', args: { task: m[1]!, coach: m[2]! } })],
];

/** Council causes name their decision, which becomes the entry's caseId; a rationale may have been cut at 500 characters. */
const V2_COUNCIL: [RegExp, (m: RegExpMatchArray) => Omit<OldCause, 'occasion'>][] = [
  [
    /^Council decision ([\w-]+) \(meeting (\d{4}-\d{2}-\d{2})\) approved the move to alumni( as an exception)?: ([\s\S]*)$/,
    (m) => ({ messageId: m[3] ? 'status-cause-council-approved-exception' : 'status-cause-council-approved', args: { decision: m[1]!, meeting: m[2]!, rationale: m[4]! } }),
  ],
  [
    /^Council decision ([\w-]+) \(meeting (\d{4}-\d{2}-\d{2})\) reverses ([\w-]+): ([\s\S]*)$/,
    (m) => ({ messageId: 'status-cause-council-reversed', args: { decision: m[1]!, meeting: m[2]!, reverses: m[3]!, rationale: m[4]! } }),
  ],
];

/** An English cause of format 2 as a message, and the Council case it names; unrecognised text is kept as it was. */
export function v2Cause(text: string): { cause: OldCause; caseId?: string } {
  for (const [re, make] of V2_COUNCIL) {
    const m = re.exec(text);
    if (m) return { cause: make(m), caseId: m[1]! };
  }
  let main = text;
  let occasion: OldCause['occasion'];
  for (const [re, make] of V2_OCCASIONS) {
    const m = re.exec(main);
    if (m) {
      occasion = make(m);
      main = main.slice(0, m.index);
      break;
    }
  }
  for (const [re, make] of V2_CAUSES) {
    const m = re.exec(main);
    const cause = m && make(m);
    if (cause) return { cause: occasion ? { ...cause, occasion } : cause };
  }
  return { cause: { messageId: 'status-cause-recorded', args: { text } } };
}

/** A Rep of format 2: each status entry gets an id, a cause as a message and, for a decision, its caseId. */
function v2Rep(record: unknown): unknown {
  const rep = record as { statusHistory?: unknown[] } | null;
  if (!rep || !Array.isArray(rep.statusHistory)) return record;
  const statusHistory = rep.statusHistory.map((entry) => {
    const e = entry as { id?: unknown; cause?: unknown } | null;
    if (!e || typeof e.cause !== 'string') return entry;
    const { cause, caseId } = v2Cause(e.cause);
    return { ...e, id: typeof e.id === 'string' ? e.id : `sh-${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`, cause, ...(caseId ? { caseId } : {}) };
  });
  return { ...rep, statusHistory };
}
