import { describe, expect, it } from 'vitest';
import { ActivityType } from '../../shared/model';
import { defaultSettings, PASSIVE_ACTIVITY_TYPES } from '../../shared/domain/defaults';
import { activityHealth, effectiveStatus, lastSignificantActivity, lastSignificantByRep } from '../../shared/domain/inactivity';
import { wholeDaysBetween } from '../../shared/time/calendar';

const NOW = '2026-11-28T12:00:00.000Z';
const ago = (d: number) => new Date(Date.parse(NOW) - d * 86_400_000).toISOString();
const t = { atRiskDays: 90, inactiveDays: 365 };
const significant = new Set(defaultSettings(ActivityType.options, NOW).significantActivityTypes);

describe('activityHealth', () => {
  it('is inactive with no activity at all', () => {
    expect(activityHealth(null, NOW, t, 'UTC')).toBe('inactive');
  });
  it('counts exactly on a threshold as crossed', () => {
    expect(activityHealth(ago(89), NOW, t, 'UTC')).toBe('active');
    expect(activityHealth(ago(90), NOW, t, 'UTC')).toBe('at-risk');
    expect(activityHealth(ago(364), NOW, t, 'UTC')).toBe('at-risk');
    expect(activityHealth(ago(365), NOW, t, 'UTC')).toBe('inactive');
  });
  it('treats a date in the future as today', () => {
    expect(wholeDaysBetween(ago(-10), NOW, 'UTC')).toBe(0);
    expect(activityHealth(ago(-10), NOW, t, 'UTC')).toBe('active');
  });
});

describe('lastSignificantActivity', () => {
  it('ignores passive entries, which are not significant by default', () => {
    expect(PASSIVE_ACTIVITY_TYPES.every((p) => !significant.has(p))).toBe(true);
    const only = [
      { date: ago(2), type: 'login' as const },
      { date: ago(3), type: 'newsletter-read' as const },
    ];
    expect(lastSignificantActivity(only, significant, NOW)).toBeNull();
  });
  it('picks the newest significant one and skips future-dated entries', () => {
    const acts = [
      { date: ago(200), type: 'event-report' as const },
      { date: ago(30), type: 'blog-post' as const },
      { date: ago(-5), type: 'talk-given' as const },
      { date: ago(1), type: 'login' as const },
    ];
    expect(lastSignificantActivity(acts, significant, NOW)).toEqual({ date: ago(30), type: 'blog-post' });
  });
  it('groups by Rep in one pass', () => {
    const acts = [
      { repId: 'a', date: ago(10), type: 'event-report' as const },
      { repId: 'a', date: ago(5), type: 'mentoring' as const },
      { repId: 'b', date: ago(1), type: 'login' as const },
    ];
    const map = lastSignificantByRep(acts, significant, NOW);
    expect(map.get('a')?.type).toBe('mentoring');
    expect(map.has('b')).toBe(false);
  });
});

describe('effectiveStatus', () => {
  it('keeps workflow statuses and follows activity otherwise', () => {
    expect(effectiveStatus('alumni', 'active')).toBe('alumni');
    expect(effectiveStatus('re-engaging', 'inactive')).toBe('re-engaging');
    expect(effectiveStatus('active', 'inactive')).toBe('inactive');
    expect(effectiveStatus('inactive', 'active')).toBe('active');
  });
});
