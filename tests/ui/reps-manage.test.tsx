import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, setApiClient } from '../../renderer/src/api/client';
import { App } from '../../renderer/src/app/App';
import { refuse } from '../../shared/errors';
import { issue } from '../../shared/refusals';
import { useErrors } from '../../renderer/src/app/errors-store';
import { useSettings } from '../../renderer/src/app/settings-store';
import { useMentors } from '../../renderer/src/features/mentors/mentors-store';
import { useReps } from '../../renderer/src/features/reps/reps-store';
import { connectRealBackend } from '../support/ui-backend';

let conn: Awaited<ReturnType<typeof connectRealBackend>>;

beforeEach(async () => {
  useSettings.setState({ settings: null, loadError: null });
  useReps.setState({ items: [], total: 0, detail: null, filters: { search: '', status: [], sort: 'name', descending: false } });
  useMentors.setState({ data: null, choice: {}, selected: {}, overCapacity: null, done: null });
  useErrors.setState({ errors: [] });
  conn = await connectRealBackend();
});
afterEach(async () => conn.close());

describe('the Rep form', () => {
  it('refuses a bad email with the field named, saves nothing, then creates the Rep with a mentor', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/reps/new';
    render(<App />);
    await screen.findByRole('heading', { name: 'New Rep' });
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Nora New');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'nora-at-example');
    await user.type(screen.getByRole('textbox', { name: 'Country' }), 'Spain');
    await user.type(screen.getByRole('textbox', { name: /^Languages/ }), 'es, en');
    await waitFor(() => expect(within(screen.getByRole('combobox', { name: 'Mentor' })).getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mentor' }), 'Ana Mentor');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/email/, { selector: '[role="alert"]' })).toBeInTheDocument();
    expect((await conn.backend.dispatch('reps.list', {})).ok && ((await conn.backend.dispatch('reps.list', {})) as any).value.total).toBe(4);

    const email = screen.getByRole('textbox', { name: 'Email' });
    await user.clear(email);
    await user.type(email, 'nora@example.org');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const heading = await screen.findByRole('heading', { name: 'Nora New' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('added to the roster; no significant activity on record', { exact: false })).toBeInTheDocument();
    expect(within(screen.getByRole('complementary')).getByText('Ana Mentor')).toBeInTheDocument();
  });
});

describe('the Council screen', () => {
  it('keeps the mentor accountability list beside the open cases', async () => {
    window.location.hash = '#/council';
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Inactive mentors (0)' })).toBeInTheDocument();
    expect(screen.getByText('No mentor is inactive.')).toBeInTheDocument();
    expect(screen.getByText(/switch to the Council role in Settings/)).toBeInTheDocument();
    expect(screen.getByText('3 of 5 mentees')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Open cases (0)' })).toBeInTheDocument();
  });
});

describe('the mentors store', () => {
  it('asks to confirm when the backend refuses past capacity, reading the issue rather than the text', async () => {
    // The loads on screen say there is room; the backend knows better (another window moved a mentee).
    const refusal = refuse('BAD_INPUT', issue('allowOverCapacity', 'refusal-over-capacity', { which: 'Ana Mentor (3 / 2)' }, 'a sentence the store must not parse'));
    setApiClient(createClient(async (method) => (method === 'mentors.reassign' ? { ok: false, error: refusal.toJSON() } : { ok: true, value: null })));
    useMentors.setState({ choice: { r1: 'm1' }, data: { active: [{ mentor: { id: 'm1', name: 'Ana Mentor' }, load: 0, free: 2, capacity: 2 }] } as never });
    await useMentors.getState().reassign(['r1'], false);
    expect(useMentors.getState().overCapacity).toBe('Ana Mentor (3 / 2)');
    expect(useErrors.getState().errors).toEqual([]);
  });
});
