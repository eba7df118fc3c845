import { describe, expect, it } from 'vitest';
import { api, isMethod, SettingsPatch } from '../../shared/api';
import { ApiError, describeIssues, issuesToMessage } from '../../shared/errors';
import { ActivityType, Settings } from '../../shared/model';
import { defaultSettings } from '../../shared/domain/defaults';

describe('the API contract', () => {
  it('gives every method an input and an output schema', () => {
    for (const [name, spec] of Object.entries(api)) {
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(typeof spec.input.safeParse).toBe('function');
      expect(typeof spec.output.safeParse).toBe('function');
    }
  });
  it('knows its own methods and nothing inherited', () => {
    expect(isMethod('reps.list')).toBe(true);
    expect(isMethod('toString')).toBe(false);
    expect(isMethod('__proto__')).toBe(false);
    expect(isMethod(undefined)).toBe(false);
  });
  it('default settings are valid, and the settings patch is strict', () => {
    expect(Settings.safeParse(defaultSettings(ActivityType.options, '2026-11-28T00:00:00.000Z')).success).toBe(true);
    expect(SettingsPatch.safeParse({ expectedVersion: 1, admin: true }).success).toBe(false);
  });
});

describe('errors', () => {
  it('name each bad field in the message', () => {
    const issues = describeIssues([
      { path: ['thresholds', 'atRiskDays'], message: 'Too big' },
      { path: [], message: 'Expected object' },
    ]);
    expect(issuesToMessage('Invalid input', issues)).toBe('Invalid input — thresholds.atRiskDays: Too big; (input): Expected object');
  });
  it('serialise without a stack', () => {
    expect(JSON.parse(JSON.stringify(new ApiError('NOT_FOUND', 'No Rep.')))).toEqual({ code: 'NOT_FOUND', message: 'No Rep.' });
  });
});
