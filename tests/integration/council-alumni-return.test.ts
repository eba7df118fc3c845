import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityData } from '../../electron/backend/seed';
import { openTestBackend, type TestBackend } from '../support/reps-backend';

/** The demo community has one alumni Rep, moved by an approved Council decision. */
let t: TestBackend;
beforeAll(async () => {
  const demo = (await import('../../resources/demo/demo-community.json')).default as unknown as CommunityData;
  t = await openTestBackend({ loadDemo: async () => structuredClone(demo) });
  await t.asRole('council');
});
afterAll(async () => t?.close());

describe('an alumnus who comes back', () => {
  it("shows the demo alumnus' gate as met by the recorded evidence and the Council's approval", async () => {
    const alumni = (await t.value('reps.list', { status: ['alumni'], limit: 500 })).items;
    expect(alumni.length).toBeGreaterThanOrEqual(1);
    const d = await t.value('council.dossier', { repId: alumni[0].id });
    expect(d.gate.passes).toBe(true);
    expect(d.gate.exception).toBe(false);
    expect(d.decisions.map((c: any) => c.decision)).toEqual(['approve']);
  });

  it('is re-engaged through the normal match flow, keeping the alumni history', async () => {
    const alumnus = (await t.value('reps.list', { status: ['alumni'], limit: 500 })).items[0];
    const before = (await t.value('reps.get', { id: alumnus.id })).rep;
    // They write back: a new conversation says they want to try again, with a few hours a month.
    await t.value('match.recordConversation', { repId: alumnus.id, date: '2026-11-27T10:00:00.000Z', channel: 'video-call', reasons: [{ category: 'no-time', severity: 1 }], wantsToContinue: 'yes', hoursPerMonth: 8 });
    const top = (await t.value('match.suggest', { repId: alumnus.id })).suggestions[0];
    expect(top).toBeDefined();
    await t.value('match.choose', { repId: alumnus.id, taskId: top.taskId, coachId: top.coachId });
    const after = (await t.value('reps.get', { id: alumnus.id })).rep;
    expect(after.status).toBe('re-engaging');
    expect(after.statusHistory.slice(0, before.statusHistory.length)).toEqual(before.statusHistory);
    expect(after.statusHistory.at(-1)).toMatchObject({ from: 'alumni', to: 're-engaging' });
    // The approval stays in the dossier; the Council can see the return beside it.
    const d = await t.value('council.dossier', { repId: alumnus.id });
    expect(d.decisions[0]).toMatchObject({ decision: 'approve', reversedBy: null });
    expect(d.timeline.some((e: any) => e.kind === 'engagement' && e.state === 'proposed')).toBe(true);
  });
});
