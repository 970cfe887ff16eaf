// Section "judge": does the gate stay honest however often it is asked? Simulated rollouts judged
// through the real core (evaluateGate on synthetic metrics) at every look of a two-hour step:
// A/A (canary identical to the baseline) → how often a healthy canary is failed at some look;
// A/B (a real regression) → how often, and how soon, it is caught. Beside each figure, today's
// rule (fixed-window one-sided z-tests at p < 0.05) on the same data. Also used by
// test/core/judge-simulation.test.ts, which asserts the bounds on a fixed seed.
import { evaluateGate, type GateConfig } from "../src/core/gate.js";
import type { EvidenceCounts, MetricsResult, VersionMetrics } from "../src/core/metrics.js";
import { GateSchema } from "../src/core/schema.js";
import {
  logGamma,
  normalCdf,
  quantileFromBuckets,
  slowerShareTest,
  twoProportionTest,
} from "../src/core/stats.js";
import type { Row, Section, Table } from "./lib.js";

/** Istio's default request-duration buckets, in milliseconds. */
export const ISTIO_BUCKETS_MS = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000,
  3600000,
] as const;

/** The traffic every simulated rollout sees (the same for A/A and A/B, and for both judges). */
export const TRAFFIC = {
  /** Requests per second to the service, split by the step's weights. */
  rps: 20,
  /** The canary's weight in this step, in percent. */
  canaryWeight: 10,
  /** The step lasts two hours, judged once a minute (and every 10th minute for the 10-minute schedule). */
  minutes: 120,
  /** policy.gate.window, in minutes. */
  windowMinutes: 10,
  /** The baseline's 5xx rate. */
  errorRate: 0.003,
  /** Log-normal latency: median 100 ms, true p99 346 ms (histogram_quantile then reads ≈ 450 ms). */
  medianMs: 100,
  p99Ms: 346,
} as const;

export interface Scenario {
  readonly name: string;
  /** The canary's 5xx rate. */
  readonly canaryErrorRate: number;
  /** Every canary latency multiplied by this (1.3: p99 +30 %). */
  readonly canaryLatencyScale: number;
}

export const AA: Scenario = {
  name: "A/A (canary = baseline)",
  canaryErrorRate: 0.003,
  canaryLatencyScale: 1,
};
export const AB_ERRORS: Scenario = {
  name: "A/B 5xx 0.3 % → 1.0 %",
  canaryErrorRate: 0.01,
  canaryLatencyScale: 1,
};
/** A smaller regression, to show where the judge needs more time (not a goal). */
export const AB_ERRORS_SMALL: Scenario = {
  name: "A/B 5xx 0.3 % → 0.6 % (2×, smaller)",
  canaryErrorRate: 0.006,
  canaryLatencyScale: 1,
};
export const AB_LATENCY: Scenario = {
  name: "A/B latency ×1.3 (p99 +30 %)",
  canaryErrorRate: 0.003,
  canaryLatencyScale: 1.3,
};

/** The gate of the A/A runs: every default, so a false alarm is anything that would fail a healthy canary. */
export const DEFAULT_GATE: GateConfig = GateSchema.parse({});
/**
 * The gate of the A/B runs: absolute thresholds out of the way (a 1.0 % 5xx rate would also fail
 * `successRate: 99` about half the time), so what is measured is the comparison with the baseline.
 */
export const COMPARISON_ONLY_GATE: GateConfig = GateSchema.parse({ successRate: 50, p99LatencyMs: 1e7 });

// ---- random numbers ---------------------------------------------------------------------------

/** mulberry32: a small, fast, seeded 32-bit PRNG (uniform in [0, 1)). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson draw: multiplication for small means, Hörmann's PTRS (as numpy) for large ones. */
export function poisson(lambda: number, rand: () => number): number {
  if (lambda <= 0) return 0;
  if (lambda < 30) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rand();
    while (p > limit) {
      k++;
      p *= rand();
    }
    return k;
  }
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rand() - 0.5;
    const v = rand();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <=
      -lambda + k * loglam - logGamma(k + 1)
    )
      return k;
  }
}

// ---- one rollout ------------------------------------------------------------------------------

