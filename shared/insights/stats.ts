/**
 * The statistics behind the attrition study: Wilson score intervals for rates, Kaplan–Meier
 * survival curves with Greenwood variance, and the two-group log-rank test. Pure and deterministic;
 * every result is a plain object (no class, no NaN, no Infinity) so it can cross IPC and go to CSV.
 */

/** Two-sided 95 %: the 0.975 quantile of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

/**
 * Below this many observations a rate or a curve is shown as a small sample, not as a finding.
 * Ten is the usual floor for a binomial proportion to mean anything (and the Wilson interval at
 * n = 10 is still ±30 points wide), so anything smaller is context, not evidence.
 */
export const SMALL_SAMPLE_N = 10;

export function isSmallSample(n: number): boolean {
  return n < SMALL_SAMPLE_N;
}

export interface RateEstimate {
  /** Observations. */
  n: number;
  /** Successes among them. */
  k: number;
  /** k / n, or null when n = 0 (no rate to speak of). */
  rate: number | null;
  /** 95 % Wilson score interval; null when n = 0. */
  low: number | null;
  high: number | null;
  smallSample: boolean;
}

/**
 * Wilson score interval (Wilson 1927; Newcombe 1998, method 3). Unlike the Wald interval it never
 * leaves [0, 1] and stays honest at 0/n and n/n, which is exactly where small community samples sit.
 */
export function wilson(k: number, n: number, z = Z_95): RateEstimate {
  if (!Number.isInteger(n) || !Number.isInteger(k) || n < 0 || k < 0 || k > n) {
    throw new RangeError(`wilson needs whole numbers 0 ≤ k ≤ n, got k=${k}, n=${n}`);
  }
  if (n === 0) return { n, k, rate: null, low: null, high: null, smallSample: true };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Clamp away floating-point dust so 0/n has low exactly 0 and n/n has high exactly 1.
  return { n, k, rate: p, low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half), smallSample: isSmallSample(n) };
}

export interface SurvivalObservation {
  /** Time from the origin (e.g. days since return) to the event or to censoring; ≥ 0. */
  time: number;
  /** True when the event was observed; false when the subject was censored at `time`. */
  event: boolean;
}

export interface SurvivalStep {
  time: number;
  /** Subjects still under observation just before `time`. */
  atRisk: number;
  events: number;
  censored: number;
  /** S(t) just after `time`. */
  survival: number;
  /** Greenwood standard error of S(t); null once S(t) = 0 (the variance is undefined there). */
  stdErr: number | null;
  /** 95 % band on the log(−log S) scale (Kalbfleisch–Prentice), which stays inside [0, 1]. */
  low: number;
  high: number;
}

export interface SurvivalCurve {
  n: number;
  events: number;
  censored: number;
  /** One row per distinct time with an event or a censoring, in time order. */
  steps: SurvivalStep[];
  /** Smallest time with S(t) ≤ 0.5, or null when the curve never gets there. */
  median: number | null;
  smallSample: boolean;
}

/**
 * Kaplan–Meier product-limit estimator. At a time with both events and censorings, the events
 * are counted first (the censored subjects are still at risk at that time), the usual convention.
 */
