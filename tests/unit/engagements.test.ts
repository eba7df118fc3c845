import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toIcs } from '../../shared/calendar/ics';
import { engagementStatusNow, isDeliverableLink, lastTouch, nextStepFor, preferDifferentCoach, stalledCause } from '../../shared/domain/engagements';
import { returnedCause as returnedCauseOf } from '../../shared/domain/returned';
import { formatStatusCause } from '../../shared/status-causes';
import { icsToIso, parseIcs, unescapeText } from '../support/ics-parse';

const NOW = '2026-11-28T12:00:00.000Z';
/** The cause as exports word it, in English (it is stored as a message id plus arguments). */
const returnedCause = (...a: Parameters<typeof returnedCauseOf>) => {
  const cause = returnedCauseOf(...a);
  return cause && formatStatusCause(cause);
};
const ago = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
const checkIn = (days: number) => ({ at: ago(days), by: 'Coach', note: '', stepsDone: [] });

describe('the stalled rule', () => {
  it('counts from the last check-in, else the start; exactly N days is stalled', () => {
    expect(engagementStatusNow({ status: 'active', startedAt: ago(30), checkIns: [checkIn(13)] }, NOW, 14, 'UTC')).toBe('active');
    expect(engagementStatusNow({ status: 'active', startedAt: ago(30), checkIns: [checkIn(14)] }, NOW, 14, 'UTC')).toBe('stalled');
    expect(engagementStatusNow({ status: 'active', startedAt: ago(14), checkIns: [] }, NOW, 14, 'UTC')).toBe('stalled');
    expect(engagementStatusNow({ status: 'active', startedAt: ago(13), checkIns: [] }, NOW, 14, 'UTC')).toBe('active');
  });
  it('takes the latest check-in whatever the order stored, and a fresh one makes a stalled engagement active', () => {
    const e = { status: 'stalled' as const, startedAt: ago(60), checkIns: [checkIn(1), checkIn(40)] };
    expect(lastTouch(e)).toBe(ago(1));
    expect(engagementStatusNow(e, NOW, 14, 'UTC')).toBe('active');
  });
  it('leaves proposed, completed and abandoned engagements alone, however old', () => {
    for (const status of ['proposed', 'completed', 'abandoned'] as const) expect(engagementStatusNow({ status, startedAt: ago(300), checkIns: [] }, NOW, 14, 'UTC')).toBe(status);
  });
  it('says why in words', () => {
    expect(stalledCause({ startedAt: ago(30), checkIns: [checkIn(18)] }, NOW, 'UTC')).toBe(`no check-in for 18 days (last check-in on ${ago(18).slice(0, 10)})`);
    expect(stalledCause({ startedAt: ago(20), checkIns: [] }, NOW, 'UTC')).toBe(`no check-in for 20 days (started on ${ago(20).slice(0, 10)})`);
  });
});

describe('the next step after the survey', () => {
  it('offers more only for a good experience (4 or 5) and a clear yes', () => {
    expect(nextStepFor({ goodExperience: 4, wantsMore: 'yes' })).toBe('suggest');
    expect(nextStepFor({ goodExperience: 5, wantsMore: 'yes' })).toBe('suggest');
    expect(nextStepFor({ goodExperience: 3, wantsMore: 'yes' })).toBe('follow-up');
    expect(nextStepFor({ goodExperience: 5, wantsMore: 'maybe' })).toBe('follow-up');
    expect(nextStepFor({ goodExperience: 5, wantsMore: 'no' })).toBe('follow-up');
    expect(nextStepFor({ goodExperience: null, wantsMore: null })).toBe('follow-up');
  });
  it('puts pairs with a different coach first, keeping the engine order within each part', () => {
    const ranked = [
      { coachId: 'c1', taskId: 't1' },
      { coachId: 'c2', taskId: 't2' },
      { coachId: 'c1', taskId: 't3' },
      { coachId: 'c3', taskId: 't4' },
    ];
    expect(preferDifferentCoach(ranked, 'c1').map((s) => s.taskId)).toEqual(['t2', 't4', 't1', 't3']);
    expect(preferDifferentCoach([{ coachId: 'c1', taskId: 't1' }], 'c1')).toHaveLength(1);
  });
  it('accepts only web addresses as a deliverable link', () => {
    expect(isDeliverableLink('https://pontoon.mozilla.org/es/firefox/')).toBe(true);
    expect(isDeliverableLink('http://example.org/x')).toBe(true);
    for (const bad of ['', 'done', 'pontoon.mozilla.org', 'javascript:alert(1)', 'ftp://x.org/f', 'https://']) expect(isDeliverableLink(bad), bad).toBe(false);
  });
});

