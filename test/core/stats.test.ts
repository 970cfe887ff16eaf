import { describe, expect, it } from "@jest/globals";
import type { Bucket } from "../../src/core/metrics.js";
import {
  erf,
  erfc,
  judgeRatio,
  judgeShare,
  logEvidence,
  logGamma,
  logIncompleteBeta,
  logIncompleteBetaUpper,
  normalCdf,
  normalSf,
  quantileFromBuckets,
  slowerShareTest,
  slowerThan,
  slowerThanTail,
  twoProportionTest,
} from "../../src/core/stats.js";
import { histogram } from "./metrics-data.js";

const INF = Number.POSITIVE_INFINITY;
const b = (...pairs: [number, number][]): Bucket[] => pairs.map(([le, count]) => ({ le, count }));

describe("quantileFromBuckets", () => {
  // Expected values from Prometheus's own tests, promql/promqltest/testdata/histograms.test,
  // with the bucket counts those series have at 50m (or 7m for testhistogram2).
  const positive = b([0.1, 50], [0.2, 70], [1, 110], [INF, 120]); // testhistogram{start="positive"}
  const negative = b([-0.2, 10], [-0.1, 20], [0.3, 20], [INF, 30]); // testhistogram{start="negative"}
  const middles = b([0, 0], [2, 1], [4, 2], [6, 3], [INF, 3]); // testhistogram2
  const noInfObs = b([0, 0], [0.1, 50], [0.2, 70], [1, 110], [INF, 110]); // testhistogram3{start="positive"}
  const noInfNeg = b([-0.25, 0], [-0.2, 10], [-0.1, 20], [0.3, 20], [INF, 20]); // testhistogram3{start="negative"}
  const nonMonotonic = b([0.1, 20], [1, 10], [10, 50], [100, 40], [1000, 90], [INF, 80]); // nonmonotonic_bucket
  // mixed_bucket{instance="ins1"}: le="0.2", "2e-1" and "2.0e-1" are one bound, their counts add up.
  const mixed = b([0.1, 1], [0.2, 1], [0.2, 1], [0.2, 1], [INF, 4]);

  it.each([
    ["lowest bucket, lower bound 0", 0, positive, 0],
    ["interpolated in the first bucket", 0.2, positive, 0.048],
    ["interpolated in the second bucket", 0.5, positive, 0.15],
    ["interpolated in the third bucket", 0.8, positive, 0.72],
    ["rank in the +Inf bucket: the highest finite bound", 1, positive, 1],
    ["first bound ≤ 0 is returned as is", 0, negative, -0.2],
    ["first bound ≤ 0, q in it", 0.2, negative, -0.2],
    ["negative bounds interpolate", 0.5, negative, -0.15],
    ["+Inf rule with negative histogram", 0.8, negative, 0.3],
    ["middle of a bucket (1/6)", 1 / 6, middles, 1],
    ["middle of a bucket (1/2)", 0.5, middles, 3],
    ["middle of a bucket (5/6)", 5 / 6, middles, 5],
    ["empty +Inf bucket, q = 0", 0, noInfObs, 0],
    ["empty +Inf bucket, q = 0.25", 0.25, noInfObs, 0.055],
    ["empty +Inf bucket, q = 0.5", 0.5, noInfObs, 0.125],
    ["empty +Inf bucket, q = 0.75", 0.75, noInfObs, 0.45],
    ["empty +Inf bucket, q = 1", 1, noInfObs, 1],
    ["negative, empty first bucket, q = 0", 0, noInfNeg, -0.25],
    ["negative, q = 0.25", 0.25, noInfNeg, -0.225],
    ["negative, q = 0.75", 0.75, noInfNeg, -0.15],
    ["negative, q = 1", 1, noInfNeg, -0.1],
    ["non-monotonic counts: envelope, q = 0.01", 0.01, nonMonotonic, 0.0045],
    ["non-monotonic counts: envelope, q = 0.5", 0.5, nonMonotonic, 8.5],
    ["non-monotonic counts: envelope, q = 0.99", 0.99, nonMonotonic, 979.75],
    ["same bound listed thrice: merged, q = 0.5", 0.5, mixed, 0.15],
    ["same bound listed thrice: merged, q = 0.75", 0.75, mixed, 0.2],
    ["same bound listed thrice: merged, q = 1", 1, mixed, 0.2],
  ])("%s", (_, q, buckets, expected) => {
    expect(quantileFromBuckets(q, buckets)).toBeCloseTo(expected, 12);
  });

  it.each([
    ["no buckets", 0.5, []],
    ["no observations", 0.2, b([0.1, 0], [0.2, 0], [INF, 0])],
    ["highest bucket not +Inf", 0.5, b([0.1, 5], [1, 10])],
    ["only the +Inf bucket", 0.5, b([INF, 10])],
    ["two +Inf spellings merged into one bucket", 0.5, b([INF, 0], [INF, 0])],
    ["q is NaN", Number.NaN, b([0.1, 5], [INF, 10])],
  ])("%s: undefined (Prometheus: NaN)", (_, q, buckets) => {
    expect(quantileFromBuckets(q, buckets)).toBeUndefined();
  });

  it("q outside [0, 1] is ±Infinity, as in Prometheus", () => {
    expect(quantileFromBuckets(-0.1, b([0.1, 5], [INF, 10]))).toBe(Number.NEGATIVE_INFINITY);
    expect(quantileFromBuckets(1.01, b([0.1, 5], [INF, 10]))).toBe(Number.POSITIVE_INFINITY);
  });

  it("sorts unsorted buckets and ignores float noise in counts (relative 1e-12)", () => {
    const noisy = b([INF, 120], [1, 110], [0.1, 50], [0.2, 70 + 1e-12]);
    expect(quantileFromBuckets(0.5, noisy)).toBeCloseTo(0.15, 12);
    expect(quantileFromBuckets(0.5, b([0.1, 50], [0.2, 70], [1, 70 - 1e-11], [INF, 120]))).toBeCloseTo(
      0.15,
      9,
    );
  });

  it("Istio buckets in milliseconds: p99 in the (250, 500] ms bucket", () => {
    // 1000 requests: 900 ≤ 100 ms, 95 in (100, 250], 5 in (250, 500].
    const h = histogram({ 100: 900, 250: 95, 500: 5 });
    // rank 990: 900 + 95 = 995 ≥ 990 → (100, 250]: 100 + 150 × 90/95
    expect(quantileFromBuckets(0.99, h)).toBeCloseTo(100 + (150 * 90) / 95, 10);
    expect(quantileFromBuckets(0.5, h)).toBeCloseTo(50 + 50 * ((500 - 0) / 900), 10);
    // Everything slower than the highest finite bound: answer is that bound (3,600,000 ms).
    expect(quantileFromBuckets(0.99, histogram({ [INF]: 10 }))).toBe(3600000);
  });
});

