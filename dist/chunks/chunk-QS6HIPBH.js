import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  checkRunOutput,
  evaluateGate,
  metricsComment,
  metricsMarker,
  quantileFromBuckets
} from "./chunk-TFWLMJQK.js";
import {
  loadConfig
} from "./chunk-SE42GER3.js";

// src/core/promql.ts
var MAX_POINTS = 60;
var MIN_RATE_WINDOW_S = 60;
var UNITS = { ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400 };
function durationSeconds(d) {
  const m = /^(\d+)(ms|s|m|h|d)$/.exec(d);
  if (!m) throw new Error(`not a duration: ${d}`);
  return Number(m[1]) * (UNITS[m[2]] ?? 1);
}
function promDuration(seconds) {
  const s = Math.max(1, Math.round(seconds));
  if (s % 3600 === 0) return `${s / 3600}h`;
  if (s % 60 === 0) return `${s / 60}m`;
  return `${s}s`;
}
function promString(value) {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
function selector(s, extra = "") {
  return `{reporter="destination",destination_service_name=${promString(s.host)},destination_service_namespace=${promString(s.namespace)}${extra}}`;
}
function timelineStep(windowSeconds) {
  return Math.max(15, Math.ceil(windowSeconds / (MAX_POINTS - 1)));
}
function serviceQueries(params) {
  const { service, windowSeconds } = params;
  const w = promDuration(windowSeconds);
  const all = selector(service);
  const errors = selector(service, ',response_code=~"5.."');
  const step = timelineStep(windowSeconds);
  const r = promDuration(Math.max(step, MIN_RATE_WINDOW_S));
  const byVersion = (fn, sel, range, stat) => `label_replace(sum by (destination_version) (${fn}(istio_requests_total${sel}[${range}])), "stat", "${stat}", "", "")`;
  const histogram = (metric) => `sum by (destination_version, le) (increase(${metric}${all}[${w}]))`;
  return {
    requests: `${byVersion("increase", all, w, "requests")} or ${byVersion("increase", errors, w, "errors")}`,
    latencyMs: histogram("istio_request_duration_milliseconds_bucket"),
    latencySeconds: histogram("istio_request_duration_seconds_bucket"),
    timeline: `${byVersion("rate", all, r, "requests")} or ${byVersion("rate", errors, r, "errors")}`,
    step
  };
}
function num(s) {
  const n = Number(s);
  return Number.isFinite(n) ? n : 0;
}
function requestCounts(samples) {
  const out = /* @__PURE__ */ new Map();
  for (const s of samples) {
    const v = s.metric.destination_version ?? "unknown";
    const row = out.get(v) ?? { requests: 0, errors: 0 };
    if (s.metric.stat === "errors") row.errors += num(s.value[1]);
    else row.requests += num(s.value[1]);
    out.set(v, row);
  }
  return out;
}
function bucketsByVersion(samples, unit) {
  const out = /* @__PURE__ */ new Map();
  for (const s of samples) {
    const v = s.metric.destination_version ?? "unknown";
    const le = s.metric.le === "+Inf" ? Number.POSITIVE_INFINITY : Number(s.metric.le) * unit;
    if (Number.isNaN(le)) continue;
    const list = out.get(v) ?? [];
    list.push({ le, count: num(s.value[1]) });
    out.set(v, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.le - b.le);
  return out;
}
function timelines(series) {
  const acc = /* @__PURE__ */ new Map();
  for (const s of series) {
    const v = s.metric.destination_version ?? "unknown";
    const points = acc.get(v) ?? /* @__PURE__ */ new Map();
    for (const [t, value] of s.values) {
      const p = points.get(t) ?? { rps: 0, errors: 0 };
      if (s.metric.stat === "errors") p.errors += num(value);
      else p.rps += num(value);
      points.set(t, p);
    }
    acc.set(v, points);
  }
  const out = {};
  for (const [v, points] of acc) {
    out[v] = [...points.entries()].sort(([a], [b]) => a - b).map(([t, p]) => ({
      t,
      rps: p.rps,
      successRate: p.rps > 0 ? 100 * (p.rps - p.errors) / p.rps : void 0
    }));
  }
  return out;
}
function versionRow(params) {
  const requests = params.counts?.requests ?? 0;
  const errors = params.counts?.errors ?? 0;
  const has = requests > 0;
  return {
    version: params.version,
    weight: params.weight,
    requests,
    rps: requests / params.windowSeconds,
    errors,
    successRate: has ? 100 * (requests - errors) / requests : void 0,
    p50Ms: has ? params.quantile(0.5, params.buckets) : void 0,
    p90Ms: has ? params.quantile(0.9, params.buckets) : void 0,
    p99Ms: has ? params.quantile(0.99, params.buckets) : void 0,
    buckets: params.buckets
  };
}

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
  const q = serviceQueries({ service, windowSeconds });
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
  const service = params.config.services[params.key];
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
    at: params.at,
    ...params.window ? { window: params.window } : {}
  });
  const verdict = evaluateGate({
    metrics: result,
    stable: service.stable,
    ...params.canary ? { canary: params.canary } : {},
    gate: service.policy.gate
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
  durationSeconds,
  summarise,
  reportOnPr
};
