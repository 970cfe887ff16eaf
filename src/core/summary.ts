import { countsInConclusion } from "./checks/conclusion.js";
import {
  CHECK_NAMES,
  cleanVersion,
  formatChance,
  formatCount,
  formatDuration,
  formatEvidence,
  formatMs,
  formatMsNumber,
  formatNeeded,
  formatPercent,
  formatPp,
  formatRatio,
  UNAVAILABLE_WORDS,
} from "./gate.js";
import { code, fenced, table } from "./markdown.js";
import type {
  CheckStatus,
  ComparisonReport,
  GateVerdict,
  MetricsResult,
  RanQuery,
  RatioJudgement,
  ServiceMetrics,
  TimelinePoint,
} from "./metrics.js";

/**
 * The metrics comment on a rollout PR (sticky: found again by its first line) and the output of
 * the `rollout/gate` check run. Pure: Markdown in GitHub's flavour, mermaid charts GitHub renders.
 */

/** The check run's name; branch protection requires it. */
export const CHECK_RUN_NAME = "rollout/gate";

/** Grafana's standard Istio Service Dashboard (grafana.com dashboard 7636). */
export const ISTIO_SERVICE_DASHBOARD = { uid: "LJ_uJAvmk", slug: "istio-service-dashboard" } as const;

/** Points per chart at most; more are merged. */
export const MAX_CHART_POINTS = 60;

/** GitHub's limit for a comment body and for a check run's summary and text (characters; we count UTF-8 bytes, which is stricter). */
export const GITHUB_TEXT_LIMIT = 65535;

/** The hidden first line of the metrics comment, to find and update it. */
export function metricsMarker(service: string): string {
  return `<!-- rollout-bot:metrics service=${service} -->`;
}

const STATUS_ICON: Record<CheckStatus, string> = { pass: "✅", fail: "❌", insufficient: "⚪" };
const CONCLUSION_HEAD: Record<GateVerdict["conclusion"], string> = {
  success: "✅ `rollout/gate` passed",
  failure: "❌ `rollout/gate` failed",
  neutral: "⚪ `rollout/gate` neutral",
};

// ---- Markdown helpers (the house style of messages.ts) ----------------------------------------