describe("erf, erfc and the normal distribution", () => {
  // Reference values: Abramowitz & Stegun table 7.1 / 26.1, to the digits given there, and
  // values any statistics package prints (Φ(1.96) = 0.9750021048517795).
  it.each([
    [0, 0],
    [0.5, 0.5204998778130465],
    [1, 0.8427007929497149],
    [2, 0.9953222650189527],
    [-1, -0.8427007929497149],
    [3, 0.9999779095030014],
  ])("erf(%p) = %p", (x, expected) => {
    expect(erf(x)).toBeCloseTo(expected, 14);
  });

  it.each([
    [0, 1],
    [1, 0.15729920705028513],
    [2.5, 0.000406952017444959],
    [3, 2.209049699858544e-5],
    [5, 1.537459794428035e-12],
    [10, 2.088487583762545e-45],
    [-2, 1.995322265018953],
  ])("erfc(%p) = %p to 1e-11 relative", (x, expected) => {
    expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1e-11);
  });

  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [1.96, 0.9750021048517795],
    [-1.6448536269514722, 0.05],
    [-2.3263478740408408, 0.01],
    [-3, 0.0013498980316301],
    [-6, 9.865876450377e-10],
  ])("Φ(%p) = %p", (z, p) => {
    expect(Math.abs(normalCdf(z) - p) / p).toBeLessThan(1e-11);
    expect(Math.abs(normalSf(-z) - p) / p).toBeLessThan(1e-11);
  });

  it("keeps tiny tails instead of rounding them to 0", () => {
    expect(normalSf(8)).toBeCloseTo(6.22096057427178e-16, 25);
    expect(normalSf(40)).toBe(0);
    expect(Number.isNaN(erfc(Number.NaN))).toBe(true);
  });
});

