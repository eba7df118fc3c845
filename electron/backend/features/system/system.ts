import { ApiError } from '../../../../shared/errors';
import { COLLECTION_NAMES, SCHEMA_VERSION } from '../../store/schema';
import type { Clock } from '../../../../shared/api';
import { systemTimeZone, todayIn } from '../../../../shared/time/calendar';
import { communityZone, userZone, type ServiceContext } from '../../context';

export function systemInfo(ctx: ServiceContext) {
  const counts: Record<string, number> = {};
  for (const name of COLLECTION_NAMES) counts[name] = ctx.store.collections[name].size;
  return {
    appVersion: ctx.appVersion,
    schemaVersion: SCHEMA_VERSION,
    dataDir: ctx.store.dataDir,
    transport: ctx.transport,
    counts,
    notices: ctx.store.notices,
  };
}

export function dismissNotice(ctx: ServiceContext, id: string): { ok: true } {
  const i = ctx.store.notices.findIndex((n) => n.id === id);
  if (i < 0) throw new ApiError('NOT_FOUND', `No notice with id "${id}".`);
  ctx.store.notices.splice(i, 1);
  return { ok: true };
}

export function clock(ctx: ServiceContext): Clock {
  const now = ctx.now();
  const timeZone = userZone(ctx);
  return { now, today: todayIn(now, timeZone), timeZone, communityTimeZone: communityZone(ctx), systemTimeZone: systemTimeZone() };
}