/** `2024-05-01 10:10 UTC` */
function utc(t: number): string {
  return `${new Date(t * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** `2024-05-01 10:00 to 10:10 UTC`, or both dates when they differ. */
function timeRange(from: number, to: number): string {
  const a = utc(from);
  const b = utc(to);
  return a.slice(0, 10) === b.slice(0, 10) ? `${a.slice(0, 16)} to ${b.slice(11)}` : `${a} to ${b}`;
}

/** `2024-05-01T10:10:00Z` */
function isoSeconds(t: number): string {
  return `${new Date(t * 1000).toISOString().slice(0, 19)}Z`;
}

function signed(n: number, digits: (x: number) => string): string {
  const s = digits(Math.abs(n));
  if (Number(s.replace(/[^0-9.]/g, "")) === 0) return s;
  return `${n > 0 ? "+" : "−"}${s}`;
}

function rpsText(rps: number): string {
  return rps >= 100 ? rps.toFixed(0) : rps >= 10 ? rps.toFixed(1) : rps.toFixed(2);
}

// ---- Grafana ----------------------------------------------------------------------------------

/**
 * The Istio Service Dashboard for `host.namespace.svc.cluster.local` over [from, to] (unix
 * seconds). Keeps Grafana's base path (`https://example.com/grafana` → `…/grafana/d/…`); drops
 * any query or fragment of the base URL.
 */
export function grafanaDashboardUrl(params: {
  readonly grafana: string;
  readonly host: string;
  readonly namespace: string;
  readonly from: number;
  readonly to: number;
}): string {
  const { grafana, host, namespace, from, to } = params;
  let base: string;
  try {
    const u = new URL(grafana);
    base = `${u.origin}${u.pathname}`;
  } catch {
    base = grafana.replace(/[?#].*$/, "");
  }
  // Parentheses would end the Markdown link the URL goes into.
  base = base.replace(/\/+$/, "").replaceAll("(", "%28").replaceAll(")", "%29");
  const service = encodeURIComponent(`${host}.${namespace}.svc.cluster.local`);
  const range = `from=${Math.round(from * 1000)}&to=${Math.round(to * 1000)}`;
  return `${base}/d/${ISTIO_SERVICE_DASHBOARD.uid}/${ISTIO_SERVICE_DASHBOARD.slug}?var-service=${service}&${range}`;
}

// ---- the versions table -----------------------------------------------------------------------

function roleOf(v: string, verdict: GateVerdict): string {
  if (v === verdict.baseline && v === verdict.canary) return " (stable)";
  if (v === verdict.baseline) return " (stable, baseline)";
  if (v === verdict.canary) return " (canary)";
  if (v === verdict.mirror?.version) return " (mirror: shadow traffic)";
  return "";
}

function optMs(ms: number | undefined): string {
  return ms === undefined ? "—" : formatMs(ms);
}

function versionsTable(m: ServiceMetrics, verdict: GateVerdict): string[] {
  const listed = m.versions.map((v) => v.version);
  const missing = [verdict.baseline, verdict.canary, verdict.mirror?.version].filter(
    (v): v is string => v !== undefined && !listed.includes(v),
  );
  const rows = m.versions.map((v) => [
    `${code(v.version)}${roleOf(v.version, verdict)}`,
    `${v.weight} %`,
    rpsText(v.rps),
    formatCount(v.requests),
    v.successRate === undefined ? "—" : formatPercent(v.successRate),
    optMs(v.p50Ms),
    optMs(v.p90Ms),
    optMs(v.p99Ms),
  ]);
  for (const v of [...new Set(missing)])
    rows.push([`${code(v)}${roleOf(v, verdict)}`, "—", "—", "no data", "—", "—", "—", "—"]);

  const base = m.versions.find((v) => v.version === verdict.baseline);
  const can = m.versions.find((v) => v.version === verdict.canary);
  const notes: string[] = [];
  if (base && can && base !== can) {
    const judged = verdict.comparison;
    const bold = (s: string, yes: boolean) => (yes && s !== "—" ? `**${s}**` : s);
    const dMs = (a: number | undefined, b: number | undefined, mark = false) =>
      a === undefined || b === undefined ? "—" : bold(`${signed(b - a, formatMsNumber)} ms`, mark);
    const errorsWorse = judged?.errors?.worse === true;
    const tailWorse = judged?.tail?.worse === true;
    rows.push([
      `Δ ${code(can.version)} − ${code(base.version)}`,
      "",
      "",
      "",
      base.successRate === undefined || can.successRate === undefined
        ? "—"
        : bold(formatPp(can.successRate - base.successRate), errorsWorse),
      dMs(base.p50Ms, can.p50Ms),
      dMs(base.p90Ms, can.p90Ms),
      dMs(base.p99Ms, can.p99Ms, tailWorse),
    ]);
    if (judged) notes.push(comparisonNote(judged, can.version, base.version));
  }
  const shadow = verdict.mirror;
  if (shadow)
    notes.push(
      `${code(shadow.version)} is the mirror: it receives a copy of ${shadow.percent} % of requests (shadow traffic), whose answers are dropped. Its figures are those copies'; the gate neither judges it nor compares it with the baseline.`,
    );
  return [
    table(
      ["version", "weight", "requests/s", `requests (${m.window})`, "success rate", "p50", "p90", "p99"],
      ["l", "r", "r", "r", "r", "r", "r", "r"],
      rows,
    ),
    ...notes.flatMap((n) => ["", n]),
  ];
}

/**
 * The comparisons in one paragraph a reviewer can trust without statistics: what was compared
 * over what, how the evidence stands against the bar, the bound, and why looking often is safe.
 */
function comparisonNote(r: ComparisonReport, canary: string, baseline: string): string {
  const over =
    r.from === "since"
      ? `since the step started ${formatDuration(r.seconds)} ago`
      : `over the window only (when the step started was not known)`;
  const one = (label: string, j: RatioJudgement & { readonly tolerance: number }): string => {
    const ratio =
      j.ratio === undefined ? (j.canary.bad > 0 ? "only on the canary" : "none yet") : formatRatio(j.ratio);
    const bound = j.upperRatio === undefined ? "not bounded yet" : `at most ${formatRatio(j.upperRatio)}`;
    const e = `e ${formatEvidence(j.evidence)} of ${formatNeeded(j.needed)}`;
    return `${label} ${ratio} (${j.worse ? `**${e}: worse than ${formatRatio(1 + j.tolerance / 100)} allowed**` : `${e}; ${bound}`})`;
  };
  const parts = [
    ...(r.errors ? [one("5xx rate", r.errors)] : []),
    ...(r.tail ? [one(`share slower than ${formatMs(r.tail.boundMs)}`, r.tail)] : []),
  ];
  return `${code(canary)} against ${code(baseline)} ${over}: ${parts.join("; ")}. Each e fails the gate only when it reaches the number after it; a canary within the allowed increase gets there by chance with probability below ${formatChance(r.alpha)} for the whole gate, however often it is judged (anytime-valid tests). Bounds hold with ${formatChance(1 - r.alpha)} confidence.`;
}

// ---- charts -----------------------------------------------------------------------------------

/** Line colours in series order, each with the square emoji the legend shows for it. */
const PALETTE = [
  { hex: "#3b82f6", square: "🟦" },
  { hex: "#f97316", square: "🟧" },
  { hex: "#22c55e", square: "🟩" },
  { hex: "#ef4444", square: "🟥" },
  { hex: "#a855f7", square: "🟪" },
  { hex: "#92400e", square: "🟫" },
  { hex: "#eab308", square: "🟨" },
] as const;
const GATE_COLOUR = { hex: "#6b7280", square: "⬛" } as const;

interface ChartPoint {
  readonly label: string;
  /** Per charted version. */
  readonly rps: readonly number[];
  readonly successRate: readonly (number | undefined)[];
}

const NICE_MINUTES = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440];

function hhmm(t: number, seconds: boolean): string {
  return new Date(t * 1000).toISOString().slice(11, seconds ? 19 : 16);
}

/**
 * Merges the timelines of `versions` onto one regular time axis of at most
 * {@link MAX_CHART_POINTS} (UTC): whole minutes (labels HH:MM) when the timeline spans ≥ 5
 * minutes, else the smallest step between points (labels HH:MM:SS); consecutive slots are merged
 * when there are too many, and labels carry the date (MM-DD HH:MM) if HH:MM would repeat. Within
 * a slot, requests/s is the mean over the slot's timestamps (a version without a point there
 * counts 0; a slot without any point is 0) and the success rate the requests-weighted mean of
 * the defined points (undefined when none: no traffic). Versions are expected on one time grid
 * (one query_range for all), as the adapter queries them.
 */
export function chartPoints(
  timeline: ServiceMetrics["timeline"],
  versions: readonly string[],
): readonly ChartPoint[] {
  const byVersion = versions.map((v) => new Map((timeline[v] ?? []).map((p) => [p.t, p] as const)));
  const times = [...new Set(byVersion.flatMap((m) => [...m.keys()]))]
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => a - b);
  const first = times[0];
  const last = times[times.length - 1];
  if (first === undefined || last === undefined) return [];
  // A regular grid, so time without any point still takes its place on the axis; slots are at
  // least as wide as the timeline's step, so a regular timeline leaves no slot empty.
  let minStep = Number.POSITIVE_INFINITY;
  for (let i = 1; i < times.length; i++) minStep = Math.min(minStep, (times[i] ?? 0) - (times[i - 1] ?? 0));
  if (!Number.isFinite(minStep) || minStep <= 0) minStep = 1;
  const minutes = last - first >= 300;
  const step = minutes ? 60 : minStep;
  // Slots merged per point: any number for raw points; for minutes a round number (2, 5, 10, 15
  // minutes, 1, 2, 3, 6, 12 hours, days) so labels fall on round times.
  const need = Math.max(
    Math.ceil((Math.floor((last - first) / step) + 1) / MAX_CHART_POINTS),
    minutes ? Math.ceil(minStep / 60) : 1,
  );
  const candidates = minutes ? [...NICE_MINUTES.filter((n) => n >= need), need, 2 * need] : [need, need + 1];
  let per = need;
  let origin = first;
  let count = Number.POSITIVE_INFINITY;
  for (const p of candidates) {
    per = p;
    origin = minutes ? Math.floor(first / (60 * per)) * 60 * per : first;
    count = Math.ceil((Math.floor((last - origin) / step) + 1) / per);
    if (count <= MAX_CHART_POINTS) break;
  }
  const groups = Array.from({ length: count }, (_, g) => ({
    start: origin + g * per * step,
    times: [] as number[],
  }));
  for (const t of times)
    groups[Math.min(count - 1, Math.floor(Math.floor((t - origin) / step) / per))]?.times.push(t);
  let labels = groups.map((g) => hhmm(g.start, !minutes));
  if (new Set(labels).size < labels.length)
    labels = groups.map((g) =>
      new Date(g.start * 1000)
        .toISOString()
        .slice(5, minutes ? 16 : 19)
        .replace("T", " "),
    );
  // Sub-second slots in a tiny window: number them, as mermaid merges equal labels.
  if (new Set(labels).size < labels.length) labels = labels.map((l, i) => `${l} #${i + 1}`);
  return groups.map((g, i) => {
    const rps: number[] = [];
    const successRate: (number | undefined)[] = [];
    for (const m of byVersion) {
      const points = g.times.map((t) => m.get(t)).filter((p): p is TimelinePoint => p !== undefined);
      const r = points.reduce((a, p) => a + (Number.isFinite(p.rps) ? Math.max(0, p.rps) : 0), 0);
      rps.push(g.times.length === 0 ? 0 : r / g.times.length);
      const defined = points.filter(
        (p): p is TimelinePoint & { successRate: number } =>
          p.successRate !== undefined && Number.isFinite(p.successRate),
      );
      const weight = defined.reduce((a, p) => a + Math.max(0, p.rps), 0);
      successRate.push(
        defined.length === 0
          ? undefined
          : weight > 0
            ? defined.reduce((a, p) => a + p.successRate * Math.max(0, p.rps), 0) / weight
            : defined.reduce((a, p) => a + p.successRate, 0) / defined.length,
      );
    }
    return { label: labels[i] ?? "", rps, successRate };
  });
}

/** A number mermaid's xychart grammar accepts: plain decimal, no exponent, no "-0". */
function num(x: number, digits: number): string {
  const s = (Math.round(x * 10 ** digits) / 10 ** digits).toFixed(digits).replace(/\.?0+$/, "");
  return s === "-0" || s === "" ? "0" : s;
}

/** 1, 2, 5 × 10^k at or above x. */
function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

function quote(s: string): string {
  return `"${s.replaceAll('"', "'")}"`;
}

function mermaidChart(params: {
  readonly title: string;
  readonly labels: readonly string[];
  readonly yTitle: string;
  readonly yMin: number;
  readonly yMax: number;
  readonly lines: readonly { readonly values: readonly number[]; readonly hex: string }[];
  readonly digits: number;
}): string {
  const { title, labels, yTitle, yMin, yMax, lines, digits } = params;
  const palette = lines.map((l) => l.hex).join(", ");
  return fenced(
    [
      `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
      "xychart-beta",
      `  title ${quote(title)}`,
      `  x-axis [${labels.map(quote).join(", ")}]`,
      `  y-axis ${quote(yTitle)} ${num(yMin, digits)} --> ${num(yMax, digits)}`,
      ...lines.map((l) => `  line [${l.values.map((v) => num(v, digits)).join(", ")}]`),
    ].join("\n"),
    "mermaid",
  );
}

/** Forward-fills gaps (leading ones from the first value); `undefined` when there is no value at all. */
function filled(values: readonly (number | undefined)[]): number[] | undefined {
  const firstValue = values.find((v) => v !== undefined);
  if (firstValue === undefined) return undefined;
  let last = firstValue;
  return values.map((v) => {
    if (v !== undefined) last = v;
    return last;
  });
}

/** "10:03–10:05, 10:08" for the labels where `values` is undefined. */
function gapRanges(labels: readonly string[], values: readonly (number | undefined)[]): string {
  const ranges: string[] = [];
  let start: number | undefined;
  for (let i = 0; i <= values.length; i++) {
    const gap = i < values.length && values[i] === undefined;
    if (gap && start === undefined) start = i;
    if (!gap && start !== undefined) {
      const a = labels[start] ?? "";
      const b = labels[i - 1] ?? "";
      ranges.push(a === b ? a : `${a}–${b}`);
      start = undefined;
    }
  }
  return ranges.length > 6
    ? `${ranges.slice(0, 6).join(", ")} and ${ranges.length - 6} more`
    : ranges.join(", ");
}

/** The versions to chart: baseline, canary, then the others by requests; at most the palette's size. */
function chartedVersions(m: ServiceMetrics, verdict: GateVerdict): { shown: string[]; left: string[] } {
  const names = m.versions.map((v) => v.version);
  for (const v of Object.keys(m.timeline)) if (!names.includes(v)) names.push(v);
  const requests = (v: string) => m.versions.find((x) => x.version === v)?.requests ?? 0;
  const first = [verdict.baseline, verdict.canary].filter(
    (v): v is string => v !== undefined && names.includes(v),
  );
  const rest = names.filter((v) => !first.includes(v)).sort((a, b) => requests(b) - requests(a));
  const order = [...new Set([...first, ...rest])].filter((v) => (m.timeline[v]?.length ?? 0) > 0);
  return { shown: order.slice(0, PALETTE.length), left: order.slice(PALETTE.length) };
}

/** The two mermaid charts (success rate %, requests/s) over the window, with their legends. */
function charts(m: ServiceMetrics, verdict: GateVerdict, threshold: number | undefined): string[] {
  const { shown, left } = chartedVersions(m, verdict);
  const points = chartPoints(m.timeline, shown);
  if (points.length === 0) return ["No timeline in the window, so no charts."];
  const labels = points.map((p) => p.label);
  const colour = (i: number) => PALETTE[i % PALETTE.length] ?? PALETTE[0];
  const out: string[] = [];
  const when = `${labels[0]}–${labels[labels.length - 1]} UTC`;

  // Success rate: only versions with at least one defined point; gaps held at the last value.
  const srLines: { version: string; i: number; values: number[]; raw: (number | undefined)[] }[] = [];
  shown.forEach((version, i) => {
    const raw = points.map((p) => p.successRate[i]);
    const values = filled(raw);
    if (values) srLines.push({ version, i, values, raw });
  });
  if (srLines.length === 0) {
    out.push("No version had traffic in the window, so there is no success-rate chart.");
  } else {
    const all = srLines.flatMap((l) => l.values);
    const low = Math.min(...all, ...(threshold === undefined ? [] : [threshold]));
    const yMin = Math.max(0, Math.floor(low) - 1);
    const lines: { values: number[]; hex: string }[] = srLines.map((l) => ({
      values: l.values,
      hex: colour(l.i).hex,
    }));
    if (threshold !== undefined) lines.push({ values: points.map(() => threshold), hex: GATE_COLOUR.hex });
    out.push(
      mermaidChart({
        title: `Success rate (%), ${when}`,
        labels,
        yTitle: "%",
        yMin,
        yMax: 100,
        lines,
        digits: 2,
      }),
    );
    const legend = srLines.map((l) => `${colour(l.i).square} ${code(l.version)}`);
    if (threshold !== undefined) legend.push(`${GATE_COLOUR.square} gate ${threshold} %`);
    out.push("", `Lines: ${legend.join(" · ")}`);
    const gaps = srLines
      .filter((l) => l.raw.some((v) => v === undefined))
      .map((l) => `${code(l.version)} at ${gapRanges(labels, l.raw)}`);
    if (gaps.length > 0)
      out.push(
        "",
        `No traffic, so no success rate, for ${gaps.join("; ")}: the line is held at its last value there.`,
      );
    const none = shown.filter((v) => !srLines.some((l) => l.version === v));
    if (none.length > 0) out.push("", `No traffic in the window, not drawn: ${none.map(code).join(", ")}.`);
  }

  const rpsLines = shown.map((_, i) => ({ values: points.map((p) => p.rps[i] ?? 0), hex: colour(i).hex }));
  const top = Math.max(0, ...rpsLines.flatMap((l) => l.values));
  out.push(
    "",
    mermaidChart({
      title: `Requests/s, ${when}`,
      labels,
      yTitle: "requests/s",
      yMin: 0,
      yMax: niceCeil(top * 1.1),
      lines: rpsLines,
      digits: 3,
    }),
    "",
    `Lines: ${shown.map((v, i) => `${colour(i).square} ${code(v)}`).join(" · ")}`,
  );
  if (left.length > 0)
    out.push("", `Not charted (${left.length} more versions; see the table): ${left.map(code).join(", ")}.`);
  return out;
}

// ---- queries ----------------------------------------------------------------------------------

function queriesBlock(queries: readonly RanQuery[], what = "behind these figures"): string[] {
  if (queries.length === 0) return [];
  const out = [
    "<details>",
    `<summary>PromQL: the ${queries.length === 1 ? "query" : `${queries.length} queries`} ${what}</summary>`,
    "",
  ];
  for (const q of queries) {
    const when = q.range
      ? `range query (\`/api/v1/query_range\`) from ${isoSeconds(q.range.start)} to ${isoSeconds(q.range.end)}, step ${q.range.step}s: ${code(`start=${q.range.start}&end=${q.range.end}&step=${q.range.step}`)}`
      : q.time !== undefined
        ? `instant query (\`/api/v1/query\`) at ${isoSeconds(q.time)}: ${code(`time=${q.time}`)}`
        : "instant query (`/api/v1/query`) at evaluation time";
    out.push(`**${code(q.name)}**, ${when}`, "", fenced(q.promql, "promql"), "");
    // The quantiles are computed from these buckets exactly as histogram_quantile does; say how to re-run them.
    if (q.promql.includes("_bucket")) {
      out.push(
        `p50/p90/p99 are ${code("histogram_quantile(0.5 | 0.9 | 0.99, <this query>)")}${q.promql.includes("_seconds_bucket") ? ", × 1000 for milliseconds" : ""}.`,
        "",
      );
    }
  }
  out.push("</details>");
  return out;
}

// ---- the comment ------------------------------------------------------------------------------

function checksTable(verdict: GateVerdict): string {
  return table(
    ["", "check", "result", "compared"],
    ["l", "l", "l", "l"],
    verdict.checks.map((c) => [STATUS_ICON[c.status], c.name, c.status, c.detail]),
  );
}

const LATENCY_SOURCE: Record<ServiceMetrics["latencySource"], string> = {
  milliseconds: "latency from `istio_request_duration_milliseconds`",
  seconds: "latency from `istio_request_duration_seconds` (pre-1.5 Istio), shown in milliseconds",
  none: "no latency histogram had data",
};

/**
 * The sticky metrics comment: marker, verdict, versions table with baseline/canary deltas and
 * significance, gate checks, charts, Grafana link and the PromQL. Without metrics: the reason,
 * the verdict and the queries that were tried.
 */
export function metricsComment(params: {
  readonly service: string;
  readonly result: MetricsResult;
  readonly verdict: GateVerdict;
  readonly grafana?: string;
  readonly prNumber?: number;
}): string {
  const { service, result, verdict, grafana, prNumber } = params;
  const out: string[] = [metricsMarker(service)];
  const head = CONCLUSION_HEAD[verdict.conclusion];
  if (!result.ok) {
    const message = result.message.trim();
    const said =
      message === "" ? "." : message.includes("\n") ? `:\n\n${fenced(message)}` : `: ${code(message)}`;
    const policy = verdict.conclusion === "neutral" ? "neutral" : "fail";
    out.push(
      `### ${head}: no metrics for ${code(service)}`,
      "",
      `**Metrics unavailable:** ${UNAVAILABLE_WORDS[result.reason]} (${code(result.reason)})${said}`,
      "",
      `With \`policy.gate.onMissingMetrics: ${policy}\` the gate concludes **${verdict.conclusion}**; it never passes without metrics.`,
    );
    // The gate's own checks, unless they only repeat that the metrics are missing.
    if (verdict.checks.some((c) => c.name !== CHECK_NAMES.metrics)) out.push("", checksTable(verdict));
    const tried = queriesBlock(result.queries, "tried");
    if (tried.length > 0) out.push("", ...tried);
  } else {
    const m = { ...result.metrics, versions: result.metrics.versions.map(cleanVersion) };
    const subject =
      verdict.canary !== undefined && verdict.canary !== verdict.baseline
        ? `${code(verdict.canary)} against ${code(verdict.baseline ?? "?")}`
        : code(verdict.canary ?? verdict.baseline ?? service);
    const from = m.at - m.windowSeconds;
    const link = grafana
      ? ` [Istio Service Dashboard](${grafanaDashboardUrl({ grafana, host: m.host, namespace: m.namespace, from, to: m.at })}) for the same range.`
      : "";
    const threshold = verdict.thresholds?.successRate;
    out.push(
      `### ${head}: ${code(service)}, ${subject}`,
      "",
      verdict.summary,
      "",
      `${m.source ?? `Istio metrics of Service ${code(m.host)}`} in ${code(m.namespace)} over the last ${m.window}, ${timeRange(from, m.at)}; ${LATENCY_SOURCE[m.latencySource]}.${link}`,
      ...(m.pinHeader
        ? [
            "",
            `Requests with the header ${code(`${m.pinHeader}: <version>`)} go to that version whatever the weights (pinned routes); they are real answers, counted in that version's figures.`,
          ]
        : []),
      "",
      ...(m.versions.length > 0 || verdict.canary !== undefined
        ? versionsTable(m, verdict)
        : ["No version of the service had metrics in the window."]),
      "",
      "#### Gate checks",
      "",
      checksTable(verdict),
      "",
      "#### Over the window",
      "",
      ...charts(m, verdict, threshold),
    );
    const q = queriesBlock(m.queries);
    if (q.length > 0) out.push("", ...q);
  }
  out.push(
    "",
    `<sub>rollout-bot keeps this comment up to date${prNumber === undefined ? "" : ` for #${prNumber}`}; the check run ${code(CHECK_RUN_NAME)} carries the same verdict.</sub>`,
  );
  return truncateMarkdown(out.join("\n"), GITHUB_TEXT_LIMIT);
}

// ---- the check run ----------------------------------------------------------------------------

/** UTF-8 bytes of `s` (lone surrogates count 3, as their replacement character would). */
function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * `text` cut to at most `maxBytes` UTF-8 bytes (so also ≤ that many characters) at a line break,
 * closing any open code fence and `<details>`, with a note that it was cut. Unchanged when it fits.
 */
export function truncateMarkdown(
  text: string,
  maxBytes: number,
  note = "_Cut here: too long for GitHub. The full text is in the pull request comment._",
): string {
  if (utf8Length(text) <= maxBytes) return text;
  const lines = text.split("\n");
  const kept: string[] = [];
  let used = 0;
  let fence: string | undefined;
  let details = 0;
  const closing = () =>
    `${fence === undefined ? "" : `\n${fence}`}${"\n</details>".repeat(details)}\n\n${note}`;
  for (const line of lines) {
    const add = utf8Length(line) + 1;
    // What closing would cost after this line, with the state this line leaves.
    let nextFence = fence;
    let nextDetails = details;
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (f !== undefined) {
      if (nextFence === undefined) nextFence = f;
      else if (f.startsWith(nextFence) && line.trim() === f) nextFence = undefined;
    } else if (nextFence === undefined) {
      nextDetails += (line.match(/<details>/g) ?? []).length;
      nextDetails -= (line.match(/<\/details>/g) ?? []).length;
      nextDetails = Math.max(0, nextDetails);
    }
    const saved = [fence, details] as const;
    fence = nextFence;
    details = nextDetails;
    if (used + add - 1 + utf8Length(closing()) > maxBytes) {
      [fence, details] = saved;
      break;
    }
    kept.push(line);
    used += add;
  }
  return `${kept.join("\n")}${closing()}`;
}

/** The `rollout/gate` check run's output: name, conclusion, title (≤ 255), summary and text (≤ 65535). */
export function checkRunOutput(params: {
  readonly service: string;
  readonly verdict: GateVerdict;
  readonly comment: string;
}): {
  readonly name: typeof CHECK_RUN_NAME;
  readonly conclusion: GateVerdict["conclusion"];
  readonly title: string;
  readonly summary: string;
  readonly text: string;
} {
  const { service, verdict, comment } = params;
  // A non-critical custom check warns in the text; the title names only what decided the conclusion.
  const counted = verdict.checks.filter(countsInConclusion);
  const names = (status: CheckStatus) => counted.filter((c) => c.status === status).map((c) => c.name);
  const metricsCheck = verdict.checks.find((c) => c.name === CHECK_NAMES.metrics);
  const who = verdict.canary ?? verdict.baseline ?? service;
  const title =
    metricsCheck !== undefined
      ? `${service}: no metrics. ${metricsCheck.detail}`
      : verdict.conclusion === "success"
        ? `${service}: ${who} passed all ${counted.length} checks${verdict.baseline !== undefined && verdict.baseline !== who ? ` against ${verdict.baseline}` : ""}`
        : verdict.conclusion === "failure"
          ? `${service}: ${who} failed ${names("fail").join(", ")}`
          : `${service}: not enough data for ${names("insufficient").join(", ")}`;
  const summary = [verdict.summary, "", checksTable(verdict)].join("\n");
  const marker = metricsMarker(service);
  const text = comment.startsWith(`${marker}\n`) ? comment.slice(marker.length + 1) : comment;
  return {
    name: CHECK_RUN_NAME,
    conclusion: verdict.conclusion,
    title: truncateTitle(title.replace(/\s+/g, " ").trim(), 255),
    summary: truncateMarkdown(summary, GITHUB_TEXT_LIMIT),
    text: truncateMarkdown(text, GITHUB_TEXT_LIMIT),
  };
}

/** At most `max` characters (UTF-16 units, never splitting a surrogate pair), ending in "…" when cut. */
function truncateTitle(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = max - 1;
  const unit = s.charCodeAt(cut - 1);
  if (unit >= 0xd800 && unit <= 0xdbff) cut--;
  return `${s.slice(0, cut)}…`;
}