describe("twoProportionTest", () => {
  it("worked example 1: 140 of 200 vs 255 of 340", () => {
    // p1 = 0.7, p2 = 0.75, pooled p = 395/540 = 0.7314815,
    // SE = √(0.7314815 × 0.2685185 × (1/200 + 1/340)) = 0.0394940,
    // z = −0.05 / 0.0394940 = −1.266; one-sided (p1 < p2) P = Φ(−1.266) = 0.103, two-sided 0.206.
    const two = twoProportionTest({ x1: 140, n1: 200, x2: 255, n2: 340 });
    expect(two?.z).toBeCloseTo(-1.266, 3);
    expect(two?.pValue).toBeCloseTo(0.206, 3);
    expect(two?.diff).toBeCloseTo(-0.05, 12);
    const less = twoProportionTest({ x1: 140, n1: 200, x2: 255, n2: 340, alternative: "less" });
    expect(less?.pValue).toBeCloseTo(0.103, 3);
    const greater = twoProportionTest({ x1: 140, n1: 200, x2: 255, n2: 340, alternative: "greater" });
    expect(greater?.pValue).toBeCloseTo(0.897, 3);
  });

  it("worked example 2: 28 of 254 vs 36 of 301", () => {
    // p1 = 0.110236, p2 = 0.119601, pooled p = 64/555 = 0.115315,
    // SE = √(0.115315 × 0.884685 × (1/254 + 1/301)) = 0.027213,
    // z = −0.009365 / 0.027213 = −0.344, two-sided P = 2 Φ(−0.344) = 0.731.
    const r = twoProportionTest({ x1: 28, n1: 254, x2: 36, n2: 301 });
    expect(r?.z).toBeCloseTo(-0.344, 3);
    expect(r?.pValue).toBeCloseTo(0.731, 3);
  });

  it("worked example 3: canary 20 errors of 1,000 vs baseline 50 of 5,000", () => {
    // p1 = 0.02, p2 = 0.01, pooled p = 70/6000 = 0.0116667,
    // SE = √(0.0116667 × 0.9883333 × (1/1000 + 1/5000)) = √(1.383667e-5) = 0.0037198,
    // z = 0.01 / 0.0037198 = 2.688; one-sided P(Z ≥ 2.688) = 0.00359.
    const r = twoProportionTest({ x1: 20, n1: 1000, x2: 50, n2: 5000, alternative: "greater" });
    expect(r?.z).toBeCloseTo(2.688, 3);
    expect(r?.pValue).toBeCloseTo(0.0036, 4);
  });

  it.each([
    ["identical proportions", { x1: 5, n1: 100, x2: 50, n2: 1000 }, 0, 1],
    ["all successes on both sides (pooled p = 0)", { x1: 0, n1: 100, x2: 0, n2: 1000 }, 0, 1],
    ["only errors on both sides (pooled p = 1)", { x1: 100, n1: 100, x2: 7, n2: 7 }, 0, 1],
    ["fractional counts from increase()", { x1: 2.5, n1: 99.7, x2: 2.5, n2: 99.7 }, 0, 1],
  ])("%s: z = 0, two-sided p = 1", (_, counts, z, p) => {
    const r = twoProportionTest(counts);
    expect(r?.z).toBe(z);
    expect(r?.pValue).toBeCloseTo(p, 12);
  });

  it("identical proportions one-sided: p = 0.5", () => {
    expect(twoProportionTest({ x1: 1, n1: 10, x2: 10, n2: 100, alternative: "greater" })?.pValue).toBeCloseTo(
      0.5,
      12,
    );
  });

  it.each([
    ["n1 = 0", { x1: 0, n1: 0, x2: 1, n2: 10 }],
    ["n2 = 0", { x1: 1, n1: 10, x2: 0, n2: 0 }],
    ["both 0", { x1: 0, n1: 0, x2: 0, n2: 0 }],
  ])("%s: undefined (nothing to compare)", (_, counts) => {
    expect(twoProportionTest(counts)).toBeUndefined();
  });

  it.each([
    ["x1 > n1", { x1: 11, n1: 10, x2: 0, n2: 10 }, "x1 (11) must not exceed n1 (10)"],
    ["negative", { x1: -1, n1: 10, x2: 0, n2: 10 }, "x1 must be a finite count ≥ 0, got -1"],
    ["NaN", { x1: 1, n1: Number.NaN, x2: 0, n2: 10 }, "n1 must be a finite count ≥ 0, got NaN"],
  ])("%s: RangeError", (_, counts, message) => {
    expect(() => twoProportionTest(counts)).toThrow(new RangeError(message));
  });
});

