import type { Migration } from './schema';

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
 * old shape: the first migration of a collection file must convert those too (none exists yet).
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
];
