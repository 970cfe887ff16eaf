import type { Bucket, RatioJudgement } from "./metrics.js";

/**
 * Statistics for the metric gate: Prometheus's histogram quantile, the normal distribution, the
 * anytime-valid evidence the gate judges with (log-space incomplete beta, mixture likelihood
 * ratios: {@link judgeRatio}, {@link judgeShare}), and the fixed-sample two-proportion z-test the
 * gate used before (kept for the bench's comparison with it). Pure.
 */

/**
 * The q-quantile of a cumulative histogram, exactly as Prometheus's `histogram_quantile` computes
 * it for classic buckets (promql/quantile.go, `bucketQuantile`):
 *
 * - buckets are sorted by `le`; buckets with the same `le` are merged by adding their counts;
 *   counts within a relative 1e-12 of the previous bucket are taken as equal, and any remaining
 *   decrease is lifted to the previous count (a monotonic envelope);
 * - the highest bucket must be `+Inf`, there must be at least two buckets and at least one
 *   observation, otherwise there is no answer (Prometheus: NaN; here: `undefined`);
 * - rank = q × total; the quantile lies in the first bucket whose count ≥ rank, interpolated
 *   linearly between that bucket's lower bound (the previous `le`, or 0 for the first bucket)
 *   and its `le`; if the first bucket's `le` ≤ 0, that `le` is returned as is;
 * - if the rank falls into the `+Inf` bucket, the upper bound of the highest finite bucket is
 *   returned (so a p99 equal to the largest finite `le` means "at least that").
 *
 * `q` < 0 gives -Infinity, `q` > 1 gives +Infinity, NaN gives `undefined`, as in Prometheus.
 */
export function quantileFromBuckets(q: number, buckets: readonly Bucket[]): number | undefined {
  if (Number.isNaN(q)) return undefined;
  if (q < 0) return Number.NEGATIVE_INFINITY;
  if (q > 1) return Number.POSITIVE_INFINITY;
  const b = normalizeBuckets(buckets);
  if (b === undefined) return undefined;
  const total = b[b.length - 1]?.count ?? 0;
  if (total === 0) return undefined;
  let rank = q * total;
  // First index i in [0, n-1) with count ≥ rank; n-1 (the +Inf bucket) when none.
  let i = 0;
  while (i < b.length - 1 && (b[i]?.count ?? 0) < rank) i++;
  if (i === b.length - 1) return b[b.length - 2]?.le;
  const here = b[i] as Bucket;
  if (i === 0 && here.le <= 0) return here.le;
  let start = 0;
  let count = here.count;
  const below = b[i - 1];
  if (below !== undefined) {
    start = below.le;
    count -= below.count;
    rank -= below.count;
  }
  return start + (here.le - start) * (rank / count);
}

/**
 * Sorted, merged, monotonic buckets as Prometheus prepares them; `undefined` when the highest
 * bucket is not `+Inf` or fewer than two buckets remain.
 */
function normalizeBuckets(buckets: readonly Bucket[]): Bucket[] | undefined {
  if (buckets.length === 0) return undefined;
  const sorted = [...buckets].sort((a, b) => a.le - b.le);
  if (sorted[sorted.length - 1]?.le !== Number.POSITIVE_INFINITY) return undefined;
  const merged: { le: number; count: number }[] = [];
  for (const { le, count } of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.le === le) last.count += count;
    else merged.push({ le, count });
  }
  // Tiny float differences (from rate() sums) are not real decreases.
  let prev = merged[0]?.count ?? 0;
  for (const m of merged.slice(1)) {
    const delta = Math.abs(m.count - prev);
    if (delta === 0) continue;
    if (delta / m.count <= 1e-12) m.count = prev;
    else prev = m.count;
  }
  let max = merged[0]?.count ?? 0;
  for (const m of merged) {
    if (m.count > max) max = m.count;
    else m.count = max;
  }
  return merged.length < 2 ? undefined : merged;
}

/** Observations ≤ `le` in a cumulative histogram (merged and made monotonic as above). */
function countAtMost(buckets: readonly Bucket[], le: number): number | undefined {
  return normalizeBuckets(buckets)?.find((b) => b.le === le)?.count;
}

