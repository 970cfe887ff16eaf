import { countsInConclusion, type MaybeCritical, nonCriticalNote } from "./checks/conclusion.js";
import type {
  GateCheck,
  GateThresholds,
  GateVerdict,
  MetricsResult,
  MetricsUnavailable,
  MirrorRef,
  ServiceMetrics,
  VersionMetrics,
} from "./metrics.js";
import type { PolicyConfig } from "./schema.js";
import {
  type SlowerShareResult,
  slowerShareTest,
  type TwoProportionResult,
  twoProportionTest,
} from "./stats.js";

/**
 * The metric gate: judges the canary's Istio metrics against `policy.gate` and against the
 * stable version (the baseline), and maps the result onto the `rollout/gate` check run. Pure.
 */

export type GateConfig = PolicyConfig["gate"];

/**
 * Rules of the comparisons with the baseline. A comparison fails only when the canary is
 * significantly worse (one-sided p < `alpha`) AND worse by more than the margin, so a huge sample
 * cannot fail the gate over a difference nobody would notice.
 */
export const COMPARISON = {
  alpha: 0.05,
  /** Canary error rate minus baseline error rate, in percentage points. */
  errorMarginPp: 0.1,
  /** Canary share of requests slower than the tail bound minus the baseline's, in percentage points. */
  tailMarginPp: 0.5,
} as const;

/** Names of the checks, in the order a verdict lists them. */
export const CHECK_NAMES = {
  traffic: "traffic",
  successRate: "success rate",
  p99: "p99 latency",
  successVsBaseline: "success rate vs baseline",
  tailVsBaseline: "tail latency vs baseline",
  metrics: "metrics",
} as const;

// ---- formatting shared with the summary -------------------------------------------------------