describe('the returned rule', () => {
  const work = [{ title: 'Translate the onboarding page', completedAt: ago(60) }];
  it('holds with significant activity after completion and within the window, and names both', () => {
    expect(returnedCause(work, [{ date: ago(20), type: 'event-report' }], 90, NOW, 'UTC')).toBe(
      `completed Translate the onboarding page on ${ago(60).slice(0, 10)} and new significant activity within 90 days: event report, ${ago(20).slice(0, 10)} (40 days later)`,
    );
  });
  it('does not hold for activity before the completion, after the window, or in the future', () => {
    expect(returnedCause(work, [{ date: ago(61), type: 'event-report' }], 90, NOW, 'UTC')).toBeNull();
    expect(returnedCause([{ title: 'x', completedAt: ago(200) }], [{ date: ago(100), type: 'event-report' }], 90, NOW, 'UTC')).toBeNull();
    expect(returnedCause(work, [{ date: new Date(Date.parse(NOW) + 86_400_000).toISOString(), type: 'event-report' }], 90, NOW, 'UTC')).toBeNull();
    expect(returnedCause([], [{ date: ago(1), type: 'event-report' }], 90, NOW, 'UTC')).toBeNull();
  });
  it('counts exactly the last day of the window', () => {
    expect(returnedCause([{ title: 'x', completedAt: ago(100) }], [{ date: ago(10), type: 'blog-post' }], 90, NOW, 'UTC')).toMatch(/blog post/);
  });
});

describe('the .ics invitation', () => {
  const event = {
    uid: 'orientation-eng-1@rekindle',
    stamp: NOW,
    start: '2026-12-03T16:30:00.000Z',
    durationMinutes: 30,
    summary: 'Rekindle orientation call: María José Fernández-Ñúñez, returning; welcome',
    description: 'Línea uno\nLine two, with a comma; and a semicolon \\ backslash — and a long tail so the line must fold: ' + 'ñ'.repeat(80),
    organizer: { name: 'Ana Mentor', email: 'ana@example.org' },
    attendees: [{ name: 'María José', email: 'maria@example.org' }],
  };
  it('parses back: CRLF, folded at 75 octets, UTC times, every required property, text round-trips', () => {
    const text = toIcs(event);
    const parsed = parseIcs(text);
    expect(parsed.props.get('UID')!.value).toBe(event.uid);
    expect(icsToIso(parsed.props.get('DTSTART')!.value)).toBe(event.start);
    expect(icsToIso(parsed.props.get('DTEND')!.value)).toBe('2026-12-03T17:00:00.000Z');
    expect(icsToIso(parsed.props.get('DTSTAMP')!.value)).toBe(NOW);
    expect(unescapeText(parsed.props.get('SUMMARY')!.value)).toBe(event.summary);
    expect(unescapeText(parsed.props.get('DESCRIPTION')!.value)).toBe(event.description);
    expect(parsed.props.get('ATTENDEE')!.value).toBe('mailto:maria@example.org');
    expect(text.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
  });
  it('never splits a multi-byte character when folding', () => {
    const folded = foldLine('X:' + 'é'.repeat(100));
    for (const line of folded.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(folded.split('\r\n').map((l, i) => (i ? l.slice(1) : l)).join('')).toBe('X:' + 'é'.repeat(100));
  });
  it('escapes commas, semicolons, backslashes and newlines', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  it('the reader refuses a file with LF endings or an overlong line', () => {
    expect(() => parseIcs(toIcs(event).replace(/\r\n/g, '\n'))).toThrow();
    expect(() => parseIcs(toIcs(event).replace('SUMMARY:', 'SUMMARY:' + 'x'.repeat(80) + '\r\nX-A:'))).toThrow(/octets/);
  });
});