describe("slowerShareTest", () => {
  // 10,000 baseline requests: 1 % slower than 250 ms (p99 in (100, 250]).
  const baseline = histogram({ 50: 8000, 100: 1500, 250: 400, 500: 100 });

  it("a canary with a heavier tail at the bound above the baseline's p99", () => {
    // 1,000 canary requests, 3 % slower than 250 ms.
    const canary = histogram({ 50: 800, 100: 140, 250: 30, 500: 20, 1000: 10 });
    const r = slowerShareTest({ baseline, canary });
    expect(r).toMatchObject({
      ok: true,
      boundMs: 250,
      boundFrom: "baseline-p99",
      baseline: { slower: 100, total: 10000, share: 0.01 },
      canary: { slower: 30, total: 1000, share: 0.03 },
    });
    if (!r.ok) throw new Error("expected ok");
    expect(r.baselineP99Ms).toBeCloseTo(250, 10); // rank 9900 = exactly the 250 ms bucket's count
    // pooled p = 130/11000; SE = √(p(1−p)(1/1000 + 1/10000)) = 0.0035841; z = 0.02/0.0035841 = 5.580
    expect(r.test.z).toBeCloseTo(5.58, 2);
    expect(r.test.pValue).toBeLessThan(1e-7);
  });

  it("the same tail is not significant", () => {
    const canary = histogram({ 50: 800, 100: 150, 250: 40, 500: 10 });
    const r = slowerShareTest({ baseline, canary });
    expect(r.ok && r.test.z).toBe(0);
    expect(r.ok && r.test.pValue).toBeCloseTo(0.5, 12);
  });

  it("a given bound is rounded up to a bucket bound both histograms have", () => {
    const canary = histogram({ 50: 900, 100: 90, 1000: 10 });
    expect(slowerShareTest({ baseline, canary, boundMs: 60 })).toMatchObject({
      ok: true,
      boundMs: 100,
      boundFrom: "given",
      baselineP99Ms: undefined,
      baseline: { slower: 500 },
      canary: { slower: 10 },
    });
    const sparse: Bucket[] = [
      { le: 100, count: 990 },
      { le: 1000, count: 1000 },
      { le: INF, count: 1000 },
    ];
    expect(slowerShareTest({ baseline, canary: sparse, boundMs: 250 })).toMatchObject({ boundMs: 1000 });
  });

  it.each([
    ["empty baseline", [], baseline, "no-baseline-data"],
    ["baseline without observations", histogram({}), baseline, "no-baseline-data"],
    ["empty canary", baseline, [], "no-canary-data"],
    ["canary without +Inf", baseline, b([100, 5], [250, 10]), "no-canary-data"],
    ["no shared bound", baseline, b([300, 5], [INF, 10]), "no-common-bound"],
  ])("%s: not ok", (_, base, canary, reason) => {
    expect(slowerShareTest({ baseline: base, canary })).toMatchObject({ ok: false, reason });
  });
});

// Reference values from SciPy 1.17 (scipy.special.betainc, gammaln; the e-values by numerical
// integration with scipy.integrate.quad), to 1e-9 relative.
describe("logGamma", () => {
  it.each([
    [0.1, 2.252712651734206],
    [0.5, 0.5723649429247],
    [3, Math.LN2],
    [10.5, 13.940625219403763],
    [123.4, 469.3360974421906],
    [1e4, 82099.71749644238],
  ])("ln Γ(%p) = %p", (x, want) => {
    expect(logGamma(x)).toBeCloseTo(want, 10);
  });
});

