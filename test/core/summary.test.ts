import { beforeAll, describe, expect, it } from "@jest/globals";
import { JSDOM } from "jsdom";
import { evaluateGate, type GateConfig } from "../../src/core/gate.js";
import type { GateVerdict, MetricsResult, ServiceMetrics, TimelinePoint } from "../../src/core/metrics.js";
import { GateSchema } from "../../src/core/schema.js";
import {
  chartPoints,
  checkRunOutput,
  GITHUB_TEXT_LIMIT,
  grafanaDashboardUrl,
  metricsComment,
  metricsMarker,
  truncateMarkdown,
} from "../../src/core/summary.js";
import {
  AT,
  healthyRollout,
  histogram,
  queries,
  serviceMetrics,
  timeline,
  typicalLatency,
  version,
} from "./metrics-data.js";

const GATE: GateConfig = GateSchema.parse({});
const GRAFANA = "https://kubeflow.example.com/grafana";

function render(
  metrics: ServiceMetrics,
  more: { canary?: string; gate?: Partial<GateConfig>; mirror?: { version: string; percent: number } } = {},
) {
  const result: MetricsResult = { ok: true, metrics };
  const verdict = evaluateGate({
    metrics: result,
    stable: "v1",
    gate: { ...GATE, ...more.gate },
    ...(more.canary ? { canary: more.canary } : {}),
    ...(more.mirror ? { mirror: more.mirror } : {}),
  });
  const comment = metricsComment({ service: "mnist", result, verdict, grafana: GRAFANA, prNumber: 12 });
  return { result, verdict, comment };
}

const UNAVAILABLE: MetricsResult = {
  ok: false,
  service: "mnist",
  reason: "timeout",
  message: "no answer from http://prometheus.istio-system:9090 within 10 s",
  queries: queries().slice(0, 2),
};

/** Every ```mermaid block of a comment. */
function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1] ?? "");
}

// ---- datasets for the chart checks -------------------------------------------------------------

const steady = (rps: number, sr = 99.9) => timeline({ rps: () => rps, successRate: () => sr });

/** v2 without traffic for minutes 3–5 (points present with rps 0) and without points at 8–9. */
function withGaps(): ServiceMetrics {
  const m = healthyRollout();
  return {
    ...m,
    timeline: {
      v1: steady(9),
      v2: timeline({
        rps: (i) => (i >= 18 && i < 36 ? 0 : i >= 48 && i < 60 ? undefined : 1),
        successRate: () => 99.5,
      }),
    },
  };
}

function noTraffic(): ServiceMetrics {
  return serviceMetrics(
    [
      version({ version: "v1", weight: 90, requests: 0, errors: 0 }),
      version({ version: "v2", weight: 10, requests: 0, errors: 0 }),
    ],
    { timeline: { v1: steady(0), v2: steady(0) } },
  );
}

function oneVersion(): ServiceMetrics {
  const v1 = version({
    version: "v1",
    weight: 100,
    requests: 6000,
    errors: 3,
    latency: typicalLatency(6000),
  });
  return serviceMetrics([v1], { timeline: { v1: steady(10, 99.95) } });
}

function tenVersions(): ServiceMetrics {
  const names = Array.from({ length: 10 }, (_, i) => `v${i + 1}`);
  const versions = names.map((v, i) =>
    version({
      version: v,
      weight: i === 0 ? 55 : 5,
      requests: i === 0 ? 3300 : 300 - i,
      errors: i,
      latency: typicalLatency(i === 0 ? 3300 : 300 - i),
    }),
  );
  const tl: Record<string, TimelinePoint[]> = {};
  names.forEach((v, i) => {
    tl[v] = timeline({ rps: () => (i === 0 ? 5.5 : 0.5), successRate: (j) => 100 - ((i + j) % 4) * 0.3 });
  });
  return serviceMetrics(versions, { timeline: tl });
}

/** One hour at a 15 s step: 241 points, more than 60 whole minutes, so minutes are merged in pairs. */
function longWindow(): ServiceMetrics {
  const windowSeconds = 3600;
  const tl = (rps: number) =>
    timeline({ windowSeconds, step: 15, rps: (i) => rps * (1 + (i % 7) / 10), successRate: () => 99.8 });
  return {
    ...healthyRollout(),
    window: "1h",
    windowSeconds,
    timeline: { v1: tl(9), v2: tl(1) },
    queries: queries(AT, "1h", 15, windowSeconds),
  };
}

/** Two minutes at a 5 s step: labels need seconds. */
function shortWindow(): ServiceMetrics {
  const windowSeconds = 120;
  const tl = (rps: number) => timeline({ windowSeconds, step: 5, rps: () => rps, successRate: () => 100 });
  return { ...healthyRollout(), window: "2m", windowSeconds, timeline: { v1: tl(9), v2: tl(1) } };
}