const SQRT2 = Math.SQRT2;
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/**
 * The complementary error function erfc(x) = 1 − erf(x), with a relative error below 1e-11
 * over the whole line: the Maclaurin series of erf for |x| < 2.5 and a continued fraction
 * (modified Lentz) for the tail, so tiny tail probabilities keep their precision.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2.5) return 1 - erfSeries(x);
  if (x > 27) return 0; // below the smallest double
  // erfc(x) = exp(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 1000; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/** The error function erf(x). */
export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (Math.abs(x) < 2.5) return erfSeries(x);
  return x > 0 ? 1 - erfc(x) : erfc(-x) - 1;
}

/** erf(x) = 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1)), fine for |x| < 2.5 (terms stay below ~20). */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x; // (−1)ⁿ x^(2n+1) / n!
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return TWO_OVER_SQRT_PI * sum;
}

/** Standard normal CDF Φ(z) = P(Z ≤ z). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / SQRT2);
}

/** Standard normal upper tail P(Z ≥ z) = 1 − Φ(z), precise for large z. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / SQRT2);
}

export type Alternative = "two-sided" | "greater" | "less";

export interface TwoProportionResult {
  /** x1/n1 and x2/n2. */
  readonly p1: number;
  readonly p2: number;
  /** p1 − p2. */
  readonly diff: number;
  /** (p1 − p2) / pooled standard error; 0 when both proportions are 0 or both are 1. */
  readonly z: number;
  /** For `alternative`: two-sided P(|Z| ≥ |z|), "greater" P(Z ≥ z) (p1 > p2), "less" P(Z ≤ z). */
  readonly pValue: number;
  readonly alternative: Alternative;
}

/**
 * Two-proportion z-test with the pooled standard error (no continuity correction; the same as
 * R's `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)`, whose χ² is z²):
 *
 *   p̂ = (x1 + x2) / (n1 + n2),  SE = √(p̂ (1 − p̂) (1/n1 + 1/n2)),  z = (p1 − p2) / SE.
 *
 * `alternative` follows R: "greater" tests p1 > p2 (e.g. group 1 = canary errors, "the canary's
 * error rate is higher"), "less" p1 < p2, default two-sided. Counts may be fractional (Prometheus
 * `increase()` extrapolates). Returns `undefined` when either group has no observations (nothing
 * to compare). When the pooled proportion is 0 or 1 (no errors at all, or only errors) the
 * proportions are equal, z = 0 and the two-sided p is 1. The normal approximation wants roughly
 * ≥ 5 events and ≥ 5 non-events per group; below that p-values are only indicative.
 *
 * @throws RangeError when a count is negative, not finite, or x > n.
 */