/** A count as people read it: 12,345; fractional counts (Prometheus extrapolates) below 10 keep one decimal. */
export function formatCount(n: number): string {
  if (n > 0 && n < 10 && !Number.isInteger(n)) return n.toFixed(1);
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * A percentage with two decimals, and more (up to six) when two would make it look equal to one
 * of `avoid`, so "99.996 %" never shows as "100.00 %" and a value just under a threshold never
 * shows as the threshold.
 */
export function formatPercent(x: number, avoid: readonly number[] = []): string {
  const clash = (s: string) => [0, 100, ...avoid].find((a) => a !== x && Number(s) === a);
  let d = 2;
  let s = x.toFixed(d);
  while (d < 6 && clash(s) !== undefined) s = x.toFixed(++d);
  const a = clash(s);
  // Still equal at six decimals: round towards x's side of the value it must not look like.
  if (a !== undefined) s = ((x < a ? Math.floor : Math.ceil)(x * 1e6) / 1e6).toFixed(6);
  return `${s} %`;
}

/** A threshold as configured: 99 → "99 %", 99.5 → "99.5 %". */
export function formatThreshold(x: number): string {
  return `${x} %`;
}

/** Milliseconds: 3 significant-ish digits (4.25 ms, 42.5 ms, 425 ms, 4250 ms). */
export function formatMs(ms: number): string {
  return `${formatMsNumber(ms)} ms`;
}

export function formatMsNumber(ms: number): string {
  if (!Number.isFinite(ms)) return ms > 0 ? "∞" : "−∞";
  const a = Math.abs(ms);
  const s = a >= 100 ? ms.toFixed(0) : a >= 10 ? ms.toFixed(1) : ms.toFixed(2);
  return s.replace("-", "−");
}

/** A signed difference in percentage points: "+1.25 pp", "−0.40 pp", "0.00 pp". */
export function formatPp(pp: number): string {
  const s = Math.abs(pp).toFixed(2);
  if (Number(s) === 0) return `${pp === 0 ? "" : pp > 0 ? "+" : "−"}${s} pp`;
  return `${pp > 0 ? "+" : "−"}${s} pp`;
}

/** "p < 0.001" or "p = 0.042". */
export function formatP(p: number): string {
  return p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
}

// ---- comparisons ------------------------------------------------------------------------------

/** 5xx count clamped to [0, requests]: the two are separate PromQL results and may disagree slightly. */
function errorsOf(v: VersionMetrics): number {
  return Math.min(Math.max(0, v.errors), Math.max(0, v.requests));
}

/**
 * One-sided two-proportion z-test "the canary's 5xx rate is higher than the baseline's"
 * (group 1 = canary errors / requests, group 2 = baseline). `undefined` without requests on a side.
 */
export function compareErrorRates(params: {
  readonly baseline: VersionMetrics;
  readonly canary: VersionMetrics;
}): TwoProportionResult | undefined {
  const { baseline, canary } = params;
  return twoProportionTest({
    x1: errorsOf(canary),
    n1: Math.max(0, canary.requests),
    x2: errorsOf(baseline),
    n2: Math.max(0, baseline.requests),
    alternative: "greater",
  });
}

/** {@link slowerShareTest} at the first bucket bound ≥ the baseline's p99. */
export function compareTails(params: {
  readonly baseline: VersionMetrics;
  readonly canary: VersionMetrics;
}): SlowerShareResult {
  return slowerShareTest({ baseline: params.baseline.buckets, canary: params.canary.buckets });
}

/** Significant at {@link COMPARISON}.alpha. */
export function isSignificant(test: TwoProportionResult): boolean {
  return test.pValue < COMPARISON.alpha;
}

/** Significantly worse AND by more than `marginPp` percentage points: the rule that fails a comparison. */
export function isWorse(test: TwoProportionResult, marginPp: number): boolean {
  return isSignificant(test) && test.diff * 100 > marginPp;
}

// ---- the gate ---------------------------------------------------------------------------------

/** What an unavailable reason means, as a sentence start: "Prometheus timed out". */
export const UNAVAILABLE_WORDS: Readonly<Record<MetricsUnavailable["reason"], string>> = {
  unreachable: "Prometheus was unreachable",
  timeout: "Prometheus timed out",
  error: "Prometheus returned an error",
  "bad-response": "Prometheus sent a response rollout-bot could not read",
};

/**
 * The version's metrics with anything not a finite number made harmless: counts and rates to 0,
 * percentages and quantiles to `undefined` (e.g. a 0/0 success rate that arrived as NaN), buckets
 * without a bound or count dropped. A NaN must never slip past a threshold comparison.
 */
export function cleanVersion(v: VersionMetrics): VersionMetrics {
  const count = (x: number) => (Number.isFinite(x) && x > 0 ? x : 0);
  const value = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x : undefined);
  return {
    ...v,
    weight: count(v.weight),
    requests: count(v.requests),
    rps: count(v.rps),
    errors: count(v.errors),
    successRate: value(v.successRate),
    p50Ms: value(v.p50Ms),
    p90Ms: value(v.p90Ms),
    p99Ms: value(v.p99Ms),
    buckets: v.buckets.filter((b) => !Number.isNaN(b.le) && Number.isFinite(b.count)),
  };
}

function noMetrics(version: string): VersionMetrics {
  return {
    version,
    weight: 0,
    requests: 0,
    rps: 0,
    errors: 0,
    successRate: undefined,
    p50Ms: undefined,
    p90Ms: undefined,
    p99Ms: undefined,
    buckets: [],
  };
}

/**
 * The version being rolled out when the caller does not say: the non-stable version with the
 * most requests in the window (ties: higher weight, then listing order); `undefined` when only
 * the stable version is listed. The mirrored version (`mirror`) is skipped: its requests are
 * shadow copies, not live traffic.
 */
export function pickCanary(
  versions: readonly VersionMetrics[],
  stable: string,
  mirror?: string,
): string | undefined {
  let best: VersionMetrics | undefined;
  for (const v of versions) {
    if (v.version === stable || v.version === mirror) continue;
    if (
      best === undefined ||
      v.requests > best.requests ||
      (v.requests === best.requests && v.weight > best.weight)
    )
      best = v;
  }
  return best?.version;
}

