import { describe, expect, it } from 'vitest';
import { ActivityType } from '../../shared/model';
import { defaultSettings } from '../../shared/domain/defaults';
import { lastSignificantByRep } from '../../shared/domain/inactivity';
import { rankMentors, isMentorInactive } from '../../shared/domain/mentors';
import { backoffMs, fillTemplate, lastContactByRep, pickTemplate, reminderSkipReason, weStillExistKey } from '../../shared/domain/reminders';
import { planStatusChanges } from '../../shared/domain/status-change';
import { activityCause, agoInEnglish, formatStatusCause } from '../../shared/status-causes';
import { wholeDaysBetween } from '../../shared/time/calendar';
import { guessMapping, ACTIVITY_FIELDS } from '../../shared/domain/import-files';

const NOW = '2026-11-28T12:00:00.000Z';
const ago = (d: number) => new Date(Date.parse(NOW) - d * 86_400_000).toISOString();
const settings = defaultSettings(ActivityType.options, NOW);
const significant = new Set(settings.significantActivityTypes);
const t = settings.thresholds;

function classify(activities: { repId: string; date: string; type: ActivityType }[], status: 'active' | 'inactive' | 're-engaging' = 'active') {
  const last = lastSignificantByRep(activities, significant, NOW);
  return planStatusChanges([{ id: 'r', status }], (id) => last.get(id) ?? null, NOW, t, 'UTC').map((c) => ({ ...c, cause: formatStatusCause(c.cause) }));
}
// Causes are stored as message ids; these read them the way exports do, in English.
const statusCause = (last: Parameters<typeof activityCause>[0], now: string, zone: string) => formatStatusCause(activityCause(last, now, zone));
const agoInWords = (date: string, now: string, zone: string) => agoInEnglish(wholeDaysBetween(date, now, zone));

describe('status changes and their cause', () => {
  it('explains a status in words the Council can read back', () => {
    expect(statusCause({ date: ago(425), type: 'event-report' }, NOW, 'UTC')).toBe(`last significant activity 14 months ago: event report, ${ago(425).slice(0, 10)}`);
    expect(statusCause(null, NOW, 'UTC')).toBe('no significant activity on record');
    expect([agoInWords(ago(0), NOW, 'UTC'), agoInWords(ago(1), NOW, 'UTC'), agoInWords(ago(44), NOW, 'UTC'), agoInWords(ago(800), NOW, 'UTC')]).toEqual(['today', '1 day ago', '44 days ago', '2 years ago']);
  });
  it('makes a Rep with no activity at all inactive', () => {
    expect(classify([])).toEqual([{ repId: 'r', from: 'active', to: 'inactive', cause: 'no significant activity on record' }]);
  });
  it('does not count passive activity', () => {
    expect(classify([{ repId: 'r', date: ago(1), type: 'login' }, { repId: 'r', date: ago(2), type: 'newsletter-read' }])[0]?.to).toBe('inactive');
  });
  it('counts exactly on the threshold as crossed', () => {
    expect(classify([{ repId: 'r', date: ago(90), type: 'blog-post' }])[0]?.to).toBe('at-risk');
    expect(classify([{ repId: 'r', date: ago(89), type: 'blog-post' }])).toEqual([]);
    expect(classify([{ repId: 'r', date: ago(365), type: 'blog-post' }])[0]?.to).toBe('inactive');
  });
  it('ignores activity dated in the future', () => {
    expect(classify([{ repId: 'r', date: ago(-3), type: 'blog-post' }])[0]?.to).toBe('inactive');
  });
  it('records nothing when the status holds, and leaves workflow statuses alone', () => {
    expect(classify([{ repId: 'r', date: ago(5), type: 'mentoring' }])).toEqual([]);
    expect(classify([], 're-engaging')).toEqual([]);
    expect(classify([{ repId: 'r', date: ago(5), type: 'mentoring' }], 'inactive')[0]).toMatchObject({ from: 'inactive', to: 'active' });
  });
});