/** Per-bucket (not cumulative) probabilities of a log-normal latency, the last one for +Inf. */
function bucketProbabilities(medianMs: number, p99Ms: number, scale: number): number[] {
  const sigma = Math.log(p99Ms / medianMs) / 2.3263478740408408;
  const mu = Math.log(medianMs * scale);
  const cdf = ISTIO_BUCKETS_MS.map((le) => normalCdf((Math.log(le) - mu) / sigma));
  return [
    ...cdf.map((c, i) => c - (i === 0 ? 0 : (cdf[i - 1] as number))),
    1 - (cdf[cdf.length - 1] as number),
  ];
}

interface Minute {
  readonly requests: number;
  readonly errors: number;
  /** Per bucket, not cumulative; the last is +Inf. */
  readonly buckets: readonly number[];
}

function minuteOf(rps: number, errorRate: number, probs: readonly number[], rand: () => number): Minute {
  const buckets = probs.map((p) => poisson(rps * 60 * p, rand));
  const requests = buckets.reduce((a, b) => a + b, 0);
  return { requests, errors: Math.min(requests, poisson(requests * errorRate, rand)), buckets };
}

/** Running totals after each minute (index 0: nothing yet), so any range is one subtraction. */
interface Totals {
  readonly requests: number;
  readonly errors: number;
  /** Cumulative over buckets (≤ le), the last for +Inf. */
  readonly cumulative: readonly number[];
}

function addMinute(prev: Totals, m: Minute): Totals {
  let acc = 0;
  const cumulative = m.buckets.map((c, j) => {
    acc += c;
    return (prev.cumulative[j] as number) + acc;
  });
  return { requests: prev.requests + m.requests, errors: prev.errors + m.errors, cumulative };
}

const NOTHING: Totals = {
  requests: 0,
  errors: 0,
  cumulative: new Array<number>(ISTIO_BUCKETS_MS.length + 1).fill(0),
};

/** The counts of minutes [from, to) from running totals. */
function sum(totals: readonly Totals[], from: number, to: number): EvidenceCounts {
  const a = totals[from] as Totals;
  const b = totals[to] as Totals;
  return {
    requests: b.requests - a.requests,
    errors: b.errors - a.errors,
    buckets: b.cumulative.map((c, j) => ({
      le: ISTIO_BUCKETS_MS[j] ?? Number.POSITIVE_INFINITY,
      count: c - (a.cumulative[j] as number),
    })),
  };
}

function versionOf(version: string, weight: number, c: EvidenceCounts, seconds: number): VersionMetrics {
  const has = c.requests > 0;
  return {
    version,
    weight,
    requests: c.requests,
    rps: c.requests / seconds,
    errors: c.errors,
    successRate: has ? (100 * (c.requests - c.errors)) / c.requests : undefined,
    p50Ms: has ? quantileFromBuckets(0.5, c.buckets) : undefined,
    p90Ms: has ? quantileFromBuckets(0.9, c.buckets) : undefined,
    p99Ms: has ? quantileFromBuckets(0.99, c.buckets) : undefined,
    buckets: c.buckets,
  };
}

/** The metrics collectMetrics would return at minute `t` of the step (window: the last 10 minutes). */
function metricsAt(baseline: readonly Totals[], canary: readonly Totals[], t: number): MetricsResult {
  const w = TRAFFIC.windowMinutes;
  const from = Math.max(0, t - w);
  const windowSeconds = w * 60;
  const at = 1_800_000_000 + t * 60;
  const b = sum(baseline, from, t);
  const c = sum(canary, from, t);
  return {
    ok: true,
    metrics: {
      service: "mnist",
      namespace: "kubeflow",
      host: "mnist",
      at,
      window: `${w}m`,
      windowSeconds,
      latencySource: "milliseconds",
      versions: [
        versionOf("v1", 100 - TRAFFIC.canaryWeight, b, windowSeconds),
        versionOf("v2", TRAFFIC.canaryWeight, c, windowSeconds),
      ],
      evidence: {
        from: "since",
        start: at - t * 60,
        seconds: t * 60,
        versions: { v1: sum(baseline, 0, t), v2: sum(canary, 0, t) },
      },
      timeline: {},
      queries: [],
    },
  };
}

/**
 * Today's rule on the window (before the judge), reproduced from the previous gate.ts for the
 * comparison only: fail when the canary's success rate is below `successRate` or its p99 above
 * `p99LatencyMs`, or when a one-sided z-test gives p < 0.05 and the canary is worse by more than
 * 0.1 pp (5xx) or 0.5 pp (share slower than the first bucket bound ≥ the baseline's p99).
 */
