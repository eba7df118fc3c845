/**
 * A status change's cause is stored as a message and worded by the interface: the Spanish UI
 * shows it in Spanish, with the activity type and "how long ago" in Spanish too.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { useSettings } from '../../renderer/src/app/settings-store';
import { useReps } from '../../renderer/src/features/reps/reps-store';
import { useErrors } from '../../renderer/src/app/errors-store';
import { connectRealBackend } from '../support/ui-backend';

let conn: Awaited<ReturnType<typeof connectRealBackend>>;
const value = async (method: string, input: unknown = {}) => {
  const r = await conn.backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as any;
};

beforeEach(async () => {
  useSettings.setState({ settings: null, loadError: null });
  useReps.setState({ items: [], total: 0, detail: null, filters: { search: '', status: [], sort: 'name', descending: false } });
  useErrors.setState({ errors: [] });
  conn = await connectRealBackend();
});
afterEach(async () => conn.close());

describe('the causes in a Rep’s status history', () => {
  it('are shown in Spanish in the Spanish interface', async () => {
    // Bruno's stored "active" is stale (his last event report is 4 months old): re-classifying records why.
    const { changes } = await value('reps.recomputeStatuses');
    expect(changes.map((c: any) => c.repId)).toContain('rep-at-risk');
    const s = await value('settings.get');
    await value('settings.update', { expectedVersion: s.version, language: 'es' });
    window.location.hash = '#/reps/rep-at-risk';
    render(<App />);
    expect(await screen.findByText(/última actividad significativa hace 4 meses: informe de evento, \d{4}-\d{2}-\d{2}/)).toBeInTheDocument();
    expect(screen.queryByText(/last significant activity/)).toBeNull();
  });
});
