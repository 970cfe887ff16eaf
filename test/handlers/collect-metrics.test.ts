// The metrics pipeline against a real Prometheus holding synthetic Istio series with known
// values (test/fixtures/prometheus/generate.ts). Tolerance: 1e-6 relative — the generator's
// counters are linear, so Prometheus's increase()/rate() are exact up to float rounding.
import { describe, expect, it } from "@jest/globals";
import { prometheusClient } from "../../src/adapters/prometheus.js";
import { loadConfig } from "../../src/core/config.js";
import { evaluateGate } from "../../src/core/gate.js";
import type { ServiceMetrics } from "../../src/core/metrics.js";
import { collectMetrics } from "../../src/handlers/collect-metrics.js";
import { summarise } from "../../src/handlers/report-metrics.js";
import {
  type Dataset,
  mixerSeconds,
  noTraffic,
  threeVersions,
  twoVersions,
} from "../fixtures/prometheus/generate.js";
import { MNIST_YAML } from "../helpers/config.js";
import { usePrometheus } from "../helpers/prometheus.js";

const server = usePrometheus({ datasets: [twoVersions, threeVersions, mixerSeconds, noTraffic] });

function config(versions: Record<string, number>) {
  const text = `prometheus: http://127.0.0.1:1
services:
  mnist:
    namespace: kubeflow
    host: mnist-service
    manifests: deploy/mnist
    versions: { ${Object.entries(versions)
      .map(([v, w]) => `${v}: { weight: ${w} }`)
      .join(", ")} }
    stable: v1
    policy:
      gate: { minRequests: 100, successRate: 99.0, p99LatencyMs: 500, window: 10m }
`;
  const r = loadConfig({ text, file: "rollout.yaml" });
  if (!r.ok) throw new Error(r.message);
  return r.loaded.config;
}

function close(actual: number | undefined, expected: number | undefined): void {
  if (expected === undefined) {
    expect(actual).toBeUndefined();
    return;
  }
  expect(actual).toBeDefined();
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-6 + 1e-9);
}

async function collect(
  ds: Dataset,
  weights: Record<string, number>,
  window = "10m",
): Promise<ServiceMetrics> {
  const cfg = config(weights);
  const service = cfg.services.mnist;
  if (!service) throw new Error("no service");
  const r = await collectMetrics({
    prom: prometheusClient({ url: server.url }),
    key: "mnist",
    service,
    at: ds.end,
    window,
  });
  if (!r.ok) throw new Error(r.message);
  return r.metrics;
}

function expectMatches(m: ServiceMetrics, ds: Dataset, windowSeconds: number): void {
  for (const [version, e] of Object.entries(ds.expected)) {
    const row = m.versions.find((v) => v.version === version);
    expect(row).toBeDefined();
    close(row?.rps, e.rps);
    close(row?.requests, e.rps * windowSeconds);
    close(row?.successRate, e.errorRatio === undefined ? undefined : 100 * (1 - e.errorRatio));
    close(row?.p50Ms, e.p50Ms);
    close(row?.p90Ms, e.p90Ms);
    close(row?.p99Ms, e.p99Ms);
  }
}

