import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import type { CommunityData } from '../../electron/backend/seed';
import { createClient, setApiClient } from '../../renderer/src/api/client';
import { App } from '../../renderer/src/app/App';
import { useErrors } from '../../renderer/src/app/errors-store';
import { useSettings } from '../../renderer/src/app/settings-store';
import { useEngagements } from '../../renderer/src/features/engagements/engagements-store';
import { NOW, tempDir } from '../support/fixtures';

let backend: Backend;
let dir: Awaited<ReturnType<typeof tempDir>>;

/** The real backend over the demo community (it has engagements in every status), wired to the client. */
beforeEach(async () => {
  useSettings.setState({ settings: null, loadError: null });
  useEngagements.setState({ filter: {}, board: null, detail: null, next: null });
  useErrors.setState({ errors: [] });
  dir = await tempDir('rekindle-ui-eng-');
  const demo = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'resources', 'demo', 'demo-community.json'), 'utf8')) as CommunityData;
  backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'ipc', now: () => NOW, loadDemo: async () => demo, logError: () => undefined });
  setApiClient(createClient(async (method, input) => backend.dispatch(method, JSON.parse(JSON.stringify(input ?? {})))));
});
afterEach(async () => {
  await backend.close();
  await dir.cleanup();
});

describe('the Engagements screen', () => {
  it('shows the board by status with the stalled rule, filters by coach, and refuses completing without a link, naming the field', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/engagements/eng-0002';
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Stalled (3)' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Completed (3)' })).toBeInTheDocument();
    const stalled = screen.getByRole('list', { name: 'Stalled (3)' });
    expect(within(stalled).getByRole('link', { name: 'Felix Weber' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Coach' }), 'Diego Ramírez');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Active (0)' })).toBeInTheDocument());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Coach' }), 'All');
    await user.click(screen.getByRole('button', { name: 'Remind unanswered surveys' }));
    expect(await screen.findByText(/No survey needed a reminder/)).toBeInTheDocument();

    const panel = await screen.findByRole('complementary');
    await user.click(within(panel).getByRole('button', { name: 'Complete the engagement' }));
    const link = within(panel).getByRole('textbox', { name: 'Deliverable link' });
    expect(await within(panel).findByText(/a completed engagement needs the link to its deliverable/)).toBeInTheDocument();
    expect(link).toHaveFocus();
    expect(link).toHaveAttribute('aria-invalid', 'true');
    expect(backend.store.collections.engagements.get('eng-0002')!.status).toBe('active');

    const due = within(panel).getByLabelText('Due date');
    await user.clear(due);
    await user.type(due, '2026-12-20');
    await user.click(within(panel).getByRole('button', { name: 'Save the due date' }));
    expect(await within(panel).findByText('Due date saved.')).toBeInTheDocument();
    expect(backend.store.collections.engagements.get('eng-0002')!.dueAt?.slice(0, 10)).toMatch(/^2026-12-2[01]$/);

    await user.click(within(panel).getByRole('button', { name: 'Abandon the engagement' }));
    expect(await within(panel).findByText(/say why the engagement is abandoned/)).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: 'Reason' })).toHaveFocus();
  });

  it('records a check-in, completes, keeps an incomplete survey as a draft, then submits by keyboard and suggests a task with another coach', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/engagements/eng-0002';
    render(<App />);
    const panel = await screen.findByRole('complementary', { name: /Nicolás Rodríguez/ });
    await user.type(within(panel).getByRole('textbox', { name: 'Note' }), 'Glossary half done');
    await user.click(within(panel).getAllByRole('checkbox').find((c) => !(c as HTMLInputElement).disabled)!);
    await user.click(within(panel).getByRole('button', { name: 'Record check-in' }));
    // The note field holds the typed text until the backend confirms, so wait for the confirmation.
    expect(await within(panel).findByText('Check-in recorded.')).toBeInTheDocument();
    expect(within(panel).getByText('Glossary half done', { selector: ':not(textarea)' })).toBeInTheDocument();
    expect(backend.store.collections.engagements.get('eng-0002')!.checkIns).toHaveLength(3);

    await user.type(within(panel).getByRole('textbox', { name: 'Deliverable link' }), 'https://pontoon.mozilla.org/es/glossary/');
    await user.click(within(panel).getByRole('button', { name: 'Complete the engagement' }));
    const form = await within(panel).findByRole('form', { name: 'How did it go?' });

    // Keyboard only: Tab into the first radio group, arrows to choose.
    const good = within(form).getByRole('group', { name: /good experience/ });
    within(good).getByRole('radio', { name: '1' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(within(good).getByRole('radio', { name: '5' })).toBeChecked();
    await user.type(within(form).getByRole('textbox', { name: /Anything else/ }), 'Loved it');
    await user.click(within(form).getByRole('button', { name: 'Submit answers' }));
    expect(await within(form).findByText(/answer wants more/)).toBeInTheDocument();
    await waitFor(() => expect(backend.store.collections.surveys.all.find((s) => s.engagementId === 'eng-0002')).toMatchObject({ status: 'draft', goodExperience: 5, freeText: 'Loved it' }));

    await user.click(within(within(form).getByRole('group', { name: /do more/ })).getByRole('radio', { name: 'Yes' }));
    await user.click(within(within(form).getByRole('group', { name: /coach helpful/ })).getByRole('radio', { name: '4' }));
    await user.click(within(within(form).getByRole('group', { name: /task fit/ })).getByRole('radio', { name: '5' }));
    await user.click(within(form).getByRole('button', { name: 'Submit answers' }));

    const list = await within(panel).findByRole('list', { name: 'Suggested next tasks' });
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(within(first).getByText('a different coach')).toBeInTheDocument();
    expect(first.textContent).not.toContain('Fernanda Silva');
    expect(within(first).getByText(/speaks/)).toBeInTheDocument();
  });
});

describe('the returners settings', () => {
  it('refuses an empty onboarding checklist and a bad window with the fields named, then saves', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/settings';
    render(<App />);
    const form = await screen.findByRole('form', { name: 'Returners' }, { timeout: 5000 });
    const list = within(form).getByRole('textbox', { name: /Onboarding checklist/ });
    expect((list as HTMLTextAreaElement).value).toContain('Orientation call held');
    await user.clear(list);
    const days = within(form).getByRole('textbox', { name: /counts as returned/ });
    await user.clear(days);
    await user.type(days, '0');
    await user.click(within(form).getByRole('button', { name: 'Save the returners’ settings' }));
    expect(await within(form).findByText(/list at least one onboarding step/)).toBeInTheDocument();
    expect(within(form).getByText(/>=1|at least 1|too small/i)).toBeInTheDocument();
    expect(backend.store.settings.onboardingChecklist).toContain('Orientation call held');

    await user.type(list, 'Orientation call held{Enter}Matrix channels joined');
    await user.clear(days);
    await user.type(days, '120');
    await user.click(within(form).getByRole('button', { name: 'Save the returners’ settings' }));
    await within(form).findByText('Saved.');
    expect(backend.store.settings.onboardingChecklist).toEqual(['Orientation call held', 'Matrix channels joined']);
    expect(backend.store.settings.returnedRule.withinDays).toBe(120);
  });
});
