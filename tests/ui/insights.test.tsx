import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import type { CommunityData } from '../../electron/backend/seed';
import { createClient, setApiClient } from '../../renderer/src/api/client';
import { App } from '../../renderer/src/app/App';
import { useErrors } from '../../renderer/src/app/errors-store';
import { useSettings } from '../../renderer/src/app/settings-store';
import { useInsights } from '../../renderer/src/features/insights/insights-store';
import { NOW, tempDir } from '../support/fixtures';

let demo: CommunityData;
let backend: Backend;
let dir: Awaited<ReturnType<typeof tempDir>>;
const calls: { method: string; input: any }[] = [];

beforeAll(async () => {
  demo = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'resources', 'demo', 'demo-community.json'), 'utf8'));
  // The screen is loaded on demand; import it here so a cold run's transform of recharts is not timed as a test step.
  await import('../../renderer/src/features/insights/InsightsView');
  // recharts measures its container; jsdom has no layout, so the charts draw nothing and the tables carry the numbers.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

beforeEach(async () => {
  useSettings.setState({ settings: null, loadError: null });
  useErrors.setState({ errors: [] });
  useInsights.setState({ form: { from: '', to: '', region: '', area: '' }, errors: {}, study: null, options: null, community: null, saved: null });
  dir = await tempDir('rekindle-ui-insights-');
  backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'ipc', now: () => NOW, loadDemo: async () => demo, logError: () => undefined });
  calls.length = 0;
  setApiClient(
    createClient(async (method, input) => {
      calls.push({ method, input });
      return backend.dispatch(method, JSON.parse(JSON.stringify(input ?? {})));
    }),
  );
  window.location.hash = '#/insights';
});
afterEach(async () => {
  vi.restoreAllMocks();
  await backend.close();
  await dir.cleanup();
});

describe('the Insights screen', () => {
  it('shows the study, filters by country and area, and refuses a backwards date range beside the field', async () => {
    const user = userEvent.setup();
    render(<App />);
    const status = await screen.findByText(/^60 Reps \(all Reps\), /);
    expect(screen.getByRole('heading', { name: 'Leading causes of attrition' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Communities drifting now' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What brings people back' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Country or region'), 'Spain');
    await waitFor(() => expect(status).toHaveTextContent(/^9 Reps \(Spain\), /));
    expect(calls.at(-1)).toEqual({ method: 'insights.study', input: { region: 'Spain' } });
    await user.selectOptions(screen.getByLabelText('Functional area'), 'localization');
    await waitFor(() => expect(status).toHaveTextContent(/Reps \(Spain · Localization\), /));
    expect(calls.at(-1)!.input).toEqual({ region: 'Spain', area: 'localization' });

    const studies = calls.filter((c) => c.method === 'insights.study').length;
    await user.type(screen.getByLabelText('From'), '2026-06-01');
    await user.type(screen.getByLabelText('To'), '2026-01-01');
    expect(await screen.findByText('The start date must be before the end date.')).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('From')).toHaveAccessibleDescription('The start date must be before the end date.');
    // Only the valid "from" went to the backend; the backwards range never did.
    expect(calls.filter((c) => c.method === 'insights.study').slice(studies).map((c) => c.input)).toEqual([{ from: '2026-06-01', region: 'Spain', area: 'localization' }]);

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(status).toHaveTextContent(/^60 Reps \(all Reps\), /));
    expect(screen.queryByText('The start date must be before the end date.')).not.toBeInTheDocument();
  });

  it('toggles a chart into a table of the same numbers, and marks small samples as such', async () => {
    const user = userEvent.setup();
    render(<App />);
    const card = await screen.findByRole('region', { name: 'Reasons recorded' });
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Show table' }));
    const table = within(card).getByRole('table', { name: 'Reasons recorded' });
    const study = useInsights.getState().study!;
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(study.causes.reasons.length);
    const top = study.causes.reasons[0]!;
    expect(rows[0]).toHaveTextContent(new RegExp(`^${top.reason === 'unknown' ? 'Unknown' : '.+'}${top.reps}`));
    expect(within(card).getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');

    // The demo has three completed engagements: every return rate is a small sample, and says so.
    const rates = screen.getByRole('region', { name: 'Return rate with 95% intervals' });
    await user.click(within(rates).getByRole('button', { name: 'Show table' }));
    await user.click(within(rates).getByRole('radio', { name: 'Interaction level' }));
    const rateRows = within(within(rates).getByRole('table')).getAllByRole('row').slice(1);
    expect(rateRows.length).toBe(study.returns.byInteraction.length);
    for (const [i, row] of rateRows.entries()) expect(row).toHaveTextContent(`small sample (n = ${study.returns.byInteraction[i]!.n})`);
    expect(rateRows[0]).toHaveTextContent(/\d+% to \d+%/);
  });

  it('downloads a chart as CSV with the current filters', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<App />);
    await user.selectOptions(await screen.findByLabelText('Country or region'), 'India');
    await screen.findByText(/^15 Reps \(India\), /);
    const card = screen.getByRole('region', { name: 'Reasons by country' });
    await user.click(within(card).getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText(/Saved rekindle-insights-causes-by-region-india-2025-11-28-2026-11-28\.csv \(\d+ rows\)\./)).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    const lines = (await blobs[0]!.text()).split('\r\n');
    expect(lines[0]).toBe('region,reason,reps,share,repsLost,smallSample');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.startsWith('India,'))).toBe(true);
  });

  it('speaks Spanish, reason labels included', async () => {
    const user = userEvent.setup();
    const settings = await backend.dispatch('settings.get', {});
    await backend.dispatch('settings.update', { expectedVersion: (settings as any).value.version, language: 'es' });
    render(<App />);
    const card = await screen.findByRole('region', { name: 'Motivos registrados' });
    expect(screen.getByRole('heading', { name: 'Principales causas de abandono' })).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Mostrar tabla' }));
    expect(within(card).getByRole('rowheader', { name: 'Desconocido' })).toBeInTheDocument();
    expect(within(card).getByRole('columnheader', { name: 'Parte de las menciones' })).toBeInTheDocument();
  });

  it('prints the report through the browser', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    window.print = print;
    render(<App />);
    await screen.findByText(/^60 Reps/);
    await user.click(screen.getByRole('button', { name: 'Print report' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
