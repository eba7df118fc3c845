import type { ConnectInput, SyncConflict, SyncStatus } from '../../../../shared/contract/sync';
import type { z } from 'zod';
import type { ResolveInput } from '../../../../shared/contract/sync';
import type { ServiceContext } from '../../context';

/**
 * The sync methods are thin: the engine (electron/backend/sync/engine.ts) owns the replicas and the
 * state; these run in the call's unit of work, so what connect and resolve write to the store is
 * audited and committed like any other change.
 */
export function status(ctx: ServiceContext): SyncStatus {
  return ctx.sync.status();
}

export function connect(ctx: ServiceContext, input: z.output<typeof ConnectInput>): Promise<SyncStatus> {
  return ctx.sync.connect(ctx, input);
}

export function disconnect(ctx: ServiceContext): Promise<SyncStatus> {
  return ctx.sync.disconnect();
}

export function conflicts(ctx: ServiceContext): { items: SyncConflict[] } {
  return { items: ctx.sync.conflicts() };
}

export function resolve(ctx: ServiceContext, input: z.output<typeof ResolveInput>): Promise<{ resolved: boolean }> {
  return ctx.sync.resolve(ctx, input);
}
