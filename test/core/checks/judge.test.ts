import { describe, expect, it } from "@jest/globals";
import {
  type CheckSubject,
  checkSubject,
  formatValue,
  judgeCheck,
  planChecks,
  type ResolvedCheck,
  resolveCheck,
  withQueries,
} from "../../../src/core/checks/judge.js";
import { PRESET_NAMES } from "../../../src/core/checks/presets.js";
import { evaluateGate } from "../../../src/core/gate.js";
import type { CheckStatus, MetricsResult } from "../../../src/core/metrics.js";
import type { PromAnswer } from "../../../src/core/ports.js";
import { GateSchema } from "../../../src/core/schema.js";
import { load } from "../../helpers/config.js";
import { healthyRollout, serviceMetrics, typicalLatency, version } from "../metrics-data.js";

const CANARY: CheckSubject = { stable: "v1", canary: "v2", enough: true };

function check(over: Partial<ResolvedCheck> = {}): ResolvedCheck {
  return {
    name: "p99 ttft",
    query: "q",
    versionLabel: "model_name",
    labelValues: { v1: "llama", v2: "llama-ft" },
    direction: "lower-is-better",
    unit: "ms",
    critical: true,
    judgement: { kind: "compare", tolerancePercent: 20 },
    ...over,
  };
}

const vector = (samples: Record<string, string | number>[], label = "model_name"): PromAnswer => ({
  ok: true,
  data: {
    resultType: "vector",
    result: samples.map(({ value, ...metric }) => ({
      metric: {
        [label]: String(metric[label] ?? ""),
        ...Object.fromEntries(Object.entries(metric).map(([k, v]) => [k, String(v)])),
      },
      value: [1700000000, String(value)],
    })),
  },
});

const judge = (c: ResolvedCheck, answer: PromAnswer, subject = CANARY) =>
  judgeCheck({ check: c, answer, subject, window: "10m", onMissingMetrics: "fail" });

