import { countsInConclusion, type MaybeCritical, nonCriticalNote } from "./checks/conclusion.js";
import type {
  ComparisonReport,
  EvidenceCounts,
  GateCheck,
  GateThresholds,
  GateVerdict,
  MetricsResult,
  MetricsUnavailable,
  MirrorRef,
  RatioJudgement,
  ServiceMetrics,
  VersionMetrics,
} from "./metrics.js";
import type { PolicyConfig } from "./schema.js";
import { judgeRatio, judgeShare, slowerThan, slowerThanTail } from "./stats.js";

/**
 * The metric gate: judges the canary's Istio metrics against `policy.gate` and against the
 * stable version (the baseline), and maps the result onto the `rollout/gate` check run. Pure.
 */

export type GateConfig = PolicyConfig["gate"];

/**
 * How many checks share `policy.gate.alpha` (Bonferroni): the success rate and p99 thresholds
 * and the two comparisons with the baseline (5xx rate, latency tail), each judged at α / 4, so
 * that together they fail a healthy canary by chance with probability at most about α.
 */
export const JUDGED = 4;

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

/** An e-value as people read it, after "e ": "= 0.42", "= 3.1", "= 1,520", "> 1,000,000". */
export function formatEvidence(e: number): string {
  if (!(e < 1e6)) return "> 1,000,000";
  if (e < 1) return e < 0.01 ? "< 0.01" : `= ${e.toPrecision(2)}`;
  if (e < 100) return `= ${e.toFixed(1)}`;
  return `= ${formatCount(e)}`;
}

/** The bar an e-value must reach (1/α): "40", "80", "33.3". */
export function formatNeeded(n: number): string {
  return Math.abs(n - Math.round(n)) < 1e-9 ? formatCount(n) : n.toPrecision(3);
}

