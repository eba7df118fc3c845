/**
 * Status causes travel as message ids plus arguments: exports word them in English with the
 * shared formatter, the interface in the user's language with the same arguments.
 */
import { describe, expect, it } from 'vitest';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { MESSAGES, type Translate } from '../../renderer/src/i18n/i18n';
import { formatCause } from '../../renderer/src/i18n/status-causes';
import type { Locale } from '../../shared/model';
import { activityCause, clipCause, formatStatusCause, withOccasion, type StatusCause } from '../../shared/status-causes';

const NOW = '2026-11-28T12:00:00.000Z';
/** The interface's bundle for a locale, without React (this runs under Node). */
const translate = (locale: Locale): Translate => {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  for (const text of MESSAGES[locale]) bundle.addResource(new FluentResource(text));
  return (id, args) => {
    const message = bundle.getMessage(id);
    if (!message?.value) throw new Error(`${locale} has no ${id}`);
    return bundle.formatPattern(message.value, args);
  };
};
const inBoth = (cause: StatusCause) => ({ en: formatCause(translate('en-US'), 'en-US', cause), es: formatCause(translate('es'), 'es', cause) });

describe('the cause of a status change', () => {
  const quiet = withOccasion(activityCause({ date: '2025-09-28T10:00:00.000Z', type: 'event-report' }, NOW, 'UTC'), { messageId: 'status-occasion-import', args: { file: 'portal.csv' } });

  it('is stored as data: days, an activity type id and a calendar date', () => {
    expect(quiet).toEqual({
      messageId: 'status-cause-last-activity',
      args: { ago: 426, type: 'event-report', date: '2025-09-28' },
      occasion: { messageId: 'status-occasion-import', args: { file: 'portal.csv' } },
    });
  });

  it('reads in English for exports, as the old sentences did', () => {
    expect(formatStatusCause(quiet)).toBe('last significant activity 14 months ago: event report, 2025-09-28 (activity import portal.csv)');
    expect(formatStatusCause(activityCause(null, NOW, 'UTC'))).toBe('no significant activity on record');
  });

  it('reads in the language of the interface, with the activity type and the time translated', () => {
    expect(inBoth(quiet)).toEqual({
      en: 'last significant activity 14 months ago: event report, 2025-09-28 (activity import portal.csv)',
      es: 'última actividad significativa hace 14 meses: informe de evento, 2025-09-28 (importación de actividad portal.csv)',
    });
    const decision: StatusCause = { messageId: 'status-cause-council-reversed', args: { decision: 'case-2', meeting: '2026-11-27', reverses: 'case-1', rationale: 'Volvió.' } };
    expect(inBoth(decision)).toEqual({
      en: 'Council decision case-2 (meeting 2026-11-27) reverses case-1: Volvió.',
      es: 'La decisión del Consejo case-2 (reunión del 2026-11-27) revoca case-1: Volvió.',
    });
  });

  it('keeps text it could not recognise as it was, in every language', () => {
    const recorded: StatusCause = { messageId: 'status-cause-recorded', args: { text: 'Talked it over on the phone.' } };
    expect(inBoth(recorded)).toEqual({ en: 'Talked it over on the phone.', es: 'Talked it over on the phone.' });
  });

  it('cuts every text argument to the stored limit, so a long rationale never refuses a decision', () => {
    const long = clipCause({ messageId: 'status-cause-council-approved', args: { decision: 'case-1', meeting: '2026-11-27', rationale: 'x'.repeat(2_000) }, occasion: { messageId: 'status-occasion-import', args: { file: 'y'.repeat(900) } } });
    expect(String(long.args.rationale)).toHaveLength(500);
    expect(String(long.occasion!.args.file)).toHaveLength(500);
    expect(long.args.decision).toBe('case-1');
  });
});
