import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { createClient, setApiClient } from '../../renderer/src/api/client';
import { App } from '../../renderer/src/app/App';
import { useErrors } from '../../renderer/src/app/errors-store';
import { useSettings } from '../../renderer/src/app/settings-store';
import { useCouncil } from '../../renderer/src/features/council/council-store';
import { councilCommunity, SECRET } from '../support/council-fixtures';
import { NOW, tempDir } from '../support/fixtures';

let backend: Backend;
let cleanupDir: () => Promise<void>;

async function as(role: 'council' | 'mentor') {
  const s = (await backend.dispatch('settings.get', {})) as any;
  await backend.dispatch('settings.update', { expectedVersion: s.value.version, currentUser: { ...s.value.currentUser, name: 'Cora Council', role } });
}

beforeEach(async () => {
  useSettings.setState({ settings: null, loadError: null });
  useErrors.setState({ errors: [] });
  useCouncil.setState({ overview: null, dossier: null, refusal: null, saved: null, audit: null, pack: null });
  const dir = await tempDir('rekindle-ui-council-');
  cleanupDir = dir.cleanup;
  backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'ipc', now: () => NOW, loadDemo: async () => councilCommunity(), logError: () => undefined });
  setApiClient(createClient(async (method, input) => backend.dispatch(method, JSON.parse(JSON.stringify(input ?? {})))));
});
afterEach(async () => {
  await backend.close();
  await cleanupDir();
});

describe('the Council review screen', () => {
  it('shows the incomplete gate, refuses an approval with what is missing, then records an exception with its rationale', async () => {
    await as('council');
    const user = userEvent.setup();
    window.location.hash = '#/council/rep-bare';
    render(<App />);
    const heading = await screen.findByRole('heading', { name: /Dossier: Bela Bare/ });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByTestId('council-gate-summary')).toHaveTextContent('The alumni gate is incomplete: 4 items missing.');
    expect(screen.getByRole('heading', { name: 'Open cases (2)' })).toBeInTheDocument();

    // Submitting with no rationale is stopped on screen, naming the field.
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(screen.getByText('Rationale: write why the Council decided this.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Rationale' }), 'Nobody could reach her.');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    const refusal = await screen.findByTestId('council-refusal', {}, { timeout: 5000 });
    expect(refusal).toHaveTextContent(/Missing: reason .*conversation .*offer/);
    expect((await backend.dispatch('reps.get', { id: 'rep-bare' })) as any).toMatchObject({ value: { rep: { status: 'inactive' } } });

    await user.click(screen.getByRole('checkbox', { name: /Exception/ }));
    const rationale = screen.getByRole('textbox', { name: 'Rationale' });
    await user.clear(rationale);
    await user.click(rationale);
    await user.paste('The Rep wrote to the Council asking to leave.');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(await screen.findByTestId('council-saved', {}, { timeout: 5000 })).toHaveTextContent('Decision recorded');
    expect(screen.getByTestId('council-gate-summary')).toHaveTextContent('The alumni gate is met through a documented exception.');
    expect(screen.getAllByText('waived by the exception')).toHaveLength(3);
    const decision = await screen.findByTestId('council-decision');
    expect(decision).toHaveTextContent('Approve');
    expect(decision).toHaveTextContent('exception');
    expect(within(screen.getByRole('heading', { name: /Dossier: Bela Bare/ })).getByText('Alumni')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.getAllByRole('cell', { name: 'council.decide' }).length).toBeGreaterThanOrEqual(2));

    // Reversing restores the previous status.
    await user.click(within(decision).getByRole('button', { name: 'Reverse this decision' }));
    await user.click(screen.getByRole('textbox', { name: 'Why the decision is reversed' }));
    await user.paste('She wrote again: she wants to stay.');
    await user.click(screen.getByRole('button', { name: 'Record the reversing decision' }));
    expect(await screen.findByText('Decision reversed; it is in the audit log.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(screen.getByRole('heading', { name: /Dossier: Bela Bare/ })).getByText('Inactive')).toBeInTheDocument();
  });

  it('shows confidential reasons to the Council only; other roles see no decision form', async () => {
    window.location.hash = '#/council/rep-ready';
    const { unmount } = render(<App />);
    await screen.findByRole('heading', { name: /Dossier: Rita Ready/ });
    expect(screen.getByText('Confidential reasons and notes are shown to the Council role only.')).toBeInTheDocument();
    expect(screen.queryByText(SECRET, { exact: false })).toBeNull();
    expect(screen.getByText(/Decisions are for the Council/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record decision' })).toBeNull();
    unmount();

    await as('council');
    useSettings.setState({ settings: null });
    useCouncil.setState({ dossier: null });
    render(<App />);
    await screen.findByRole('heading', { name: /Dossier: Rita Ready/ });
    expect(await screen.findByText(SECRET, { exact: false })).toBeInTheDocument();
    expect(screen.getByTestId('council-gate-summary')).toHaveTextContent('1 item missing.');
  });

  it('shows outcomes since the chosen date and previews the review pack without confidential notes unless ticked', async () => {
    await as('council');
    const user = userEvent.setup();
    window.location.hash = '#/council';
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('council-outcomes')).toHaveTextContent(/Engagements completed\s*1/));
    expect(screen.getByRole('link', { name: 'Rui Back' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show review pack' }));
    const pack = await screen.findByTestId('council-pack');
    expect(pack).toHaveTextContent('Confidential notes are left out.');
    expect(pack).toHaveTextContent('Rita Ready');
    expect(pack).not.toHaveTextContent(SECRET);
    await user.click(screen.getByRole('checkbox', { name: 'Include confidential notes' }));
    await user.click(screen.getByRole('button', { name: 'Show review pack' }));
    await waitFor(() => expect(screen.getByTestId('council-pack')).toHaveTextContent(SECRET));
  });
});