describe("judgeCheck", () => {
  const both = (v1: number | string, v2: number | string) =>
    vector([
      { model_name: "llama", value: v1 },
      { model_name: "llama-ft", value: v2 },
      { model_name: "someone-else", value: 1e9 }, // another model: not ours to judge
    ]);
  it.each<[string, ResolvedCheck, PromAnswer, CheckSubject, CheckStatus, string]>([
    [
      "compare, within tolerance",
      check(),
      both(400, 470),
      CANARY,
      "pass",
      "`v2` 470 ms vs `v1` 400 ms: +17.5 %; at most 20 % higher allowed (limit 480 ms).",
    ],
    [
      "compare, beyond tolerance",
      check(),
      both(400, 490),
      CANARY,
      "fail",
      "`v2` 490 ms vs `v1` 400 ms: +22.5 %; at most 20 % higher allowed (limit 480 ms).",
    ],
    [
      "compare, higher is better",
      check({
        direction: "higher-is-better",
        unit: "tokens/s",
        judgement: { kind: "compare", tolerancePercent: 10 },
      }),
      both(50, 44),
      CANARY,
      "fail",
      "`v2` 44.0 tokens/s vs `v1` 50.0 tokens/s: −12.0 %; at most 10 % lower allowed (limit 45.0 tokens/s).",
    ],
    [
      "threshold, within",
      check({ judgement: { kind: "threshold", bound: 500 } }),
      both(400, 470),
      CANARY,
      "pass",
      "`v2` 470 ms ≤ 500 ms allowed.",
    ],
    [
      "threshold, beyond",
      check({ judgement: { kind: "threshold", bound: 500 } }),
      both(400, 510),
      CANARY,
      "fail",
      "`v2` 510 ms > 500 ms allowed.",
    ],
    [
      "threshold, higher is better",
      check({ direction: "higher-is-better", unit: "%", judgement: { kind: "threshold", bound: 99 } }),
      both(99.9, 98.5),
      CANARY,
      "fail",
      "`v2` 98.50 % < 99.00 % required.",
    ],
    [
      "too few requests: a pass is insufficient, a fail still fails",
      check(),
      both(400, 470),
      { ...CANARY, enough: false },
      "insufficient",
      "`v2` 470 ms vs `v1` 400 ms: +17.5 %; at most 20 % higher allowed (limit 480 ms), but on fewer requests than policy.gate.minRequests, too few to pass.",
    ],
    [
      "no sample for the canary",
      check(),
      vector([{ model_name: "llama", value: 400 }]),
      CANARY,
      "insufficient",
      '`v2` had no value (no sample with model_name="llama-ft") in the last 10m, so nothing to judge (no data is never a pass).',
    ],
    [
      "NaN (histogram_quantile without requests)",
      check(),
      both(400, "NaN"),
      CANARY,
      "insufficient",
      '`v2` had no value (no sample with model_name="llama-ft") in the last 10m, so nothing to judge (no data is never a pass).',
    ],
    [
      "no baseline to compare with",
      check(),
      vector([{ model_name: "llama-ft", value: 400 }]),
      CANARY,
      "insufficient",
      '`v1` had no value (no sample with model_name="llama") in the last 10m, so there is nothing to compare `v2`\'s 400 ms with.',
    ],
    [
      "a baseline of 0",
      check(),
      both(0, 3),
      CANARY,
      "insufficient",
      "The baseline `v1` is 0, and a tolerance in percent of 0 allows nothing: use `threshold` for this metric (`v2` 3.00 ms).",
    ],
    [
      "only the stable version: threshold judges it",
      check({ judgement: { kind: "threshold", bound: 500 } }),
      both(400, 470),
      { stable: "v1", canary: undefined, enough: true },
      "pass",
      "`v1` 400 ms ≤ 500 ms allowed.",
    ],
    [
      "only the stable version: compare has no baseline",
      check(),
      both(400, 470),
      { stable: "v1", canary: undefined, enough: true },
      "insufficient",
      "Only the stable version `v1` is judged, so there is no baseline to compare its 400 ms with.",
    ],
    [
      "two samples for one version",
      check(),
      vector([
        { model_name: "llama-ft", pod: "a", value: 1 },
        { model_name: "llama-ft", pod: "b", value: 2 },
      ]),
      CANARY,
      "insufficient",
      'Cannot judge: the query returned more than one sample for `v2` (model_name="llama-ft"): aggregate the other labels away, e.g. `sum by (model_name) (...)`.',
    ],
    [
      "a scalar cannot tell versions",
      check(),
      { ok: true, data: { resultType: "scalar", result: [1, "3"] } },
      CANARY,
      "insufficient",
      "Cannot judge: the query returned a scalar, not an instant vector with one sample per version: group it by model_name, e.g. `sum by (model_name) (...)`.",
    ],
    [
      "Prometheus error with onMissingMetrics: fail",
      check(),
      { ok: false, reason: "error", message: "parse error: unexpected }" },
      CANARY,
      "fail",
      "Prometheus returned an error: parse error: unexpected }.",
    ],
    [
      "non-critical: judged the same, says it only warns",
      check({ critical: false }),
      both(400, 490),
      CANARY,
      "fail",
      "Non-critical, warns only: `v2` 490 ms vs `v1` 400 ms: +22.5 %; at most 20 % higher allowed (limit 480 ms).",
    ],
  ])("%s", (_name, c, answer, subject, status, detail) => {
    expect(judge(c, answer, subject)).toEqual({ name: c.name, status, detail, critical: c.critical });
  });

  it("with onMissingMetrics: neutral a Prometheus error is insufficient", () => {
    const r = judgeCheck({
      check: check(),
      answer: { ok: false, reason: "timeout", message: "after 10 s" },
      subject: CANARY,
      window: "10m",
      onMissingMetrics: "neutral",
    });
    expect(r.status).toBe("insufficient");
  });
});

