import type { auditApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import { listAudit } from './audit';

export const auditHandlers: FeatureHandlers<typeof auditApi> = {
  'audit.list': (ctx, { offset, limit }) => listAudit(ctx, offset, limit),
};
