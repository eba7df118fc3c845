import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { useErrors } from '../../renderer/src/app/errors-store';
import { useSettings } from '../../renderer/src/app/settings-store';
import { connectRealBackend } from '../support/ui-backend';

let conn: Awaited<ReturnType<typeof connectRealBackend>>;

beforeEach(async () => {
  useSettings.setState({ settings: null, loadError: null });
  useErrors.setState({ errors: [] });
  conn = await connectRealBackend();
  window.location.hash = '#/settings';
});
afterEach(async () => conn.close());

describe('Settings → reminders and email', () => {
  it('names the bad field, then saves the mail server without any password', async () => {
    const user = userEvent.setup();
    render(<App />);
    const section = within(await screen.findByRole('group', { name: 'Reminders and email' }));
    await user.click(section.getByRole('checkbox', { name: 'Send reminders by email (SMTP)' }));
    await user.type(section.getByRole('textbox', { name: 'Mail server' }), 'smtp.example.org');
    await user.type(section.getByRole('textbox', { name: 'Sender address' }), 'not-an-address');
    await user.click(section.getByRole('button', { name: 'Save reminder settings' }));
    expect(section.getByRole('textbox', { name: 'Sender address' })).toHaveAccessibleDescription('Sender address must be an email address such as reps@example.org.');
    expect(conn.calls).not.toContain('settings.update');

    await user.clear(section.getByRole('textbox', { name: 'Sender address' }));
    await user.type(section.getByRole('textbox', { name: 'Sender address' }), 'reps@example.org');
    await user.click(section.getByRole('button', { name: 'Save reminder settings' }));
    expect(await section.findByText('Settings saved.')).toBeInTheDocument();
    const stored = await conn.backend.dispatch('settings.get', {});
    expect(stored.ok && (stored.value as { smtp: unknown }).smtp).toEqual({ host: 'smtp.example.org', port: 587, from: 'reps@example.org', secure: false, user: '' });
  });
});