/** A week at a 1 h step: merged groups 3 h apart, whose HH:MM repeat, so labels carry the date. */
function weekWindow(): ServiceMetrics {
  const windowSeconds = 7 * 86400;
  const tl = (rps: number) =>
    timeline({ windowSeconds, step: 3600, rps: () => rps, successRate: () => 99.9 });
  return { ...healthyRollout(), window: "7d", windowSeconds, timeline: { v1: tl(9), v2: tl(1) } };
}

/** The canary's first minutes had no traffic (leading gap), the baseline has no timeline at all. */
function leadingGap(): ServiceMetrics {
  return {
    ...healthyRollout(),
    timeline: {
      v2: timeline({ rps: (i) => (i < 20 ? 0 : 2), successRate: (i) => (i % 9 === 0 ? 97.25 : 100) }),
    },
  };
}

function noTimeline(): ServiceMetrics {
  return { ...healthyRollout(), timeline: {} };
}

const DATASETS: [string, () => ServiceMetrics, number][] = [
  ["two versions", healthyRollout, 2],
  ["gaps (no traffic, missing points)", withGaps, 2],
  ["no traffic at all", noTraffic, 1],
  ["one version", oneVersion, 2],
  ["10 versions", tenVersions, 2],
  ["1 h window, merged minutes", longWindow, 2],
  ["2 min window, seconds", shortWindow, 2],
  ["7 d window, dated labels", weekWindow, 2],
  ["leading gap, baseline without timeline", leadingGap, 2],
  ["no timeline", noTimeline, 0],
];

// ---- tests ------------------------------------------------------------------------------------