/**
 * Judges the canary against `gate` and the stable version (the baseline):
 *
 * | check | pass | fail | insufficient |
 * | --- | --- | --- | --- |
 * | traffic | requests ≥ minRequests (and > 0) | — | fewer, or none |
 * | success rate | ≥ gate.successRate | below it | no requests |
 * | p99 latency | ≤ gate.p99LatencyMs | above it | no latency data |
 * | success rate vs baseline | not worse | one-sided p < 0.05 and > 0.1 pp more errors | nothing to compare |
 * | tail latency vs baseline | not worse | one-sided p < 0.05 and > 0.5 pp more requests slower than the bucket bound at the baseline's p99 | nothing to compare |
 *
 * Below `minRequests` (canary or baseline) a check can fail but never pass: what would have
 * passed is `insufficient`. Conclusion: any fail → failure; else any insufficient → neutral; else
 * success. Without metrics (`ok: false`) the conclusion follows `gate.onMissingMetrics` (failure
 * or neutral), never success. The canary is `canary`, or {@link pickCanary}; with only the
 * stable version the absolute checks judge it and the comparisons are insufficient. The
 * mirrored version (`mirror`, from the service's config) is never the canary, even when named:
 * its requests are shadow copies, so it is neither judged nor compared with the baseline.
 */
export function evaluateGate(params: {
  readonly metrics: MetricsResult;
  readonly stable: string;
  readonly canary?: string;
  readonly gate: GateConfig;
  /** The service's `mirror`, when it has one. */
  readonly mirror?: MirrorRef;
  /** Custom checks (policy.gate.checks), appended; a non-critical one never changes the conclusion. */
  readonly extraChecks?: readonly MaybeCritical[];
}): GateVerdict {
  const { metrics, stable, gate } = params;
  const mirror = params.mirror;
  const shadow = mirror ? { mirror: { version: mirror.version, percent: mirror.percent } } : {};
  const named = params.canary === mirror?.version ? undefined : params.canary;
  if (!metrics.ok) {
    const conclusion = gate.onMissingMetrics === "neutral" ? "neutral" : "failure";
    const what = UNAVAILABLE_WORDS[metrics.reason];
    const message = metrics.message.trim().replace(/\s+/g, " ");
    const said = message === "" ? "" : `: ${message}`;
    return {
      conclusion,
      summary: `No metrics: ${what}${said}. With \`policy.gate.onMissingMetrics: ${gate.onMissingMetrics}\` the gate concludes ${conclusion}; it never passes without metrics.`,
      checks: [
        {
          name: CHECK_NAMES.metrics,
          status: conclusion === "failure" ? "fail" : "insufficient",
          detail: `${what} (${metrics.reason})${said}.`,
        },
        ...(params.extraChecks ?? []),
      ],
      baseline: stable,
      canary: named,
      ...shadow,
      thresholds: thresholdsOf(gate),
    };
  }
  const m = { ...metrics.metrics, versions: metrics.metrics.versions.map(cleanVersion) };
  const canaryName = named ?? pickCanary(m.versions, stable, mirror?.version);
  const subjectName = canaryName ?? stable;
  const subject = m.versions.find((v) => v.version === subjectName) ?? noMetrics(subjectName);
  const baseline = m.versions.find((v) => v.version === stable);
  const checks = [
    ...absoluteChecks(subject, m, gate),
    ...comparisonChecks({ subject, baseline, stable, canaryName, m, gate, mirror: mirror?.version }),
    ...(params.extraChecks ?? []),
  ];
  const counted = checks.filter(countsInConclusion);
  const failed = counted.filter((c) => c.status === "fail").map((c) => c.name);
  const unsure = counted.filter((c) => c.status === "insufficient").map((c) => c.name);
  const against = canaryName !== undefined && canaryName !== stable ? ` against \`${stable}\`` : "";
  const scope = `\`${subjectName}\`${against} over the last ${m.window}`;
  const conclusion = failed.length > 0 ? "failure" : unsure.length > 0 ? "neutral" : "success";
  const summary =
    conclusion === "failure"
      ? `Failed ${failed.join(", ")}: ${scope}.${unsure.length > 0 ? ` Not enough data for ${unsure.join(", ")}.` : ""}`
      : conclusion === "neutral"
        ? `Not enough data for ${unsure.join(", ")}: ${scope}. Nothing failed.`
        : `All ${counted.length} checks passed: ${scope}.`;
  return {
    conclusion,
    summary: summary + nonCriticalNote(checks),
    checks,
    baseline: stable,
    canary: canaryName,
    ...shadow,
    thresholds: thresholdsOf(gate),
  };
}

