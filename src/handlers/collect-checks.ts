import {
  type CustomGateCheck,
  checkSubject,
  judgeCheck,
  planChecks,
  ranQueries,
} from "../core/checks/judge.js";
import type { MetricsResult, RanQuery } from "../core/metrics.js";
import type { PromPort } from "../core/ports.js";
import { durationSeconds } from "../core/promql.js";
import type { ServiceConfig } from "../core/schema.js";

/** The custom checks' verdicts and the queries they ran. */
export interface CollectedChecks {
  readonly checks: readonly CustomGateCheck[];
  readonly queries: readonly RanQuery[];
}

/**
 * A service's custom checks (`policy.gate.checks`) at `at`: plan (core) → one instant query per
 * check, for all versions at once, in parallel → judge (core). `metrics` is the built-in
 * collection's result, which says who the canary is and whether it had enough requests to pass.
 */
export async function collectChecks(params: {
  readonly prom: PromPort;
  readonly key: string;
  readonly service: ServiceConfig;
  readonly clusterDomain?: string;
  /** Unix seconds. */
  readonly at: number;
  /** Overrides policy.gate.window. */
  readonly window?: string;
  readonly metrics: MetricsResult;
  readonly canary?: string;
}): Promise<CollectedChecks> {
  const { prom, service, at } = params;
  if ((service.policy.gate.checks ?? []).length === 0) return { checks: [], queries: [] };
  const window = params.window ?? service.policy.gate.window;
  const planned = planChecks({
    key: params.key,
    service,
    clusterDomain: params.clusterDomain ?? "cluster.local",
    windowSeconds: durationSeconds(window),
  });
  const subject = checkSubject({
    metrics: params.metrics,
    service,
    ...(params.canary ? { canary: params.canary } : {}),
  });
  const answers = await Promise.all(
    planned.map((p) =>
      p.promql === undefined
        ? { ok: false as const, reason: "invalid" as const, message: p.problem ?? "no query" }
        : prom.query({ promql: p.promql, time: at }),
    ),
  );
  const checks = planned.map((p, i) =>
    judgeCheck({
      check: p.check,
      answer: answers[i] ?? { ok: false, reason: "invalid", message: "no answer" },
      subject,
      window,
      onMissingMetrics: service.policy.gate.onMissingMetrics,
    }),
  );
  return { checks, queries: ranQueries(planned, at) };
}