export function kaplanMeier(observations: readonly SurvivalObservation[], z = Z_95): SurvivalCurve {
  for (const o of observations) {
    if (!(o.time >= 0) || !Number.isFinite(o.time)) throw new RangeError(`survival times must be finite and ≥ 0, got ${o.time}`);
  }
  const sorted = [...observations].sort((a, b) => a.time - b.time);
  const steps: SurvivalStep[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let greenwoodSum = 0;
  let events = 0;
  let median: number | null = null;
  for (let i = 0; i < sorted.length; ) {
    const time = (sorted[i] as SurvivalObservation).time;
    let d = 0;
    let c = 0;
    for (; i < sorted.length && (sorted[i] as SurvivalObservation).time === time; i++) {
      if ((sorted[i] as SurvivalObservation).event) d++;
      else c++;
    }
    if (d > 0) {
      survival *= 1 - d / atRisk;
      greenwoodSum += atRisk > d ? d / (atRisk * (atRisk - d)) : Infinity;
      events += d;
      if (median === null && survival <= 0.5) median = time;
    }
    steps.push({ time, atRisk, events: d, censored: c, survival, ...band(survival, greenwoodSum, z) });
    atRisk -= d + c;
  }
  return { n: sorted.length, events, censored: sorted.length - events, steps, median, smallSample: isSmallSample(sorted.length) };
}

function band(s: number, greenwoodSum: number, z: number): Pick<SurvivalStep, 'stdErr' | 'low' | 'high'> {
  if (s <= 0 || !Number.isFinite(greenwoodSum)) return { stdErr: null, low: 0, high: 0 };
  const stdErr = s * Math.sqrt(greenwoodSum);
  if (s >= 1) return { stdErr, low: 1, high: 1 };
  // Var(log(−log S)) = Σ d/(n(n−d)) / (log S)²; the band is S^exp(±z·se).
  const se = Math.sqrt(greenwoodSum) / Math.abs(Math.log(s));
  return { stdErr, low: s ** Math.exp(z * se), high: s ** Math.exp(-z * se) };
}

/** S(t) read off a curve: the survival after the last step at or before t (1 before the first event). */
export function survivalAt(curve: SurvivalCurve, t: number): number {
  let s = 1;
  for (const step of curve.steps) {
    if (step.time > t) break;
    s = step.survival;
  }
  return s;
}

/** Subjects still observed just before t: those whose time is ≥ t. */
export function atRiskAt(curve: SurvivalCurve, t: number): number {
  let n = curve.n;
  for (const step of curve.steps) {
    if (step.time >= t) break;
    n -= step.events + step.censored;
  }
  return n;
}

export interface LogRankResult {
  observedA: number;
  expectedA: number;
  observedB: number;
  expectedB: number;
  variance: number;
  /** (O_A − E_A)² / V, chi-square with 1 degree of freedom; null when there is nothing to compare. */
  chiSquare: number | null;
  pValue: number | null;
  smallSample: boolean;
}

/** Mantel–Haenszel log-rank test of two survival curves (hypergeometric variance, ties handled). */
export function logRank(a: readonly SurvivalObservation[], b: readonly SurvivalObservation[]): LogRankResult {
  const all = [...a.map((o) => ({ ...o, g: 0 })), ...b.map((o) => ({ ...o, g: 1 }))].sort((x, y) => x.time - y.time);
  let nA = a.length;
  let nB = b.length;
  let oA = 0;
  let eA = 0;
  let oB = 0;
  let eB = 0;
  let v = 0;
  for (let i = 0; i < all.length; ) {
    const time = all[i]!.time;
    let dA = 0;
    let dB = 0;
    let leftA = 0;
    let leftB = 0;
    for (; i < all.length && all[i]!.time === time; i++) {
      const o = all[i]!;
      if (o.g === 0) {
        leftA++;
        if (o.event) dA++;
      } else {
        leftB++;
        if (o.event) dB++;
      }
    }
    const n = nA + nB;
    const d = dA + dB;
    if (d > 0) {
      oA += dA;
      oB += dB;
      eA += (d * nA) / n;
      eB += (d * nB) / n;
      if (n > 1) v += (nA * nB * d * (n - d)) / (n * n * (n - 1));
    }
    nA -= leftA;
    nB -= leftB;
  }
  const chiSquare = v > 0 ? (oA - eA) ** 2 / v : null;
  return {
    observedA: oA,
    expectedA: eA,
    observedB: oB,
    expectedB: eB,
    variance: v,
    chiSquare,
    pValue: chiSquare === null ? null : erfc(Math.sqrt(chiSquare / 2)),
    smallSample: isSmallSample(a.length) || isSmallSample(b.length),
  };
}

/**
 * Complementary error function (Numerical Recipes' Chebyshev fit, |error| < 1.2e-7), enough for a
 * p-value: P(χ²₁ > x) = erfc(√(x/2)).
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
