import type { InsightsCsv, InsightsFilters, InsightsOptions } from '../../../../shared/api';
import { refuse } from '../../../../shared/errors';
import { issue } from '../../../../shared/refusals';
import { redactFor } from '../../../../shared/domain/confidential';
import { toCsv } from '../../../../shared/import/index';
import { defaultRange, type StudyData } from '../../../../shared/insights/data';
import { computeStudy, toCsvRows, type ChartId, type Study } from '../../../../shared/insights/study';
import { endOfDay, startOfDay } from '../../../../shared/time/calendar';
import { communityZone, type ServiceContext } from '../../context';

type Filters = InsightsFilters;

/**
 * The collections the study reads. Conversations go in without their confidential notes: the study
 * only counts reason categories, and what it never sees it cannot leak into a chart or a CSV.
 */
function studyData(ctx: ServiceContext): StudyData {
  const c = ctx.store.collections;
  return {
    reps: c.reps.all,
    activities: c.activities.all,
    conversations: c.conversations.all.map((v) => redactFor('export', 'conversations', v)),
    engagements: c.engagements.all,
    tasks: c.tasks.all,
    coaches: c.coaches.all,
    matchSessions: c.matchSessions.all,
    surveys: c.surveys.all,
    reminders: c.reminders.all,
  };
}

export function getStudy(ctx: ServiceContext, filters: Filters): Study {
  const settings = ctx.store.settings;
  const now = ctx.now();
  // The study is the community's: its days are on the community's calendar, so the same filters give
  // the same study on every machine (the whole end day included).
  const zone = communityZone(ctx);
  const from = filters.from === undefined ? undefined : startOfDay(filters.from, zone);
  if (from !== undefined && Date.parse(from) >= Date.parse(now)) {
    throw refuse('BAD_INPUT', [issue('from', 'refusal-from-not-before-today')], { prefix: 'Invalid filters' });
  }
  const to = filters.to === undefined ? undefined : endOfDay(filters.to, zone);
  // Without a start the study covers the twelve months before its end.
  const start = from ?? (to !== undefined ? defaultRange(to).from : undefined);
  return computeStudy(studyData(ctx), {
    now,
    ...(start !== undefined ? { from: start } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(filters.region ? { region: filters.region } : {}),
    ...(filters.area ? { area: filters.area } : {}),
    thresholds: settings.thresholds,
    significantTypes: settings.significantActivityTypes,
    timeZone: communityZone(ctx),
  });
}

export function getOptions(ctx: ServiceContext): InsightsOptions {
  const regions = new Set<string>();
  const countries = new Set<string>();
  const areas = new Set<string>();
  for (const r of ctx.store.collections.reps.all) {
    if (r.region) regions.add(r.region);
    if (r.country) countries.add(r.country);
    for (const a of r.areas) areas.add(a);
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  return { regions: sorted(regions), countries: sorted(countries), areas: sorted(areas) };
}

/** One chart's rows as CSV, named after the chart and the filters so several exports don't collide. */
export function chartCsv(ctx: ServiceContext, chart: ChartId, filters: Filters): InsightsCsv {
  const study = getStudy(ctx, filters);
  const rows = toCsvRows(study, chart);
  const columns = rows.length ? Object.keys(rows[0]!) : [];
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const parts = ['rekindle-insights', chart, filters.region, filters.area, study.params.from.slice(0, 10), study.params.to.slice(0, 10)];
  return { fileName: `${parts.filter(Boolean).map((p) => slug(p!)).join('-')}.csv`, content: rows.length ? toCsv(rows, columns) : '', rows: rows.length };
}
