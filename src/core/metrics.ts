/**
 * Istio metrics of one service, per version, as the summary, the gate and the CLI use them.
 * Plain data: the Prometheus adapter fills it, core functions judge and render it.
 */

/** Cumulative histogram bucket: `count` requests took ≤ `le` milliseconds (le = Infinity for +Inf). */
export interface Bucket {
  readonly le: number;
  readonly count: number;
}

export interface VersionMetrics {
  readonly version: string;
  /** Weight in rollout.yaml (the default branch), for the table. */
  readonly weight: number;
  /** Requests in the window, and per second over it. */
  readonly requests: number;
  readonly rps: number;
  /** 5xx responses in the window. */
  readonly errors: number;
  /** Non-5xx percentage; undefined without requests. */
  readonly successRate: number | undefined;
  /** Latency quantiles in milliseconds; undefined without requests. */
  readonly p50Ms: number | undefined;
  readonly p90Ms: number | undefined;
  readonly p99Ms: number | undefined;
  /** Latency histogram over the window (cumulative, milliseconds), for significance tests. */
  readonly buckets: readonly Bucket[];
}

export interface TimelinePoint {
  /** Unix seconds. */
  readonly t: number;
  readonly rps: number;
  /** Non-5xx percentage at this point; undefined when there was no traffic. */
  readonly successRate: number | undefined;
}

/** One PromQL query as run, so anyone can re-run it. */
export interface RanQuery {
  readonly name: string;
  readonly promql: string;
  /** `query` at `time`, or `query_range` over [start, end] with `step` seconds. */
  readonly time?: number;
  readonly range?: { readonly start: number; readonly end: number; readonly step: number };
}

export interface ServiceMetrics {
  readonly service: string;
  readonly namespace: string;
  readonly host: string;
  /** What was measured, as the router's telemetry says it (e.g. "Istio metrics of Service `mnist`"). */
  readonly source?: string;
  /** Requests carrying this header with a version's name go to that version (`pin`). */
  readonly pinHeader?: string;
  /** Evaluation time (unix seconds) and window. */
  readonly at: number;
  readonly window: string;
  readonly windowSeconds: number;
  /** Which latency metric had data: Istio ≥ 1.5 milliseconds, Mixer-era seconds, or none. */
  readonly latencySource: "milliseconds" | "seconds" | "none";
  readonly versions: readonly VersionMetrics[];
  /** Per version, ≤ ~60 points over the window. */
  readonly timeline: Readonly<Record<string, readonly TimelinePoint[]>>;
  readonly queries: readonly RanQuery[];
}

/** Prometheus could not answer; the summary says so and the gate is never green. */
export interface MetricsUnavailable {
  readonly service: string;
  readonly reason: "unreachable" | "timeout" | "error" | "bad-response";
  readonly message: string;
  readonly queries: readonly RanQuery[];
}

export type MetricsResult =
  | { readonly ok: true; readonly metrics: ServiceMetrics }
  | ({ readonly ok: false } & MetricsUnavailable);

export type CheckStatus = "pass" | "fail" | "insufficient";

export interface GateCheck {
  readonly name: string;
  readonly status: CheckStatus;
  /** What was compared, in words a reviewer reads ("canary 98.7 % < 99.0 %"). */
  readonly detail: string;
}

/** The gate's verdict, mapped 1:1 onto the check run's conclusion. */
export interface GateVerdict {
  readonly conclusion: "success" | "failure" | "neutral";
  readonly summary: string;
  readonly checks: readonly GateCheck[];
  readonly baseline: string | undefined;
  readonly canary: string | undefined;
  /**
   * The mirrored version (`mirror` in rollout.yaml), when there is one: its requests are shadow
   * copies, so it is never the canary and never compared; the summary still shows its row.
   */
  readonly mirror?: MirrorRef;
  /** The thresholds judged against (policy.gate), for the summary's chart and wording. */
  readonly thresholds?: GateThresholds;
}

/** A service's shadow traffic: `percent` % of requests copied to `version`. */
export interface MirrorRef {
  readonly version: string;
  readonly percent: number;
}

/** The absolute thresholds of `policy.gate` a verdict was judged against. */
export interface GateThresholds {
  readonly minRequests: number;
  /** Percent. */
  readonly successRate: number;
  readonly p99LatencyMs: number;
}
