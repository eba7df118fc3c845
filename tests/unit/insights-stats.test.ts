import { describe, expect, it } from 'vitest';
import { atRiskAt, erfc, isSmallSample, kaplanMeier, logRank, SMALL_SAMPLE_N, survivalAt, wilson, type SurvivalObservation } from '../../shared/insights/stats';

describe('wilson', () => {
  it('matches hand-computed bounds at 0/10, 5/10 and 10/10', () => {
    // z = 1.959964, z² = 3.841459, z²/n = 0.3841459, denominator 1 + z²/n = 1.3841459.
    // 0/10: centre = (0 + 0.1920729)/1.3841459 = 0.1387664; half = (1.959964/1.3841459)·√(0 + 0.00960365)
    //       = 1.4160206·0.0979983 = 0.1387664 → [0, 0.2775].
    expect(wilson(0, 10)).toMatchObject({ n: 10, k: 0, rate: 0, low: 0, smallSample: false });
    expect(wilson(0, 10).high).toBeCloseTo(0.2775, 4);
    // 5/10: centre = (0.5 + 0.1920729)/1.3841459 = 0.5; half = 1.4160206·√(0.025 + 0.00960365) = 1.4160206·0.1860206
    //       = 0.2634091 → [0.2366, 0.7634].
    expect(wilson(5, 10).low).toBeCloseTo(0.2366, 4);
    expect(wilson(5, 10).high).toBeCloseTo(0.7634, 4);
    // 10/10 mirrors 0/10: [1 − 0.2775, 1].
    expect(wilson(10, 10).low).toBeCloseTo(0.7225, 4);
    expect(wilson(10, 10).high).toBe(1);
  });

  it('reproduces the textbook table of Newcombe (1998), Stat Med 17:857–872, Table I, method 3', () => {
    // Published Wilson score intervals: 81/263 → 0.2553–0.3662; 15/148 → 0.0624–0.1605;
    // 0/20 → 0–0.1611; 1/29 → 0.0061–0.1718.
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [k, n, low, high] of cases) {
      const w = wilson(k, n);
      expect(w.low).toBeCloseTo(low, 4);
      expect(w.high).toBeCloseTo(high, 4);
      expect(w.rate).toBeCloseTo(k / n, 12);
    }
  });

  it('has no rate at n = 0, flags small samples, and refuses impossible counts', () => {
    expect(wilson(0, 0)).toEqual({ n: 0, k: 0, rate: null, low: null, high: null, smallSample: true });
    expect(SMALL_SAMPLE_N).toBe(10);
    expect(wilson(3, 9).smallSample).toBe(true);
    expect(wilson(3, 10).smallSample).toBe(false);
    expect(isSmallSample(9)).toBe(true);
    expect(() => wilson(4, 3)).toThrow(/0 ≤ k ≤ n/);
    expect(() => wilson(1.5, 3)).toThrow(/whole numbers/);
  });
});

/**
 * Freireich et al. (1963), Blood 21:699–716: weeks in remission of 21 leukaemia patients on 6-MP
 * (negative = censored) and 21 on placebo (all relapsed), as tabulated in Kleinbaum & Klein,
 * "Survival Analysis: A Self-Learning Text" (3rd ed., ch. 2) and Klein & Moeschberger, "Survival
 * Analysis" (2nd ed., Table 4.1A).
 */
const SIX_MP = [6, 6, 6, -6, 7, -9, 10, -10, -11, 13, 16, -17, -19, -20, 22, 23, -25, -32, -32, -34, -35].map((t) => ({ time: Math.abs(t), event: t > 0 }));
const PLACEBO = [1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23].map((t) => ({ time: t, event: true }));

