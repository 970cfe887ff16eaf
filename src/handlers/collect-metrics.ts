import type { Bucket, Evidence, MetricsResult, RanQuery, ServiceMetrics } from "../core/metrics.js";
import type { PromAnswer, PromPort } from "../core/ports.js";
import {
  bucketsByVersion,
  durationSeconds,
  requestCounts,
  type Sample,
  type Series,
  serviceQueries,
  timelines,
  versionRow,
} from "../core/promql.js";
import { routerOf } from "../core/routers/index.js";
import type { ServiceConfig } from "../core/schema.js";
import { quantileFromBuckets } from "../core/stats.js";

function vector(a: PromAnswer): readonly Sample[] | undefined {
  return a.ok && a.data.resultType === "vector" && Array.isArray(a.data.result)
    ? (a.data.result as Sample[])
    : undefined;
}

function matrix(a: PromAnswer): readonly Series[] | undefined {
  return a.ok && a.data.resultType === "matrix" && Array.isArray(a.data.result)
    ? (a.data.result as Series[])
    : undefined;
}

/**
 * One service's Istio metrics at `at` over the gate window, and the evidence the comparisons
 * judge (from `since`, when given, else the window): three queries whatever the number of
 * versions (four when only the Mixer-era seconds histogram has data).
 */
export async function collectMetrics(params: {
  readonly prom: PromPort;
  readonly key: string;
  readonly service: ServiceConfig;
  /** rollout.yaml's `clusterDomain` (default cluster.local). */
  readonly clusterDomain?: string;
  /** Unix seconds. */
  readonly at: number;
  /** Overrides policy.gate.window. */
  readonly window?: string;
  /** Unix seconds: when the current weights went live (the apply of this step). */
  readonly since?: number;
}): Promise<MetricsResult> {
  const { prom, key, service, at } = params;
  const window = params.window ?? service.policy.gate.window;
  const windowSeconds = durationSeconds(window);
  const telemetry = routerOf(service).telemetry({
    key,
    service,
    clusterDomain: params.clusterDomain ?? "cluster.local",
  });
  // A start at or after `at` (clock skew, or judged the instant it was applied): nothing yet.
  const evidenceSeconds = params.since === undefined ? undefined : Math.max(0, Math.round(at - params.since));
  const q = serviceQueries({
    telemetry,
    windowSeconds,
    ...(evidenceSeconds !== undefined && evidenceSeconds > 0 ? { evidenceSeconds } : {}),
  });
  const start = at - windowSeconds;
  const queries: RanQuery[] = [
    { name: "requests and 5xx per version", promql: q.requests, time: at },
    { name: "latency histogram per version (ms)", promql: q.latencyMs, time: at },
    {
      name: "timeline: requests/s and 5xx/s per version",
      promql: q.timeline,
      range: { start, end: at, step: q.step },
    },
  ];
  const [requests, latencyMs, timeline] = await Promise.all([
    prom.query({ promql: q.requests, time: at }),
    prom.query({ promql: q.latencyMs, time: at }),
    prom.queryRange({ promql: q.timeline, start, end: at, step: q.step }),
  ]);
  const failed = [requests, latencyMs, timeline].find((a) => !a.ok);
  if (failed && !failed.ok)
    return { ok: false, service: key, reason: failed.reason, message: failed.message, queries };
  let latency = vector(latencyMs);
  let latencySource: ServiceMetrics["latencySource"] = "milliseconds";
  let unit = 1;
  if (latency !== undefined && latency.length === 0) {
    // Istio < 1.5 (Mixer) reported seconds; use them when the milliseconds histogram is empty.
    queries.push({
      name: "latency histogram per version (Istio < 1.5, seconds)",
      promql: q.latencySeconds,
      time: at,
    });
    const seconds = await prom.query({ promql: q.latencySeconds, time: at });
    if (!seconds.ok)
      return { ok: false, service: key, reason: seconds.reason, message: seconds.message, queries };
    latency = vector(seconds);
    latencySource = latency && latency.length > 0 ? "seconds" : "none";
    unit = 1000;
  }
  const counts = vector(requests);
  const series = matrix(timeline);
  if (!counts || !latency || !series) {
    return {
      ok: false,
      service: key,
      reason: "bad-response",
      message: "Prometheus answered with an unexpected result type (expected vectors and a matrix).",
      queries,
    };
  }
  const byVersion = requestCounts(counts);
  const buckets = bucketsByVersion(latency, unit);
  const evidence = evidenceOf({
    since: params.since === undefined ? undefined : at - (evidenceSeconds ?? 0),
    seconds: evidenceSeconds ?? windowSeconds,
    at,
    names: Object.keys(service.versions),
    counts: evidenceSeconds === undefined ? byVersion : requestCounts(counts, "since"),
    buckets: evidenceSeconds === undefined ? buckets : bucketsByVersion(latency, unit, "since"),
  });
  const versions = Object.entries(service.versions).map(([version, c]) =>
    versionRow({
      version,
      weight: c.weight,
      counts: byVersion.get(version),
      buckets: buckets.get(version) ?? [],
      windowSeconds,
      quantile: (qq, b) => quantileFromBuckets(qq, [...b]),
    }),
  );
  return {
    ok: true,
    metrics: {
      service: key,
      namespace: service.namespace,
      host: service.host,
      source: telemetry.description,
      ...(service.pin ? { pinHeader: service.pin.header } : {}),
      at,
      window,
      windowSeconds,
      latencySource,
      versions,
      evidence,
      timeline: timelines(series),
      queries,
    },
  };
}

/** The evidence per version: from the step's start (`since`), or the window's own counts. */
function evidenceOf(params: {
  readonly since: number | undefined;
  readonly seconds: number;
  readonly at: number;
  readonly names: readonly string[];
  readonly counts: ReadonlyMap<string, { requests: number; errors: number }>;
  readonly buckets: ReadonlyMap<string, readonly Bucket[]>;
}): Evidence {
  const versions: Record<string, Evidence["versions"][string]> = {};
  for (const name of params.names) {
    // A step judged the second it went live has no evidence yet, whatever the window holds.
    const live = params.since === undefined || params.seconds > 0;
    const c = live ? params.counts.get(name) : undefined;
    versions[name] = {
      requests: c?.requests ?? 0,
      errors: c?.errors ?? 0,
      buckets: live ? (params.buckets.get(name) ?? []) : [],
    };
  }
  return {
    from: params.since === undefined ? "window" : "since",
    start: params.since ?? params.at - params.seconds,
    seconds: params.seconds,
    versions,
  };
}
