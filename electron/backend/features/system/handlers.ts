import type { systemApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import { clock, dismissNotice, systemInfo } from './system';

export const systemHandlers: FeatureHandlers<typeof systemApi> = {
  'system.info': systemInfo,
  'system.clock': clock,
  'system.changes': (ctx, { after, waitMs }) => ctx.changes.changesAfter(after, waitMs),
  'system.dismissNotice': (ctx, { id }) => dismissNotice(ctx, id),
};
