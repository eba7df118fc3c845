import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { useSettings } from '../../renderer/src/app/settings-store';
import { useReps } from '../../renderer/src/features/reps/reps-store';
import { useErrors } from '../../renderer/src/app/errors-store';
import { connectRealBackend } from '../support/ui-backend';

let conn: Awaited<ReturnType<typeof connectRealBackend>>;

beforeEach(async () => {
  useSettings.setState({ settings: null, loadError: null });
  useReps.setState({ items: [], total: 0, detail: null, filters: { search: '', status: [], sort: 'name', descending: false } });
  useErrors.setState({ errors: [] });
  conn = await connectRealBackend();
});
afterEach(async () => conn.close());

describe('the app frame', () => {
  it('navigates to every screen from the sidebar', async () => {
    const user = userEvent.setup();
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual(['Today', 'Reps', 'Catalog', 'Coaches', 'Match', 'Engagements', 'Council', 'Insights', 'Settings']);
    await user.click(within(nav).getByRole('link', { name: 'Insights' }));
    // Insights is loaded on demand: in a fresh run its first import transforms recharts, which takes a while.
    expect(await screen.findByRole('heading', { name: 'Insights' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Leading causes of attrition' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Insights' })).toHaveAttribute('aria-current', 'page');
  });

  it("shows a mentor's Today: the mentees who went quiet", async () => {
    render(<App />);
    const section = await screen.findByRole('region', { name: /Mentees who went quiet/ });
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(3));
    expect(within(section).getByText('Carla Quiet')).toBeInTheDocument();
    expect(within(section).getAllByText('no significant activity on record')).toHaveLength(1);
  });
});

describe('the Reps list', () => {
  it('lists Reps from the store with their status and filters by search', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/reps';
    render(<App />);
    expect(await screen.findByText('4 of 4 Reps')).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['Ana Mentormentor', 'Bruno Risk', 'Carla Quiet', 'Dev Passive']);
    expect(within(rows[1]!).getByText('At risk')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search Reps' }), 'carla');
    expect(await screen.findByText('1 of 1 Reps')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(2);
  });

  it('works by keyboard: arrows move between rows, Enter opens the Rep with the reason for the status', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/reps';
    render(<App />);
    await screen.findByText('4 of 4 Reps');
    const rows = screen.getAllByRole('row').slice(1);
    rows[0]!.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByRole('row')[2]));
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Bruno Risk' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByTestId('status-explanation')).toHaveTextContent(/^Last significant activity 4 months ago: event report, .+2026\.$/);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Bruno Risk' })).not.toBeInTheDocument());
  });
});

describe('Settings', () => {
  it('refuses a bad threshold with a message naming the field, and saves nothing', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/settings';
    render(<App />);
    const field = await screen.findByRole('textbox', { name: /Inactive after \(days\)/ });
    await user.clear(field);
    await user.type(field, 'soon');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Inactive after (days) must be a whole number from 1 to 3,650.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(conn.calls).not.toContain('settings.update');
  });

  it('switches the whole app to Spanish and keeps it', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/settings';
    render(<App />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'es');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('link', { name: 'Ajustes' })).toBeInTheDocument();
    expect(screen.getByText('Ajustes guardados.')).toBeInTheDocument();
    const stored = await conn.backend.dispatch('settings.get', {});
    expect(stored.ok && (stored.value as { language: string }).language).toBe('es');
  });

  it('tells the user when someone else saved first, and shows their version', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/settings';
    render(<App />);
    const name = await screen.findByRole('textbox', { name: 'Your name' });
    // Another window changes the settings behind this one's back.
    const current = await conn.backend.dispatch('settings.get', {});
    const s = current.ok ? (current.value as any) : null;
    await conn.backend.dispatch('settings.update', { expectedVersion: s.version, currentUser: { ...s.currentUser, name: 'Someone Else' } });
    await user.clear(name);
    await user.type(name, 'Me');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/changed elsewhere/);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveValue('Someone Else'));
  });
});