describe("logIncompleteBeta", () => {
  it.each([
    [0.5, 2, 3, -0.3746934494414107, -1.1631508098056809],
    [0.3, 5, 10, -0.8775537564226845, -0.5375098585284184],
    [0.1, 1.5, 40.2, -0.03703186594167481, -3.3144352889883484],
    [0.9, 200, 30, -0.08000589802334583, -2.565391178982381],
    [0.01, 0.1, 9.9, -0.19395466359421087, -1.7355412291024879],
    [0.118, 45, 400, -0.12929674418230344, -2.109597074297288],
    [0.999, 3, 0.5, -0.06108123991130448, -2.8259356689229955],
  ])("ln I_%p(%p, %p) and its upper tail", (x, a, b, lower, upper) => {
    expect(logIncompleteBeta(x, a, b)).toBeCloseTo(lower, 9);
    expect(logIncompleteBetaUpper(x, a, b)).toBeCloseTo(upper, 9);
  });

  it("is exact where closed forms exist: I_x(1, b) = 1 − (1 − x)^b, I_x(a, 1) = x^a, I_½(a, a) = ½", () => {
    expect(Math.exp(logIncompleteBeta(0.2, 1, 7))).toBeCloseTo(1 - 0.8 ** 7, 12);
    expect(Math.exp(logIncompleteBeta(0.2, 7, 1))).toBeCloseTo(0.2 ** 7, 14);
    expect(Math.exp(logIncompleteBeta(0.5, 300, 300))).toBeCloseTo(0.5, 10);
  });

  it("keeps tiny tails (binomial P(X ≥ 60 | n = 1000, p = 0.01) ≈ 1.6e-23) in log space", () => {
    // P(X ≥ k) = I_p(k, n − k + 1); summed exactly in log space as the reference.
    let logSum = Number.NEGATIVE_INFINITY;
    for (let k = 60; k <= 1000; k++) {
      const t =
        logGamma(1001) -
        logGamma(k + 1) -
        logGamma(1001 - k) +
        k * Math.log(0.01) +
        (1000 - k) * Math.log(0.99);
      logSum = Math.max(logSum, t) + Math.log1p(Math.exp(-Math.abs(logSum - t)));
    }
    expect(logIncompleteBeta(0.01, 60, 941)).toBeCloseTo(logSum, 8);
  });

  it("edges: 0 below, 1 above, NaN for bad shapes", () => {
    expect(logIncompleteBeta(0, 2, 3)).toBe(Number.NEGATIVE_INFINITY);
    expect(logIncompleteBeta(1, 2, 3)).toBe(0);
    expect(logIncompleteBeta(0.5, 0, 3)).toBeNaN();
  });
});

describe("logEvidence", () => {
  it.each([
    [12, 44, 0.1176, "greater", 3.0221825504658377],
    [3, 3, 0.118, "greater", 2.210183913227822],
    [5, 100, 0.1, "less", 0.955383376103611],
    [40, 400, 0.1, "greater", -1.7172908696580846],
    [0, 30, 0.3, "less", 6.632061786930755],
  ] as const)("x = %p of m = %p against θ0 = %p (%s): ln e = %p", (x, m, theta0, side, want) => {
    expect(logEvidence({ x, m, theta0, side })).toBeCloseTo(want, 9);
  });

  it("is 1 (ln e = 0) before any bad event", () => {
    expect(logEvidence({ x: 0, m: 0, theta0: 0.1, side: "greater" })).toBe(0);
  });
});

