// Custom checks and their presets against a real Prometheus holding synthetic series with each
// exporter's own metric names and labels (test/helpers/exporter-series.ts): TF Serving's
// `:tensorflow:serving:*`, KServe's `request_predict_seconds`, vLLM's `vllm:*` by `model_name`.
// Every counter is linear, so rate() and histogram_quantile() give exact values.
import { describe, expect, it } from "@jest/globals";
import { prometheusClient } from "../../src/adapters/prometheus.js";
import { planChecks } from "../../src/core/checks/judge.js";
import { loadConfig } from "../../src/core/config.js";
import type { MetricsResult } from "../../src/core/metrics.js";
import type { ServiceConfig } from "../../src/core/schema.js";
import { collectChecks } from "../../src/handlers/collect-checks.js";
import { summarise } from "../../src/handlers/report-metrics.js";
import { serviceMetrics, typicalLatency, version } from "../core/metrics-data.js";
import { type ExporterSeries, exporterDataset } from "../helpers/exporter-series.js";
import { usePrometheus } from "../helpers/prometheus.js";

const START = Date.UTC(2024, 4, 1, 12, 0, 0) / 1000;
const END = START + 30 * 60;
const AT = END - 60;

/** The first bounds with these cumulative shares, then +Inf. */
const shares = (bounds: readonly string[], cumulative: readonly number[]) => [
  ...cumulative.map((share, i) => [bounds[i] as string, share] as const),
  ["+Inf", 1] as const,
];
// Bounds b1 < b2 < …: p99 = b3 + (b4 − b3) × (0.99 − 0.98)/(1 − 0.98) = (b3 + b4)/2.
const FAST = [0.5, 0.9, 0.98, 1];
// p99 = b4 + (b5 − b4) × (0.99 − 0.96)/(1 − 0.96) = b4 + 0.75 (b5 − b4).
const SLOW = [0.2, 0.6, 0.9, 0.96, 1];

// ---- TF Serving: kubeflow/mnist, pods labelled version=v1|v2 -------------------------------------
const tf = (labels: Record<string, string>) => ({ namespace: "kubeflow", model_name: "mnist", ...labels });
const TF_US = ["10000", "25000", "50000", "100000", "250000"]; // microseconds
const tfLatency = (labels: Record<string, string>, perSecond: number): ExporterSeries => ({
  labels: tf({ API: "predict", entrypoint: "REST", ...labels }),
  perSecond,
  buckets: shares(TF_US, FAST),
  mean: 15000,
});

// ---- KServe: kserve-test/sklearn-iris ------------------------------------------------------------
const KS_S = ["0.01", "0.025", "0.05", "0.1", "0.25"];
const ks = (
  labels: Record<string, string>,
  cumulative: readonly number[],
  perSecond: number,
): ExporterSeries => ({
  labels: { namespace: "kserve-test", model_name: "sklearn-iris", ...labels },
  perSecond,
  buckets: shares(KS_S, cumulative),
  mean: 0.02,
});

// ---- vLLM: serving/llm, each version its own served model name -----------------------------------
const SERVED = { v1: "meta-llama/Llama-3.1-8B", v2: "meta-llama/Llama-3.1-8B-ft" } as const;
/** Matched by `Llama-3.1-8B` if the dot were not escaped: must never be counted. */
const DECOY = "meta-llama/Llama-3x1-8B";
const vl = (model: string, more: Record<string, string> = {}) => ({
  namespace: "serving",
  model_name: model,
  engine: "0",
  pod: `llm-${model.length}`,
  ...more,
});
const vh = (
  model: string,
  bounds: readonly string[],
  cumulative: readonly number[],
  perSecond: number,
  mean: number,
  more: Record<string, string> = {},
): ExporterSeries => ({
  labels: vl(model, more),
  perSecond,
  buckets: shares(bounds, cumulative),
  mean,
});
const TTFT = ["0.1", "0.25", "0.5", "1", "2.5"];
const ITL = ["0.01", "0.025", "0.05", "0.1", "0.25"];
const E2E = ["1", "2.5", "5", "10", "20"];