describe("formatValue", () => {
  it.each<[number, string, string]>([
    [412.4, "ms", "412 ms"],
    [41.25, "ms", "41.3 ms"],
    [4.125, "", "4.13"],
    [0.01234, "s", "0.0123 s"],
    [-3, "ms", "−3.00 ms"],
    [99.52, "%", "99.52 %"],
  ])("%d %s → %s", (x, unit, s) => expect(formatValue(x, unit)).toBe(s));

  it("a value just over a limit never shows as the limit", () => {
    expect(formatValue(480.4, "ms", [480])).toBe("480.4 ms");
    expect(formatValue(99.999, "%", [100])).toBe("99.999 %");
  });
});

const LLM = `services:
  llm:
    namespace: serving
    host: llm
    manifests: deploy/llm
    versions:
      v1: { weight: 90 }
      v2: { weight: 10 }
    stable: v1
    policy:
      gate:
        checks:
`;

describe("planChecks", () => {
  it("expands every preset for all versions at once, one query each", () => {
    const yaml = `${LLM}${PRESET_NAMES.map((p) => `          - preset: ${p}\n`).join("")}`;
    const service = load(yaml).config.services.llm;
    if (!service) throw new Error("no service");
    const planned = planChecks({ key: "llm", service, clusterDomain: "cluster.local", windowSeconds: 300 });
    expect(planned.map((p) => `${p.check.name}: ${p.promql}`).join("\n")).toMatchInlineSnapshot(`
"tfserving-success-rate: 100 * sum by (version) (increase(:tensorflow:serving:request_count{namespace="serving", version=~"v1|v2", model_name="llm", status="OK"}[5m])) / sum by (version) (increase(:tensorflow:serving:request_count{namespace="serving", version=~"v1|v2", model_name="llm"}[5m]))
tfserving-p99-latency: 0.001 * histogram_quantile(0.99, sum by (version, le) (rate(:tensorflow:serving:request_latency_bucket{namespace="serving", version=~"v1|v2", model_name="llm"}[5m])))
kserve-predict-p99: 1000 * histogram_quantile(0.99, sum by (version, le) (rate(request_predict_seconds_bucket{namespace="serving", version=~"v1|v2", model_name="llm"}[5m])))
vllm-ttft: 1000 * histogram_quantile(0.99, sum by (model_name, le) (rate(vllm:time_to_first_token_seconds_bucket{namespace="serving", model_name=~"v1|v2"}[5m])))
vllm-itl: 1000 * histogram_quantile(0.99, sum by (model_name, le) (rate(vllm:inter_token_latency_seconds_bucket{namespace="serving", model_name=~"v1|v2"}[5m])))
vllm-e2e-latency: 1000 * histogram_quantile(0.99, sum by (model_name, le) (rate(vllm:e2e_request_latency_seconds_bucket{namespace="serving", model_name=~"v1|v2"}[5m])))
vllm-tokens-per-second: sum by (model_name) (rate(vllm:generation_tokens_total{namespace="serving", model_name=~"v1|v2"}[5m])) / sum by (model_name) (rate(vllm:e2e_request_latency_seconds_sum{namespace="serving", model_name=~"v1|v2"}[5m]))"
`);
  });

  it("versionValues give a version its served model name, escaped", () => {
    const service = load(
      `${LLM}          - preset: vllm-ttft\n            versionValues: { v2: "meta-llama/Llama-3.1-8B" }\n`,
    ).config.services.llm;
    if (!service) throw new Error("no service");
    const [p] = planChecks({ key: "llm", service, clusterDomain: "cluster.local", windowSeconds: 600 });
    expect(p?.promql).toContain('model_name=~"v1|meta-llama/Llama-3\\\\.1-8B"');
    expect(p?.check.labelValues).toEqual({ v1: "v1", v2: "meta-llama/Llama-3.1-8B" });
  });

  it("a preset's defaults yield to the user's threshold, critical and versionLabel", () => {
    const c = resolveCheck(
      { preset: "vllm-ttft", threshold: 800, critical: false, versionLabel: "served_model" },
      ["v1", "v2"],
    );
    expect(c).toMatchObject({
      name: "vllm-ttft",
      judgement: { kind: "threshold", bound: 800 },
      critical: false,
      versionLabel: "served_model",
      direction: "lower-is-better",
    });
  });
});