describe("metricsComment", () => {
  it("a healthy two-version rollout", () => {
    expect(render(healthyRollout()).comment).toMatchInlineSnapshot(`
"<!-- rollout-bot:metrics service=mnist -->
### ✅ \`rollout/gate\` passed: \`mnist\`, \`v2\` against \`v1\`

All 5 checks passed: \`v2\` against \`v1\` over the last 10m.

Istio metrics of Service \`mnist-service\` in \`kubeflow\` over the last 10m, 2024-05-01 10:00 to 10:10 UTC; latency from \`istio_request_duration_milliseconds\`. [Istio Service Dashboard](https://kubeflow.example.com/grafana/d/LJ_uJAvmk/istio-service-dashboard?var-service=mnist-service.kubeflow.svc.cluster.local&from=1714557600000&to=1714558200000) for the same range.

| version | weight | requests/s | requests (10m) | success rate | p50 | p90 | p99 |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| \`v1\` (stable, baseline) | 90 % | 9.00 | 5,400 | 99.91 % | 23.7 ms | 77.3 ms | 235 ms |
| \`v2\` (canary) | 10 % | 1.00 | 600 | 99.83 % | 23.7 ms | 77.5 ms | 235 ms |
| Δ \`v2\` − \`v1\` |  |  |  | −0.07 pp | +0.01 ms | +0.22 ms | +0.06 ms |

\`v2\` against \`v1\` over the window only (when the step started was not known): 5xx rate 1.80× (e = 0.95 of 80; at most 43×); share slower than 250 ms 1.00× (e = 0.45 of 160; at most 4.22×). Each e fails the gate only when it reaches the number after it; a canary within the allowed increase gets there by chance with probability below 5 % for the whole gate, however often it is judged (anytime-valid tests). Bounds hold with 95 % confidence.

#### Gate checks

|  | check | result | compared |
| --- | --- | --- | --- |
| ✅ | traffic | pass | \`v2\` had 600 requests in the last 10m (≥ 100 needed). |
| ✅ | success rate | pass | \`v2\` 99.83 % ≥ 99 % required (1 of 600 requests were 5xx). |
| ✅ | p99 latency | pass | \`v2\` p99 235 ms ≤ 500 ms allowed. |
| ✅ | success rate vs baseline | pass | \`v2\` 0.17 % 5xx (1 of 600) vs \`v1\` 0.09 % (5 of 5,400) in the last 10m (step start unknown: the window is the evidence): 1.80×. Evidence that \`v2\`'s 5xx rate is more than 1.20× \`v1\`'s: e = 0.95 of the 80 needed to fail. With 95 % confidence \`v2\`'s 5xx rate is at most 43× \`v1\`'s. |
| ✅ | tail latency vs baseline | pass | Slower than 250 ms (the bucket bound above \`v1\`'s p99 of 235 ms): \`v2\` 0.50 % (3 of 600) vs \`v1\` 0.50 % (27 of 5,400) in the last 10m (step start unknown: the window is the evidence): 1.00×. Evidence that \`v2\`'s share of requests slower than 250 ms is more than 1.20× \`v1\`'s: e = 0.45 of the 160 needed to fail. With 95 % confidence \`v2\`'s share of requests slower than 250 ms is at most 4.22× \`v1\`'s. Also compared slower than 100 ms: e = 0.11. |

#### Over the window

\`\`\`mermaid
%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#3b82f6, #f97316, #6b7280"}}}}%%
xychart-beta
  title "Success rate (%), 10:00–10:10 UTC"
  x-axis ["10:00", "10:01", "10:02", "10:03", "10:04", "10:05", "10:06", "10:07", "10:08", "10:09", "10:10"]
  y-axis "%" 98 --> 100
  line [99.92, 99.92, 99.92, 99.92, 99.92, 99.8, 99.92, 99.92, 99.92, 99.92, 99.92]
  line [100, 100, 100, 100, 100, 100, 100, 99.75, 100, 100, 100]
  line [99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99]
\`\`\`

Lines: 🟦 \`v1\` · 🟧 \`v2\` · ⬛ gate 99 %

\`\`\`mermaid
%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#3b82f6, #f97316"}}}}%%
xychart-beta
  title "Requests/s, 10:00–10:10 UTC"
  x-axis ["10:00", "10:01", "10:02", "10:03", "10:04", "10:05", "10:06", "10:07", "10:08", "10:09", "10:10"]
  y-axis "requests/s" 0 --> 20
  line [9.311, 9.759, 9.509, 8.791, 8.265, 8.415, 9.102, 9.696, 9.65, 9.006, 8.565]
  line [1.039, 1.095, 1.064, 0.974, 0.908, 0.927, 1.013, 1.087, 1.081, 1.001, 0.946]
\`\`\`

Lines: 🟦 \`v1\` · 🟧 \`v2\`

<details>
<summary>PromQL: the 5 queries behind these figures</summary>

**\`requests\`**, instant query (\`/api/v1/query\`) at 2024-05-01T10:10:00Z: \`time=1714558200\`

\`\`\`promql
sum by (destination_version) (increase(istio_requests_total{reporter="destination", destination_service="mnist-service.kubeflow.svc.cluster.local"}[10m]))
\`\`\`

**\`errors\`**, instant query (\`/api/v1/query\`) at 2024-05-01T10:10:00Z: \`time=1714558200\`

\`\`\`promql
sum by (destination_version) (increase(istio_requests_total{reporter="destination", destination_service="mnist-service.kubeflow.svc.cluster.local", response_code=~"5.."}[10m]))
\`\`\`

**\`latency buckets\`**, instant query (\`/api/v1/query\`) at 2024-05-01T10:10:00Z: \`time=1714558200\`

\`\`\`promql
sum by (destination_version, le) (increase(istio_request_duration_milliseconds_bucket{reporter="destination", destination_service="mnist-service.kubeflow.svc.cluster.local"}[10m]))
\`\`\`

p50/p90/p99 are \`histogram_quantile(0.5 | 0.9 | 0.99, <this query>)\`.

**\`requests/s over time\`**, range query (\`/api/v1/query_range\`) from 2024-05-01T10:00:00Z to 2024-05-01T10:10:00Z, step 10s: \`start=1714557600&end=1714558200&step=10\`

\`\`\`promql
sum by (destination_version) (rate(istio_requests_total{reporter="destination", destination_service="mnist-service.kubeflow.svc.cluster.local"}[1m]))
\`\`\`

**\`success rate over time\`**, range query (\`/api/v1/query_range\`) from 2024-05-01T10:00:00Z to 2024-05-01T10:10:00Z, step 10s: \`start=1714557600&end=1714558200&step=10\`

\`\`\`promql
100 * (1 - sum by (destination_version) (rate(istio_requests_total{reporter="destination", destination_service="mnist-service.kubeflow.svc.cluster.local", response_code=~"5.."}[1m])) / sum by (destination_version) (rate(istio_requests_total{reporter="destination", destination_service="mnist-service.kubeflow.svc.cluster.local"}[1m])))
\`\`\`

</details>

<sub>rollout-bot keeps this comment up to date for #12; the check run \`rollout/gate\` carries the same verdict.</sub>"
`);
  });

  it("metrics unavailable: the reason, the verdict, no table", () => {
    const verdict = evaluateGate({ metrics: UNAVAILABLE, stable: "v1", canary: "v2", gate: GATE });
    const comment = metricsComment({ service: "mnist", result: UNAVAILABLE, verdict, grafana: GRAFANA });
    expect(comment).toMatchInlineSnapshot(`
"<!-- rollout-bot:metrics service=mnist -->
### ❌ \`rollout/gate\` failed: no metrics for \`mnist\`

**Metrics unavailable:** Prometheus timed out (\`timeout\`): \`no answer from http://prometheus.istio-system:9090 within 10 s\`

With \`policy.gate.onMissingMetrics: fail\` the gate concludes **failure**; it never passes without metrics.

<details>
<summary>PromQL: the 2 queries tried</summary>

**\`requests\`**, instant query (\`/api/v1/query\`) at 2024-05-01T10:10:00Z: \`time=1714558200\`

\`\`\`promql
sum by (destination_version) (increase(istio_requests_total{reporter="destination", destination_service="mnist-service.kubeflow.svc.cluster.local"}[10m]))
\`\`\`

**\`errors\`**, instant query (\`/api/v1/query\`) at 2024-05-01T10:10:00Z: \`time=1714558200\`

\`\`\`promql
sum by (destination_version) (increase(istio_requests_total{reporter="destination", destination_service="mnist-service.kubeflow.svc.cluster.local", response_code=~"5.."}[10m]))
\`\`\`

</details>

<sub>rollout-bot keeps this comment up to date; the check run \`rollout/gate\` carries the same verdict.</sub>"
`);
    expect(comment).not.toContain("| version |");
    expect(comment).not.toContain("```mermaid");
  });

  it("a multi-line error message goes into a code block", () => {
    const result: MetricsResult = {
      ...UNAVAILABLE,
      reason: "bad-response",
      message: "line 1\nline 2",
      queries: [],
    };
    const verdict = evaluateGate({
      metrics: result,
      stable: "v1",
      gate: { ...GATE, onMissingMetrics: "neutral" },
    });
    const comment = metricsComment({ service: "mnist", result, verdict });
    expect(comment.split("\n").slice(0, 8).join("\n")).toMatchInlineSnapshot(`
"<!-- rollout-bot:metrics service=mnist -->
### ⚪ \`rollout/gate\` neutral: no metrics for \`mnist\`

**Metrics unavailable:** Prometheus sent a response rollout-bot could not read (\`bad-response\`):

\`\`\`text
line 1
line 2"
`);
    expect(comment).not.toContain("<details>");
  });

  it("marks significant deltas and failed checks (slow, error-prone canary)", () => {
    const m = serviceMetrics(
      [
        version({ version: "v1", weight: 90, requests: 5400, errors: 5, latency: typicalLatency(5400) }),
        version({
          version: "v2",
          weight: 10,
          requests: 1000,
          errors: 25,
          latency: typicalLatency(1000, 0.05),
        }),
      ],
      { timeline: healthyRollout().timeline },
    );
    const { comment, verdict } = render(m);
    expect(verdict.conclusion).toBe("failure");
    const table = comment.split("\n").filter((l) => l.startsWith("| Δ") || l.startsWith("`v2` against"));
    expect(table).toMatchInlineSnapshot(`
[
  "| Δ \`v2\` − \`v1\` |  |  |  | **−2.41 pp** | +0.62 ms | +20.7 ms | **+212 ms** |",
  "\`v2\` against \`v1\` over the window only (when the step started was not known): 5xx rate 27× (**e > 1,000,000 of 80: worse than 1.20× allowed**); share slower than 250 ms 8.44× (**e > 1,000,000 of 160: worse than 1.20× allowed**). Each e fails the gate only when it reaches the number after it; a canary within the allowed increase gets there by chance with probability below 5 % for the whole gate, however often it is judged (anytime-valid tests). Bounds hold with 95 % confidence.",
]
`);
    expect(comment).toContain("### ❌ `rollout/gate` failed: `mnist`, `v2` against `v1`");
    expect(comment).toContain("| ❌ | success rate | fail |");
  });

  it("with the step's start known, says the comparisons count from it, with each bound", () => {
    const base = healthyRollout();
    const m = {
      ...base,
      evidence: {
        from: "since" as const,
        start: AT - 45 * 60,
        seconds: 45 * 60,
        versions: {
          v1: { requests: 24_300, errors: 24, buckets: histogram(typicalLatency(24_300, 0.005)) },
          v2: { requests: 2700, errors: 3, buckets: histogram(typicalLatency(2700, 0.005)) },
        },
      },
    };
    const { comment, verdict } = render(m);
    expect(verdict.conclusion).toBe("success");
    expect(comment.split("\n").filter((l) => l.startsWith("`v2` against"))).toMatchInlineSnapshot(`
[
  "\`v2\` against \`v1\` since the step started 45 min ago: 5xx rate 1.13× (e = 0.52 of 80; at most 4.89×); share slower than 250 ms 1.03× (e = 0.21 of 160; at most 2.11×). Each e fails the gate only when it reaches the number after it; a canary within the allowed increase gets there by chance with probability below 5 % for the whole gate, however often it is judged (anytime-valid tests). Bounds hold with 95 % confidence.",
]
`);
  });

  it("lists a named canary without metrics in the table", () => {
    const { comment } = render(healthyRollout(), { canary: "v3" });
    expect(comment).toContain("| `v3` (canary) | — | — | no data | — | — | — | — |");
    expect(comment).toContain("### ⚪ `rollout/gate` neutral");
  });

  it("says what the router measured, and that pinned requests are counted as their version's", () => {
    const m: ServiceMetrics = {
      ...healthyRollout(),
      source:
        "Istio metrics of Services `mnist-v1`, `mnist-v2` (from waypoints in ambient mode, else from the pods' sidecars)",
      pinHeader: "x-model-version",
    };
    const lines = render(m).comment.split("\n");
    const at = lines.findIndex((l) => l.startsWith("Istio metrics of Services"));
    expect([lines[at]?.split(" over the last")[0], lines[at + 2]]).toMatchInlineSnapshot(`
[
  "Istio metrics of Services \`mnist-v1\`, \`mnist-v2\` (from waypoints in ambient mode, else from the pods' sidecars) in \`kubeflow\`",
  "Requests with the header \`x-model-version: <version>\` go to that version whatever the weights (pinned routes); they are real answers, counted in that version's figures.",
]
`);
  });

  describe("a mirrored version: its row is shown, marked as shadow traffic, and kept out of the comparison", () => {
    const shadow = version({
      version: "v3",
      weight: 0,
      requests: 300,
      errors: 30,
      latency: typicalLatency(300, 0.2),
    });
    const withShadow = (listed: boolean) => {
      const m = healthyRollout();
      return { ...m, versions: listed ? [...m.versions, shadow] : m.versions };
    };
    /** The versions table's rows. */
    const rows = (comment: string) => comment.split("\n").filter((l) => /^\| (`|Δ)/.test(l));
    const V1 = "| `v1` (stable, baseline) | 90 % | 9.00 | 5,400 | 99.91 % | 23.7 ms | 77.3 ms | 235 ms |";
    const V2 = "| `v2` (canary) | 10 % | 1.00 | 600 | 99.83 % | 23.7 ms | 77.5 ms | 235 ms |";
    const DELTA = "| Δ `v2` − `v1` |  |  |  | −0.07 pp | +0.01 ms | +0.22 ms | +0.06 ms |";
    it.each([
      [
        "with copies in the window (failing ones)",
        true,
        "| `v3` (mirror: shadow traffic) | 0 % | 0.50 | 300 | 90.00 % | 31.3 ms | 375 ms | 488 ms |",
      ],
      [
        "before any copy arrived",
        false,
        "| `v3` (mirror: shadow traffic) | — | — | no data | — | — | — | — |",
      ],
    ])("%s", (_, listed, v3) => {
      const { comment, verdict } = render(withShadow(listed), { mirror: { version: "v3", percent: 25 } });
      expect(verdict).toMatchObject({ conclusion: "success", canary: "v2", mirror: { version: "v3" } });
      expect(rows(comment)).toEqual([V1, V2, v3, DELTA]);
      expect(comment).toContain(
        "`v3` is the mirror: it receives a copy of 25 % of requests (shadow traffic), whose answers are dropped. Its figures are those copies'; the gate neither judges it nor compares it with the baseline.",
      );
      expect(comment).toContain("### ✅ `rollout/gate` passed: `mnist`, `v2` against `v1`");
    });
  });

  it.each(DATASETS)("%s: no undefined, NaN or [object Object]", (_, data) => {
    const { comment } = render(data());
    expect(comment).not.toMatch(/undefined|NaN|\[object Object\]|Infinity/);
    expect(comment.startsWith(`${metricsMarker("mnist")}\n`)).toBe(true);
  });

  it("the unavailable comment has no undefined, NaN or [object Object] either", () => {
    const verdict = evaluateGate({ metrics: UNAVAILABLE, stable: "v1", gate: GATE });
    expect(metricsComment({ service: "mnist", result: UNAVAILABLE, verdict })).not.toMatch(
      /undefined|NaN|\[object Object\]/,
    );
  });
});

describe("mermaid charts", () => {
  let parse: (text: string) => Promise<unknown>;

  beforeAll(async () => {
    // mermaid's DOMPurify wants a window when the module loads; jest's environment stays node.
    const dom = new JSDOM("<!doctype html><html><body></body></html>");
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    const { default: mermaid } = await import("mermaid");
    mermaid.initialize({ startOnLoad: false });
    parse = (text) => mermaid.parse(text);
  });

  it("the parser rejects what GitHub could not render (the check is real)", async () => {
    await expect(parse('xychart-beta\n  x-axis ["a", "b"]\n  line [1, 2]')).resolves.toBeTruthy();
    await expect(parse('xychart-beta\n  x-axis ["a", "b"]\n  line [1, ]')).rejects.toThrow();
    await expect(parse('xychart-beta\n  x-axis ["a", "b"]\n  line [1, NaN]')).rejects.toThrow();
    await expect(parse('xychart-beta\n  x-axis ["a"]\n  line [1e-7]')).rejects.toThrow();
  });

  it.each(DATASETS)("%s: every chart parses with mermaid", async (_, data, count) => {
    const blocks = mermaidBlocks(render(data()).comment);
    expect(blocks).toHaveLength(count);
    for (const block of blocks) {
      await expect(parse(block)).resolves.toMatchObject({ diagramType: "xychart" });
      // Same number of values in every line as labels on the x-axis, at most 60.
      const labels = /x-axis \[(.*)\]/.exec(block)?.[1]?.split(", ") ?? [];
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.length).toBeLessThanOrEqual(60);
      expect(new Set(labels).size).toBe(labels.length);
      for (const line of block.matchAll(/^ {2}line \[(.*)\]$/gm))
        expect(line[1]?.split(", ")).toHaveLength(labels.length);
    }
  });

  it("x-axis labels: HH:MM for minutes, HH:MM:SS under 5 minutes, the date when HH:MM repeats", () => {
    const labels = (m: ServiceMetrics) =>
      chartPoints(m.timeline, Object.keys(m.timeline)).map((p) => p.label);
    expect(labels(healthyRollout())).toEqual([
      "10:00",
      "10:01",
      "10:02",
      "10:03",
      "10:04",
      "10:05",
      "10:06",
      "10:07",
      "10:08",
      "10:09",
      "10:10",
    ]);
    expect(labels(shortWindow()).slice(0, 3)).toEqual(["10:08:00", "10:08:05", "10:08:10"]);
    expect(labels(longWindow())).toHaveLength(31);
    expect(labels(longWindow()).slice(0, 3)).toEqual(["09:10", "09:12", "09:14"]);
    expect(labels(weekWindow()).slice(0, 2)).toEqual(["04-24 09:00", "04-24 12:00"]);
  });

  it.each([
    [30, 1],
    [299, 5],
    [300, 5],
    [600, 1],
    [3599, 7],
    [600, 120],
    [900, 90],
    [3660, 15],
    [6 * 3600, 30],
    [86400, 60],
    [3 * 86400, 300],
    [7 * 86400 + 17, 3600],
    [90 * 86400, 3600],
  ])("a %p s window at a %p s step: ≤ 60 distinct labels", (windowSeconds, step) => {
    for (const at of [AT, AT + 7, AT + 59, AT + 3599]) {
      const tl = timeline({ at, windowSeconds, step, rps: () => 1, successRate: () => 99 });
      const points = chartPoints({ v1: tl }, ["v1"]);
      expect(points.length).toBeGreaterThan(0);
      expect(points.length).toBeLessThanOrEqual(60);
      expect(new Set(points.map((p) => p.label)).size).toBe(points.length);
      expect(points.map((p) => p.rps[0]).filter((r) => r !== 1)).toEqual([]); // no empty slot
    }
  });

  it("sub-second points in a tiny window still get distinct labels", () => {
    const tl = [0, 0.25, 0.5].map((d) => ({ t: AT + d, rps: 1, successRate: 100 }));
    expect(chartPoints({ v1: tl }, ["v1"]).map((p) => p.label)).toEqual([
      "05-01 10:10:00 #1",
      "05-01 10:10:00 #2",
      "05-01 10:10:00 #3",
    ]);
  });

  it("NaN and Infinity from Prometheus never reach the comment", async () => {
    const m = healthyRollout();
    const nan = Number.NaN;
    const broken: ServiceMetrics = {
      ...m,
      versions: m.versions.map((v) => ({
        ...v,
        successRate: nan,
        p50Ms: nan,
        rps: Number.POSITIVE_INFINITY,
      })),
      timeline: {
        v1: (m.timeline.v1 ?? []).map((p, i) => (i % 5 === 0 ? { ...p, rps: nan, successRate: nan } : p)),
        v2: m.timeline.v2 ?? [],
      },
    };
    const { comment } = render(broken);
    expect(comment).not.toMatch(/undefined|NaN|\[object Object\]|Infinity/);
    for (const block of mermaidBlocks(comment)) await expect(parse(block)).resolves.toBeTruthy();
  });

  it("merges points: mean requests/s, requests-weighted success rate, gaps stay undefined", () => {
    const points = chartPoints(
      {
        v1: [
          { t: AT - 600, rps: 1, successRate: 100 },
          { t: AT - 590, rps: 3, successRate: 96 },
          { t: AT - 540, rps: 0, successRate: undefined },
          { t: AT - 300, rps: 4, successRate: 99 },
        ],
        v2: [{ t: AT - 590, rps: 2, successRate: 50 }],
      },
      ["v1", "v2"],
    );
    expect(points).toEqual([
      { label: "10:00", rps: [2, 1], successRate: [97, 50] },
      { label: "10:01", rps: [0, 0], successRate: [undefined, undefined] },
      { label: "10:02", rps: [0, 0], successRate: [undefined, undefined] },
      { label: "10:03", rps: [0, 0], successRate: [undefined, undefined] },
      { label: "10:04", rps: [0, 0], successRate: [undefined, undefined] },
      { label: "10:05", rps: [4, 0], successRate: [99, undefined] },
    ]);
  });

  it("a gap is held at the last value, and said", () => {
    const { comment } = render(withGaps());
    expect(comment).toContain(
      "No traffic, so no success rate, for `v2` at 10:03–10:05, 10:08–10:09: the line is held at its last value there.",
    );
  });

  it("10 versions: 7 charted, the rest named", () => {
    const { comment } = render(tenVersions());
    expect(comment).toContain("Not charted (3 more versions; see the table): `v8`, `v9`, `v10`.");
    expect(comment).toContain(
      "Lines: 🟦 `v1` · 🟧 `v2` · 🟩 `v3` · 🟥 `v4` · 🟪 `v5` · 🟫 `v6` · 🟨 `v7` · ⬛ gate 99 %",
    );
  });

  it("no traffic: no success-rate chart, a flat requests/s chart", () => {
    const { comment } = render(noTraffic());
    expect(comment).toContain("No version had traffic in the window, so there is no success-rate chart.");
    expect(mermaidBlocks(comment)[0]).toContain('y-axis "requests/s" 0 --> 1');
  });
});

describe("grafanaDashboardUrl", () => {
  const at = { host: "mnist-service", namespace: "kubeflow", from: 1714557600, to: 1714558200 };
  const tail =
    "/d/LJ_uJAvmk/istio-service-dashboard?var-service=mnist-service.kubeflow.svc.cluster.local&from=1714557600000&to=1714558200000";
  it.each([
    ["https://kubeflow.example.com/grafana", `https://kubeflow.example.com/grafana${tail}`],
    ["https://kubeflow.example.com/grafana/", `https://kubeflow.example.com/grafana${tail}`],
    ["http://grafana.istio-system:3000", `http://grafana.istio-system:3000${tail}`],
    ["http://grafana.istio-system:3000/", `http://grafana.istio-system:3000${tail}`],
    ["https://example.com/a/grafana/?orgId=2#x", `https://example.com/a/grafana${tail}`],
    ["https://example.com/g(1)", `https://example.com/g%281%29${tail}`],
  ])("%s", (grafana, url) => {
    expect(grafanaDashboardUrl({ grafana, ...at })).toBe(url);
  });
});

describe("checkRunOutput", () => {
  it.each([
    ["success", "mnist: v2 passed all 5 checks against v1", () => render(healthyRollout())],
    [
      "failure",
      "mnist: v2 failed success rate, success rate vs baseline",
      () =>
        render(
          serviceMetrics(
            [
              version({
                version: "v1",
                weight: 90,
                requests: 5400,
                errors: 5,
                latency: typicalLatency(5400),
              }),
              version({
                version: "v2",
                weight: 10,
                requests: 1000,
                errors: 25,
                latency: typicalLatency(1000),
              }),
            ],
            { timeline: healthyRollout().timeline },
          ),
        ),
    ],
    [
      "neutral",
      "mnist: not enough data for success rate vs baseline, tail latency vs baseline",
      () => render(oneVersion()),
    ],
  ])("%s: %s", (conclusion, title, make) => {
    const { verdict, comment } = make();
    const out = checkRunOutput({ service: "mnist", verdict, comment });
    expect([out.name, out.conclusion, out.title]).toEqual(["rollout/gate", conclusion, title]);
    expect(out.summary.startsWith(verdict.summary)).toBe(true);
    expect(out.text).not.toContain("<!-- rollout-bot:metrics");
    expect(out.text).toContain("```mermaid");
  });

  it("metrics unavailable", () => {
    const verdict = evaluateGate({ metrics: UNAVAILABLE, stable: "v1", gate: GATE });
    const comment = metricsComment({ service: "mnist", result: UNAVAILABLE, verdict });
    expect(checkRunOutput({ service: "mnist", verdict, comment })).toMatchInlineSnapshot(`
{
  "conclusion": "failure",
  "name": "rollout/gate",
  "summary": "No metrics: Prometheus timed out: no answer from http://prometheus.istio-system:9090 within 10 s. With \`policy.gate.onMissingMetrics: fail\` the gate concludes failure; it never passes without metrics.

|  | check | result | compared |
| --- | --- | --- | --- |
| ❌ | metrics | fail | Prometheus timed out (timeout): no answer from http://prometheus.istio-system:9090 within 10 s. |",
  "text": "### ❌ \`rollout/gate\` failed: no metrics for \`mnist\`

**Metrics unavailable:** Prometheus timed out (\`timeout\`): \`no answer from http://prometheus.istio-system:9090 within 10 s\`

With \`policy.gate.onMissingMetrics: fail\` the gate concludes **failure**; it never passes without metrics.

<details>
<summary>PromQL: the 2 queries tried</summary>

**\`requests\`**, instant query (\`/api/v1/query\`) at 2024-05-01T10:10:00Z: \`time=1714558200\`

\`\`\`promql
sum by (destination_version) (increase(istio_requests_total{reporter="destination", destination_service="mnist-service.kubeflow.svc.cluster.local"}[10m]))
\`\`\`

**\`errors\`**, instant query (\`/api/v1/query\`) at 2024-05-01T10:10:00Z: \`time=1714558200\`

\`\`\`promql
sum by (destination_version) (increase(istio_requests_total{reporter="destination", destination_service="mnist-service.kubeflow.svc.cluster.local", response_code=~"5.."}[10m]))
\`\`\`

</details>

<sub>rollout-bot keeps this comment up to date; the check run \`rollout/gate\` carries the same verdict.</sub>",
  "title": "mnist: no metrics. Prometheus timed out (timeout): no answer from http://prometheus.istio-system:9090 within 10 s.",
}
`);
  });

  it("keeps GitHub's limits: title ≤ 255, summary and text ≤ 65535, fences and details closed", () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      name: `query ${i}`,
      promql: `sum(rate(istio_requests_total{destination_version="v${i}"}[10m])) 🚀`,
      time: AT,
    }));
    const m = { ...healthyRollout(), queries: many };
    const { verdict, comment } = render(m);
    expect(comment.length).toBeLessThanOrEqual(GITHUB_TEXT_LIMIT);
    const longMessage = { ...UNAVAILABLE, message: "x".repeat(70000) };
    const v2 = evaluateGate({ metrics: longMessage, stable: "v1", gate: GATE });
    for (const out of [
      checkRunOutput({ service: "mnist", verdict, comment }),
      checkRunOutput({ service: "mnist", verdict: v2, comment: "y".repeat(70000) }),
    ]) {
      expect(out.title.length).toBeLessThanOrEqual(255);
      expect(new TextEncoder().encode(out.summary).length).toBeLessThanOrEqual(GITHUB_TEXT_LIMIT);
      expect(new TextEncoder().encode(out.text).length).toBeLessThanOrEqual(GITHUB_TEXT_LIMIT);
      for (const part of [out.summary, out.text]) {
        expect((part.match(/^```/gm) ?? []).length % 2).toBe(0);
        expect((part.match(/<details>/g) ?? []).length).toBe((part.match(/<\/details>/g) ?? []).length);
      }
    }
  });
});

describe("truncateMarkdown", () => {
  it.each([
    ["fits", "a\nb", 10, "a\nb"],
    ["cut at a line", "aaaa\nbbbb\ncccc", 12, "aaaa\n\n…"],
    ["inside a fence", "x\n```promql\nline 1\nline 2\nline 3\n```", 27, "x\n```promql\nline 1\n```\n\n…"],
    [
      "inside details",
      "<details>\n<summary>s</summary>\n\nbody\nbody\n</details>",
      50,
      "<details>\n<summary>s</summary>\n\n</details>\n\n…",
    ],
    ["multi-byte characters count as bytes", "ü\n🚀🚀\nz", 9, "ü\n\n…"],
  ])("%s", (_, text, max, expected) => {
    const out = truncateMarkdown(text, max, "…");
    expect(out).toBe(expected);
    expect(new TextEncoder().encode(out).length).toBeLessThanOrEqual(max);
  });
});

describe("metricsMarker", () => {
  it("is the comment's first line", () => {
    expect(metricsMarker("mnist")).toBe("<!-- rollout-bot:metrics service=mnist -->");
    const verdict: GateVerdict = evaluateGate({ metrics: UNAVAILABLE, stable: "v1", gate: GATE });
    expect(metricsComment({ service: "mnist", result: UNAVAILABLE, verdict }).split("\n")[0]).toBe(
      metricsMarker("mnist"),
    );
  });
});