export function todayFails(baseline: VersionMetrics, canary: VersionMetrics, gate: GateConfig): boolean {
  if (canary.requests <= 0) return false;
  if ((canary.successRate ?? 100) < gate.successRate) return true;
  if ((canary.p99Ms ?? 0) > gate.p99LatencyMs) return true;
  if (baseline.requests <= 0) return false;
  const errors = twoProportionTest({
    x1: Math.min(canary.errors, canary.requests),
    n1: canary.requests,
    x2: Math.min(baseline.errors, baseline.requests),
    n2: baseline.requests,
    alternative: "greater",
  });
  if (errors && errors.pValue < 0.05 && errors.diff * 100 > 0.1) return true;
  const tail = slowerShareTest({ baseline: baseline.buckets, canary: canary.buckets });
  return tail.ok && tail.test.pValue < 0.05 && tail.test.diff * 100 > 0.5;
}

/** Minute of the first failing look (on the every-minute and the every-10-minutes schedules), per judge. */
export interface RolloutOutcome {
  readonly judge: { readonly everyMinute?: number; readonly every10?: number };
  readonly today: { readonly everyMinute?: number; readonly every10?: number };
  /** Looks judged, and how many of them failed, per judge (the single-look rate). */
  readonly looks: number;
  readonly judgeFailedLooks: number;
  readonly todayFailedLooks: number;
}

/**
 * One simulated step: Poisson traffic minute by minute ({@link TRAFFIC}), judged at every minute
 * by evaluateGate (the judge, evidence since the step started) and by today's rule on the same data
 * ({@link todayFails}). `stopAtFirst`: stop once
 * both judges have failed it (enough for detection figures).
 */
export function simulateRollout(params: {
  readonly scenario: Scenario;
  readonly gate: GateConfig;
  readonly rand: () => number;
  readonly stopAtFirst?: boolean;
}): RolloutOutcome {
  const { scenario, gate, rand } = params;
  const base = bucketProbabilities(TRAFFIC.medianMs, TRAFFIC.p99Ms, 1);
  const can = bucketProbabilities(TRAFFIC.medianMs, TRAFFIC.p99Ms, scenario.canaryLatencyScale);
  const rb = (TRAFFIC.rps * (100 - TRAFFIC.canaryWeight)) / 100;
  const rc = (TRAFFIC.rps * TRAFFIC.canaryWeight) / 100;
  const baseline: Totals[] = [NOTHING];
  const canary: Totals[] = [NOTHING];
  const judge: { everyMinute?: number; every10?: number } = {};
  const today: { everyMinute?: number; every10?: number } = {};
  let looks = 0;
  let judgeFailedLooks = 0;
  let todayFailedLooks = 0;
  for (let t = 1; t <= TRAFFIC.minutes; t++) {
    baseline.push(addMinute(baseline[t - 1] as Totals, minuteOf(rb, TRAFFIC.errorRate, base, rand)));
    canary.push(addMinute(canary[t - 1] as Totals, minuteOf(rc, scenario.canaryErrorRate, can, rand)));
    const metrics = metricsAt(baseline, canary, t);
    const verdict = evaluateGate({ metrics, stable: "v1", canary: "v2", gate });
    const [b, c] = metrics.ok ? metrics.metrics.versions : [];
    const todayFailsNow = b !== undefined && c !== undefined && todayFails(b, c, gate);
    const judgeFails = verdict.conclusion === "failure";
    looks++;
    if (judgeFails) judgeFailedLooks++;
    if (todayFailsNow) todayFailedLooks++;
    if (judgeFails && judge.everyMinute === undefined) judge.everyMinute = t;
    if (todayFailsNow && today.everyMinute === undefined) today.everyMinute = t;
    if (t % 10 === 0) {
      if (judgeFails && judge.every10 === undefined) judge.every10 = t;
      if (todayFailsNow && today.every10 === undefined) today.every10 = t;
    }
    if (params.stopAtFirst && judge.every10 !== undefined && today.every10 !== undefined) break;
  }
  return { judge, today, looks, judgeFailedLooks, todayFailedLooks };
}

