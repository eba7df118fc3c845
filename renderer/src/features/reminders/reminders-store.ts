import { create } from 'zustand';
import type { ReminderRow } from '../../../../shared/api';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';

interface RemindersState {
  items: ReminderRow[];
  total: number;
  smtpConfigured: boolean;
  notice: { key: string; args: Record<string, number> } | null;
  load(): Promise<void>;
  plan(): Promise<void>;
  deliver(): Promise<void>;
  markSent(ids: string[]): Promise<void>;
}

export const useReminders = create<RemindersState>((set, get) => ({
  items: [],
  total: 0,
  smtpConfigured: false,
  notice: null,
  async load() {
    const page = await attempt(() => api().call('reminders.list', { kind: 'we-still-exist', limit: 500 }));
    if (page) set({ items: page.items, total: page.total, smtpConfigured: page.smtpConfigured });
  },
  async plan() {
    const r = await attempt(() => api().call('reminders.plan'));
    if (r) set({ notice: { key: 'reminders-planned', args: { created: r.created, consent: r.skipped['no-consent'] + r.skipped['opted-out'], cooldown: r.skipped.cooldown, already: r.skipped['already-planned'] } } });
    await get().load();
  },
  async deliver() {
    const r = await attempt(() => api().call('reminders.deliver'));
    if (r) set({ notice: { key: 'reminders-delivered', args: { sent: r.sent, queued: r.stillQueued } } });
    await get().load();
  },
  async markSent(ids) {
    if (ids.length === 0) return;
    await attempt(() => api().call('reminders.markSent', { ids }));
    await get().load();
  },
}));
