import { describe, expect, it } from "@jest/globals";
import {
  evaluateGate,
  formatCount,
  formatMs,
  formatP,
  formatPercent,
  formatPp,
  type GateConfig,
  pickCanary,
} from "../../src/core/gate.js";
import type { CheckStatus, MetricsResult, ServiceMetrics } from "../../src/core/metrics.js";
import { GateSchema } from "../../src/core/schema.js";
import { AT, healthyRollout, histogram, serviceMetrics, typicalLatency, version } from "./metrics-data.js";

const GATE: GateConfig = GateSchema.parse({}); // minRequests 100, successRate 99, p99LatencyMs 500, fail
const ok = (metrics: ServiceMetrics): MetricsResult => ({ ok: true, metrics });

const v1 = version({ version: "v1", weight: 90, requests: 5400, errors: 5, latency: typicalLatency(5400) });
const v2 = (requests: number, errors: number, slowShare = 0.006, weight = 10) =>
  version({ version: "v2", weight, requests, errors, latency: typicalLatency(requests, slowShare) });
/** A canary whose tail sits in (500, 1000] ms: p99 above 500 ms and a heavier tail. */
const slowV2 = version({
  version: "v2",
  weight: 10,
  requests: 1000,
  errors: 1,
  latency: { 25: 500, 50: 300, 100: 100, 250: 50, 500: 20, 1000: 30 },
});

type Statuses = [CheckStatus, CheckStatus, CheckStatus, CheckStatus, CheckStatus];