describe("checkSubject", () => {
  const v1 = version({ version: "v1", weight: 90, requests: 5400, errors: 5, latency: typicalLatency(5400) });
  const v2 = (requests: number) =>
    version({ version: "v2", weight: 10, requests, errors: 0, latency: typicalLatency(requests) });
  const service = load(`${LLM}          - preset: vllm-ttft\n`).config.services.llm;
  if (!service) throw new Error("no service");
  it.each<[string, MetricsResult, string | undefined, CheckSubject]>([
    [
      "picks the canary as the gate does",
      { ok: true, metrics: serviceMetrics([v1, v2(600)]) },
      undefined,
      { stable: "v1", canary: "v2", enough: true },
    ],
    [
      "too few canary requests",
      { ok: true, metrics: serviceMetrics([v1, v2(40)]) },
      undefined,
      { stable: "v1", canary: "v2", enough: false },
    ],
    [
      "no metrics: never enough to pass",
      { ok: false, service: "llm", reason: "timeout", message: "", queries: [] },
      "v2",
      { stable: "v1", canary: "v2", enough: false },
    ],
  ])("%s", (_name, metrics, canary, expected) => {
    expect(checkSubject({ metrics, service, ...(canary ? { canary } : {}) })).toEqual(expected);
  });
});

describe("evaluateGate with custom checks", () => {
  const GATE = GateSchema.parse({});
  const metrics: MetricsResult = { ok: true, metrics: healthyRollout() };
  const custom = (status: CheckStatus, critical: boolean) => ({
    name: "vllm-ttft",
    status,
    detail: "d",
    critical,
  });
  it.each<[string, ReturnType<typeof custom>, string, string]>([
    ["a critical failure fails the gate", custom("fail", true), "failure", "Failed vllm-ttft: "],
    [
      "a critical check without data is neutral",
      custom("insufficient", true),
      "neutral",
      "Not enough data for vllm-ttft: ",
    ],
    ["a non-critical failure only warns", custom("fail", false), "success", "All 5 checks passed: "],
    [
      "a non-critical check without data only warns",
      custom("insufficient", false),
      "success",
      "All 5 checks passed: ",
    ],
    ["a passing critical check counts", custom("pass", true), "success", "All 6 checks passed: "],
  ])("%s", (_name, extra, conclusion, start) => {
    const v = evaluateGate({ metrics, stable: "v1", gate: GATE, extraChecks: [extra] });
    expect(v.conclusion).toBe(conclusion);
    expect(v.summary.startsWith(start)).toBe(true);
    expect(v.checks[v.checks.length - 1]).toBe(extra);
  });

  it("says which non-critical checks did not pass", () => {
    const v = evaluateGate({ metrics, stable: "v1", gate: GATE, extraChecks: [custom("fail", false)] });
    expect(v.summary).toMatch(/ Warning \(non-critical, not counted\): vllm-ttft failed\.$/);
  });

  it("without metrics the checks are still listed, and the conclusion is the gate's", () => {
    const v = evaluateGate({
      metrics: { ok: false, service: "mnist", reason: "timeout", message: "", queries: [] },
      stable: "v1",
      gate: GATE,
      extraChecks: [custom("pass", true)],
    });
    expect(v.conclusion).toBe("failure");
    expect(v.checks.map((c) => c.name)).toEqual(["metrics", "vllm-ttft"]);
  });
});

describe("withQueries", () => {
  it("lists the checks' queries after the built-in ones", () => {
    const q = { name: "check x", promql: "up", time: 1 };
    const r = withQueries({ ok: true, metrics: healthyRollout() }, [q]);
    expect(r.ok && r.metrics.queries[r.metrics.queries.length - 1]).toBe(q);
  });
});
