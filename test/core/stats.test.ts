import { describe, expect, it } from "@jest/globals";
import type { Bucket } from "../../src/core/metrics.js";
import {
  erf,
  erfc,
  normalCdf,
  normalSf,
  quantileFromBuckets,
  slowerShareTest,
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
