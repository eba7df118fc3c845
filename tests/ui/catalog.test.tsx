import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { createClient, setApiClient } from '../../renderer/src/api/client';
import { App } from '../../renderer/src/app/App';
import { useErrors } from '../../renderer/src/app/errors-store';
import { useSettings } from '../../renderer/src/app/settings-store';
import { useCatalog } from '../../renderer/src/features/catalog/catalog-store';
import { useCoaches } from '../../renderer/src/features/coaches/coaches-store';
import { catalogCommunity } from '../support/catalog-fixtures';
import { NOW, tempDir } from '../support/fixtures';

let backend: Backend;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeEach(async () => {
  useSettings.setState({ settings: null, loadError: null });
  useErrors.setState({ errors: [] });
  useCatalog.setState({ items: [], total: 0, detail: null, filters: { search: '', status: [], sort: 'relevance', descending: false } });
  useCoaches.setState({ items: [], total: 0, filters: { search: '', includeInactive: false, hasRoom: false, sort: 'relevance', descending: false } });
  dir = await tempDir('rekindle-ui-catalog-');
  backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'ipc', now: () => NOW, loadDemo: async () => catalogCommunity(), logError: () => undefined });
  setApiClient(createClient((method, input) => backend.dispatch(method, JSON.parse(JSON.stringify(input ?? {})))));
});
afterEach(async () => {
  await backend.close();
  await dir.cleanup();
});

const titles = () => within(screen.getByRole('list', { name: 'Tasks' })).queryAllByRole('link').map((a) => a.textContent);

