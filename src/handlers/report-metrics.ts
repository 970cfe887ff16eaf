import { withQueries } from "../core/checks/judge.js";
import { loadConfig } from "../core/config.js";
import { evaluateGate } from "../core/gate.js";
import type { GateVerdict, MetricsResult } from "../core/metrics.js";
import type { GitHubPort, PromPort, StepStartReader } from "../core/ports.js";
import type { RolloutConfig, ServiceConfig } from "../core/schema.js";
import { checkRunOutput, metricsComment, metricsMarker } from "../core/summary.js";
import { collectChecks } from "./collect-checks.js";
import { collectMetrics } from "./collect-metrics.js";
import { serviceConfigAt } from "./files-at.js";

/** A Prometheus client for a base URL (the adapter); injected so tests and the CLI choose. */
export type PromFactory = (url: string) => PromPort;

export type ReportOutcome =
  | {
      readonly ok: true;
      readonly service: string;
      readonly verdict: GateVerdict;
      readonly comment: string;
      readonly result: MetricsResult;
    }
  | { readonly ok: false; readonly reason: "invalid-config" | "unknown-service"; readonly message: string };

/** The version a rollout PR raises: the one whose weight grows from the default branch to the PR. */
export function canaryOf(live: ServiceConfig, proposed: ServiceConfig | undefined): string | undefined {
  if (!proposed) return undefined;
  const rising = Object.entries(proposed.versions)
    .map(([v, c]) => ({ v, up: c.weight - (live.versions[v]?.weight ?? 0) }))
    .filter((x) => x.up > 0 && x.v !== live.stable)
    .sort((a, b) => b.up - a.up);
  return rising[0]?.v;
}

/** The Deployment environment deploy-on-merge uses for a service (handlers/deploy.ts): namespace, or cluster/namespace. */
function environmentOf(config: RolloutConfig, service: ServiceConfig): string {
  return config.cluster ? `${config.cluster}/${service.namespace}` : service.namespace;
}

const NO_PROMETHEUS: PromPort = {
  query: async () => ({
    ok: false,
    reason: "error",
    message:
      "no Prometheus URL: set `prometheus:` in rollout.yaml (or PROMETHEUS_URL / the `prometheus` input).",
  }),
  queryRange: async () => ({
    ok: false,
    reason: "error",
    message:
      "no Prometheus URL: set `prometheus:` in rollout.yaml (or PROMETHEUS_URL / the `prometheus` input).",
  }),
};

/**
 * Metrics and gate for one service: collect → judge (core) → render (core). No GitHub I/O, so
 * the CLI, the Action's job summary and the PR report share it.
 */
export async function summarise(params: {
  readonly config: RolloutConfig;
  readonly key: string;
  readonly prom: PromFactory;
  readonly prometheusUrl?: string;
  readonly at: number;
  readonly window?: string;
  /** Unix seconds: when the current weights went live; the comparisons count evidence from there. */
  readonly since?: number;
  readonly canary?: string;
  readonly prNumber?: number;
}): Promise<ReportOutcome> {
  // Object.hasOwn: a key such as `constructor` must not find a property of every object.
  const service = Object.hasOwn(params.config.services, params.key)
    ? params.config.services[params.key]
    : undefined;
  if (!service) {
    return {
      ok: false,
      reason: "unknown-service",
      message: `no service \`${params.key}\` in rollout.yaml (services: ${Object.keys(params.config.services).join(", ")}).`,
    };
  }
  const url = params.prometheusUrl ?? params.config.prometheus;
  const prom = url ? params.prom(url) : NO_PROMETHEUS;
  // The same service, instant and window for the built-in metrics and the custom checks.
  const where = {
    prom,
    key: params.key,
    service,
    clusterDomain: params.config.clusterDomain,
    at: params.at,
    ...(params.window ? { window: params.window } : {}),
  };
  const collected = await collectMetrics({
    ...where,
    ...(params.since !== undefined ? { since: params.since } : {}),
  });
  const custom = await collectChecks({
    ...where,
    metrics: collected,
    ...(params.canary ? { canary: params.canary } : {}),
  });
  const result = withQueries(collected, custom.queries);
  const verdict = evaluateGate({
    metrics: result,
    stable: service.stable,
    ...(params.canary ? { canary: params.canary } : {}),
    gate: service.policy.gate,
    // Shadow copies are not live traffic: the mirrored version is shown, never judged.
    ...(service.mirror ? { mirror: service.mirror } : {}),
    extraChecks: custom.checks,
  });
  const comment = metricsComment({
    service: params.key,
    result,
    verdict,
    ...(params.config.grafana ? { grafana: params.config.grafana } : {}),
    ...(params.prNumber !== undefined ? { prNumber: params.prNumber } : {}),
  });
  return { ok: true, service: params.key, verdict, comment, result };
}

/**
 * The metrics report on a rollout PR: the sticky comment, edited in place, and the
 * `rollout/gate` check run on the PR's head commit.
 */
export async function reportOnPr(params: {
  readonly gh: GitHubPort;
  readonly prom: PromFactory;
  readonly prometheusUrl?: string;
  readonly configPath: string;
  readonly defaultBranch: string;
  readonly key: string;
  readonly pr: { readonly number: number; readonly headSha: string; readonly headRef: string };
  readonly at: number;
  /** When the service's current weights went live (its newest GitHub Deployment); without it, the window. */
  readonly stepStart?: StepStartReader;
}): Promise<ReportOutcome> {
  const { gh, configPath } = params;
  // rollout.yaml and, with `include:`, only this service's own file, on both sides.
  const [liveRead, proposed] = await Promise.all([
    serviceConfigAt({ gh, ref: params.defaultBranch, configPath, key: params.key }),
    serviceConfigAt({ gh, ref: params.pr.headSha, configPath, key: params.key }),
  ]);
  const live = liveRead ?? loadConfig({ text: "", file: configPath, only: params.key });
  if (!live.ok) return { ok: false, reason: "invalid-config", message: live.message };
  const liveService = live.loaded.config.services[params.key];
  const canary =
    liveService && proposed?.ok
      ? canaryOf(liveService, proposed.loaded.config.services[params.key])
      : undefined;
  const since =
    liveService && params.stepStart
      ? await params.stepStart({
          environment: environmentOf(live.loaded.config, liveService),
          service: params.key,
        })
      : undefined;
  const outcome = await summarise({
    config: live.loaded.config,
    key: params.key,
    prom: params.prom,
    ...(params.prometheusUrl ? { prometheusUrl: params.prometheusUrl } : {}),
    at: params.at,
    // A Deployment from the future (clock skew) says nothing about this step.
    ...(since !== undefined && since <= params.at ? { since } : {}),
    ...(canary ? { canary } : {}),
    prNumber: params.pr.number,
  });
  if (!outcome.ok) return outcome;
  const check = checkRunOutput({ service: params.key, verdict: outcome.verdict, comment: outcome.comment });
  await gh.upsertStickyComment({
    issueNumber: params.pr.number,
    marker: metricsMarker(params.key),
    body: outcome.comment,
  });
  await gh.upsertCheckRun({
    headSha: params.pr.headSha,
    name: check.name,
    conclusion: check.conclusion,
    output: { title: check.title, summary: check.summary, text: check.text },
  });
  return outcome;
}
