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
  /**
   * What the comparisons with the baseline judge: every request since the current weights went
   * live (`since`, the apply of this step) up to `at`, so more time means more certainty.
   * Without a known start, the window is the evidence (`from: "window"`).
   */
  readonly evidence?: Evidence;
  /** Per version, ≤ ~60 points over the window. */
  readonly timeline: Readonly<Record<string, readonly TimelinePoint[]>>;
  readonly queries: readonly RanQuery[];
}

/** Requests, 5xx and the latency histogram of each version over the evidence range. */
export interface Evidence {
  /** `since`: from the step's start; `window`: no start was known, so only the window. */
  readonly from: "since" | "window";
  /** Unix seconds: the start of the range (the step's start, or at − window). */
  readonly start: number;
  readonly seconds: number;
  readonly versions: Readonly<Record<string, EvidenceCounts>>;
}

export interface EvidenceCounts {
  readonly requests: number;
  readonly errors: number;
  /** Cumulative, milliseconds. */
  readonly buckets: readonly Bucket[];
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
  /** The comparisons with the baseline, when a canary and a baseline were compared. */
  readonly comparison?: ComparisonReport;
  /** The thresholds judged against (policy.gate), for the summary's chart and wording. */
  readonly thresholds?: GateThresholds;
}

/** A service's shadow traffic: `percent` % of requests copied to `version`. */
export interface MirrorRef {
  readonly version: string;
  readonly percent: number;
}

/** One anytime-valid comparison with the baseline (`judgeRatio` in stats.ts). */
export interface RatioJudgement {
  /** Bad events and requests, canary and baseline. */
  readonly canary: { readonly bad: number; readonly total: number };
  readonly baseline: { readonly bad: number; readonly total: number };
  /** The canary's bad rate divided by the baseline's; undefined when the baseline has none. */
  readonly ratio: number | undefined;
  /** The share of bad events the canary may carry without being worse than (1 + tolerance)×. */
  readonly theta0: number;
  /** Evidence that the canary is worse than (1 + tolerance)× the baseline, and the bar it must reach. */
  readonly evidence: number;
  readonly needed: number;
  /** evidence ≥ needed. */
  readonly worse: boolean;
  /**
   * Anytime-valid (1 − α) upper bound of the canary/baseline ratio, from inverting the
   * opposite test; undefined while the data cannot bound it (e.g. no bad events at all yet).
   */
  readonly upperRatio: number | undefined;
}

/**
 * What the comparisons with the baseline judged, for the summary: the evidence range and, per
 * comparison, the judgement (absent when there was nothing to compare).
 */
export interface ComparisonReport {
  readonly from: "since" | "window";
  /** Unix seconds, and how long before `at`. */
  readonly start: number;
  readonly seconds: number;
  /** policy.gate.alpha, and each comparison's share of it (Bonferroni). */
  readonly alpha: number;
  readonly alphaEach: number;
  readonly errors?: RatioJudgement & { readonly tolerance: number };
  readonly tail?: RatioJudgement & {
    readonly tolerance: number;
    readonly boundMs: number;
    readonly baselineP99Ms: number | undefined;
  };
}

/** The absolute thresholds of `policy.gate` a verdict was judged against. */
export interface GateThresholds {
  readonly minRequests: number;
  /** Percent. */
  readonly successRate: number;
  readonly p99LatencyMs: number;
}