describe("evaluateGate", () => {
  it.each<[string, ServiceMetrics, Partial<GateConfig>, string | undefined, string, Statuses]>([
    ["healthy canary", healthyRollout(), {}, undefined, "success", ["pass", "pass", "pass", "pass", "pass"]],
    [
      "canary clearly below the success rate, and worse than the baseline",
      serviceMetrics([v1, v2(1000, 50)]),
      {},
      undefined,
      "failure",
      ["pass", "fail", "pass", "fail", "pass"],
    ],
    [
      "canary just below the success rate on 1,000 requests: not yet evidence; worse than the baseline all the same",
      serviceMetrics([v1, v2(1000, 20)]),
      {},
      undefined,
      "failure",
      ["pass", "insufficient", "pass", "fail", "pass"],
    ],
    [
      "canary p99 above the limit with a significantly heavier tail",
      serviceMetrics([v1, slowV2]),
      {},
      undefined,
      "failure",
      ["pass", "pass", "fail", "pass", "fail"],
    ],
    [
      "too few canary requests: nothing passes",
      serviceMetrics([v1, v2(40, 0)]),
      {},
      undefined,
      "neutral",
      ["insufficient", "insufficient", "insufficient", "insufficient", "insufficient"],
    ],
    [
      "too few canary requests, but clearly failing: a check can still fail",
      serviceMetrics([v1, v2(50, 20)]),
      {},
      undefined,
      "failure",
      ["insufficient", "fail", "insufficient", "fail", "insufficient"],
    ],
    [
      "no canary traffic at all",
      serviceMetrics([v1, v2(0, 0)]),
      {},
      undefined,
      "neutral",
      ["insufficient", "insufficient", "insufficient", "insufficient", "insufficient"],
    ],
    [
      "no traffic is never a pass, even with minRequests 0",
      serviceMetrics([v1, v2(0, 0)]),
      { minRequests: 0 },
      undefined,
      "neutral",
      ["insufficient", "insufficient", "insufficient", "insufficient", "insufficient"],
    ],
    [
      "10 % more errors on a million requests: within the 20 % tolerance",
      serviceMetrics([
        version({ version: "v1", weight: 50, requests: 1e6, errors: 1000, latency: typicalLatency(1e6) }),
        version({ version: "v2", weight: 50, requests: 1e6, errors: 1100, latency: typicalLatency(1e6) }),
      ]),
      {},
      undefined,
      "success",
      ["pass", "pass", "pass", "pass", "pass"],
    ],
    [
      "1.5× the errors on a million requests: beyond the 20 % tolerance, however small in points",
      serviceMetrics([
        version({ version: "v1", weight: 50, requests: 1e6, errors: 1000, latency: typicalLatency(1e6) }),
        version({ version: "v2", weight: 50, requests: 1e6, errors: 1500, latency: typicalLatency(1e6) }),
      ]),
      {},
      undefined,
      "failure",
      ["pass", "pass", "pass", "fail", "pass"],
    ],
    [
      "1.5× the errors is within a 60 % tolerance",
      serviceMetrics([
        version({ version: "v1", weight: 50, requests: 1e6, errors: 1000, latency: typicalLatency(1e6) }),
        version({ version: "v2", weight: 50, requests: 1e6, errors: 1500, latency: typicalLatency(1e6) }),
      ]),
      { errorTolerance: 60 },
      undefined,
      "success",
      ["pass", "pass", "pass", "pass", "pass"],
    ],
    [
      "more errors beyond the margin, but not significant",
      serviceMetrics([
        version({ version: "v1", weight: 95, requests: 2000, errors: 10, latency: typicalLatency(2000) }),
        version({ version: "v2", weight: 5, requests: 100, errors: 1, latency: typicalLatency(100) }),
      ]),
      {},
      undefined,
      "success",
      ["pass", "pass", "pass", "pass", "pass"],
    ],
    [
      "only the stable version: judged alone, nothing to compare",
      serviceMetrics([v1]),
      {},
      undefined,
      "neutral",
      ["pass", "pass", "pass", "insufficient", "insufficient"],
    ],
    [
      "named canary without metrics",
      serviceMetrics([v1, v2(600, 0)]),
      {},
      "v3",
      "neutral",
      ["insufficient", "insufficient", "insufficient", "insufficient", "insufficient"],
    ],
    [
      "baseline without traffic (stable at 0 %)",
      serviceMetrics([version({ version: "v1", weight: 0, requests: 0, errors: 0 }), v2(600, 0, 0.006, 100)]),
      {},
      undefined,
      "neutral",
      ["pass", "pass", "pass", "insufficient", "insufficient"],
    ],
    [
      "no latency metric had data",
      serviceMetrics(
        [
          version({ version: "v1", weight: 90, requests: 5400, errors: 5 }),
          version({ version: "v2", weight: 10, requests: 600, errors: 0 }),
        ],
        { latencySource: "none" },
      ),
      {},
      undefined,
      "neutral",
      ["pass", "pass", "insufficient", "pass", "insufficient"],
    ],
    [
      "stricter thresholds, just missed on 600 requests: not yet evidence, so neutral (never a pass)",
      healthyRollout(),
      { successRate: 99.9, p99LatencyMs: 200 },
      undefined,
      "neutral",
      ["pass", "insufficient", "insufficient", "pass", "pass"],
    ],
    [
      "stricter thresholds, missed by far: fail",
      healthyRollout(),
      { successRate: 99.99, p99LatencyMs: 60 },
      undefined,
      "failure",
      ["pass", "insufficient", "fail", "pass", "pass"],
    ],
  ])("%s", (_, metrics, gate, canary, conclusion, statuses) => {
    const verdict = evaluateGate({
      metrics: ok(metrics),
      stable: "v1",
      gate: { ...GATE, ...gate },
      ...(canary ? { canary } : {}),
    });
    expect(verdict.checks.map((c) => c.name)).toEqual([
      "traffic",
      "success rate",
      "p99 latency",
      "success rate vs baseline",
      "tail latency vs baseline",
    ]);
    expect([verdict.conclusion, verdict.checks.map((c) => c.status)]).toEqual([conclusion, statuses]);
    for (const c of verdict.checks) expect(c.detail).not.toMatch(/undefined|NaN|\[object Object\]|Infinity/);
    expect(verdict.summary).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  it("names the numbers compared in every check (failing canary)", () => {
    const verdict = evaluateGate({ metrics: ok(serviceMetrics([v1, slowV2])), stable: "v1", gate: GATE });
    expect(verdict).toMatchInlineSnapshot(`
{
  "baseline": "v1",
  "canary": "v2",
  "checks": [
    {
      "detail": "\`v2\` had 1,000 requests in the last 10m (≥ 100 needed).",
      "name": "traffic",
      "status": "pass",
    },
    {
      "detail": "\`v2\` 99.90 % ≥ 99 % required (1 of 1,000 requests were 5xx).",
      "name": "success rate",
      "status": "pass",
    },
    {
      "detail": "\`v2\` p99 833 ms > 500 ms allowed (30 of 1,000 requests slower than 500 ms, interpolated within its bucket); evidence e = 94,117, past the 80 needed.",
      "name": "p99 latency",
      "status": "fail",
    },
    {
      "detail": "\`v2\` 0.10 % 5xx (1 of 1,000) vs \`v1\` 0.09 % (5 of 5,400) in the last 10m (step start unknown: the window is the evidence): 1.08×. Evidence that \`v2\`'s 5xx rate is more than 1.20× \`v1\`'s: e = 0.77 of the 80 needed to fail. With 95 % confidence \`v2\`'s 5xx rate is at most 26× \`v1\`'s.",
      "name": "success rate vs baseline",
      "status": "pass",
    },
    {
      "detail": "Slower than 250 ms (the bucket bound above \`v1\`'s p99 of 238 ms): \`v2\` 5.00 % (50 of 1,000) vs \`v1\` 0.59 % (32 of 5,400) in the last 10m (step start unknown: the window is the evidence): 8.44×. Evidence that \`v2\`'s share of requests slower than 250 ms is more than 1.20× \`v1\`'s: e > 1,000,000, past the 160 needed to fail. A canary no worse than 1.20× gets this far by chance with probability below 0.625 %, however often it is judged. Also compared slower than 100 ms: e = 77.8.",
      "name": "tail latency vs baseline",
      "status": "fail",
    },
  ],
  "comparison": {
    "alpha": 0.05,
    "alphaEach": 0.0125,
    "errors": {
      "baseline": {
        "bad": 5,
        "total": 5400,
      },
      "canary": {
        "bad": 1,
        "total": 1000,
      },
      "evidence": 0.7708964378515445,
      "needed": 80,
      "ratio": 1.08,
      "theta0": 0.1818181818181818,
      "tolerance": 20,
      "upperRatio": 25.96011671096356,
      "worse": false,
    },
    "from": "window",
    "seconds": 600,
    "start": 1714557600,
    "tail": {
      "baseline": {
        "bad": 32,
        "total": 5400,
      },
      "baselineP99Ms": 237.73234200743494,
      "boundMs": 250,
      "canary": {
        "bad": 50,
        "total": 1000,
      },
      "evidence": 177021135355094.56,
      "needed": 160,
      "ratio": 8.4375,
      "theta0": 0.1818181818181818,
      "tolerance": 20,
      "upperRatio": 16.134803173807796,
      "worse": true,
    },
  },
  "conclusion": "failure",
  "summary": "Failed p99 latency, tail latency vs baseline: \`v2\` against \`v1\` over the last 10m.",
  "thresholds": {
    "minRequests": 100,
    "p99LatencyMs": 500,
    "successRate": 99,
  },
}
`);
  });

  it("says how strong the evidence is, and when too few requests keep a comparison from passing", () => {
    const big = evaluateGate({
      metrics: ok(
        serviceMetrics([
          version({ version: "v1", weight: 50, requests: 1e6, errors: 1000, latency: typicalLatency(1e6) }),
          version({ version: "v2", weight: 50, requests: 1e6, errors: 1500, latency: typicalLatency(1e6) }),
        ]),
      ),
      stable: "v1",
      gate: GATE,
    });
    expect(big.checks[3]?.detail).toMatchInlineSnapshot(
      `"\`v2\` 0.15 % 5xx (1,500 of 1,000,000) vs \`v1\` 0.10 % (1,000 of 1,000,000) in the last 10m (step start unknown: the window is the evidence): 1.50×. Evidence that \`v2\`'s 5xx rate is more than 1.20× \`v1\`'s: e = 432,347, past the 80 needed to fail. A canary no worse than 1.20× gets this far by chance with probability below 1.25 %, however often it is judged."`,
    );
    const few = evaluateGate({ metrics: ok(serviceMetrics([v1, v2(40, 0)])), stable: "v1", gate: GATE });
    expect(few.checks.map((c) => c.detail)).toMatchInlineSnapshot(`
[
  "\`v2\` had 40 requests in the last 10m, fewer than the 100 needed.",
  "\`v2\` 100.00 % ≥ 99 % required, but on only 40 requests, fewer than the 100 needed to pass.",
  "\`v2\` p99 220 ms ≤ 500 ms allowed, but on only 40 requests, fewer than the 100 needed to pass.",
  "\`v2\` 0.00 % 5xx (0 of 40) vs \`v1\` 0.09 % (5 of 5,400) in the last 10m (step start unknown: the window is the evidence): 0.00×. Evidence that \`v2\`'s 5xx rate is more than 1.20× \`v1\`'s: e = 0.83 of the 80 needed to fail. With 95 % confidence \`v2\`'s 5xx rate is at most 523× \`v1\`'s. Fewer than 100 requests on \`v2\` are too few to pass.",
  "Slower than 250 ms (the bucket bound above \`v1\`'s p99 of 238 ms): \`v2\` 0.00 % (0 of 40) vs \`v1\` 0.59 % (32 of 5,400) in the last 10m (step start unknown: the window is the evidence): 0.00×. Evidence that \`v2\`'s share of requests slower than 250 ms is more than 1.20× \`v1\`'s: e = 0.48 of the 160 needed to fail. With 95 % confidence \`v2\`'s share of requests slower than 250 ms is at most 20× \`v1\`'s. Fewer than 100 requests on \`v2\` are too few to pass. Also compared slower than 100 ms: e = 0.21.",
]
`);
    expect(few.summary).toMatchInlineSnapshot(
      `"Not enough data for traffic, success rate, p99 latency, success rate vs baseline, tail latency vs baseline: \`v2\` against \`v1\` over the last 10m. Nothing failed."`,
    );
  });

  it("with a known step start, compares everything since then and says so; the thresholds keep the window", () => {
    const evidence = {
      from: "since" as const,
      start: AT - 45 * 60,
      seconds: 45 * 60,
      versions: {
        v1: { requests: 24_300, errors: 24, buckets: histogram(typicalLatency(24_300)) },
        v2: { requests: 2700, errors: 3, buckets: histogram(typicalLatency(2700)) },
      },
    };
    const verdict = evaluateGate({
      metrics: ok(serviceMetrics([v1, v2(600, 1)], { evidence })),
      stable: "v1",
      gate: GATE,
    });
    expect(verdict.conclusion).toBe("success");
    expect(verdict.summary).toMatchInlineSnapshot(
      `"All 5 checks passed: \`v2\` against \`v1\` over the last 10m (comparisons: since the step started 45 min ago)."`,
    );
    expect(verdict.checks.map((c) => c.detail)).toMatchInlineSnapshot(`
[
  "\`v2\` had 600 requests in the last 10m (≥ 100 needed).",
  "\`v2\` 99.83 % ≥ 99 % required (1 of 600 requests were 5xx).",
  "\`v2\` p99 240 ms ≤ 500 ms allowed.",
  "\`v2\` 0.11 % 5xx (3 of 2,700) vs \`v1\` 0.10 % (24 of 24,300) since the step started 45 min ago (2024-05-01 09:25 UTC): 1.13×. Evidence that \`v2\`'s 5xx rate is more than 1.20× \`v1\`'s: e = 0.52 of the 80 needed to fail. With 95 % confidence \`v2\`'s 5xx rate is at most 4.89× \`v1\`'s.",
  "Slower than 250 ms (the bucket bound above \`v1\`'s p99 of 238 ms): \`v2\` 0.59 % (16 of 2,700) vs \`v1\` 0.60 % (146 of 24,300) since the step started 45 min ago (2024-05-01 09:25 UTC): 0.99×. Evidence that \`v2\`'s share of requests slower than 250 ms is more than 1.20× \`v1\`'s: e = 0.17 of the 160 needed to fail. With 95 % confidence \`v2\`'s share of requests slower than 250 ms is at most 1.94× \`v1\`'s. Also compared slower than 100 ms: e = 0.031.",
]
`);
  });

  it("judged the instant the step went live: no evidence yet, so neutral, never a pass", () => {
    const none = { requests: 0, errors: 0, buckets: [] };
    const verdict = evaluateGate({
      metrics: ok(
        serviceMetrics([v1, v2(600, 1)], {
          evidence: { from: "since", start: AT, seconds: 0, versions: { v1: none, v2: none } },
        }),
      ),
      stable: "v1",
      gate: GATE,
    });
    expect(verdict.conclusion).toBe("neutral");
    expect(verdict.checks.slice(3).map((c) => [c.status, c.detail])).toMatchInlineSnapshot(`
[
  [
    "insufficient",
    "The baseline \`v1\` (stable) had no requests since the step started 0 s ago (2024-05-01 10:10 UTC), so there is nothing to compare \`v2\` with.",
  ],
  [
    "insufficient",
    "The baseline \`v1\` (stable) had no requests since the step started 0 s ago (2024-05-01 10:10 UTC), so there is nothing to compare \`v2\` with.",
  ],
]
`);
  });

  it("with only the stable version, says there is nothing to compare", () => {
    const verdict = evaluateGate({ metrics: ok(serviceMetrics([v1])), stable: "v1", gate: GATE });
    expect(verdict.canary).toBeUndefined();
    expect(verdict.checks[3]?.detail).toMatchInlineSnapshot(
      `"Only the stable version \`v1\` is listed; there is no other version to compare it with."`,
    );
    expect(verdict.summary).toMatchInlineSnapshot(
      `"Not enough data for success rate vs baseline, tail latency vs baseline: \`v1\` over the last 10m. Nothing failed."`,
    );
  });

  it.each([
    ["fail", "failure", "fail"],
    ["neutral", "neutral", "insufficient"],
  ] as const)(
    "metrics unavailable, onMissingMetrics %s: %s, never success",
    (onMissing, conclusion, status) => {
      const verdict = evaluateGate({
        metrics: {
          ok: false,
          service: "mnist",
          reason: "unreachable",
          message: "connect ECONNREFUSED 10.0.0.7:9090",
          queries: [],
        },
        stable: "v1",
        canary: "v2",
        gate: { ...GATE, onMissingMetrics: onMissing },
      });
      expect(verdict.conclusion).toBe(conclusion);
      expect(verdict.checks).toEqual([
        {
          name: "metrics",
          status,
          detail: "Prometheus was unreachable (unreachable): connect ECONNREFUSED 10.0.0.7:9090.",
        },
      ]);
      expect(verdict.summary).toBe(
        `No metrics: Prometheus was unreachable: connect ECONNREFUSED 10.0.0.7:9090. With \`policy.gate.onMissingMetrics: ${onMissing}\` the gate concludes ${conclusion}; it never passes without metrics.`,
      );
      expect([verdict.baseline, verdict.canary]).toEqual(["v1", "v2"]);
    },
  );

  it("clamps a 5xx count above the request count (separate PromQL results)", () => {
    const odd = version({
      version: "v2",
      weight: 10,
      requests: 200,
      errors: 0,
      latency: typicalLatency(200),
    });
    const verdict = evaluateGate({
      metrics: ok(serviceMetrics([v1, { ...odd, errors: 201, successRate: 0 }])),
      stable: "v1",
      gate: GATE,
    });
    expect(verdict.checks[3]).toMatchObject({ status: "fail" });
    expect(verdict.checks[3]?.detail).toContain("(200 of 200)");
  });
});

describe("evaluateGate with broken numbers", () => {
  it("a NaN success rate or p99 never passes, NaN counts count as no traffic", () => {
    const nan = Number.NaN;
    const broken = { ...v2(600, 0), successRate: nan, p99Ms: Number.POSITIVE_INFINITY };
    const verdict = evaluateGate({ metrics: ok(serviceMetrics([v1, broken])), stable: "v1", gate: GATE });
    expect(verdict.checks.map((c) => [c.name, c.status])).toEqual([
      ["traffic", "pass"],
      ["success rate", "insufficient"],
      ["p99 latency", "insufficient"],
      ["success rate vs baseline", "pass"],
      ["tail latency vs baseline", "pass"],
    ]);
    const noCount = { ...v2(600, 0), requests: nan, errors: nan };
    const v = evaluateGate({ metrics: ok(serviceMetrics([v1, noCount])), stable: "v1", gate: GATE });
    expect(v.checks[0]).toMatchObject({
      status: "insufficient",
      detail: expect.stringContaining("no requests"),
    });
    for (const c of [...verdict.checks, ...v.checks]) expect(c.detail).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe("pickCanary", () => {
  const v = (name: string, requests: number, weight: number) =>
    version({ version: name, weight, requests, errors: 0 });
  it.each([
    ["most requests", [v("v1", 900, 80), v("v2", 50, 10), v("v3", 70, 10)], "v3"],
    ["ties: higher weight", [v("v1", 900, 80), v("v2", 0, 5), v("v3", 0, 15)], "v3"],
    ["ties everywhere: first listed", [v("v1", 900, 80), v("v2", 0, 10), v("v3", 0, 10)], "v2"],
    ["only the stable version", [v("v1", 900, 100)], undefined],
    ["nothing listed", [], undefined],
  ])("%s", (_, versions, expected) => {
    expect(pickCanary(versions, "v1")).toBe(expected);
  });

  // The mirror's requests are copies: however many, they never make it the canary.
  it.each([
    ["skips the mirror with the most requests", [v("v1", 900, 90), v("v2", 90, 10), v("v3", 5000, 0)], "v2"],
    ["the mirror and the stable version only", [v("v1", 900, 100), v("v3", 90, 0)], undefined],
    ["a mirror that is not listed changes nothing", [v("v1", 900, 90), v("v2", 90, 10)], "v2"],
  ])("with a mirror: %s", (_, versions, expected) => {
    expect(pickCanary(versions, "v1", "v3")).toBe(expected);
  });
});

describe("evaluateGate with a mirror", () => {
  const V3 = { version: "v3", percent: 50 };
  /** Shadow copies that would fail every check, were they judged. */
  const badShadow = version({
    version: "v3",
    weight: 0,
    requests: 3000,
    errors: 600,
    latency: { 1000: 2000, 2500: 1000 },
  });
  const withShadow = (canary: typeof v1 | undefined) =>
    ok(serviceMetrics([{ ...v1, weight: canary ? 90 : 100 }, ...(canary ? [canary] : []), badShadow]));
  const c = (name: string, status: CheckStatus) => ({ name, status });
  it.each([
    [
      "the canary is judged, the mirror is not",
      withShadow(v2(600, 1)),
      undefined,
      { conclusion: "success", canary: "v2", mirror: V3 },
    ],
    [
      "a canary named by the caller that is the mirror is ignored",
      withShadow(v2(600, 1)),
      "v3",
      { conclusion: "success", canary: "v2", mirror: V3 },
    ],
    [
      "only the stable version serves: it alone is judged",
      withShadow(undefined),
      undefined,
      {
        conclusion: "neutral",
        canary: undefined,
        checks: [
          c("traffic", "pass"),
          c("success rate", "pass"),
          c("p99 latency", "pass"),
          c("success rate vs baseline", "insufficient"),
          c("tail latency vs baseline", "insufficient"),
        ],
      },
    ],
    [
      "without metrics, the named mirror is not the canary either",
      { ok: false, service: "mnist", reason: "timeout", message: "", queries: [] } as MetricsResult,
      "v3",
      { conclusion: "failure", canary: undefined, mirror: V3 },
    ],
  ])("%s", (_, metrics, canary, expected) => {
    const verdict = evaluateGate({
      metrics,
      stable: "v1",
      gate: GATE,
      mirror: V3,
      ...(canary ? { canary } : {}),
    });
    expect(verdict).toMatchObject(expected);
    for (const check of verdict.checks) expect(check.detail).not.toContain("`v3` had");
  });

  it("says why there is nothing to compare when only the mirror is beside the stable version", () => {
    const verdict = evaluateGate({ metrics: withShadow(undefined), stable: "v1", gate: GATE, mirror: V3 });
    expect(verdict.checks.find((x) => x.name === "success rate vs baseline")?.detail).toBe(
      "`v3` only receives mirrored copies (shadow traffic), which are not compared; there is no other version serving live traffic to compare `v1` with.",
    );
  });

  it("without a mirror, the same copies would have been picked and failed", () => {
    expect(evaluateGate({ metrics: withShadow(v2(600, 1)), stable: "v1", gate: GATE })).toMatchObject({
      conclusion: "failure",
      canary: "v3",
    });
  });
});

describe("formatting", () => {
  it.each([
    [formatCount(1234567), "1,234,567"],
    [formatCount(999.6), "1,000"],
    [formatCount(2.5), "2.5"],
    [formatCount(0), "0"],
    [formatPercent(99.996), "99.996 %"],
    [formatPercent(99.9999999), "99.999999 %"],
    [formatPercent(100), "100.00 %"],
    [formatPercent(98.996, [99]), "98.996 %"],
    [formatPercent(0.001), "0.001 %"],
    [formatMs(4.256), "4.26 ms"],
    [formatMs(42.56), "42.6 ms"],
    [formatMs(425.6), "426 ms"],
    [formatPp(1.234), "+1.23 pp"],
    [formatPp(-0.4), "−0.40 pp"],
    [formatPp(0.001), "+0.00 pp"],
    [formatPp(0), "0.00 pp"],
    [formatP(0.0004), "p < 0.001"],
    [formatP(0.04199), "p = 0.042"],
  ])("%s", (got, expected) => {
    expect(got).toBe(expected);
  });
});