/** Per judge and schedule: how many rollouts failed at some look, and the median minute of the first. */
export interface Tally {
  readonly rollouts: number;
  readonly judge: { readonly everyMinute: number; readonly every10: number };
  readonly today: { readonly everyMinute: number; readonly every10: number };
  /** Median minute of the first failing look over all rollouts (undetected count as never). */
  readonly judgeMedianMinute: { readonly everyMinute?: number; readonly every10?: number };
  readonly todayMedianMinute: { readonly everyMinute?: number; readonly every10?: number };
  /** Share of single looks that failed. */
  readonly judgePerLook: number;
  readonly todayPerLook: number;
}

/** Median of first-failure minutes, undefined (never) counting as later than any; undefined if ≥ half never. */
function medianMinute(firsts: readonly (number | undefined)[]): number | undefined {
  const sorted = firsts.map((f) => f ?? Number.POSITIVE_INFINITY).sort((a, b) => a - b);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.POSITIVE_INFINITY;
  return Number.isFinite(mid) ? mid : undefined;
}

/** `rollouts` simulated steps of `scenario` from one seed: deterministic. */
export function simulate(params: {
  readonly scenario: Scenario;
  readonly gate: GateConfig;
  readonly rollouts: number;
  readonly seed: number;
  readonly stopAtFirst?: boolean;
}): Tally {
  const rand = mulberry32(params.seed);
  const outcomes: RolloutOutcome[] = [];
  for (let i = 0; i < params.rollouts; i++)
    outcomes.push(
      simulateRollout({
        scenario: params.scenario,
        gate: params.gate,
        rand,
        ...(params.stopAtFirst ? { stopAtFirst: true } : {}),
      }),
    );
  const count = (f: (o: RolloutOutcome) => number | undefined) =>
    outcomes.filter((o) => f(o) !== undefined).length;
  const looks = outcomes.reduce((a, o) => a + o.looks, 0);
  const defined = <T>(x: T | undefined) => (x === undefined ? {} : x);
  const jm = medianMinute(outcomes.map((o) => o.judge.everyMinute));
  const j10 = medianMinute(outcomes.map((o) => o.judge.every10));
  const tm = medianMinute(outcomes.map((o) => o.today.everyMinute));
  const t10 = medianMinute(outcomes.map((o) => o.today.every10));
  return {
    rollouts: params.rollouts,
    judge: { everyMinute: count((o) => o.judge.everyMinute), every10: count((o) => o.judge.every10) },
    today: { everyMinute: count((o) => o.today.everyMinute), every10: count((o) => o.today.every10) },
    judgeMedianMinute: {
      ...defined(jm === undefined ? undefined : { everyMinute: jm }),
      ...defined(j10 === undefined ? undefined : { every10: j10 }),
    },
    todayMedianMinute: {
      ...defined(tm === undefined ? undefined : { everyMinute: tm }),
      ...defined(t10 === undefined ? undefined : { every10: t10 }),
    },
    judgePerLook: outcomes.reduce((a, o) => a + o.judgeFailedLooks, 0) / looks,
    todayPerLook: outcomes.reduce((a, o) => a + o.todayFailedLooks, 0) / looks,
  };
}