function thresholdsOf(gate: GateConfig): GateThresholds {
  return { minRequests: gate.minRequests, successRate: gate.successRate, p99LatencyMs: gate.p99LatencyMs };
}

function absoluteChecks(v: VersionMetrics, m: ServiceMetrics, gate: GateConfig): GateCheck[] {
  const name = `\`${v.version}\``;
  const window = `the last ${m.window}`;
  const needed = Math.max(1, gate.minRequests);
  const enough = v.requests > 0 && v.requests >= gate.minRequests;
  const few = `only ${formatCount(v.requests)} requests, fewer than the ${formatCount(needed)} needed to pass`;
  const checks: GateCheck[] = [];

  checks.push(
    v.requests <= 0
      ? {
          name: CHECK_NAMES.traffic,
          status: "insufficient",
          detail: `${name} had no requests in ${window}; at least ${formatCount(needed)} are needed.`,
        }
      : enough
        ? {
            name: CHECK_NAMES.traffic,
            status: "pass",
            detail: `${name} had ${formatCount(v.requests)} requests in ${window} (≥ ${formatCount(gate.minRequests)} needed).`,
          }
        : {
            name: CHECK_NAMES.traffic,
            status: "insufficient",
            detail: `${name} had ${formatCount(v.requests)} requests in ${window}, fewer than the ${formatCount(needed)} needed.`,
          },
  );

  const sr = v.successRate;
  if (sr === undefined || v.requests <= 0) {
    checks.push({
      name: CHECK_NAMES.successRate,
      status: "insufficient",
      detail: `${name} had no requests in ${window}, so no success rate to compare with ${formatThreshold(gate.successRate)}.`,
    });
  } else {
    const rate = formatPercent(sr, [gate.successRate]);
    const errors = `${formatCount(errorsOf(v))} of ${formatCount(v.requests)} requests were 5xx`;
    if (sr < gate.successRate)
      checks.push({
        name: CHECK_NAMES.successRate,
        status: "fail",
        detail: `${name} ${rate} < ${formatThreshold(gate.successRate)} required (${errors}).`,
      });
    else
      checks.push({
        name: CHECK_NAMES.successRate,
        status: enough ? "pass" : "insufficient",
        detail: enough
          ? `${name} ${rate} ≥ ${formatThreshold(gate.successRate)} required (${errors}).`
          : `${name} ${rate} ≥ ${formatThreshold(gate.successRate)} required, but on ${few}.`,
      });
  }

  const p99 = v.p99Ms;
  const limit = formatMs(gate.p99LatencyMs);
  if (v.requests <= 0) {
    checks.push({
      name: CHECK_NAMES.p99,
      status: "insufficient",
      detail: `${name} had no requests in ${window}, so no p99 to compare with ${limit}.`,
    });
  } else if (p99 === undefined || m.latencySource === "none") {
    checks.push({
      name: CHECK_NAMES.p99,
      status: "insufficient",
      detail: `No latency data for ${name}: neither istio_request_duration_milliseconds nor istio_request_duration_seconds had buckets in ${window}.`,
    });
  } else if (p99 > gate.p99LatencyMs) {
    checks.push({
      name: CHECK_NAMES.p99,
      status: "fail",
      detail: `${name} p99 ${formatMs(p99)} > ${limit} allowed.`,
    });
  } else {
    checks.push({
      name: CHECK_NAMES.p99,
      status: enough ? "pass" : "insufficient",
      detail: enough
        ? `${name} p99 ${formatMs(p99)} ≤ ${limit} allowed.`
        : `${name} p99 ${formatMs(p99)} ≤ ${limit} allowed, but on ${few}.`,
    });
  }
  return checks;
}

