import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import type { CommunityData } from '../../electron/backend/seed';
import { createClient, setApiClient } from '../../renderer/src/api/client';
import { App } from '../../renderer/src/app/App';
import { useErrors } from '../../renderer/src/app/errors-store';
import { useSettings } from '../../renderer/src/app/settings-store';
import { useBatch, useMatch } from '../../renderer/src/features/match/match-store';
import { apiResults } from '../support/api-results';
import { NOW, tempDir } from '../support/fixtures';

/** The real backend over the demo community (tasks, coaches and Raúl's story), wired to the renderer's client. */
let backend: Backend;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  useSettings.setState({ settings: null, loadError: null });
  useErrors.setState({ errors: [] });
  useMatch.setState({ repId: null, start: null, conversations: [], suggestions: null, whyNot: null, choice: null });
  useBatch.setState({ plan: null, computing: false, picked: {}, kept: {}, created: null });
  const demo = (await import('../../resources/demo/demo-community.json')).default as unknown as CommunityData;
  const dir = await tempDir('rekindle-ui-match-');
  backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'ipc', now: () => NOW, loadDemo: async () => structuredClone(demo), logError: () => undefined });
  setApiClient(createClient(async (method, input) => backend.dispatch(method, JSON.parse(JSON.stringify(input ?? {})))));
  cleanup = async () => {
    await backend.close();
    await dir.cleanup();
  };
});
afterEach(async () => cleanup());

const { value } = apiResults(() => backend);

describe('the match session', () => {
  it('refuses a reached conversation without a reason, then records it and shows explained suggestions; Why not? and Choose', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/match/rep-0019';
    render(<App />);
    const heading = await screen.findByRole('heading', { name: /Match session with Raúl López/ });
    await waitFor(() => expect(heading).toHaveFocus());
    const before = (await value('match.conversations', { repId: 'rep-0019' })).items.length;

    await user.click(screen.getByRole('button', { name: 'Record the conversation' }));
    expect(await screen.findByText(/^reasons: choose at least one reason/, { selector: '[role="alert"]' })).toBeInTheDocument();
    expect((await value('match.conversations', { repId: 'rep-0019' })).items).toHaveLength(before);

    await user.click(screen.getByRole('checkbox', { name: /Bullying or toxicity/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity for Bullying or toxicity' }), '3');
    await user.type(screen.getByRole('textbox', { name: /Confidential note on Bullying or toxicity/ }), 'Belittled in chat');
    await user.selectOptions(screen.getByRole('listbox', { name: 'Teams to avoid' }), 'Events team Madrid');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Wants to continue' }), 'yes');
    await user.click(screen.getByRole('checkbox', { name: /agrees to share/ }));
    await user.click(screen.getByRole('button', { name: 'Record the conversation' }));

    const list = await screen.findByRole('heading', { name: '2. Suggestions' }, { timeout: 5000 });
    await waitFor(() => expect(list).toHaveFocus());
    const saved = (await value('match.conversations', { repId: 'rep-0019' })).items[0];
    expect(saved).toMatchObject({ reasons: [{ category: 'bullying-toxicity', severity: 3, note: 'Belittled in chat' }], avoidTeams: ['Events team Madrid'], wantsToContinue: 'yes', consentToShare: true });

    const items = [...screen.getByRole('list', { name: '2. Suggestions' }).children] as HTMLElement[];
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) {
      expect(within(li).getByText(/^(Solo task|Light interaction)$/)).toBeInTheDocument();
      expect(within(li).getByText('speaks es')).toBeInTheDocument();
      expect(li.textContent).not.toMatch(/Lucía Fernández/);
    }

    await user.selectOptions(screen.getByRole('combobox', { name: 'Coach' }), 'Lucía Fernández');
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    expect(await screen.findByText('the coach belongs to Events team Madrid, a team the Rep asked to avoid')).toBeInTheDocument();

    const first = within(items[0]!).getByRole('button', { name: /^Choose / });
    await user.click(first);
    const done = await screen.findByRole('heading', { name: 'Proposed engagement created' }, { timeout: 8000 });
    await waitFor(() => expect(done).toHaveFocus());
    const rep = (await value('reps.get', { id: 'rep-0019' })).rep;
    expect(rep.status).toBe('re-engaging');
    expect(screen.getByText(/Raúl López is now in re-engagement/)).toBeInTheDocument();
  });

  it('names the reasons in the language of the interface, and a renamed one by its community name', async () => {
    const s = await value('settings.get', {});
    const reasons = s.reasons.map((r: any) => (r.id === 'moved-on' ? { ...r, label: 'Se fue a otro proyecto' } : r));
    await value('settings.update', { expectedVersion: s.version, language: 'es', reasons });
    window.location.hash = '#/match/rep-0019';
    render(<App />);
    expect(await screen.findByRole('checkbox', { name: /Acoso o toxicidad/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Agotamiento/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Se fue a otro proyecto/ })).toBeInTheDocument();
    expect(screen.queryByText(/Bullying or toxicity/)).toBeNull();
  });

  it('plans the waiting Reps in a batch, shows the total beside greedy, and creates only the pairs kept', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/match/batch';
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Compute the plan' }));
    expect(await screen.findByText(/^Total fit .* \(proven optimal\) — greedy would reach/)).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(1);
    const firstName = within(rows[0]!).getByRole('rowheader').textContent!;
    await user.click(screen.getByRole('checkbox', { name: `Keep the pair for ${firstName}` }));
    await user.click(screen.getByRole('button', { name: `Create ${rows.length - 1} proposed engagements` }));
    expect(await screen.findByText(`Created ${rows.length - 1} proposed engagements.`, {}, { timeout: 8000 })).toBeInTheDocument();
    const waiting = (await value('match.waiting', {})).items.map((w: any) => w.name);
    expect(waiting).toEqual([firstName]);
  });
});