// ---- the section ------------------------------------------------------------------------------

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} % (${n} of ${of})`;
const minute = (m: number | undefined) => (m === undefined ? "never (most not caught)" : `${m} min`);

function aaRows(t: Tally): Row[] {
  return [
    {
      judge: "anytime-valid judge (evidence since the step started)",
      "failed at some look, every 10 min": pct(t.judge.every10, t.rollouts),
      "failed at some look, every minute": pct(t.judge.everyMinute, t.rollouts),
      "single look": `${(100 * t.judgePerLook).toFixed(2)} %`,
      goal: "≤ 5 % at every-minute looks",
    },
    {
      judge: "today: fixed 10m window, z-tests p < 0.05",
      "failed at some look, every 10 min": pct(t.today.every10, t.rollouts),
      "failed at some look, every minute": pct(t.today.everyMinute, t.rollouts),
      "single look": `${(100 * t.todayPerLook).toFixed(2)} %`,
      goal: "—",
    },
  ];
}

function abRows(t: Tally): Row[] {
  return [
    {
      judge: "anytime-valid judge",
      "caught within 2 h, every 10 min": pct(t.judge.every10, t.rollouts),
      "median time to catch, every 10 min": minute(t.judgeMedianMinute.every10),
      "caught within 2 h, every minute": pct(t.judge.everyMinute, t.rollouts),
      "median time to catch, every minute": minute(t.judgeMedianMinute.everyMinute),
      goal: "≥ 80 % within 2 h",
    },
    {
      judge: "today: fixed 10m window, z-tests",
      "caught within 2 h, every 10 min": pct(t.today.every10, t.rollouts),
      "median time to catch, every 10 min": minute(t.todayMedianMinute.every10),
      "caught within 2 h, every minute": pct(t.today.everyMinute, t.rollouts),
      "median time to catch, every minute": minute(t.todayMedianMinute.everyMinute),
      goal: "—",
    },
  ];
}

export function judgeSection(): Section {
  return {
    name: "judge",
    title: "false alarms and detection of the canary verdict, by simulation",
    async run(ctx): Promise<readonly Table[]> {
      const n = ctx.quick ? 100 : 1000;
      const traffic = `${TRAFFIC.rps} req/s, canary at ${TRAFFIC.canaryWeight} %, ${TRAFFIC.errorRate * 100} % 5xx, log-normal latency (median ${TRAFFIC.medianMs} ms, p99 ${TRAFFIC.p99Ms} ms) in Istio's default buckets, Poisson counts per minute, ${TRAFFIC.minutes} min step, window ${TRAFFIC.windowMinutes}m`;
      ctx.progress(`judge: ${n} A/A rollouts`);
      const aa = simulate({ scenario: AA, gate: DEFAULT_GATE, rollouts: n, seed: 1 });
      ctx.progress(`judge: ${n} A/A rollouts, tolerances 0`);
      // No tolerance: the canary sits exactly on the null's boundary, where the guarantee is tight.
      const strict = simulate({
        scenario: AA,
        gate: GateSchema.parse({ errorTolerance: 0, latencyTolerance: 0 }),
        rollouts: n,
        seed: 4,
      });
      ctx.progress(`judge: ${n} A/B rollouts (5xx)`);
      const errors = simulate({
        scenario: AB_ERRORS,
        gate: COMPARISON_ONLY_GATE,
        rollouts: n,
        seed: 2,
        stopAtFirst: true,
      });
      ctx.progress(`judge: ${n} A/B rollouts (latency)`);
      const latency = simulate({
        scenario: AB_LATENCY,
        gate: COMPARISON_ONLY_GATE,
        rollouts: n,
        seed: 3,
        stopAtFirst: true,
      });
      ctx.progress(`judge: ${n} A/B rollouts (smaller 5xx regression)`);
      const small = simulate({
        scenario: AB_ERRORS_SMALL,
        gate: COMPARISON_ONLY_GATE,
        rollouts: n,
        seed: 5,
        stopAtFirst: true,
      });
      return [
        {
          title: `${AA.name}: healthy canaries failed (false alarms), ${n} rollouts`,
          rows: [
            ...aaRows(aa),
            {
              judge: "the judge with errorTolerance and latencyTolerance 0 (other seed)",
              "failed at some look, every 10 min": pct(strict.judge.every10, strict.rollouts),
              "failed at some look, every minute": pct(strict.judge.everyMinute, strict.rollouts),
              "single look": `${(100 * strict.judgePerLook).toFixed(2)} %`,
              goal: "≤ 5 %: the guarantee without the tolerance's slack",
            },
          ],
          notes: [
            traffic,
            "Every default of policy.gate (alpha 0.05, tolerances 20 %, successRate 99, p99LatencyMs 500, minRequests 100).",
          ],
        },
        {
          title: `${AB_ERRORS.name}: regressions caught, ${n} rollouts`,
          rows: abRows(errors),
          notes: [
            "Absolute thresholds out of the way (successRate 50, p99LatencyMs 10,000,000): the comparison with the baseline alone.",
          ],
        },
        {
          title: `${AB_LATENCY.name}: regressions caught, ${n} rollouts`,
          rows: abRows(latency),
        },
        {
          title: `${AB_ERRORS_SMALL.name}: regressions caught, ${n} rollouts`,
          rows: abRows(small).map((r) => ({ ...r, goal: "— (no goal: where more time is needed)" })),
        },
      ];
    },
  };
}
