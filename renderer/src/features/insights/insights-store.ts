import { create } from 'zustand';
import type { InsightsFilters, InsightsOptions, InsightsStudy } from '../../../../shared/api';
import type { ChartId } from '../../../../shared/insights/study';
import { api } from '../../api/client';
import { fieldsNamed, issuesOf, type Said } from '../../api/issues';
import { attempt, useErrors } from '../../app/errors-store';
import { downloadText } from '../../components/download';

/** The filters as the form holds them: empty text means "not set". */
export interface FilterForm {
  from: string;
  to: string;
  region: string;
  area: string;
}

/** What to say beside each filter, translated when shown (the store has no locale). */
export type FilterErrors = Partial<Record<keyof FilterForm, Said>>;

interface InsightsState {
  form: FilterForm;
  errors: FilterErrors;
  study: InsightsStudy | null;
  options: InsightsOptions | null;
  loading: boolean;
  /** The community whose indicators the line chart shows, as "kind:key". */
  community: string | null;
  /** The last CSV saved, for the status line. */
  saved: { fileName: string; rows: number } | null;
  load(): Promise<void>;
  setFilter(change: Partial<FilterForm>): Promise<void>;
  chooseCommunity(id: string): void;
  downloadCsv(chart: ChartId): Promise<void>;
}

function toFilters(form: FilterForm): InsightsFilters {
  const out: InsightsFilters = {};
  if (form.from) out.from = form.from;
  if (form.to) out.to = form.to;
  if (form.region) out.region = form.region;
  if (form.area) out.area = form.area;
  return out;
}

/** Caught before asking the backend, so the message appears beside the field as the user types. */
function checkForm(form: FilterForm): FilterErrors {
  if (form.from && form.to && form.from >= form.to) return { from: { messageId: 'insights-error-range', message: 'The start date must be before the end date.' } };
  return {};
}

const filterOf = fieldsNamed(['from', 'to', 'region', 'area']);

/** A refused call becomes messages beside the filters it names ("filters.from" → "from"); null when it names none. */
function fieldErrorsOf(err: unknown): FilterErrors | null {
  const out: FilterErrors = {};
  for (const i of issuesOf(err) ?? []) {
    const field = filterOf(i.path) as keyof FilterForm | null;
    if (field) out[field] ??= i;
  }
  return Object.keys(out).length ? out : null;
}

let generation = 0;

export const useInsights = create<InsightsState>((set, get) => ({
  form: { from: '', to: '', region: '', area: '' },
  errors: {},
  study: null,
  options: null,
  loading: false,
  community: null,
  saved: null,
  async load() {
    const mine = ++generation;
    const errors = checkForm(get().form);
    if (Object.keys(errors).length) return set({ errors });
    set({ loading: true, errors: {} });
    if (!get().options) {
      const options = await attempt(() => api().call('insights.options', {}));
      if (options) set({ options });
    }
    try {
      const study = await api().call('insights.study', toFilters(get().form));
      // A newer filter choice wins over a slower older one.
      if (mine !== generation) return;
      const communities = study.indicators.communities.map((c) => `${c.kind}:${c.key}`);
      const current = get().community;
      const first = study.indicators.drifting[0];
      const community = current && communities.includes(current) ? current : first ? `${first.kind}:${first.key}` : (communities[0] ?? null);
      set({ study, loading: false, community });
    } catch (err) {
      if (mine !== generation) return;
      const fields = fieldErrorsOf(err);
      if (fields) set({ errors: fields, loading: false });
      else {
        useErrors.getState().report(err);
        set({ loading: false });
      }
    }
  },
  async setFilter(change) {
    // Picking a country shows that country's indicators, which is what the user went there for.
    const community = change.region ? `region:${change.region}` : get().community;
    set({ form: { ...get().form, ...change }, saved: null, community });
    await get().load();
  },
  chooseCommunity(id) {
    set({ community: id });
  },
  async downloadCsv(chart) {
    const file = await attempt(() => api().call('insights.csv', { chart, filters: toFilters(get().form) }));
    if (!file) return;
    downloadText(file.fileName, file.content, 'text/csv');
    set({ saved: { fileName: file.fileName, rows: file.rows } });
  },
}));