function comparisonChecks(params: {
  readonly subject: VersionMetrics;
  readonly baseline: VersionMetrics | undefined;
  readonly stable: string;
  readonly canaryName: string | undefined;
  readonly m: ServiceMetrics;
  readonly gate: GateConfig;
  readonly mirror: string | undefined;
}): GateCheck[] {
  const { subject, baseline, stable, canaryName, m, gate, mirror } = params;
  const both = (detail: string): GateCheck[] => [
    { name: CHECK_NAMES.successVsBaseline, status: "insufficient", detail },
    { name: CHECK_NAMES.tailVsBaseline, status: "insufficient", detail },
  ];
  if (canaryName === undefined && mirror !== undefined && m.versions.some((v) => v.version === mirror))
    return both(
      `\`${mirror}\` only receives mirrored copies (shadow traffic), which are not compared; there is no other version serving live traffic to compare \`${stable}\` with.`,
    );
  if (canaryName === undefined)
    return both(
      `Only the stable version \`${stable}\` is listed; there is no other version to compare it with.`,
    );
  if (canaryName === stable)
    return both(`\`${stable}\` is the stable version itself; there is no other version to compare it with.`);
  if (baseline === undefined || baseline.requests <= 0)
    return both(
      `The baseline \`${stable}\` (stable) had no requests in the last ${m.window}, so there is nothing to compare \`${canaryName}\` with.`,
    );
  if (subject.requests <= 0)
    return both(`\`${canaryName}\` had no requests in the last ${m.window}, so there is nothing to compare.`);

  const c = `\`${canaryName}\``;
  const b = `\`${stable}\``;
  const enough = subject.requests >= gate.minRequests && baseline.requests >= gate.minRequests;
  const tooFew = `, but fewer than ${formatCount(gate.minRequests)} requests on ${
    subject.requests < gate.minRequests ? c : b
  } are too few to pass`;
  const checks: GateCheck[] = [];

  const t = compareErrorRates({ baseline, canary: subject }) as TwoProportionResult; // both > 0 requests
  const errors = `${c} ${formatPercent(t.p1 * 100)} 5xx (${formatCount(errorsOf(subject))} of ${formatCount(subject.requests)}) vs ${b} ${formatPercent(t.p2 * 100)} (${formatCount(errorsOf(baseline))} of ${formatCount(baseline.requests)}): ${formatPp(t.diff * 100)}, ${formatP(t.pValue)}`;
  checks.push(
    judge({
      name: CHECK_NAMES.successVsBaseline,
      test: t,
      marginPp: COMPARISON.errorMarginPp,
      compared: errors,
      worse: "more errors",
      enough,
      tooFew,
    }),
  );

  const tail = compareTails({ baseline, canary: subject });
  if (!tail.ok) {
    checks.push({
      name: CHECK_NAMES.tailVsBaseline,
      status: "insufficient",
      detail: `Cannot compare latency tails: ${tail.message}${m.latencySource === "none" ? " (no latency metric had data)" : ""}.`,
    });
  } else {
    const at =
      tail.baselineP99Ms !== undefined
        ? `, the first bucket bound ≥ ${b}'s p99 of ${formatMs(tail.baselineP99Ms)}`
        : "";
    const compared = `Slower than ${formatMs(tail.boundMs)}${at}: ${c} ${formatPercent(tail.canary.share * 100)} (${formatCount(tail.canary.slower)} of ${formatCount(tail.canary.total)}) vs ${b} ${formatPercent(tail.baseline.share * 100)} (${formatCount(tail.baseline.slower)} of ${formatCount(tail.baseline.total)}): ${formatPp(tail.test.diff * 100)}, ${formatP(tail.test.pValue)}`;
    checks.push(
      judge({
        name: CHECK_NAMES.tailVsBaseline,
        test: tail.test,
        marginPp: COMPARISON.tailMarginPp,
        compared,
        worse: "more slow requests",
        enough,
        tooFew,
      }),
    );
  }
  return checks;
}

function judge(params: {
  readonly name: string;
  readonly test: TwoProportionResult;
  readonly marginPp: number;
  readonly compared: string;
  readonly worse: string;
  readonly enough: boolean;
  readonly tooFew: string;
}): GateCheck {
  const { name, test, marginPp, compared, worse, enough, tooFew } = params;
  const method = "one-sided two-proportion z-test";
  if (isWorse(test, marginPp))
    return {
      name,
      status: "fail",
      detail: `${compared} (${method}): significantly worse, by more than the ${marginPp} pp margin.`,
    };
  const why = !isSignificant(test)
    ? "not significantly worse"
    : `significantly ${worse}, but within the ${marginPp} pp margin`;
  return enough
    ? { name, status: "pass", detail: `${compared} (${method}): ${why}.` }
    : { name, status: "insufficient", detail: `${compared} (${method}): ${why}${tooFew}.` };
}
