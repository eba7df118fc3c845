/**
 * The Council's review at community scale (BENCH_OPTIONS: ~10,000 Reps, ~200,000 activities) with
 * 200 open alumni-move cases: the review pack, built from one pass over each collection, beside the
 * per-case way (one dossier per case, each scanning every collection), measured in the same run;
 * and the Council screen's overview and one dossier through the real backend.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from '../../../electron/backend/backend';
import { BENCH_OPTIONS, generateCommunity } from '../../../shared/demo/generate';
import { percentile, round, timeIt, type BenchSuite } from '../harness';

const NOW = '2026-11-28T12:00:00.000Z';
const CASES = 200;

export const suite: BenchSuite = {
  name: 'council',
  async run(ctx) {
    const community = generateCommunity({ ...BENCH_OPTIONS, referenceDate: NOW });
    const dir = await mkdtemp(join(tmpdir(), 'rekindle-bench-council-'));
    const backend = await openBackend({ dataDir: dir, firstRun: 'demo', transport: 'http', now: () => NOW, loadDemo: async () => community, logError: () => undefined });
    try {
      const call = async (method: string, input: unknown = {}): Promise<any> => {
        const r = await backend.dispatch(method, input);
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
        return r.value;
      };
      const s = await call('settings.get');
      await call('settings.update', { expectedVersion: s.version, currentUser: { ...s.currentUser, role: 'council' } });
      const subjects = community.reps.filter((r) => r.status === 'inactive').slice(0, CASES);
      for (const r of subjects) await call('council.propose', { repId: r.id });
      ctx.log(`community: ${community.reps.length} reps, ${community.activities.length} activities; ${subjects.length} open cases`);

      let packed = 0;
      const pack = await timeIt(async () => {
        packed = (await call('council.reviewPack', {})).cases.length;
      }, 5);
      let perCase = 0;
      const naive = await timeIt(async () => {
        perCase = 0;
        for (const r of subjects) perCase += (await call('council.dossier', { repId: r.id })).timeline.length >= 0 ? 1 : 0;
      }, 2);
      if (packed < perCase) throw new Error(`the pack has ${packed} cases, the per-case way ${perCase}`);
      const overview = await timeIt(() => call('council.overview', {}), 5);
      const dossier = await timeIt(() => call('council.dossier', { repId: subjects[0]!.id }), 20);
      for (const p of [50, 95]) {
        ctx.record({ case: `review pack, ${packed} cases`, metric: `p${p}`, value: round(percentile(pack, p)), unit: 'ms', baseline: { name: 'one dossier per case (per-case scans)', value: round(percentile(naive, p)) } });
      }
      ctx.record({ case: 'Council overview (open cases with gates, outcomes, near threshold)', metric: 'p50', value: round(percentile(overview, 50)), unit: 'ms' });
      ctx.record({ case: 'one dossier', metric: 'p50', value: round(percentile(dossier, 50)), unit: 'ms' });
    } finally {
      await backend.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
