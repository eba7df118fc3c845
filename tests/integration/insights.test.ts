import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import type { CommunityData } from '../../electron/backend/seed';
import { InsightsStudy } from '../../shared/api';
import { parseTable } from '../../shared/import';
import { CHART_IDS } from '../../shared/insights/study';
import { NOW, tempDir } from '../support/fixtures';
import { apiResults } from '../support/api-results';

const demoFile = join(import.meta.dirname, '..', '..', 'resources', 'demo', 'demo-community.json');
let dir: Awaited<ReturnType<typeof tempDir>>;
let backend: Backend;
let demo: CommunityData & Required<Pick<CommunityData, 'reps' | 'conversations'>>;

const { value, failure } = apiResults(() => backend);

beforeAll(async () => {
  demo = JSON.parse(await readFile(demoFile, 'utf8'));
  dir = await tempDir();
  backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'http', now: () => NOW, loadDemo: async () => demo, logError: (m, e) => console.error(m, e) });
});
afterAll(async () => {
  await backend?.close();
  await dir?.cleanup();
});

/** Every confidential text in the demo: conversation notes, reason notes, Rep notes. */
function confidentialTexts(): string[] {
  const texts = [
    ...demo.conversations.flatMap((c: any) => [c.notes, ...(c.reasons ?? []).map((r: any) => r.note)]),
    ...demo.reps.map((r: any) => r.notes),
  ];
  return texts.filter((t): t is string => typeof t === 'string' && t.length > 12);
}

describe('insights over the demo community', () => {
  it('computes the past twelve months by default, and the contract keeps every field of the study', async () => {
    const study = await value('insights.study', {});
    expect(study.params).toMatchObject({ now: NOW, from: '2025-11-28T12:00:00.000Z', to: NOW, region: null, area: null });
    expect(study.reps).toBe(demo.reps.length);
    expect(study.causes.repsLost).toBeGreaterThan(0);
    expect(study.causes.reasons.reduce((s: number, r: any) => s + r.reps, 0)).toBe(study.causes.mentions);
    expect(study.indicators.communities.length).toBeGreaterThan(0);
    // Parsing is what the dispatcher does; it must not drop anything the study computes.
    const { computeStudy } = await import('../../shared/insights/study');
    const settings = await value('settings.get');
    const direct = computeStudy(demo as any, { now: NOW, thresholds: settings.thresholds, significantTypes: settings.significantActivityTypes });
    expect(InsightsStudy.parse(direct)).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(study).toEqual(JSON.parse(JSON.stringify(direct)));
  });

  it('filters by region (country) and by area, and takes whole days as the date range', async () => {
    const spain = await value('insights.study', { region: 'Spain' });
    expect(spain.reps).toBe(demo.reps.filter((r) => r.country === 'Spain').length);
    expect(spain.indicators.communities.filter((c: any) => c.kind === 'region').map((c: any) => c.key)).toEqual(['Spain']);
    expect(spain.causes.byRegion.every((g: any) => g.key === 'Spain')).toBe(true);

    const l10n = await value('insights.study', { area: 'localization' });
    expect(l10n.reps).toBe(demo.reps.filter((r) => r.areas.includes('localization' as never)).length);

    const range = await value('insights.study', { from: '2026-01-01', to: '2026-06-30' });
    expect(range.params).toMatchObject({ from: '2026-01-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z' });
    expect(range.causes.byQuarter.map((q: any) => q.key).every((k: string) => k === '2026-Q1' || k === '2026-Q2')).toBe(true);
  });

  it('refuses a bad date range with a message naming the field, for the study and the CSV', async () => {
    const backwards = await failure('insights.study', { from: '2026-06-01', to: '2026-01-01' });
    expect(backwards.code).toBe('BAD_INPUT');
    expect(backwards.message).toContain('from: the start date must be before the end date');
    const notADate = await failure('insights.study', { to: '31/01/2026' });
    expect(notADate.code).toBe('BAD_INPUT');
    expect(notADate.message).toMatch(/^Invalid input for insights\.study — to: a date like 2026-01-31/);
    const future = await failure('insights.csv', { chart: 'causes', filters: { from: '2027-01-01' } });
    expect(future).toMatchObject({ code: 'BAD_INPUT', message: 'Invalid filters — from: the start date must be before today' });
    const chart = await failure('insights.csv', { chart: 'pie', filters: {} });
    expect(chart.message).toContain('chart:');
    const extra = await failure('insights.study', { region: 'Spain', notes: true });
    expect(extra.code).toBe('BAD_INPUT');
  });

  it('exports every chart as CSV with the filters applied, and one region keeps only its rows', async () => {
    for (const chart of CHART_IDS) {
      const csv = await value('insights.csv', { chart, filters: {} });
      expect(csv.fileName).toMatch(new RegExp(`^rekindle-insights-${chart}-2025-11-28-2026-11-28\\.csv$`));
      if (csv.rows > 0) expect(parseTable({ text: csv.content, format: 'csv' }).rows).toHaveLength(csv.rows);
    }
    const spain = await value('insights.csv', { chart: 'indicators', filters: { region: 'Spain' } });
    expect(spain.fileName).toBe('rekindle-insights-indicators-spain-2025-11-28-2026-11-28.csv');
    const table = parseTable({ text: spain.content, format: 'csv' });
    expect(table.columns.slice(0, 3)).toEqual(['kind', 'community', 'month']);
    const regions = table.rows.filter((r) => r.kind === 'region');
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions.map((r) => r.community))).toEqual(new Set(['Spain']));
  });

  it('never lets a confidential note into the study or a CSV — only reason categories', async () => {
    const secrets = confidentialTexts();
    expect(secrets.length).toBeGreaterThan(5);
    const outputs = [JSON.stringify(await value('insights.study', {})), JSON.stringify(await value('insights.study', { region: 'Spain' }))];
    for (const chart of CHART_IDS) outputs.push((await value('insights.csv', { chart, filters: {} })).content);
    for (const out of outputs) for (const secret of secrets) expect(out).not.toContain(secret);
    const reasons = (await value('insights.study', {})).causes.reasons.map((r: any) => r.reason);
    const categories = new Set((await value('settings.get')).reasons.map((r: any) => r.id));
    expect(reasons.every((r: string) => categories.has(r))).toBe(true);
  });
});