describe("collectMetrics against a real Prometheus", () => {
  it("reports the generator's rates, success rates and quantiles per version, ignoring source-reported and other services' series", async () => {
    const m = await collect(twoVersions, { v1: 90, v2: 10 });
    expect(m.latencySource).toBe("milliseconds");
    expect(m.queries).toHaveLength(3);
    expectMatches(m, twoVersions, 600);
  });

  it("three versions take the same three queries", async () => {
    const m = await collect(threeVersions, { v1: 70, v2: 20, v3: 10 });
    expect(m.queries).toHaveLength(3);
    expectMatches(m, threeVersions, 600);
  });

  it("falls back to Istio < 1.5's seconds histogram and converts it", async () => {
    const m = await collect(mixerSeconds, { v1: 90, v2: 10 });
    expect(m.latencySource).toBe("seconds");
    expect(m.queries).toHaveLength(4);
    expectMatches(m, mixerSeconds, 600);
  });

  it("a 30-minute window gives the same rates; the timeline stays within 60 points", async () => {
    const m = await collect(twoVersions, { v1: 90, v2: 10 }, "30m");
    expectMatches(m, twoVersions, 1800);
    for (const points of Object.values(m.timeline)) {
      expect(points.length).toBeLessThanOrEqual(60);
      expect(points.length).toBeGreaterThan(30);
    }
    const v1 = m.timeline.v1 ?? [];
    close(v1[v1.length - 1]?.rps, 9);
  });

  it("no traffic: no figures, and the gate says insufficient data — never a pass", async () => {
    const m = await collect(noTraffic, { v1: 90, v2: 10 });
    for (const v of m.versions) {
      expect(v.requests).toBe(0);
      expect(v.successRate).toBeUndefined();
      expect(v.p99Ms).toBeUndefined();
    }
    const cfg = config({ v1: 90, v2: 10 });
    const verdict = evaluateGate({
      metrics: { ok: true, metrics: m },
      stable: "v1",
      canary: "v2",
      gate: cfg.services.mnist?.policy.gate ?? ({} as never),
    });
    expect(verdict.conclusion).toBe("neutral");
  });

  it("judges the two-version canary: 98 % success fails the 99 % gate, and the comment carries the exact PromQL", async () => {
    const outcome = await summarise({
      config: config({ v1: 90, v2: 10 }),
      key: "mnist",
      prom: (url) => prometheusClient({ url }),
      prometheusUrl: server.url,
      at: twoVersions.end,
      canary: "v2",
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.verdict.conclusion).toBe("failure");
    expect(outcome.comment).toContain("<!-- rollout-bot:metrics service=mnist -->");
    expect(outcome.comment).toContain('destination_service_name="mnist-service"');
    expect(outcome.comment).toContain("```mermaid");
  });

  it("Prometheus unreachable: the summary says so and the gate fails (onMissingMetrics: fail)", async () => {
    const outcome = await summarise({
      config: config({ v1: 90, v2: 10 }),
      key: "mnist",
      prom: (url) => prometheusClient({ url, timeoutMs: 500, retries: 1, backoffMs: 10 }),
      at: twoVersions.end,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.ok).toBe(false);
    expect(outcome.verdict.conclusion).toBe("failure");
    expect(outcome.comment).toContain("127.0.0.1:1");
  });

  it("with `since`, counts the evidence from the step's start in the same three queries; the window's figures stay", async () => {
    const cfg = config({ v1: 90, v2: 10 });
    const service = cfg.services.mnist;
    if (!service) throw new Error("no service");
    const since = twoVersions.end - 25 * 60;
    const r = await collectMetrics({
      prom: prometheusClient({ url: server.url }),
      key: "mnist",
      service,
      at: twoVersions.end,
      since,
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.metrics.queries).toHaveLength(3);
    expect(r.metrics.queries[0]?.promql).toContain("[25m]");
    expectMatches(r.metrics, twoVersions, 600);
    expect(r.metrics.evidence).toMatchObject({ from: "since", start: since, seconds: 1500 });
    for (const [version, e] of Object.entries(twoVersions.expected)) {
      const counts = r.metrics.evidence?.versions[version];
      close(counts?.requests, e.rps * 1500);
      close(counts?.errors, (e.errorRatio ?? 0) * e.rps * 1500);
      close(counts?.buckets.at(-1)?.count, e.rps * 1500);
    }
  });

  it("judges from `since` as the bot would, and the verdict says over what", async () => {
    const since = twoVersions.end - 25 * 60;
    const outcome = await summarise({
      config: config({ v1: 90, v2: 10 }),
      key: "mnist",
      prom: (url) => prometheusClient({ url }),
      prometheusUrl: server.url,
      at: twoVersions.end,
      since,
      canary: "v2",
    });
    if (!outcome.ok) throw new Error(outcome.message);
    // v2 has 2 % 5xx against v1's 0.5 %: 4× the baseline's rate on 1,500 s of traffic.
    const errors = outcome.verdict.checks.find((c) => c.name === "success rate vs baseline");
    expect(errors?.status).toBe("fail");
    expect(errors?.detail).toContain("2.00 % 5xx (30 of 1,500)");
    expect(errors?.detail).toContain("since the step started 25 min ago (2024-03-01 12:05 UTC)");
    expect(outcome.verdict.summary).toContain("comparisons: since the step started 25 min ago");
    expect(outcome.verdict.comparison?.errors?.ratio).toBeCloseTo(4, 6);
  });

  it("the example's config parses for metrics (service host and namespace feed the selector)", () => {
    const r = loadConfig({ text: MNIST_YAML, file: "rollout.yaml" });
    expect(r.ok && r.loaded.config.services.mnist?.host).toBe("mnist-service");
  });
});
