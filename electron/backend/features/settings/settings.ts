import type { SettingsPatch } from '../../../../shared/api';
import { staleVersion } from '../../../../shared/errors';
import { issue } from '../../../../shared/refusals';
import type { Settings } from '../../../../shared/model/index';
import { recordAudit } from '../audit/audit';
import type { ServiceContext } from '../../context';
import { recomputeStatuses } from '../reps/status';

export function getSettings(ctx: ServiceContext): Settings {
  return ctx.store.settings;
}

export async function updateSettings(ctx: ServiceContext, patch: SettingsPatch): Promise<Settings> {
  const before = ctx.store.settings;
  if (patch.expectedVersion !== before.version) {
    const stale = issue('', 'refusal-stale-settings', { expected: patch.expectedVersion, current: before.version });
    throw staleVersion(stale, patch.expectedVersion, before.version);
  }
  const { expectedVersion: _ignored, ...changes } = patch;
  const after: Settings = { ...before, ...changes, version: before.version + 1, updatedAt: ctx.now() };
  await ctx.store.saveSettings(after);
  await recordAudit(ctx, { entity: 'settings', entityId: 'settings', before: pickChanged(before, changes), after: changes });
  // New rules re-classify everyone; each change is recorded with the rule change as part of its cause.
  // The health index follows the new significant types once this commits; the recomputation needs them now.
  const health = changes.significantActivityTypes ? ctx.health.forSettings(after) : ctx.health;
  if (changes.significantActivityTypes || changes.thresholds || changes.communityTimeZone) await recomputeStatuses({ ...ctx, health }, undefined, { messageId: 'status-occasion-settings', args: {} });
  return after;
}

function pickChanged(settings: Settings, changes: Partial<Settings>): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(changes)) out[key] = settings[key as keyof Settings];
  return out as Partial<Settings>;
}
