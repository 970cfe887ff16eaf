import type { Bucket } from "./metrics.js";

/**
 * Statistics for the metric gate: Prometheus's histogram quantile, the normal distribution, and
 * the two-proportion z-test the gate uses to ask "is the canary worse than the baseline?". Pure.
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