describe('mentors', () => {
  it('are inactive past the mentor threshold or with no activity', () => {
    expect(isMentorInactive(null, NOW, 180, 'UTC')).toBe(true);
    expect(isMentorInactive(ago(180), NOW, 180, 'UTC')).toBe(true);
    expect(isMentorInactive(ago(179), NOW, 180, 'UTC')).toBe(false);
  });
  it('rank by shared language first, then free capacity, then region', () => {
    const mentee = { languages: ['es'], region: 'Madrid', country: 'Spain' };
    const c = (id: string, languages: string[], capacity: number, load: number, region = 'X', country = 'Y') => ({ id, languages, region, country, mentorCapacity: capacity, load });
    const ranked = rankMentors(mentee, [c('roomy-en', ['en'], 9, 0), c('full-es', ['es'], 2, 2), c('free-es', ['es'], 3, 1), c('free-es-madrid', ['es'], 3, 1, 'Madrid', 'Spain')]);
    expect(ranked.map((r) => r.mentorId)).toEqual(['free-es-madrid', 'free-es', 'full-es', 'roomy-en']);
    expect(ranked[2]).toMatchObject({ overCapacity: true, free: 0 });
  });
});

describe('reminders', () => {
  const rep = { contactConsent: true, remindersOptOut: false };
  it('go only to quiet Reps who consented, did not opt out and are past the cooldown', () => {
    expect(reminderSkipReason(rep, 'at-risk', null, NOW, 60, 'UTC')).toBeNull();
    expect(reminderSkipReason(rep, 'active', null, NOW, 60, 'UTC')).toBe('not-quiet');
    expect(reminderSkipReason(rep, 're-engaging', null, NOW, 60, 'UTC')).toBe('not-quiet');
    expect(reminderSkipReason({ ...rep, contactConsent: false }, 'inactive', null, NOW, 60, 'UTC')).toBe('no-consent');
    expect(reminderSkipReason({ ...rep, remindersOptOut: true }, 'inactive', null, NOW, 60, 'UTC')).toBe('opted-out');
    expect(reminderSkipReason(rep, 'inactive', ago(59), NOW, 60, 'UTC')).toBe('cooldown');
    expect(reminderSkipReason(rep, 'inactive', ago(60), NOW, 60, 'UTC')).toBeNull();
  });
  it('are keyed once per Rep and cadence window', () => {
    expect(weStillExistKey('r', NOW, 30)).toBe(weStillExistKey('r', new Date(Date.parse(NOW) + 3_600_000).toISOString(), 30));
    expect(weStillExistKey('r', NOW, 30)).not.toBe(weStillExistKey('r', ago(-30), 30));
  });
  it('count the last contact from sent or queued reminders only', () => {
    const contact = lastContactByRep([
      { repId: 'r', status: 'sent', scheduledAt: ago(10), sentAt: ago(9) },
      { repId: 'r', status: 'failed', scheduledAt: ago(1), sentAt: null },
    ]);
    expect(contact.get('r')).toBe(ago(9));
  });
  it('pick the Rep\'s language template, matching pt for pt-BR, falling back to English, and fill variables', () => {
    const templates = { en: { subject: 'Hi {name}', body: 'b' }, pt: { subject: 'Olá {name}', body: 'b' } };
    expect(pickTemplate(['pt-BR', 'en'], templates).language).toBe('pt');
    expect(pickTemplate(['hi'], templates).language).toBe('en');
    expect(fillTemplate('Hi {name}, {unknown}', { name: 'Ana' })).toBe('Hi Ana, {unknown}');
  });
  it('back off by doubling, capped', () => {
    expect([1, 2, 3, 10].map((n) => backoffMs(n, 100, 1000))).toEqual([100, 200, 400, 1000]);
  });
});

describe('activity file columns', () => {
  it('are guessed from portal-style headers', () => {
    expect(guessMapping(['Email', 'Report date', 'Activity', 'Functional area', 'URL', 'Report ID'], ACTIVITY_FIELDS)).toEqual({
      rep: 'Email',
      date: 'Report date',
      area: 'Functional area',
      link: 'URL',
      type: 'Activity',
      externalId: 'Report ID',
    });
  });
});
