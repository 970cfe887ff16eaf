import type { Bucket, TimelinePoint, VersionMetrics } from "./metrics.js";
import type { Telemetry } from "./routers/types.js";

/** The most points a timeline (and so a chart) gets. */
export const MAX_POINTS = 60;
/** Istio's default scrape interval: rate() windows shorter than 4× this are noise. */
const MIN_RATE_WINDOW_S = 60;

const UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };

/** "10m" → 600. Durations come from the validated config, so the format is known. */
export function durationSeconds(d: string): number {
  const m = /^(\d+)(ms|s|m|h|d)$/.exec(d);
  if (!m) throw new Error(`not a duration: ${d}`);
  return Number(m[1]) * (UNITS[m[2] as string] ?? 1);
}

/** Seconds as a PromQL duration ("90s", "10m"). */
export function promDuration(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  if (s % 3600 === 0) return `${s / 3600}h`;
  if (s % 60 === 0) return `${s / 60}m`;
  return `${s}s`;
}

/** A PromQL double-quoted string literal. */
export function promString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

/** `s` as a PromQL (RE2) regular expression matching exactly that text. */
export function regexLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The step that keeps a timeline over `windowSeconds` at ≤ MAX_POINTS points (≥ 15 s, a scrape). */
export function timelineStep(windowSeconds: number): number {
  return Math.max(15, Math.ceil(windowSeconds / (MAX_POINTS - 1)));
}

/**
 * The queries of one summary, one per metric family, each for all versions at once:
 * requests and 5xx (a `stat` label tells them apart), the latency histogram (milliseconds, or
 * the Mixer-era seconds histogram), and the timeline. With `evidenceSeconds` (the time since the
 * step's weights went live), the requests and histogram queries also count over that range, in
 * the same query (`stat` "since-requests"/"since-errors", `span` "since"), so the number of
 * queries does not grow with it either.
 */
export function serviceQueries(params: {
  readonly telemetry: Telemetry;
  readonly windowSeconds: number;
  readonly evidenceSeconds?: number;
}) {
  const { telemetry, windowSeconds, evidenceSeconds } = params;
  const w = promDuration(windowSeconds);
  const errors = ',response_code=~"5.."';
  const step = timelineStep(windowSeconds);
  const r = promDuration(Math.max(step, MIN_RATE_WINDOW_S));
  const byVersion = (fn: "increase" | "rate", matchers: string, range: string, stat: string) =>
    `label_replace(${telemetry.sumByVersion({ fn, metric: "istio_requests_total", range, matchers })}, "stat", "${stat}", "", "")`;
  const histogram = (metric: string, range: string) =>
    telemetry.sumByVersion({ fn: "increase", metric, range, by: ["le"] });
  const e = evidenceSeconds === undefined ? undefined : promDuration(evidenceSeconds);
  const requests = `${byVersion("increase", "", w, "requests")} or ${byVersion("increase", errors, w, "errors")}`;
  const spans = (metric: string) =>
    e === undefined
      ? histogram(metric, w)
      : `label_replace(${histogram(metric, w)}, "span", "window", "", "") or label_replace(${histogram(metric, e)}, "span", "since", "", "")`;
  return {
    requests:
      e === undefined
        ? requests
        : `${requests} or ${byVersion("increase", "", e, "since-requests")} or ${byVersion("increase", errors, e, "since-errors")}`,
    latencyMs: spans("istio_request_duration_milliseconds_bucket"),
    latencySeconds: spans("istio_request_duration_seconds_bucket"),
    timeline: `${byVersion("rate", "", r, "requests")} or ${byVersion("rate", errors, r, "errors")}`,
    step,
  };
}

/** A Prometheus instant-vector sample. */
export interface Sample {
  readonly metric: Readonly<Record<string, string>>;
  readonly value: readonly [number, string];
}

/** A Prometheus range-vector series. */
export interface Series {
  readonly metric: Readonly<Record<string, string>>;
  readonly values: readonly (readonly [number, string])[];
}

function num(s: string): number {
  const n = Number(s);
  return Number.isFinite(n) ? n : 0;
}

/**
 * Requests and 5xx per version, from the `requests` query: over the window (`span` "window", the
 * default), or over the evidence range (`span` "since", the `since-` stats).
 */
export function requestCounts(
  samples: readonly Sample[],
  span: "window" | "since" = "window",
): Map<string, { requests: number; errors: number }> {
  const out = new Map<string, { requests: number; errors: number }>();
  for (const s of samples) {
    const stat = s.metric.stat ?? "requests";
    const since = stat.startsWith("since-");
    if (since !== (span === "since")) continue;
    const v = s.metric.destination_version ?? "unknown";
    const row = out.get(v) ?? { requests: 0, errors: 0 };
    if (stat.endsWith("errors")) row.errors += num(s.value[1]);
    else row.requests += num(s.value[1]);
    out.set(v, row);
  }
  return out;
}

/**
 * Cumulative buckets per version in milliseconds, from a histogram query (`unit` 1000 for
 * seconds); `span` picks the window's (samples without a `span` label count as the window's) or
 * the evidence range's.
 */
export function bucketsByVersion(
  samples: readonly Sample[],
  unit: number,
  span: "window" | "since" = "window",
): Map<string, Bucket[]> {
  const out = new Map<string, Bucket[]>();
  for (const s of samples) {
    if ((s.metric.span ?? "window") !== span) continue;
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

/** Per-version timeline points from the `timeline` range query. */
export function timelines(series: readonly Series[]): Record<string, TimelinePoint[]> {
  const acc = new Map<string, Map<number, { rps: number; errors: number }>>();
  for (const s of series) {
    const v = s.metric.destination_version ?? "unknown";
    const points = acc.get(v) ?? new Map<number, { rps: number; errors: number }>();
    for (const [t, value] of s.values) {
      const p = points.get(t) ?? { rps: 0, errors: 0 };
      if (s.metric.stat === "errors") p.errors += num(value);
      else p.rps += num(value);
      points.set(t, p);
    }
    acc.set(v, points);
  }
  const out: Record<string, TimelinePoint[]> = {};
  for (const [v, points] of acc) {
    out[v] = [...points.entries()]
      .sort(([a], [b]) => a - b)
      .map(([t, p]) => ({
        t,
        rps: p.rps,
        successRate: p.rps > 0 ? (100 * (p.rps - p.errors)) / p.rps : undefined,
      }));
  }
  return out;
}

/** Assembles one version's row; quantiles come from the caller's histogram_quantile twin. */
export function versionRow(params: {
  readonly version: string;
  readonly weight: number;
  readonly counts: { requests: number; errors: number } | undefined;
  readonly buckets: readonly Bucket[];
  readonly windowSeconds: number;
  readonly quantile: (q: number, buckets: readonly Bucket[]) => number | undefined;
}): VersionMetrics {
  const requests = params.counts?.requests ?? 0;
  const errors = params.counts?.errors ?? 0;
  const has = requests > 0;
  return {
    version: params.version,
    weight: params.weight,
    requests,
    rps: requests / params.windowSeconds,
    errors,
    successRate: has ? (100 * (requests - errors)) / requests : undefined,
    p50Ms: has ? params.quantile(0.5, params.buckets) : undefined,
    p90Ms: has ? params.quantile(0.9, params.buckets) : undefined,
    p99Ms: has ? params.quantile(0.99, params.buckets) : undefined,
    buckets: params.buckets,
  };
}
