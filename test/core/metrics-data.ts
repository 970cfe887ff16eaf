// Builders of ServiceMetrics as the Prometheus adapter fills them, for the gate and summary tests.
import type {
  Bucket,
  RanQuery,
  ServiceMetrics,
  TimelinePoint,
  VersionMetrics,
} from "../../src/core/metrics.js";
import { quantileFromBuckets } from "../../src/core/stats.js";

/** Istio's default buckets for istio_request_duration_milliseconds. */
export const ISTIO_BOUNDS_MS = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000,
  3600000,
] as const;

/** 2024-05-01T10:10:00Z */
export const AT = 1714558200;
export const WINDOW_SECONDS = 600;

/**
 * A cumulative histogram over Istio's bounds from per-bucket counts: `{ 25: 500, 50: 300 }` means
 * 500 requests in (10, 25] ms and 300 in (25, 50] ms; key `Infinity` for slower than 1 h.
 */
export function histogram(perBucket: Readonly<Record<number, number>>): Bucket[] {
  let total = 0;
  const out: Bucket[] = [];
  for (const le of [...ISTIO_BOUNDS_MS, Number.POSITIVE_INFINITY]) {
    total += perBucket[le] ?? 0;
    out.push({ le, count: total });
  }
  return out;
}

/** A version's metrics; quantiles come from the buckets as Prometheus would compute them. */
export function version(params: {
  readonly version: string;
  readonly weight: number;
  readonly requests: number;
  readonly errors: number;
  readonly latency?: Readonly<Record<number, number>>;
  readonly windowSeconds?: number;
}): VersionMetrics {
  const { requests, errors, latency } = params;
  const buckets = latency ? histogram(latency) : [];
  const q = (p: number) => (requests > 0 ? quantileFromBuckets(p, buckets) : undefined);
  return {
    version: params.version,
    weight: params.weight,
    requests,
    rps: requests / (params.windowSeconds ?? WINDOW_SECONDS),
    errors,
    successRate: requests > 0 ? (100 * (requests - errors)) / requests : undefined,
    p50Ms: q(0.5),
    p90Ms: q(0.9),
    p99Ms: q(0.99),
    buckets,
  };
}

/** Spread `requests` over the latency buckets in the proportions of a typical TF Serving model. */
export function typicalLatency(requests: number, slowShare = 0.006): Record<number, number> {
  const slow = Math.round(requests * slowShare);
  const rest = requests - slow;
  const b25 = Math.round(rest * 0.55);
  const b50 = Math.round(rest * 0.3);
  const b100 = Math.round(rest * 0.1);
  return { 25: b25, 50: b50, 100: b100, 250: rest - b25 - b50 - b100, 500: slow };
}

/**
 * A timeline every `step` seconds over the window ending at `at`: rps and success rate from the
 * functions of the point's index; `undefined` rps means no point at all (no series sample).
 */
export function timeline(params: {
  readonly at?: number;
  readonly windowSeconds?: number;
  readonly step?: number;
  readonly rps: (i: number) => number | undefined;
  readonly successRate: (i: number) => number | undefined;
}): TimelinePoint[] {
  const at = params.at ?? AT;
  const windowSeconds = params.windowSeconds ?? WINDOW_SECONDS;
  const step = params.step ?? 10;
  const out: TimelinePoint[] = [];
  for (let i = 0, t = at - windowSeconds; t <= at; i++, t += step) {
    const rps = params.rps(i);
    if (rps === undefined) continue;
    out.push({ t, rps, successRate: rps > 0 ? params.successRate(i) : undefined });
  }
  return out;
}

const SELECTOR = 'reporter="destination", destination_service="mnist-service.kubeflow.svc.cluster.local"';

/** The queries the adapter runs, as it records them. */
export function queries(at = AT, window = "10m", step = 10, windowSeconds = WINDOW_SECONDS): RanQuery[] {
  const range = { start: at - windowSeconds, end: at, step };
  return [
    {
      name: "requests",
      promql: `sum by (destination_version) (increase(istio_requests_total{${SELECTOR}}[${window}]))`,
      time: at,
    },
    {
      name: "errors",
      promql: `sum by (destination_version) (increase(istio_requests_total{${SELECTOR}, response_code=~"5.."}[${window}]))`,
      time: at,
    },
    {
      name: "latency buckets",
      promql: `sum by (destination_version, le) (increase(istio_request_duration_milliseconds_bucket{${SELECTOR}}[${window}]))`,
      time: at,
    },
    {
      name: "requests/s over time",
      promql: `sum by (destination_version) (rate(istio_requests_total{${SELECTOR}}[1m]))`,
      range,
    },
    {
      name: "success rate over time",
      promql: `100 * (1 - sum by (destination_version) (rate(istio_requests_total{${SELECTOR}, response_code=~"5.."}[1m])) / sum by (destination_version) (rate(istio_requests_total{${SELECTOR}}[1m])))`,
      range,
    },
  ];
}

export function serviceMetrics(
  versions: readonly VersionMetrics[],
  more: Partial<ServiceMetrics> = {},
): ServiceMetrics {
  return {
    service: "mnist",
    namespace: "kubeflow",
    host: "mnist-service",
    at: AT,
    window: "10m",
    windowSeconds: WINDOW_SECONDS,
    latencySource: "milliseconds",
    versions,
    timeline: {},
    queries: queries(),
    ...more,
  };
}

/** The realistic rollout: v1 stable at 90 %, v2 canary at 10 %, both healthy, over 10 minutes. */
export function healthyRollout(): ServiceMetrics {
  const v1 = version({
    version: "v1",
    weight: 90,
    requests: 5400,
    errors: 5,
    latency: typicalLatency(5400, 0.005),
  });
  const v2 = version({
    version: "v2",
    weight: 10,
    requests: 600,
    errors: 1,
    latency: typicalLatency(600, 0.005),
  });
  const wave = (i: number) => Math.sin(i / 6);
  return serviceMetrics([v1, v2], {
    timeline: {
      v1: timeline({ rps: (i) => 9 + 0.8 * wave(i), successRate: (i) => (i === 33 ? 99.2 : 99.92) }),
      v2: timeline({ rps: (i) => 1 + 0.1 * wave(i), successRate: (i) => (i === 47 ? 98.5 : 100) }),
    },
  });
}