export function twoProportionTest(params: {
  readonly x1: number;
  readonly n1: number;
  readonly x2: number;
  readonly n2: number;
  readonly alternative?: Alternative;
}): TwoProportionResult | undefined {
  const { x1, n1, x2, n2, alternative = "two-sided" } = params;
  for (const [name, v] of Object.entries({ x1, n1, x2, n2 }))
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${name} must be a finite count ≥ 0, got ${v}`);
  if (x1 > n1) throw new RangeError(`x1 (${x1}) must not exceed n1 (${n1})`);
  if (x2 > n2) throw new RangeError(`x2 (${x2}) must not exceed n2 (${n2})`);
  if (n1 === 0 || n2 === 0) return undefined;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const diff = p1 - p2;
  const z = se === 0 ? 0 : diff / se;
  const pValue =
    alternative === "greater"
      ? normalSf(z)
      : alternative === "less"
        ? normalCdf(z)
        : Math.min(1, 2 * normalSf(Math.abs(z)));
  return { p1, p2, diff, z, pValue, alternative };
}

export type SlowerShareResult =
  | {
      readonly ok: true;
      /** The bucket bound compared at, in milliseconds. */
      readonly boundMs: number;
      /** How the bound was chosen: from the baseline's p99, or the bound asked for. */
      readonly boundFrom: "baseline-p99" | "given";
      /** The baseline's p99 (histogram_quantile), when the bound came from it. */
      readonly baselineP99Ms: number | undefined;
      readonly baseline: { readonly slower: number; readonly total: number; readonly share: number };
      readonly canary: { readonly slower: number; readonly total: number; readonly share: number };
      /** One-sided test "the canary's share slower than the bound is higher" (group 1 = canary). */
      readonly test: TwoProportionResult;
    }
  | {
      readonly ok: false;
      readonly reason: "no-baseline-data" | "no-canary-data" | "no-common-bound";
      readonly message: string;
    };

/**
 * "Is the canary's latency tail significantly heavier than the baseline's?"
 *
 * Method: pick a latency bound at which both cumulative histograms have a bucket, count in each
 * version the requests slower than it (total − count(le = bound)), and compare the two shares
 * with a one-sided two-proportion z-test (canary share > baseline share; {@link twoProportionTest}).
 *
 * The bound is the smallest finite bucket bound ≥ `boundMs` when given, otherwise ≥ the
 * baseline's p99 (by {@link quantileFromBuckets}), that both histograms have. Counts are only
 * known at bucket bounds, so no interpolation happens: about ≤ 1 % of baseline requests lie above
 * a bound chosen from its p99, and a canary with a heavier tail shows a larger share there.
 * The bound depends on the baseline sample, which makes the test slightly optimistic for the
 * baseline; with Istio's coarse default buckets (…, 100, 250, 500, 1000 ms, …) the effect is small.
 *
 * Not `ok` when either histogram has no observations, or no finite bound ≥ the target exists in
 * both (e.g. the target is beyond the largest finite bucket).
 */
export function slowerShareTest(params: {
  readonly baseline: readonly Bucket[];
  readonly canary: readonly Bucket[];
  readonly boundMs?: number;
}): SlowerShareResult {
  const base = normalizeBuckets(params.baseline);
  const can = normalizeBuckets(params.canary);
  const baseTotal = base?.[base.length - 1]?.count ?? 0;
  const canTotal = can?.[can.length - 1]?.count ?? 0;
  if (base === undefined || baseTotal === 0)
    return { ok: false, reason: "no-baseline-data", message: "the baseline's latency histogram is empty" };
  if (can === undefined || canTotal === 0)
    return { ok: false, reason: "no-canary-data", message: "the canary's latency histogram is empty" };
  const baselineP99Ms = params.boundMs === undefined ? quantileFromBuckets(0.99, base) : undefined;
  const target = params.boundMs ?? baselineP99Ms ?? Number.NaN;
  const canBounds = new Set(can.map((b) => b.le));
  const bound = base.find((b) => Number.isFinite(b.le) && b.le >= target && canBounds.has(b.le))?.le;
  if (bound === undefined)
    return {
      ok: false,
      reason: "no-common-bound",
      message: `no bucket bound ≥ ${target} ms that both latency histograms have`,
    };
  const baseSlower = baseTotal - (countAtMost(base, bound) ?? baseTotal);
  const canSlower = canTotal - (countAtMost(can, bound) ?? canTotal);
  const test = twoProportionTest({
    x1: canSlower,
    n1: canTotal,
    x2: baseSlower,
    n2: baseTotal,
    alternative: "greater",
  }) as TwoProportionResult; // both totals > 0
  return {
    ok: true,
    boundMs: bound,
    boundFrom: params.boundMs === undefined ? "baseline-p99" : "given",
    baselineP99Ms,
    baseline: { slower: baseSlower, total: baseTotal, share: baseSlower / baseTotal },
    canary: { slower: canSlower, total: canTotal, share: canSlower / canTotal },
    test,
  };
}

// ---- anytime-valid comparison (the judge) -----------------------------------------------------

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;

/**
 * ln Γ(x) for x > 0: Lanczos (g = 7, n = 9), relative error ~1e-15; below 0.5 through the
 * reflection formula. NaN for x ≤ 0 (never needed: the judge's arguments are > 0).
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** The continued fraction of the incomplete beta (modified Lentz; Numerical Recipes' betacf). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  // Converges in O(√max(a, b)) terms; the cap is far above what counts of requests need.
  for (let m = 1; m <= 100_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

/**
 * ln I_x(a, b), the log of the regularized incomplete beta function (the Beta(a, b) CDF at x),
 * for a, b > 0. Computed in log space so that the tiny tail probabilities of large counts keep
 * their precision: the continued fraction is evaluated on the side where it converges (x below
 * the mean-ish point (a + 1)/(a + b + 2)), and the other side through I_x(a, b) = 1 − I_{1−x}(b, a)
 * with log1p.
 */
export function logIncompleteBeta(x: number, a: number, b: number): number {
  if (Number.isNaN(x) || !(a > 0) || !(b > 0)) return Number.NaN;
  if (x <= 0) return Number.NEGATIVE_INFINITY;
  if (x >= 1) return 0;
  const front = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) return front + Math.log(betaContinuedFraction(x, a, b)) - Math.log(a);
  const other = front + Math.log(betaContinuedFraction(1 - x, b, a)) - Math.log(b);
  return Math.log1p(-Math.exp(other));
}

/** ln(1 − I_x(a, b)), the log of the Beta(a, b) upper tail beyond x. */
export function logIncompleteBetaUpper(x: number, a: number, b: number): number {
  return logIncompleteBeta(1 - x, b, a);
}

/**
 * How concentrated the mixing prior of {@link logEvidence} is around θ0: Beta(κθ0, κ(1 − θ0)),
 * κ = 10. A prior is needed to turn "the canary's share of bad events is above θ0" into one
 * number; this one puts most weight on alternatives within a few times θ0, which is where
 * regressions worth catching live, so they are found quickly, while any larger one is found too.
 */
export const PRIOR_CONCENTRATION = 10;

/**
 * The anytime-valid evidence (an e-value, in natural log) that bad events land on the canary
 * more often than a share `theta0` of them:
 *
 *   e = ∫ L(θ) / L(θ0) π(θ) dθ,   L(θ) = θ^x (1 − θ)^(m − x),
 *
 * with π the Beta(κθ0, κ(1 − θ0)) prior ({@link PRIOR_CONCENTRATION}) truncated to θ > θ0
 * (`side` "greater") or θ < θ0 (`side` "less"). Closed form:
 *
 *   e = B(a + x, b + m − x) · T(a + x, b + m − x) / (B(a, b) · T(a, b) · L(θ0)),
 *
 * T the Beta tail beyond θ0 on that side. For every θ on the alternative side, L(θ)/L(θ0) is a
 * nonnegative martingale in the number of bad events when the true share is θ0, and a
 * supermartingale when it is anywhere on the null side; so is the mixture. By Ville's inequality
 * the probability that e EVER reaches 1/α under the null is at most α — however often it is
 * looked at, and whenever the looking stops. `x` bad events of `m` on the canary; fractional
 * counts (Prometheus extrapolates) are taken as they are. 0 (e = 1) without bad events.
 */
export function logEvidence(params: {
  readonly x: number;
  readonly m: number;
  readonly theta0: number;
  readonly side: "greater" | "less";
}): number {
  const { theta0, side } = params;
  const m = Math.max(0, params.m);
  const x = Math.min(Math.max(0, params.x), m);
  if (m === 0 || !(theta0 > 0 && theta0 < 1)) return 0;
  const a = PRIOR_CONCENTRATION * theta0;
  const b = PRIOR_CONCENTRATION * (1 - theta0);
  const tail = side === "greater" ? logIncompleteBetaUpper : logIncompleteBeta;
  const logL0 = x * Math.log(theta0) + (m - x) * Math.log1p(-theta0);
  return (
    logBeta(a + x, b + m - x) + tail(theta0, a + x, b + m - x) - logBeta(a, b) - tail(theta0, a, b) - logL0
  );
}

/**
 * The judge of one comparison: "does the canary have more than (1 + `tolerance`) × the
 * baseline's rate of bad events (5xx, or requests slower than a bound)?".
 *
 * Conditioned on the bad events, each one is the canary's with probability
 * θ = n_c r_c / (n_c r_c + n_b r_b) (n requests, r the bad rate). r_c ≤ (1 + δ) r_b is
 * θ ≤ θ0 = n_c (1 + δ) / (n_c (1 + δ) + n_b), so {@link logEvidence} against θ0 is a test
 * that stays valid at any number of looks: fail when e ≥ `needed` = 1 / `alphaEach`. The
 * traffic split n_c : n_b is taken from the requests counted, which is the step's weights as
 * served; within a step they do not change.
 */
export function judgeRatio(params: {
  readonly canary: { readonly bad: number; readonly total: number };
  readonly baseline: { readonly bad: number; readonly total: number };
  readonly tolerance: number;
  readonly alphaEach: number;
  /** Confidence of {@link RatioJudgement.upperRatio} is 1 − boundAlpha. */
  readonly boundAlpha: number;
}): RatioJudgement | undefined {
  const { canary, baseline, tolerance, alphaEach, boundAlpha } = params;
  const nc = Math.max(0, canary.total);
  const nb = Math.max(0, baseline.total);
  if (nc === 0 || nb === 0) return undefined;
  const xc = Math.min(Math.max(0, canary.bad), nc);
  const xb = Math.min(Math.max(0, baseline.bad), nb);
  const k = nc / nb;
  const thetaAt = (rho: number) => (k * rho) / (k * rho + 1);
  const theta0 = thetaAt(1 + tolerance);
  const evidence = Math.exp(logEvidence({ x: xc, m: xc + xb, theta0, side: "greater" }));
  const needed = 1 / alphaEach;
  const ratio = xb > 0 ? xc / nc / (xb / nb) : undefined;
  return {
    canary: { bad: xc, total: nc },
    baseline: { bad: xb, total: nb },
    ratio,
    theta0,
    evidence,
    needed,
    worse: evidence >= needed,
    upperRatio: upperRatio({ xc, m: xc + xb, thetaAt, alpha: boundAlpha }),
  };
}

/**
 * The smallest ratio ρ that the "less" test rejects: every ratio above it has been ruled out at
 * level α at some time, so "ratio ≤ ρ" holds with probability ≥ 1 − α at every look together.
 * Bisection in log ρ over [1/1000, 1000]; undefined when even 1000× is not ruled out.
 */
function upperRatio(params: {
  readonly xc: number;
  readonly m: number;
  readonly thetaAt: (rho: number) => number;
  readonly alpha: number;
}): number | undefined {
  const { xc, m, thetaAt, alpha } = params;
  const bar = Math.log(1 / alpha);
  const rejected = (rho: number) => logEvidence({ x: xc, m, theta0: thetaAt(rho), side: "less" }) >= bar;
  let hi = Math.log(1000);
  if (!rejected(Math.exp(hi))) return undefined;
  let lo = Math.log(1 / 1000);
  if (rejected(Math.exp(lo))) return Math.exp(lo);
  for (let i = 0; i < 14; i++) {
    const mid = (lo + hi) / 2;
    if (rejected(Math.exp(mid))) hi = mid;
    else lo = mid;
  }
  return Math.exp(hi);
}

/** Requests slower than one latency bound, in each version. */
export interface TailAt {
  /** The bucket bound, in milliseconds: requests slower than it are the "slow" ones. */
  readonly boundMs: number;
  /** Whether the bound is at or below the baseline's p99, or the next one above it. */
  readonly position: "below" | "above";
  readonly baseline: { readonly bad: number; readonly total: number };
  readonly canary: { readonly bad: number; readonly total: number };
}

export type TailCounts =
  | {
      readonly ok: true;
      /** The baseline's p99 (histogram_quantile) the bounds were chosen from. */
      readonly baselineP99Ms: number | undefined;
      /** One or two bounds: at or below the baseline's p99, and the next one above it. */
      readonly at: readonly TailAt[];
    }
  | {
      readonly ok: false;
      readonly reason: "no-baseline-data" | "no-canary-data" | "no-common-bound";
      readonly message: string;
    };

/**
 * The requests of each version slower than the latency bounds the judge compares at: the
 * histogram bound AT OR JUST BELOW the baseline's p99, and the next bound ABOVE it, among the
 * bounds both histograms have (the smallest common bound when the p99 lies below every bound).
 * Counts are only known at bucket bounds. The bound below matters because with coarse buckets
 * (Istio's …, 100, 250, 500, 1000 ms) the first bound above a p99 of 346 ms is 500 ms, and a
 * canary that slows down but stays under 500 ms would never show there; at 250 ms a few percent
 * of the baseline's requests are slower, and a heavier canary tail shows at once. The bound
 * above catches what happens far out in the tail only. The p99 moves within its bucket, so the
 * bounds stay put as evidence accumulates.
 */
export function slowerThanTail(params: {
  readonly baseline: readonly Bucket[];
  readonly canary: readonly Bucket[];
}): TailCounts {
  const base = normalizeBuckets(params.baseline);
  const can = normalizeBuckets(params.canary);
  const baseTotal = base?.[base.length - 1]?.count ?? 0;
  const canTotal = can?.[can.length - 1]?.count ?? 0;
  if (base === undefined || baseTotal === 0)
    return { ok: false, reason: "no-baseline-data", message: "the baseline's latency histogram is empty" };
  if (can === undefined || canTotal === 0)
    return { ok: false, reason: "no-canary-data", message: "the canary's latency histogram is empty" };
  const baselineP99Ms = quantileFromBuckets(0.99, base);
  const canBounds = new Set(can.map((b) => b.le));
  const common = base.filter((b) => Number.isFinite(b.le) && b.le > 0 && canBounds.has(b.le));
  const target = baselineP99Ms ?? Number.NaN;
  const below = common.filter((b) => b.le <= target).pop()?.le ?? common[0]?.le;
  if (below === undefined)
    return {
      ok: false,
      reason: "no-common-bound",
      message: "the two latency histograms have no finite bucket bound in common",
    };
  const above = common.find((b) => b.le > below && b.le > target)?.le;
  const count = (boundMs: number, position: TailAt["position"]): TailAt => ({
    boundMs,
    position,
    baseline: { bad: baseTotal - (countAtMost(base, boundMs) ?? baseTotal), total: baseTotal },
    canary: { bad: canTotal - (countAtMost(can, boundMs) ?? canTotal), total: canTotal },
  });
  return {
    ok: true,
    baselineP99Ms,
    at: above === undefined ? [count(below, "below")] : [count(below, "below"), count(above, "above")],
  };
}

/**
 * Anytime-valid evidence that more than a share `limit` of requests are bad (one version alone,
 * for the absolute thresholds): {@link logEvidence} with each request a trial. `undefined`
 * without requests.
 */
export function judgeShare(params: {
  readonly bad: number;
  readonly total: number;
  /** The largest acceptable share, e.g. 0.01 for `successRate: 99`. */
  readonly limit: number;
  readonly alphaEach: number;
}): { readonly evidence: number; readonly needed: number; readonly worse: boolean } | undefined {
  const total = Math.max(0, params.total);
  if (total === 0) return undefined;
  const needed = 1 / params.alphaEach;
  // A limit of 0 % or 100 % leaves nothing to weigh: any bad request is over 0 %, none is over 100 %.
  if (params.limit <= 0) return { evidence: params.bad > 0 ? Infinity : 1, needed, worse: params.bad > 0 };
  if (params.limit >= 1) return { evidence: 0, needed, worse: false };
  const bad = Math.min(Math.max(0, params.bad), total);
  const evidence = Math.exp(logEvidence({ x: bad, m: total, theta0: params.limit, side: "greater" }));
  return { evidence, needed, worse: evidence >= needed };
}

/**
 * Requests slower than `limitMs` in a cumulative histogram. Counts are only known at bucket
 * bounds; inside a bucket they are interpolated linearly, the same assumption histogram_quantile
 * makes, so "p99 above the limit" and "more than 1 % slower than the limit" agree. `undefined`
 * when the limit lies beyond the largest finite bound (nothing is known there) or there are no
 * observations.
 */
export function slowerThan(
  buckets: readonly Bucket[],
  limitMs: number,
): { readonly slower: number; readonly total: number } | undefined {
  const b = normalizeBuckets(buckets);
  const total = b?.[b.length - 1]?.count ?? 0;
  if (b === undefined || total === 0) return undefined;
  const i = b.findIndex((x) => Number.isFinite(x.le) && x.le >= limitMs);
  const here = b[i];
  if (here === undefined) return undefined;
  const below = b[i - 1];
  const lo = below?.le ?? 0;
  const loCount = below?.count ?? 0;
  const atMost =
    here.le === lo || limitMs <= lo
      ? here.count
      : loCount + ((here.count - loCount) * (limitMs - lo)) / (here.le - lo);
  return { slower: Math.max(0, total - atMost), total };
}