describe('kaplanMeier', () => {
  it('reproduces the published 6-MP table: at-risk counts, S(t) and Greenwood standard errors', () => {
    // Klein & Moeschberger Table 4.1A (6-MP group): t, n at risk, d, S(t), SE.
    const published: [number, number, number, number, number][] = [
      [6, 21, 3, 0.8571, 0.0764],
      [7, 17, 1, 0.8067, 0.0869],
      [10, 15, 1, 0.7529, 0.0963],
      [13, 12, 1, 0.6902, 0.1068],
      [16, 11, 1, 0.6275, 0.1141],
      [22, 7, 1, 0.5378, 0.1282],
      [23, 6, 1, 0.4482, 0.1346],
    ];
    const km = kaplanMeier(SIX_MP);
    const eventRows = km.steps.filter((s) => s.events > 0);
    expect(eventRows.map((s) => [s.time, s.atRisk, s.events])).toEqual(published.map(([t, n, d]) => [t, n, d]));
    eventRows.forEach((s, i) => {
      expect(s.survival).toBeCloseTo(published[i]![3], 4);
      expect(s.stdErr!).toBeCloseTo(published[i]![4], 4);
    });
    expect(km).toMatchObject({ n: 21, events: 9, censored: 12, median: 23, smallSample: false });
    // Kleinbaum & Klein: median remission 23 weeks on 6-MP, 8 weeks on placebo.
    expect(kaplanMeier(PLACEBO).median).toBe(8);
  });

  it('hand-computes S(t), Greenwood and the log(−log) band at the first step of 6-MP', () => {
    // t = 6: 21 at risk, 3 relapses → S = 18/21 = 0.857143.
    // Greenwood: Σ d/(n(n−d)) = 3/(21·18) = 0.0079365; SE = 0.857143·√0.0079365 = 0.076360.
    // log-log: se = √0.0079365 / |ln 0.857143| = 0.089087/0.154151 = 0.577922;
    // low = S^exp(1.959964·0.577922) = 0.857143^3.10043 = 0.6197; high = 0.857143^0.322536 = 0.9515.
    const s = kaplanMeier(SIX_MP).steps[0]!;
    expect(s).toMatchObject({ time: 6, atRisk: 21, events: 3, censored: 1 });
    expect(s.survival).toBeCloseTo(18 / 21, 10);
    expect(s.stdErr!).toBeCloseTo(0.07636, 5);
    expect(s.low).toBeCloseTo(0.6197, 4);
    expect(s.high).toBeCloseTo(0.9516, 3);
  });

  it('counts events before censorings at a tied time', () => {
    // Times 2, 2+, 3, 5+: at t = 2 both are at risk (n = 4), one event → S = 3/4; the censored one
    // leaves after. At t = 3: n = 2, one event → S = 3/4·1/2 = 0.375. At 5+: n = 1, S stays 0.375.
    const km = kaplanMeier([
      { time: 2, event: true },
      { time: 2, event: false },
      { time: 3, event: true },
      { time: 5, event: false },
    ]);
    expect(km.steps.map((s) => [s.time, s.atRisk, s.events, s.censored, s.survival])).toEqual([
      [2, 4, 1, 1, 0.75],
      [3, 2, 1, 0, 0.375],
      [5, 1, 0, 1, 0.375],
    ]);
    expect(km.median).toBe(3);
    expect(survivalAt(km, 1)).toBe(1);
    expect(survivalAt(km, 4)).toBe(0.375);
    expect(atRiskAt(km, 3)).toBe(2);
    expect(atRiskAt(km, 4)).toBe(1);
  });

  it('stays at 1 with no median when everyone is censored, and reaches 0 without NaN', () => {
    const censored = kaplanMeier([3, 5, 5, 8].map((time) => ({ time, event: false })));
    expect(censored.steps.every((s) => s.survival === 1 && s.low === 1 && s.high === 1 && s.stdErr === 0)).toBe(true);
    expect(censored).toMatchObject({ n: 4, events: 0, censored: 4, median: null, smallSample: true });

    // 1, 2: S = 1/2 then 0; Greenwood is undefined at S = 0, so the step carries null, not NaN/∞.
    const all = kaplanMeier([{ time: 1, event: true }, { time: 2, event: true }]);
    expect(all.steps.map((s) => s.survival)).toEqual([0.5, 0]);
    expect(all.steps[1]).toMatchObject({ stdErr: null, low: 0, high: 0 });
    const numbers = all.steps.flatMap((s) => [s.time, s.atRisk, s.survival, s.low, s.high]);
    expect(numbers.every(Number.isFinite)).toBe(true);

    expect(kaplanMeier([])).toMatchObject({ n: 0, steps: [], median: null, smallSample: true });
    expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow(/≥ 0/);
  });
});

describe('logRank', () => {
  it('reproduces Kleinbaum & Klein: 6-MP vs placebo, log-rank statistic 16.79', () => {
    // Their worked table: O₁ = 9, E₁ = 19.25; O₂ = 21, E₂ = 10.75; Var(O₂ − E₂) = 6.2570;
    // (O₂ − E₂)²/Var = 10.25²/6.2570 = 16.79, p < 0.0001.
    const r = logRank(SIX_MP, PLACEBO);
    expect(r.observedA).toBe(9);
    expect(r.expectedA).toBeCloseTo(19.25, 2);
    expect(r.observedB).toBe(21);
    expect(r.expectedB).toBeCloseTo(10.75, 2);
    expect(r.variance).toBeCloseTo(6.257, 3);
    expect(r.chiSquare!).toBeCloseTo(16.79, 2);
    expect(r.pValue!).toBeLessThan(0.0001);
  });

  it('hand-computes a two-by-two example and has nothing to say without events', () => {
    // A: 1, 3; B: 2, 4 (all events). t=1: n=4 (2,2), d=1 → E_A = 0.5, V = 2·2·1·3/(16·3) = 0.25.
    // t=2: n=3 (1,2), d=1 → E_A = 1/3, V = 1·2·1·2/(9·2) = 0.2222. t=3: n=2 (1,1) → E_A = 0.5, V = 0.25.
    // t=4: n=1 (0,1) → E_A = 0, V = 0. O_A = 2, E_A = 1.3333, V = 0.7222 → χ² = 0.6667²/0.7222 = 0.6154.
    const ev = (time: number): SurvivalObservation => ({ time, event: true });
    const r = logRank([ev(1), ev(3)], [ev(2), ev(4)]);
    expect(r.expectedA).toBeCloseTo(4 / 3, 10);
    expect(r.variance).toBeCloseTo(0.25 + 2 / 9 + 0.25, 10);
    expect(r.chiSquare!).toBeCloseTo(0.6154, 4);
    expect(r.smallSample).toBe(true);
    expect(logRank([{ time: 1, event: false }], [])).toMatchObject({ chiSquare: null, pValue: null });
  });

  it('computes p-values through erfc: P(χ²₁ > 3.841) = 0.05', () => {
    expect(erfc(Math.sqrt(3.841459 / 2))).toBeCloseTo(0.05, 6);
    expect(erfc(0)).toBeCloseTo(1, 6);
    expect(erfc(-1)).toBeCloseTo(2 - 0.157299, 6);
  });
});