const DATASET = exporterDataset({
  name: "exporters",
  start: START,
  end: END,
  families: [
    {
      name: ":tensorflow:serving:request_count",
      type: "counter",
      bare: true,
      series: [
        { labels: tf({ version: "v1", status: "OK" }), perSecond: 8.991 },
        { labels: tf({ version: "v1", status: "INVALID_ARGUMENT" }), perSecond: 0.009 },
        { labels: tf({ version: "v2", status: "OK" }), perSecond: 0.97 },
        { labels: tf({ version: "v2", status: "UNAVAILABLE" }), perSecond: 0.03 },
        // Another model in the namespace, and mnist in another namespace, all failing.
        { labels: tf({ version: "v2", status: "UNAVAILABLE", model_name: "iris" }), perSecond: 50 },
        { labels: tf({ version: "v1", status: "UNAVAILABLE", namespace: "staging" }), perSecond: 50 },
      ],
    },
    {
      name: ":tensorflow:serving:request_latency",
      type: "histogram",
      series: [
        tfLatency({ version: "v1" }, 8),
        tfLatency({ version: "v1", API: "classify", entrypoint: "GRPC" }, 1),
        tfLatency({ version: "v2" }, 1),
        {
          labels: tf({ version: "v2", API: "predict", entrypoint: "REST", namespace: "staging" }),
          perSecond: 100,
          buckets: shares(TF_US, SLOW),
          mean: 90000,
        },
      ],
    },
    {
      name: "request_predict_seconds",
      type: "histogram",
      series: [
        ks({ version: "v1", pod: "sklearn-iris-predictor-00001-deployment-a" }, FAST, 9),
        ks({ version: "v2", pod: "sklearn-iris-predictor-00002-deployment-b" }, SLOW, 1),
        ks({ version: "v2", pod: "x", namespace: "staging" }, FAST, 100),
      ],
    },
    {
      name: "vllm:time_to_first_token_seconds",
      type: "histogram",
      series: [
        vh(SERVED.v1, TTFT, FAST, 9, 0.2),
        vh(SERVED.v2, TTFT, FAST, 1, 0.2),
        vh(DECOY, TTFT, SLOW, 50, 1),
      ],
    },
    {
      name: "vllm:inter_token_latency_seconds",
      type: "histogram",
      series: [
        vh(SERVED.v1, ITL, FAST, 900, 0.02),
        vh(SERVED.v2, ITL, FAST, 100, 0.02),
        vh(DECOY, ITL, SLOW, 50, 0.1),
      ],
    },
    {
      name: "vllm:e2e_request_latency_seconds",
      type: "histogram",
      series: [vh(SERVED.v1, E2E, FAST, 9, 2), vh(SERVED.v2, E2E, SLOW, 1, 4), vh(DECOY, E2E, FAST, 50, 2)],
    },
    {
      name: "vllm:generation_tokens",
      type: "counter",
      series: [
        { labels: vl(SERVED.v1), perSecond: 900 }, // 900 tokens/s over 9 × 2 s/s of requests: 50 tokens/s
        { labels: vl(SERVED.v2), perSecond: 100 }, // over 1 × 4 s/s: 25 tokens/s
        { labels: vl(DECOY), perSecond: 5000 },
      ],
    },
  ],
});

const server = usePrometheus({ datasets: [DATASET] });

function service(yaml: string): ServiceConfig {
  const r = loadConfig({ text: yaml, file: "rollout.yaml" });
  if (!r.ok) throw new Error(r.message);
  const s = Object.values(r.loaded.config.services)[0];
  if (!s) throw new Error("no service");
  return s;
}

const block = (ns: string, host: string, extra: string, checks: string) => `services:
  svc:
    namespace: ${ns}
    host: ${host}
    manifests: deploy/svc
${extra}    versions:
      v1: { weight: 90, modelBasePath: gs://models/v1 }
      v2: { weight: 10, modelBasePath: gs://models/v2 }
    stable: v1
    policy:
      gate:
        window: 10m
        checks:
${checks}`;

const TF = service(
  block(
    "kubeflow",
    "mnist-service",
    "    tfServing: { modelName: mnist }\n",
    "          - preset: tfserving-success-rate\n          - preset: tfserving-p99-latency\n",
  ),
);
const KSERVE = service(block("kserve-test", "sklearn-iris", "", "          - preset: kserve-predict-p99\n"));
const VLLM = service(
  block(
    "serving",
    "llm",
    "",
    ["vllm-ttft", "vllm-itl", "vllm-e2e-latency\n            critical: false", "vllm-tokens-per-second"]
      .map(
        (p) =>
          `          - preset: ${p}\n            versionValues: { v1: "${SERVED.v1}", v2: "${SERVED.v2}" }\n`,
      )
      .join(""),
  ),
);

/** Built-in metrics in which both versions had plenty of requests, so a check may pass. */
const BUSY: MetricsResult = {
  ok: true,
  metrics: serviceMetrics([
    version({ version: "v1", weight: 90, requests: 5400, errors: 0, latency: typicalLatency(5400) }),
    version({ version: "v2", weight: 10, requests: 600, errors: 0, latency: typicalLatency(600) }),
  ]),
};

async function run(s: ServiceConfig) {
  const r = await collectChecks({
    prom: prometheusClient({ url: server.url }),
    key: "svc",
    service: s,
    at: AT,
    metrics: BUSY,
  });
  return r.checks.map((c) => `${c.status}: ${c.name}: ${c.detail}`).join("\n");
}

