/**
 * Checks shipped with rollout-bot, on the metrics ML model servers export themselves. Each is a
 * template like a custom check's and a default judgement; `- preset: <name>` in
 * `policy.gate.checks` uses one, and its threshold, compare, critical, versionLabel and
 * versionValues may be overridden. Metric names and labels as the exporters write them:
 *
 * - TF Serving (`--monitoring_config_file` with prometheus_config enabled):
 *   `:tensorflow:serving:request_count{model_name, status}` (status "OK" or the error code) and
 *   `:tensorflow:serving:request_latency_bucket{model_name, API, entrypoint}` in microseconds.
 * - KServe's Python model server: `request_predict_seconds_bucket{model_name}`.
 * - vLLM: `vllm:time_to_first_token_seconds`, `vllm:inter_token_latency_seconds`,
 *   `vllm:e2e_request_latency_seconds` (histograms) and `vllm:generation_tokens_total`, all with
 *   `model_name` (the served model name).
 *
 * The exporters do not know rollout-bot's versions: TF Serving and KServe samples are told apart by
 * the pods' `version` label (rollout-bot renders it; Prometheus copies pod labels with the usual
 * `labelmap __meta_kubernetes_pod_label_(.+)`, as Istio's sample Prometheus does), vLLM's by
 * `model_name` (give each version its own `--served-model-name`, and map it in versionValues when
 * it is not the version's name). Every preset selects by `namespace`, the label Kubernetes service
 * discovery adds.
 */
import type { CheckDirection } from "./schema-types.js";

export interface Preset {
  readonly doc: string;
  readonly query: string;
  readonly versionLabel: string;
  readonly direction: CheckDirection;
  readonly unit: string;
  readonly threshold?: number;
  readonly compare?: { readonly tolerancePercent: number };
}

const SEL = 'namespace="{{ namespace }}", {{ versionLabel }}=~"{{ versions }}"';

/** p99 of a histogram's buckets per version, in milliseconds: `toMs` is "1000 * " for seconds, "0.001 * " for µs. */
function p99Ms(bucket: string, extra: string, toMs: string): string {
  return `${toMs}histogram_quantile(0.99, sum by ({{ versionLabel }}, le) (rate(${bucket}{${SEL}${extra}}[{{ window }}])))`;
}

export const PRESETS = {
  "tfserving-success-rate": {
    doc: "TF Serving: percent of requests with status OK (:tensorflow:serving:request_count).",
    query: `100 * sum by ({{ versionLabel }}) (increase(:tensorflow:serving:request_count{${SEL}, model_name="{{ model }}", status="OK"}[{{ window }}])) / sum by ({{ versionLabel }}) (increase(:tensorflow:serving:request_count{${SEL}, model_name="{{ model }}"}[{{ window }}]))`,
    versionLabel: "version",
    direction: "higher-is-better",
    unit: "%",
    threshold: 99,
  },
  "tfserving-p99-latency": {
    doc: "TF Serving: p99 request latency in ms (:tensorflow:serving:request_latency, microseconds).",
    query: p99Ms(":tensorflow:serving:request_latency_bucket", ', model_name="{{ model }}"', "0.001 * "),
    versionLabel: "version",
    direction: "lower-is-better",
    unit: "ms",
    compare: { tolerancePercent: 20 },
  },
  "kserve-predict-p99": {
    doc: "KServe model server: p99 predict latency in ms (request_predict_seconds).",
    query: p99Ms("request_predict_seconds_bucket", ', model_name="{{ model }}"', "1000 * "),
    versionLabel: "version",
    direction: "lower-is-better",
    unit: "ms",
    compare: { tolerancePercent: 20 },
  },
  "vllm-ttft": {
    doc: "vLLM: p99 time to first token in ms (vllm:time_to_first_token_seconds).",
    query: p99Ms("vllm:time_to_first_token_seconds_bucket", "", "1000 * "),
    versionLabel: "model_name",
    direction: "lower-is-better",
    unit: "ms",
    compare: { tolerancePercent: 20 },
  },
  "vllm-itl": {
    doc: "vLLM: p99 inter-token latency in ms (vllm:inter_token_latency_seconds).",
    query: p99Ms("vllm:inter_token_latency_seconds_bucket", "", "1000 * "),
    versionLabel: "model_name",
    direction: "lower-is-better",
    unit: "ms",
    compare: { tolerancePercent: 20 },
  },
  "vllm-e2e-latency": {
    doc: "vLLM: p99 end-to-end request latency in ms (vllm:e2e_request_latency_seconds).",
    query: p99Ms("vllm:e2e_request_latency_seconds_bucket", "", "1000 * "),
    versionLabel: "model_name",
    direction: "lower-is-better",
    unit: "ms",
    compare: { tolerancePercent: 20 },
  },
  "vllm-tokens-per-second": {
    doc: "vLLM: output tokens per second of request time (vllm:generation_tokens_total ÷ vllm:e2e_request_latency_seconds_sum), which a version's share of traffic does not change.",
    query: `sum by ({{ versionLabel }}) (rate(vllm:generation_tokens_total{${SEL}}[{{ window }}])) / sum by ({{ versionLabel }}) (rate(vllm:e2e_request_latency_seconds_sum{${SEL}}[{{ window }}]))`,
    versionLabel: "model_name",
    direction: "higher-is-better",
    unit: "tokens/s",
    compare: { tolerancePercent: 10 },
  },
} as const satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as [PresetName, ...PresetName[]];