describe('the catalog screen', () => {
  it('searches as you type, tolerating a typo, and highlights the match', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/catalog';
    render(<App />);
    await waitFor(() => expect(titles()).toHaveLength(4));
    await user.type(screen.getByRole('searchbox', { name: 'Search tasks' }), 'documentaion');
    await waitFor(() => expect(titles()[0]).toBe('Update the documentation for Firefox Relay'));
    const first = within(screen.getByRole('list', { name: 'Tasks' })).getAllByRole('link')[0]!;
    expect(first.querySelector('mark')?.textContent?.toLowerCase()).toMatch(/^documenta/);
  });

  it('filters by area and effort', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/catalog';
    render(<App />);
    await waitFor(() => expect(titles()).toHaveLength(4));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'Localization');
    await waitFor(() => expect(titles()).toEqual(['Review Pontoon strings']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'Any');
    await user.type(screen.getByRole('spinbutton', { name: 'At most (hours)' }), '3');
    await waitFor(() => expect(titles()).toEqual(['Review Pontoon strings']));
  });

  it('shows a task as the Rep will see it with its outcomes, and publishing a draft names what is missing', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/catalog/task-docs';
    render(<App />);
    const panel = await screen.findByRole('complementary', { name: 'Update the documentation for Firefox Relay' });
    expect(within(panel).getByRole('region', { name: 'As the Rep will see it' })).toHaveTextContent('about 4 h over 14 days');
    const stats = within(panel).getByRole('region', { name: 'Outcomes' });
    expect(within(stats).getByText('Taken').nextSibling).toHaveTextContent('3');
    expect(within(stats).getByText('Good experience').nextSibling).toHaveTextContent('3.5 / 5 (2 surveys)');

    window.location.hash = '#/catalog/task-draft';
    const draft = await screen.findByRole('complementary', { name: 'Draft newsletter story' });
    expect(within(draft).getByText('a deliverable')).toBeInTheDocument();
    await user.click(within(draft).getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText(/deliverable: a published task needs a deliverable/)).toBeInTheDocument();
    expect(backend.store.collections.tasks.get('task-draft')!.status).toBe('draft');
  });

  it('creates a task with field-level messages for bad input', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/catalog/new';
    render(<App />);
    const form = await screen.findByRole('form', { name: 'New task' });
    const before = backend.store.collections.tasks.size;
    await user.type(within(form).getByLabelText('Title'), 'Record a screencast');
    await user.type(within(form).getByLabelText('Effort (hours)'), '-3');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const effort = within(form).getByLabelText('Effort (hours)');
    await waitFor(() => expect(effort).toHaveAttribute('aria-invalid', 'true'));
    expect(effort).toHaveFocus();
    expect(form).toHaveTextContent(/>=\s?0/);
    expect(backend.store.collections.tasks.size).toBe(before);

    await user.clear(effort);
    await user.type(effort, '3');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('complementary', { name: 'Record a screencast' })).toBeInTheDocument();
    expect(backend.store.collections.tasks.all.find((t) => t.title === 'Record a screencast')).toMatchObject({ status: 'draft', effortHours: 3 });
  });

  it('imports with a preview of per-row errors, only after the bad rows are left out', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/catalog';
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import tasks' });
    const csv = 'id,title,area,effortHours\r\nn-1,Fresh task,events,2\r\nn-2,Broken,painting,1\r\n';
    await user.upload(within(dialog).getByLabelText('File'), new File([csv], 'tasks.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByText(/area: "painting" is not a known value/)).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('1 new, 0 changed, 0 unchanged, 1 with errors.');
    const run = within(dialog).getByRole('button', { name: 'Import' });
    expect(run).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Leave out the bad row and import the rest' }));
    await user.click(run);
    expect(await within(dialog).findByText('Imported: 1 new, 0 changed, 0 unchanged, 1 left out.')).toBeInTheDocument();
    await waitFor(() => expect(titles()).toContain('Fresh task'));
  });

  it('refuses a file that is not UTF-8 with a clear message', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/catalog';
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import tasks' });
    const bytes = new Uint8Array([...new TextEncoder().encode('id,title,area\r\nx,Caf'), 0xe9, ...new TextEncoder().encode(',events\r\n')]);
    await user.upload(within(dialog).getByLabelText('File'), new File([bytes], 'latin1.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/not UTF-8 text.*Nothing was imported/);
  });

  it('exports the catalog as a downloaded file through a Blob link', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:catalog'));
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    window.location.hash = '#/catalog';
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(clicked).toEqual(['rekindle-catalog-2026-11-28.csv']));
    const text = await blobs[0]!.text();
    expect(text.split('\r\n')[0]).toBe('id,title,summary,deliverable,area,skills,languages,effortHours,expectedDays,interaction,steps,slots,preferredCoachIds,tags,status,author');
    expect(text).not.toContain('Confidential');
    click.mockRestore();
  });
});

describe('the coaches screen', () => {
  it('lists coaches with load against capacity, searches with a typo, and deactivates', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/coaches';
    render(<App />);
    expect(await screen.findByText('2 coaches')).toBeInTheDocument();
    const row = (name: string) => screen.getByRole('cell', { name: new RegExp(name) }).closest('tr')!;
    expect(within(row('Ana Coach')).getByText('2 of 2')).toHaveClass('coach-full');
    expect(within(row('Ben Helper')).getByText('1 of 3')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search coaches' }), 'hispno');
    await waitFor(() => expect(screen.getByText('One coach')).toBeInTheDocument());
    await user.clear(screen.getByRole('searchbox', { name: 'Search coaches' }));
    await user.click(await screen.findByRole('button', { name: 'Deactivate Ben Helper' }));
    await waitFor(() => expect(screen.getByText('One coach')).toBeInTheDocument());
    expect(backend.store.collections.coaches.get('coach-ben')!.active).toBe(false);
  });

  it("shows the coach's own capacity on Today", async () => {
    const settings = backend.store.settings;
    await backend.dispatch('settings.update', { expectedVersion: settings.version, currentUser: { ...settings.currentUser, role: 'coach', coachId: 'coach-ana' } });
    render(<App />);
    const section = await screen.findByRole('region', { name: /Your capacity/ });
    expect(within(section).getByText('2 of 2 engagements in use')).toBeInTheDocument();
  });
});