describe("judgeRatio", () => {
  const at = (canaryBad: number, baselineBad: number, tolerance = 0.2) =>
    judgeRatio({
      canary: { bad: canaryBad, total: 1200 },
      baseline: { bad: baselineBad, total: 10_800 },
      tolerance,
      alphaEach: 0.0125,
      boundAlpha: 0.05,
    });

  it("θ0 is the canary's share of bad events at (1 + tolerance)× the baseline's rate", () => {
    expect(at(4, 32)?.theta0).toBeCloseTo((1200 * 1.2) / (1200 * 1.2 + 10_800), 12);
  });

  it("a canary like its baseline: little evidence, a bound above 1", () => {
    const j = at(4, 32);
    expect(j?.worse).toBe(false);
    expect(j?.evidence).toBeLessThan(1);
    expect(j?.upperRatio).toBeGreaterThan(1);
    expect(j?.ratio).toBeCloseTo(1.125, 12);
  });

  it("a canary at 3× its baseline on enough requests: worse", () => {
    const j = judgeRatio({
      canary: { bad: 36, total: 3600 },
      baseline: { bad: 97, total: 32_400 },
      tolerance: 0.2,
      alphaEach: 0.0125,
      boundAlpha: 0.05,
    });
    expect(j?.worse).toBe(true);
    expect(j?.evidence).toBeGreaterThanOrEqual(80);
  });

  it("the tolerance absorbs a real but small difference", () => {
    const many = (tolerance: number) =>
      judgeRatio({
        canary: { bad: 1100, total: 1e6 },
        baseline: { bad: 1000, total: 1e6 },
        tolerance,
        alphaEach: 0.0125,
        boundAlpha: 0.05,
      });
    expect(many(0)?.evidence).toBeGreaterThan(many(0.2)?.evidence ?? Number.POSITIVE_INFINITY);
    expect(many(0.2)?.worse).toBe(false);
  });

  it("no requests on a side: nothing to judge", () => {
    expect(
      judgeRatio({
        canary: { bad: 0, total: 0 },
        baseline: { bad: 1, total: 9 },
        tolerance: 0,
        alphaEach: 0.05,
        boundAlpha: 0.05,
      }),
    ).toBeUndefined();
  });
});

describe("judgeShare", () => {
  it("2 of 120 against 1 %: not evidence; 50 of 1,000: evidence", () => {
    expect(judgeShare({ bad: 2, total: 120, limit: 0.01, alphaEach: 0.0125 })?.worse).toBe(false);
    expect(judgeShare({ bad: 50, total: 1000, limit: 0.01, alphaEach: 0.0125 })?.worse).toBe(true);
  });

  it("limits of 0 and 100 %", () => {
    expect(judgeShare({ bad: 1, total: 10, limit: 0, alphaEach: 0.0125 })?.worse).toBe(true);
    expect(judgeShare({ bad: 10, total: 10, limit: 1, alphaEach: 0.0125 })?.worse).toBe(false);
  });
});

describe("slowerThan and slowerThanTail", () => {
  // 1,000 requests: 950 ≤ 100 ms, 45 in (100, 250], 4 in (250, 500], 1 in (500, 1000]; p99 233 ms.
  const h = histogram({ 100: 950, 250: 45, 500: 4, 1000: 1 });

  it("interpolates inside a bucket, as histogram_quantile does", () => {
    expect(slowerThan(h, 250)).toEqual({ slower: 5, total: 1000 });
    expect(slowerThan(h, 175)).toEqual({ slower: 27.5, total: 1000 });
    expect(slowerThan(h, 1e9)).toBeUndefined();
  });

  it("compares at the bound at or below the baseline's p99, and the next one above", () => {
    const t = slowerThanTail({ baseline: h, canary: h });
    expect(t.ok && t.at.map((a) => [a.boundMs, a.position, a.baseline.bad])).toEqual([
      [100, "below", 50],
      [250, "above", 5],
    ]);
    // A p99 exactly on a bound compares there, and at the next bound.
    const edge = slowerThanTail({ baseline: histogram({ 100: 950, 250: 40, 500: 10 }), canary: h });
    expect(edge.ok && edge.at.map((a) => a.boundMs)).toEqual([250, 500]);
  });

  it("says why it cannot compare", () => {
    expect(slowerThanTail({ baseline: [], canary: h })).toMatchObject({
      ok: false,
      reason: "no-baseline-data",
    });
    expect(slowerThanTail({ baseline: h, canary: [] })).toMatchObject({
      ok: false,
      reason: "no-canary-data",
    });
  });
});