describe("presets against a real Prometheus", () => {
  it("TF Serving: success rate by status, p99 from microsecond buckets summed over API and entrypoint", async () => {
    expect(await run(TF)).toMatchInlineSnapshot(`
"fail: tfserving-success-rate: \`v2\` 97.00 % < 99.00 % required.
pass: tfserving-p99-latency: \`v2\` 75.0 ms vs \`v1\` 75.0 ms: ±0.0 %; at most 20 % higher allowed (limit 90.0 ms)."
`);
  });

  it("KServe: p99 of request_predict_seconds by the pods' version label", async () => {
    expect(await run(KSERVE)).toMatchInlineSnapshot(
      `"fail: kserve-predict-p99: \`v2\` 212 ms vs \`v1\` 75.0 ms: +183.3 %; at most 20 % higher allowed (limit 90.0 ms)."`,
    );
  });

  it("vLLM: TTFT, inter-token latency, e2e latency and tokens per second by served model name", async () => {
    expect(await run(VLLM)).toMatchInlineSnapshot(`
"pass: vllm-ttft: \`v2\` 750 ms vs \`v1\` 750 ms: ±0.0 %; at most 20 % higher allowed (limit 900 ms).
pass: vllm-itl: \`v2\` 75.0 ms vs \`v1\` 75.0 ms: ±0.0 %; at most 20 % higher allowed (limit 90.0 ms).
fail: vllm-e2e-latency: Non-critical, warns only: \`v2\` 17500 ms vs \`v1\` 7500 ms: +133.3 %; at most 20 % higher allowed (limit 9000 ms).
fail: vllm-tokens-per-second: \`v2\` 25.0 tokens/s vs \`v1\` 50.0 tokens/s: −50.0 %; at most 10 % lower allowed (limit 45.0 tokens/s)."
`);
  });

  it("an escaped model name matches only itself: the decoy `Llama-3x1` is never selected", async () => {
    const planned = planChecks({
      key: "svc",
      service: VLLM,
      clusterDomain: "cluster.local",
      windowSeconds: 600,
    });
    const client = prometheusClient({ url: server.url });
    for (const p of planned) {
      const r = await client.query({ promql: p.promql ?? "", time: AT });
      if (!r.ok) throw new Error(r.message);
      const names = r.data.result.map((s) => s.metric.model_name).sort();
      expect(names).toEqual([SERVED.v1, SERVED.v2]);
    }
  });

  it("outside the data every check is insufficient, never a pass", async () => {
    const r = await collectChecks({
      prom: prometheusClient({ url: server.url }),
      key: "svc",
      service: VLLM,
      at: START - 86400,
      metrics: BUSY,
    });
    expect(r.checks.map((c) => c.status)).toEqual([
      "insufficient",
      "insufficient",
      "insufficient",
      "insufficient",
    ]);
  });

  it("a custom query with a typo in PromQL: Prometheus's error, as onMissingMetrics says", async () => {
    const s = service(
      block(
        "serving",
        "llm",
        "",
        `          - { name: broken, query: 'sum by (model_name) (rate(vllm:generation_tokens_total{namespace="{{ namespace }}"}[{{ window }}])', threshold: 1 }\n`,
      ),
    );
    const r = await collectChecks({
      prom: prometheusClient({ url: server.url, retries: 0 }),
      key: "svc",
      service: s,
      at: AT,
      metrics: BUSY,
    });
    expect(r.checks[0]?.status).toBe("fail");
    expect(r.checks[0]?.detail).toMatch(/^Prometheus returned an error: /);
  });
});

describe("summarise with custom checks", () => {
  it("the checks join the verdict and their queries the summary; without Istio traffic nothing passes", async () => {
    const yaml = block(
      "serving",
      "llm",
      "",
      `          - preset: vllm-ttft\n            versionValues: { v1: "${SERVED.v1}", v2: "${SERVED.v2}" }\n`,
    );
    const r = loadConfig({ text: yaml, file: "rollout.yaml" });
    if (!r.ok) throw new Error(r.message);
    const out = await summarise({
      config: r.loaded.config,
      key: "svc",
      prom: (url) => prometheusClient({ url }),
      prometheusUrl: server.url,
      at: AT,
    });
    if (!out.ok) throw new Error(out.message);
    const ttft = out.verdict.checks.find((c) => c.name === "vllm-ttft");
    expect(ttft?.status).toBe("insufficient");
    expect(ttft?.detail).toMatch(/too few to pass\.$/);
    expect(out.verdict.conclusion).toBe("neutral");
    const queries = out.result.ok ? out.result.metrics.queries : out.result.queries;
    expect(queries.map((q) => q.name)).toContain("check vllm-ttft");
    expect(out.comment).toContain("vllm:time_to_first_token_seconds_bucket");
  });
});
