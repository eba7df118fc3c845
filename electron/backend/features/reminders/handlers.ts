import type { remindersApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import { exportReminders, listReminders, markSent, planReminders } from './reminders';

export const remindersHandlers: FeatureHandlers<typeof remindersApi> = {
  'reminders.list': listReminders,
  'reminders.plan': planReminders,
  'reminders.deliver': (ctx) => ctx.outbox.deliverNow(),
  'reminders.export': (ctx, { format }) => exportReminders(ctx, format),
  'reminders.markSent': (ctx, { ids }) => markSent(ctx, ids),
};