/** A ratio of rates: "1.03×", "12×". */
export function formatRatio(r: number): string {
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×`;
}

/** A duration in words: "40 s", "45 min", "2 h", "2 h 5 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 120) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 120) return `${min} min`;
  const h = Math.floor(min / 60);
  const rest = min % 60;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

/** Unix seconds as "2026-12-01 12:00 UTC". */
export function formatUtc(t: number): string {
  return `${new Date(Math.round(t) * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** A probability as a percentage: 0.025 → "2.5 %". */
export function formatChance(p: number): string {
  return `${Number((p * 100).toPrecision(3))} %`;
}

/** 5xx count clamped to [0, requests]: the two are separate PromQL results and may disagree slightly. */
function errorsOf(v: Pick<VersionMetrics, "errors" | "requests">): number {
  return Math.min(Math.max(0, v.errors), Math.max(0, v.requests));
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
 * | success rate | ≥ gate.successRate | below it, with evidence e ≥ 1/α′ that > (100 − successRate) % fail | no requests, or below it without that evidence |
 * | p99 latency | ≤ gate.p99LatencyMs | above it, with evidence that > 1 % are slower than it | no latency data, or above it without that evidence |
 * | success rate vs baseline | e < 1/α′ | e ≥ 1/α′ that the canary's 5xx rate is > (1 + errorTolerance) × the baseline's | nothing to compare |
 * | tail latency vs baseline | e < 2/α′ at both bounds | e ≥ 2/α′ at the bound at or below the baseline's p99, or the next one above, that the canary's share slower is > (1 + latencyTolerance) × the baseline's | nothing to compare |
 *
 * α′ = gate.alpha / {@link JUDGED}. The comparisons judge `metrics.evidence` (every request since
 * the step's weights went live, when known; else the window), the thresholds the window. The
 * comparisons' evidence is anytime-valid ({@link judgeRatio}): a canary no worse than allowed
 * fails them with probability ≤ α′ however often it is judged. The thresholds' evidence
 * ({@link judgeShare}) is the same test on the window's counts: valid at each look, and strongly
 * conservative for a canary well inside them, but windows overlap, so it is not a bound over
 * looks (the simulation in bench/judge.ts measures the whole gate).
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
  const compared = comparisonChecks({
    subject,
    baseline,
    stable,
    canaryName,
    m,
    gate,
    mirror: mirror?.version,
  });
  const checks = [...absoluteChecks(subject, m, gate), ...compared.checks, ...(params.extraChecks ?? [])];
  const counted = checks.filter(countsInConclusion);
  const failed = counted.filter((c) => c.status === "fail").map((c) => c.name);
  const unsure = counted.filter((c) => c.status === "insufficient").map((c) => c.name);
  const against = canaryName !== undefined && canaryName !== stable ? ` against \`${stable}\`` : "";
  const scope = `\`${subjectName}\`${against} ${scopeWords(m)}`;
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
    ...(compared.report ? { comparison: compared.report } : {}),
    thresholds: thresholdsOf(gate),
  };
}

/** What the checks looked at: "over the last 10m", plus where the comparisons started when known. */
function scopeWords(m: ServiceMetrics): string {
  const e = m.evidence;
  if (e === undefined || e.from === "window") return `over the last ${m.window}`;
  return `over the last ${m.window} (comparisons: since the step started ${formatDuration(e.seconds)} ago)`;
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
    const sure = judgeShare({
      bad: errorsOf(v),
      total: v.requests,
      limit: 1 - gate.successRate / 100,
      alphaEach: gate.alpha / JUDGED,
    });
    if (sr < gate.successRate && sure?.worse)
      checks.push({
        name: CHECK_NAMES.successRate,
        status: "fail",
        detail: `${name} ${rate} < ${formatThreshold(gate.successRate)} required (${errors}); evidence e ${formatEvidence(sure.evidence)}, past the ${formatNeeded(sure.needed)} needed.`,
      });
    else if (sr < gate.successRate)
      checks.push({
        name: CHECK_NAMES.successRate,
        status: "insufficient",
        detail: `${name} ${rate} < ${formatThreshold(gate.successRate)} required (${errors}), but on so few requests this is not yet evidence: e ${formatEvidence(sure?.evidence ?? 1)} of the ${formatNeeded(sure?.needed ?? 1 / (gate.alpha / JUDGED))} needed to fail.`,
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
    // p99 above the limit means more than 1 % of requests slower than it: weigh that share.
    const slow = slowerThan(v.buckets, gate.p99LatencyMs);
    const sure =
      slow === undefined
        ? undefined
        : judgeShare({ bad: slow.slower, total: slow.total, limit: 0.01, alphaEach: gate.alpha / JUDGED });
    const share =
      slow === undefined
        ? ""
        : ` (${formatCount(slow.slower)} of ${formatCount(slow.total)} requests slower than ${limit}, interpolated within its bucket)`;
    // The limit beyond every finite bucket bound: nothing to weigh, the p99 alone decides.
    checks.push(
      sure === undefined || sure.worse
        ? {
            name: CHECK_NAMES.p99,
            status: "fail",
            detail: `${name} p99 ${formatMs(p99)} > ${limit} allowed${share}${sure ? `; evidence e ${formatEvidence(sure.evidence)}, past the ${formatNeeded(sure.needed)} needed` : ""}.`,
          }
        : {
            name: CHECK_NAMES.p99,
            status: "insufficient",
            detail: `${name} p99 ${formatMs(p99)} > ${limit} allowed${share}, but on so few requests this is not yet evidence: e ${formatEvidence(sure.evidence)} of the ${formatNeeded(sure.needed)} needed to fail.`,
          },
    );
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

/** Evidence counts of a version: the evidence range's, else the window's own. */
function evidenceFor(m: ServiceMetrics, v: VersionMetrics): EvidenceCounts {
  return (
    m.evidence?.versions[v.version] ?? {
      requests: v.requests,
      errors: v.errors,
      buckets: v.buckets,
    }
  );
}

/** "since the step started 45 min ago (2026-12-01 12:00 UTC)", or the window when no start was known. */
function rangeWords(m: ServiceMetrics): string {
  const e = m.evidence;
  if (e === undefined || e.from === "window")
    return `in the last ${m.window} (step start unknown: the window is the evidence)`;
  return `since the step started ${formatDuration(e.seconds)} ago (${formatUtc(e.start)})`;
}

function comparisonChecks(params: {
  readonly subject: VersionMetrics;
  readonly baseline: VersionMetrics | undefined;
  readonly stable: string;
  readonly canaryName: string | undefined;
  readonly m: ServiceMetrics;
  readonly gate: GateConfig;
  readonly mirror: string | undefined;
}): { readonly checks: GateCheck[]; readonly report?: ComparisonReport } {
  const { subject, baseline, stable, canaryName, m, gate, mirror } = params;
  const both = (detail: string) => ({
    checks: [
      { name: CHECK_NAMES.successVsBaseline, status: "insufficient", detail },
      { name: CHECK_NAMES.tailVsBaseline, status: "insufficient", detail },
    ] satisfies GateCheck[],
  });
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
  const range = rangeWords(m);
  const can = evidenceFor(m, subject);
  const base = baseline === undefined ? undefined : evidenceFor(m, baseline);
  if (base === undefined || base.requests <= 0)
    return both(
      `The baseline \`${stable}\` (stable) had no requests ${range}, so there is nothing to compare \`${canaryName}\` with.`,
    );
  if (can.requests <= 0)
    return both(`\`${canaryName}\` had no requests ${range}, so there is nothing to compare.`);

  const c = `\`${canaryName}\``;
  const b = `\`${stable}\``;
  const alphaEach = gate.alpha / JUDGED;
  const enough = can.requests >= gate.minRequests && base.requests >= gate.minRequests;
  const tooFew = ` Fewer than ${formatCount(gate.minRequests)} requests on ${
    can.requests < gate.minRequests ? c : b
  } are too few to pass.`;
  const judgeWith = (
    canary: { bad: number; total: number },
    baseline: { bad: number; total: number },
    tolerancePercent: number,
  ) =>
    judgeRatio({
      canary,
      baseline,
      tolerance: tolerancePercent / 100,
      alphaEach,
      boundAlpha: gate.alpha,
    }) as RatioJudgement; // both totals > 0
  const checks: GateCheck[] = [];

  const errors = judgeWith(
    { bad: errorsOf(can), total: can.requests },
    { bad: errorsOf(base), total: base.requests },
    gate.errorTolerance,
  );
  checks.push(
    judged({
      name: CHECK_NAMES.successVsBaseline,
      j: errors,
      what: "5xx rate",
      counted: `${c} ${formatPercent((errors.canary.bad / errors.canary.total) * 100)} 5xx (${formatCount(errors.canary.bad)} of ${formatCount(errors.canary.total)}) vs ${b} ${formatPercent((errors.baseline.bad / errors.baseline.total) * 100)} (${formatCount(errors.baseline.bad)} of ${formatCount(errors.baseline.total)}) ${range}`,
      c,
      b,
      tolerance: gate.errorTolerance,
      alphaEach,
      alpha: gate.alpha,
      enough,
      tooFew,
    }),
  );

  const tail = slowerThanTail({ baseline: base.buckets, canary: can.buckets });
  let tailReport: ComparisonReport["tail"];
  if (!tail.ok) {
    checks.push({
      name: CHECK_NAMES.tailVsBaseline,
      status: "insufficient",
      detail: `Cannot compare latency tails ${range}: ${tail.message}${m.latencySource === "none" ? " (no latency metric had data)" : ""}.`,
    });
  } else {
    // Two bounds share this comparison's α (Bonferroni again); the one with more evidence speaks.
    const each = alphaEach / tail.at.length;
    const all = tail.at.map((at) => ({
      at,
      j: judgeRatio({
        canary: at.canary,
        baseline: at.baseline,
        tolerance: gate.latencyTolerance / 100,
        alphaEach: each,
        boundAlpha: gate.alpha,
      }) as RatioJudgement, // both totals > 0
    }));
    const worst = all.reduce((w, x) => (x.j.evidence > w.j.evidence ? x : w));
    const { at, j: t } = worst;
    tailReport = {
      ...t,
      tolerance: gate.latencyTolerance,
      boundMs: at.boundMs,
      baselineP99Ms: tail.baselineP99Ms,
    };
    const where =
      tail.baselineP99Ms === undefined
        ? ""
        : ` (the bucket bound ${at.position === "below" ? "at or below" : "above"} ${b}'s p99 of ${formatMs(tail.baselineP99Ms)})`;
    const others = all
      .filter((x) => x !== worst)
      .map((x) => ` Also compared slower than ${formatMs(x.at.boundMs)}: e ${formatEvidence(x.j.evidence)}.`)
      .join("");
    const check = judged({
      name: CHECK_NAMES.tailVsBaseline,
      j: t,
      what: `share of requests slower than ${formatMs(at.boundMs)}`,
      counted: `Slower than ${formatMs(at.boundMs)}${where}: ${c} ${formatPercent((t.canary.bad / t.canary.total) * 100)} (${formatCount(t.canary.bad)} of ${formatCount(t.canary.total)}) vs ${b} ${formatPercent((t.baseline.bad / t.baseline.total) * 100)} (${formatCount(t.baseline.bad)} of ${formatCount(t.baseline.total)}) ${range}`,
      c,
      b,
      tolerance: gate.latencyTolerance,
      alphaEach: each,
      alpha: gate.alpha,
      enough,
      tooFew,
    });
    checks.push({ ...check, detail: `${check.detail}${others}` });
  }
  const e = m.evidence;
  return {
    checks,
    report: {
      from: e?.from ?? "window",
      start: e?.start ?? m.at - m.windowSeconds,
      seconds: e?.seconds ?? m.windowSeconds,
      alpha: gate.alpha,
      alphaEach,
      errors: { ...errors, tolerance: gate.errorTolerance },
      ...(tailReport ? { tail: tailReport } : {}),
    },
  };
}

/**
 * One comparison in words: what was counted, the evidence against the canary and the bar, and
 * how sure the verdict is. Fails on the evidence alone (even on few requests: a real
 * regression is real however little traffic showed it); passes only with enough requests.
 */
function judged(params: {
  readonly name: string;
  readonly j: RatioJudgement;
  /** "5xx rate", "share of requests slower than 250 ms". */
  readonly what: string;
  readonly counted: string;
  readonly c: string;
  readonly b: string;
  readonly tolerance: number;
  readonly alphaEach: number;
  readonly alpha: number;
  readonly enough: boolean;
  readonly tooFew: string;
}): GateCheck {
  const { name, j, what, counted, c, b, tolerance, alphaEach, alpha, enough, tooFew } = params;
  const limit = formatRatio(1 + tolerance / 100);
  const ratio =
    j.ratio === undefined ? (j.canary.bad > 0 ? "" : ": none on either") : `: ${formatRatio(j.ratio)}`;
  const head = `${counted}${ratio}.`;
  const question = `Evidence that ${c}'s ${what} is more than ${limit} ${b}'s`;
  if (j.worse)
    return {
      name,
      status: "fail",
      detail: `${head} ${question}: e ${formatEvidence(j.evidence)}, past the ${formatNeeded(j.needed)} needed to fail. A canary no worse than ${limit} gets this far by chance with probability below ${formatChance(alphaEach)}, however often it is judged.`,
    };
  const bound =
    j.upperRatio === undefined
      ? ` Too few ${what === "5xx rate" ? "5xx" : "slow requests"} yet to bound how much worse ${c} could be.`
      : ` With ${formatChance(1 - alpha)} confidence ${c}'s ${what} is at most ${formatRatio(j.upperRatio)} ${b}'s.`;
  const detail = `${head} ${question}: e ${formatEvidence(j.evidence)} of the ${formatNeeded(j.needed)} needed to fail.${bound}`;
  return enough
    ? { name, status: "pass", detail }
    : { name, status: "insufficient", detail: `${detail}${tooFew}` };
}
