import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  checkRunOutput,
  evaluateGate,
  metricsComment,
  metricsMarker,
  quantileFromBuckets
} from "./chunk-CQ5UYWSF.js";
import {
  bucketsByVersion,
  durationSeconds,
  loadConfig,
  requestCounts,
  routerOf,
  serviceQueries,
  timelines,
  versionRow
} from "./chunk-B3LP6RV3.js";

// src/handlers/collect-metrics.ts
function vector(a) {
  return a.ok && a.data.resultType === "vector" && Array.isArray(a.data.result) ? a.data.result : void 0;
}
function matrix(a) {
  return a.ok && a.data.resultType === "matrix" && Array.isArray(a.data.result) ? a.data.result : void 0;
}
async function collectMetrics(params) {
  const { prom, key, service, at } = params;
  const window = params.window ?? service.policy.gate.window;
  const windowSeconds = durationSeconds(window);
  const telemetry = routerOf(service).telemetry({
    key,
    service,
    clusterDomain: params.clusterDomain ?? "cluster.local"
  });
  const q = serviceQueries({ telemetry, windowSeconds });
  const start = at - windowSeconds;
  const queries = [
    { name: "requests and 5xx per version", promql: q.requests, time: at },
    { name: "latency histogram per version (ms)", promql: q.latencyMs, time: at },
    {
      name: "timeline: requests/s and 5xx/s per version",
      promql: q.timeline,
      range: { start, end: at, step: q.step }
    }
  ];
  const [requests, latencyMs, timeline] = await Promise.all([
    prom.query({ promql: q.requests, time: at }),
    prom.query({ promql: q.latencyMs, time: at }),
    prom.queryRange({ promql: q.timeline, start, end: at, step: q.step })
  ]);
  const failed = [requests, latencyMs, timeline].find((a) => !a.ok);
  if (failed && !failed.ok)
    return { ok: false, service: key, reason: failed.reason, message: failed.message, queries };
  let latency = vector(latencyMs);
  let latencySource = "milliseconds";
  let unit = 1;
  if (latency !== void 0 && latency.length === 0) {
    queries.push({
      name: "latency histogram per version (Istio < 1.5, seconds)",
      promql: q.latencySeconds,
      time: at
    });
    const seconds = await prom.query({ promql: q.latencySeconds, time: at });
    if (!seconds.ok)
      return { ok: false, service: key, reason: seconds.reason, message: seconds.message, queries };
    latency = vector(seconds);
    latencySource = latency && latency.length > 0 ? "seconds" : "none";
    unit = 1e3;
  }
  const counts = vector(requests);
  const series = matrix(timeline);
  if (!counts || !latency || !series) {
    return {
      ok: false,
      service: key,
      reason: "bad-response",
      message: "Prometheus answered with an unexpected result type (expected vectors and a matrix).",
      queries
    };
  }
  const byVersion = requestCounts(counts);
  const buckets = bucketsByVersion(latency, unit);
  const versions = Object.entries(service.versions).map(
    ([version, c]) => versionRow({
      version,
      weight: c.weight,
      counts: byVersion.get(version),
      buckets: buckets.get(version) ?? [],
      windowSeconds,
      quantile: (qq, b) => quantileFromBuckets(qq, [...b])
    })
  );
  return {
    ok: true,
    metrics: {
      service: key,
      namespace: service.namespace,
      host: service.host,
      source: telemetry.description,
      ...service.pin ? { pinHeader: service.pin.header } : {},
      at,
      window,
      windowSeconds,
      latencySource,
      versions,
      timeline: timelines(series),
      queries
    }
  };
}

// src/handlers/report-metrics.ts
function canaryOf(live, proposed) {
  if (!proposed) return void 0;
  const rising = Object.entries(proposed.versions).map(([v, c]) => ({ v, up: c.weight - (live.versions[v]?.weight ?? 0) })).filter((x) => x.up > 0 && x.v !== live.stable).sort((a, b) => b.up - a.up);
  return rising[0]?.v;
}
var NO_PROMETHEUS = {
  query: async () => ({
    ok: false,
    reason: "error",
    message: "no Prometheus URL: set `prometheus:` in rollout.yaml (or PROMETHEUS_URL / the `prometheus` input)."
  }),
  queryRange: async () => ({
    ok: false,
    reason: "error",
    message: "no Prometheus URL: set `prometheus:` in rollout.yaml (or PROMETHEUS_URL / the `prometheus` input)."
  })
};
async function summarise(params) {
  const service = Object.hasOwn(params.config.services, params.key) ? params.config.services[params.key] : void 0;
  if (!service) {
    return {
      ok: false,
      reason: "unknown-service",
      message: `no service \`${params.key}\` in rollout.yaml (services: ${Object.keys(params.config.services).join(", ")}).`
    };
  }
  const url = params.prometheusUrl ?? params.config.prometheus;
  const prom = url ? params.prom(url) : NO_PROMETHEUS;
  const result = await collectMetrics({
    prom,
    key: params.key,
    service,
    clusterDomain: params.config.clusterDomain,
    at: params.at,
    ...params.window ? { window: params.window } : {}
  });
  const verdict = evaluateGate({
    metrics: result,
    stable: service.stable,
    ...params.canary ? { canary: params.canary } : {},
    gate: service.policy.gate,
    // Shadow copies are not live traffic: the mirrored version is shown, never judged.
    ...service.mirror ? { mirror: service.mirror } : {}
  });
  const comment = metricsComment({
    service: params.key,
    result,
    verdict,
    ...params.config.grafana ? { grafana: params.config.grafana } : {},
    ...params.prNumber !== void 0 ? { prNumber: params.prNumber } : {}
  });
  return { ok: true, service: params.key, verdict, comment, result };
}
async function reportOnPr(params) {
  const { gh, configPath } = params;
  const [liveText, proposedText] = await Promise.all([
    gh.readFile({ ref: params.defaultBranch, path: configPath }),
    gh.readFile({ ref: params.pr.headSha, path: configPath })
  ]);
  const live = loadConfig({ text: liveText ?? "", file: configPath, only: params.key });
  if (!live.ok) return { ok: false, reason: "invalid-config", message: live.message };
  const proposed = proposedText === void 0 ? void 0 : loadConfig({ text: proposedText, file: configPath, only: params.key });
  const liveService = live.loaded.config.services[params.key];
  const canary = liveService && proposed?.ok ? canaryOf(liveService, proposed.loaded.config.services[params.key]) : void 0;
  const outcome = await summarise({
    config: live.loaded.config,
    key: params.key,
    prom: params.prom,
    ...params.prometheusUrl ? { prometheusUrl: params.prometheusUrl } : {},
    at: params.at,
    ...canary ? { canary } : {},
    prNumber: params.pr.number
  });
  if (!outcome.ok) return outcome;
  const check = checkRunOutput({ service: params.key, verdict: outcome.verdict, comment: outcome.comment });
  await gh.upsertStickyComment({
    issueNumber: params.pr.number,
    marker: metricsMarker(params.key),
    body: outcome.comment
  });
  await gh.upsertCheckRun({
    headSha: params.pr.headSha,
    name: check.name,
    conclusion: check.conclusion,
    output: { title: check.title, summary: check.summary, text: check.text }
  });
  return outcome;
}

export {
  summarise,
  reportOnPr
};
