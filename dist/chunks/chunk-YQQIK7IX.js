import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  CHECK_NAMES,
  UNAVAILABLE_WORDS,
  bucketsByVersion,
  candidatePaths,
  checkSubject,
  cleanVersion,
  countsInConclusion,
  durationSeconds,
  evaluateGate,
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
  includeOf,
  includeSources,
  includedAt,
  judgeCheck,
  loadConfig,
  pathsToApply,
  planChecks,
  quantileFromBuckets,
  ranQueries,
  requestCounts,
  routerOf,
  serviceQueries,
  timelines,
  versionRow,
  withQueries
} from "./chunk-MVTX7BNA.js";

// src/handlers/files-at.ts
async function filesAt(params) {
  const { gh, ref, configPath } = params;
  const out = /* @__PURE__ */ new Map();
  const [config, blobs] = await Promise.all([gh.readFile({ ref, path: configPath }), gh.blobPaths(ref)]);
  if (config === void 0) return out;
  out.set(configPath, config);
  const included = includedAt({ configPath, text: config, blobs });
  if (included.length > 0) {
    const sources = includeSources(includeOf({ text: config, file: configPath }));
    const read = await gh.readFiles({ ref, files: sources.files, folders: sources.folders });
    for (const path of included) {
      const t = read.get(path);
      if (t !== void 0) out.set(path, t);
    }
  }
  const loaded = loadConfig({ text: config, file: configPath, included: out });
  if (!loaded.ok) return out;
  const paths = pathsToApply({ configPath, config: loaded.loaded.config, blobs }).filter((p) => !out.has(p));
  const texts = await Promise.all(paths.map((path) => gh.readFile({ ref, path })));
  paths.forEach((p, i) => {
    const t = texts[i];
    if (t !== void 0) out.set(p, t);
  });
  return out;
}
async function serviceConfigAt(params) {
  const { gh, ref, configPath: file, key } = params;
  const text = await gh.readFile({ ref, path: file });
  if (text === void 0) return void 0;
  const patterns = includeOf({ text, file });
  if (patterns.length === 0) return loadConfig({ text, file, only: key });
  const paths = candidatePaths(patterns, key);
  const texts = await Promise.all(paths.map((path) => gh.readFile({ ref, path })));
  const included = /* @__PURE__ */ new Map();
  paths.forEach((p, i) => {
    const t = texts[i];
    if (t !== void 0) included.set(p, t);
  });
  return loadConfig({ text, file, only: key, included });
}

// src/core/markdown.ts
function code(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = "`".repeat(longest + 1);
  const pad = longest > 0 ? " " : "";
  return `${ticks}${pad}${text}${pad}${ticks}`;
}
function fenced(text, lang = "text") {
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}
${text}
${fence}`;
}
function cell(text) {
  return text.replace(/\r?\n/g, " ").replaceAll("|", "\\|");
}
function table(header, align, rows) {
  const line = (cells) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), line(align.map((a) => a === "r" ? "---:" : "---")), ...rows.map(line)].join("\n");
}
function prose(line) {
  let out = "";
  let at = 0;
  while (at < line.length) {
    const tick = line.indexOf("`", at);
    if (tick < 0) {
      out += line.slice(at).replaceAll("<", "&lt;");
      break;
    }
    out += line.slice(at, tick).replaceAll("<", "&lt;");
    const run = /^`+/.exec(line.slice(tick))?.[0] ?? "`";
    const close = line.indexOf(run, tick + run.length);
    const end = close < 0 ? tick + run.length : close + run.length;
    out += line.slice(tick, end);
    at = end;
  }
  return out;
}

// src/core/summary.ts
var CHECK_RUN_NAME = "rollout/gate";
var ISTIO_SERVICE_DASHBOARD = { uid: "LJ_uJAvmk", slug: "istio-service-dashboard" };
var MAX_CHART_POINTS = 60;
var GITHUB_TEXT_LIMIT = 65535;
function metricsMarker(service) {
  return `<!-- rollout-bot:metrics service=${service} -->`;
}
var STATUS_ICON = { pass: "\u2705", fail: "\u274C", insufficient: "\u26AA" };
var CONCLUSION_HEAD = {
  success: "\u2705 `rollout/gate` passed",
  failure: "\u274C `rollout/gate` failed",
  neutral: "\u26AA `rollout/gate` neutral"
};
function utc(t) {
  return `${new Date(t * 1e3).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function timeRange(from, to) {
  const a = utc(from);
  const b = utc(to);
  return a.slice(0, 10) === b.slice(0, 10) ? `${a.slice(0, 16)} to ${b.slice(11)}` : `${a} to ${b}`;
}
function isoSeconds(t) {
  return `${new Date(t * 1e3).toISOString().slice(0, 19)}Z`;
}
function signed(n, digits) {
  const s = digits(Math.abs(n));
  if (Number(s.replace(/[^0-9.]/g, "")) === 0) return s;
  return `${n > 0 ? "+" : "\u2212"}${s}`;
}
function rpsText(rps) {
  return rps >= 100 ? rps.toFixed(0) : rps >= 10 ? rps.toFixed(1) : rps.toFixed(2);
}
function grafanaDashboardUrl(params) {
  const { grafana, host, namespace, from, to } = params;
  let base;
  try {
    const u = new URL(grafana);
    base = `${u.origin}${u.pathname}`;
  } catch {
    base = grafana.replace(/[?#].*$/, "");
  }
  base = base.replace(/\/+$/, "").replaceAll("(", "%28").replaceAll(")", "%29");
  const service = encodeURIComponent(`${host}.${namespace}.svc.cluster.local`);
  const range = `from=${Math.round(from * 1e3)}&to=${Math.round(to * 1e3)}`;
  return `${base}/d/${ISTIO_SERVICE_DASHBOARD.uid}/${ISTIO_SERVICE_DASHBOARD.slug}?var-service=${service}&${range}`;
}
function roleOf(v, verdict) {
  if (v === verdict.baseline && v === verdict.canary) return " (stable)";
  if (v === verdict.baseline) return " (stable, baseline)";
  if (v === verdict.canary) return " (canary)";
  if (v === verdict.mirror?.version) return " (mirror: shadow traffic)";
  return "";
}
function optMs(ms) {
  return ms === void 0 ? "\u2014" : formatMs(ms);
}
function versionsTable(m, verdict) {
  const listed = m.versions.map((v) => v.version);
  const missing = [verdict.baseline, verdict.canary, verdict.mirror?.version].filter(
    (v) => v !== void 0 && !listed.includes(v)
  );
  const rows = m.versions.map((v) => [
    `${code(v.version)}${roleOf(v.version, verdict)}`,
    `${v.weight} %`,
    rpsText(v.rps),
    formatCount(v.requests),
    v.successRate === void 0 ? "\u2014" : formatPercent(v.successRate),
    optMs(v.p50Ms),
    optMs(v.p90Ms),
    optMs(v.p99Ms)
  ]);
  for (const v of [...new Set(missing)])
    rows.push([`${code(v)}${roleOf(v, verdict)}`, "\u2014", "\u2014", "no data", "\u2014", "\u2014", "\u2014", "\u2014"]);
  const base = m.versions.find((v) => v.version === verdict.baseline);
  const can = m.versions.find((v) => v.version === verdict.canary);
  const notes = [];
  if (base && can && base !== can) {
    const judged = verdict.comparison;
    const bold = (s, yes) => yes && s !== "\u2014" ? `**${s}**` : s;
    const dMs = (a, b, mark = false) => a === void 0 || b === void 0 ? "\u2014" : bold(`${signed(b - a, formatMsNumber)} ms`, mark);
    const errorsWorse = judged?.errors?.worse === true;
    const tailWorse = judged?.tail?.worse === true;
    rows.push([
      `\u0394 ${code(can.version)} \u2212 ${code(base.version)}`,
      "",
      "",
      "",
      base.successRate === void 0 || can.successRate === void 0 ? "\u2014" : bold(formatPp(can.successRate - base.successRate), errorsWorse),
      dMs(base.p50Ms, can.p50Ms),
      dMs(base.p90Ms, can.p90Ms),
      dMs(base.p99Ms, can.p99Ms, tailWorse)
    ]);
    if (judged) notes.push(comparisonNote(judged, can.version, base.version));
  }
  const shadow = verdict.mirror;
  if (shadow)
    notes.push(
      `${code(shadow.version)} is the mirror: it receives a copy of ${shadow.percent} % of requests (shadow traffic), whose answers are dropped. Its figures are those copies'; the gate neither judges it nor compares it with the baseline.`
    );
  return [
    table(
      ["version", "weight", "requests/s", `requests (${m.window})`, "success rate", "p50", "p90", "p99"],
      ["l", "r", "r", "r", "r", "r", "r", "r"],
      rows
    ),
    ...notes.flatMap((n) => ["", n])
  ];
}
function comparisonNote(r, canary, baseline) {
  const over = r.from === "since" ? `since the step started ${formatDuration(r.seconds)} ago` : `over the window only (when the step started was not known)`;
  const one = (label, j) => {
    const ratio = j.ratio === void 0 ? j.canary.bad > 0 ? "only on the canary" : "none yet" : formatRatio(j.ratio);
    const bound = j.upperRatio === void 0 ? "not bounded yet" : `at most ${formatRatio(j.upperRatio)}`;
    const e = `e ${formatEvidence(j.evidence)} of ${formatNeeded(j.needed)}`;
    return `${label} ${ratio} (${j.worse ? `**${e}: worse than ${formatRatio(1 + j.tolerance / 100)} allowed**` : `${e}; ${bound}`})`;
  };
  const parts = [
    ...r.errors ? [one("5xx rate", r.errors)] : [],
    ...r.tail ? [one(`share slower than ${formatMs(r.tail.boundMs)}`, r.tail)] : []
  ];
  return `${code(canary)} against ${code(baseline)} ${over}: ${parts.join("; ")}. Each e fails the gate only when it reaches the number after it; a canary within the allowed increase gets there by chance with probability below ${formatChance(r.alpha)} for the whole gate, however often it is judged (anytime-valid tests). Bounds hold with ${formatChance(1 - r.alpha)} confidence.`;
}
var PALETTE = [
  { hex: "#3b82f6", square: "\u{1F7E6}" },
  { hex: "#f97316", square: "\u{1F7E7}" },
  { hex: "#22c55e", square: "\u{1F7E9}" },
  { hex: "#ef4444", square: "\u{1F7E5}" },
  { hex: "#a855f7", square: "\u{1F7EA}" },
  { hex: "#92400e", square: "\u{1F7EB}" },
  { hex: "#eab308", square: "\u{1F7E8}" }
];
var GATE_COLOUR = { hex: "#6b7280", square: "\u2B1B" };
var NICE_MINUTES = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440];
function hhmm(t, seconds) {
  return new Date(t * 1e3).toISOString().slice(11, seconds ? 19 : 16);
}
function chartPoints(timeline, versions) {
  const byVersion = versions.map((v) => new Map((timeline[v] ?? []).map((p) => [p.t, p])));
  const times = [...new Set(byVersion.flatMap((m) => [...m.keys()]))].filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
  const first = times[0];
  const last = times[times.length - 1];
  if (first === void 0 || last === void 0) return [];
  let minStep = Number.POSITIVE_INFINITY;
  for (let i = 1; i < times.length; i++) minStep = Math.min(minStep, (times[i] ?? 0) - (times[i - 1] ?? 0));
  if (!Number.isFinite(minStep) || minStep <= 0) minStep = 1;
  const minutes = last - first >= 300;
  const step = minutes ? 60 : minStep;
  const need = Math.max(
    Math.ceil((Math.floor((last - first) / step) + 1) / MAX_CHART_POINTS),
    minutes ? Math.ceil(minStep / 60) : 1
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
    times: []
  }));
  for (const t of times)
    groups[Math.min(count - 1, Math.floor(Math.floor((t - origin) / step) / per))]?.times.push(t);
  let labels = groups.map((g) => hhmm(g.start, !minutes));
  if (new Set(labels).size < labels.length)
    labels = groups.map(
      (g) => new Date(g.start * 1e3).toISOString().slice(5, minutes ? 16 : 19).replace("T", " ")
    );
  if (new Set(labels).size < labels.length) labels = labels.map((l, i) => `${l} #${i + 1}`);
  return groups.map((g, i) => {
    const rps = [];
    const successRate = [];
    for (const m of byVersion) {
      const points = g.times.map((t) => m.get(t)).filter((p) => p !== void 0);
      const r = points.reduce((a, p) => a + (Number.isFinite(p.rps) ? Math.max(0, p.rps) : 0), 0);
      rps.push(g.times.length === 0 ? 0 : r / g.times.length);
      const defined = points.filter(
        (p) => p.successRate !== void 0 && Number.isFinite(p.successRate)
      );
      const weight = defined.reduce((a, p) => a + Math.max(0, p.rps), 0);
      successRate.push(
        defined.length === 0 ? void 0 : weight > 0 ? defined.reduce((a, p) => a + p.successRate * Math.max(0, p.rps), 0) / weight : defined.reduce((a, p) => a + p.successRate, 0) / defined.length
      );
    }
    return { label: labels[i] ?? "", rps, successRate };
  });
}
function num(x, digits) {
  const s = (Math.round(x * 10 ** digits) / 10 ** digits).toFixed(digits).replace(/\.?0+$/, "");
  return s === "-0" || s === "" ? "0" : s;
}
function niceCeil(x) {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}
function quote(s) {
  return `"${s.replaceAll('"', "'")}"`;
}
function mermaidChart(params) {
  const { title, labels, yTitle, yMin, yMax, lines, digits } = params;
  const palette = lines.map((l) => l.hex).join(", ");
  return fenced(
    [
      `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
      "xychart-beta",
      `  title ${quote(title)}`,
      `  x-axis [${labels.map(quote).join(", ")}]`,
      `  y-axis ${quote(yTitle)} ${num(yMin, digits)} --> ${num(yMax, digits)}`,
      ...lines.map((l) => `  line [${l.values.map((v) => num(v, digits)).join(", ")}]`)
    ].join("\n"),
    "mermaid"
  );
}
function filled(values) {
  const firstValue = values.find((v) => v !== void 0);
  if (firstValue === void 0) return void 0;
  let last = firstValue;
  return values.map((v) => {
    if (v !== void 0) last = v;
    return last;
  });
}
function gapRanges(labels, values) {
  const ranges = [];
  let start;
  for (let i = 0; i <= values.length; i++) {
    const gap = i < values.length && values[i] === void 0;
    if (gap && start === void 0) start = i;
    if (!gap && start !== void 0) {
      const a = labels[start] ?? "";
      const b = labels[i - 1] ?? "";
      ranges.push(a === b ? a : `${a}\u2013${b}`);
      start = void 0;
    }
  }
  return ranges.length > 6 ? `${ranges.slice(0, 6).join(", ")} and ${ranges.length - 6} more` : ranges.join(", ");
}
function chartedVersions(m, verdict) {
  const names = m.versions.map((v) => v.version);
  for (const v of Object.keys(m.timeline)) if (!names.includes(v)) names.push(v);
  const requests = (v) => m.versions.find((x) => x.version === v)?.requests ?? 0;
  const first = [verdict.baseline, verdict.canary].filter(
    (v) => v !== void 0 && names.includes(v)
  );
  const rest = names.filter((v) => !first.includes(v)).sort((a, b) => requests(b) - requests(a));
  const order = [.../* @__PURE__ */ new Set([...first, ...rest])].filter((v) => (m.timeline[v]?.length ?? 0) > 0);
  return { shown: order.slice(0, PALETTE.length), left: order.slice(PALETTE.length) };
}
function charts(m, verdict, threshold) {
  const { shown, left } = chartedVersions(m, verdict);
  const points = chartPoints(m.timeline, shown);
  if (points.length === 0) return ["No timeline in the window, so no charts."];
  const labels = points.map((p) => p.label);
  const colour = (i) => PALETTE[i % PALETTE.length] ?? PALETTE[0];
  const out = [];
  const when = `${labels[0]}\u2013${labels[labels.length - 1]} UTC`;
  const srLines = [];
  shown.forEach((version, i) => {
    const raw = points.map((p) => p.successRate[i]);
    const values = filled(raw);
    if (values) srLines.push({ version, i, values, raw });
  });
  if (srLines.length === 0) {
    out.push("No version had traffic in the window, so there is no success-rate chart.");
  } else {
    const all = srLines.flatMap((l) => l.values);
    const low = Math.min(...all, ...threshold === void 0 ? [] : [threshold]);
    const yMin = Math.max(0, Math.floor(low) - 1);
    const lines = srLines.map((l) => ({
      values: l.values,
      hex: colour(l.i).hex
    }));
    if (threshold !== void 0) lines.push({ values: points.map(() => threshold), hex: GATE_COLOUR.hex });
    out.push(
      mermaidChart({
        title: `Success rate (%), ${when}`,
        labels,
        yTitle: "%",
        yMin,
        yMax: 100,
        lines,
        digits: 2
      })
    );
    const legend = srLines.map((l) => `${colour(l.i).square} ${code(l.version)}`);
    if (threshold !== void 0) legend.push(`${GATE_COLOUR.square} gate ${threshold} %`);
    out.push("", `Lines: ${legend.join(" \xB7 ")}`);
    const gaps = srLines.filter((l) => l.raw.some((v) => v === void 0)).map((l) => `${code(l.version)} at ${gapRanges(labels, l.raw)}`);
    if (gaps.length > 0)
      out.push(
        "",
        `No traffic, so no success rate, for ${gaps.join("; ")}: the line is held at its last value there.`
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
      digits: 3
    }),
    "",
    `Lines: ${shown.map((v, i) => `${colour(i).square} ${code(v)}`).join(" \xB7 ")}`
  );
  if (left.length > 0)
    out.push("", `Not charted (${left.length} more versions; see the table): ${left.map(code).join(", ")}.`);
  return out;
}
function queriesBlock(queries, what = "behind these figures") {
  if (queries.length === 0) return [];
  const out = [
    "<details>",
    `<summary>PromQL: the ${queries.length === 1 ? "query" : `${queries.length} queries`} ${what}</summary>`,
    ""
  ];
  for (const q of queries) {
    const when = q.range ? `range query (\`/api/v1/query_range\`) from ${isoSeconds(q.range.start)} to ${isoSeconds(q.range.end)}, step ${q.range.step}s: ${code(`start=${q.range.start}&end=${q.range.end}&step=${q.range.step}`)}` : q.time !== void 0 ? `instant query (\`/api/v1/query\`) at ${isoSeconds(q.time)}: ${code(`time=${q.time}`)}` : "instant query (`/api/v1/query`) at evaluation time";
    out.push(`**${code(q.name)}**, ${when}`, "", fenced(q.promql, "promql"), "");
    if (q.promql.includes("_bucket")) {
      out.push(
        `p50/p90/p99 are ${code("histogram_quantile(0.5 | 0.9 | 0.99, <this query>)")}${q.promql.includes("_seconds_bucket") ? ", \xD7 1000 for milliseconds" : ""}.`,
        ""
      );
    }
  }
  out.push("</details>");
  return out;
}
function checksTable(verdict) {
  return table(
    ["", "check", "result", "compared"],
    ["l", "l", "l", "l"],
    verdict.checks.map((c) => [STATUS_ICON[c.status], c.name, c.status, c.detail])
  );
}
var LATENCY_SOURCE = {
  milliseconds: "latency from `istio_request_duration_milliseconds`",
  seconds: "latency from `istio_request_duration_seconds` (pre-1.5 Istio), shown in milliseconds",
  none: "no latency histogram had data"
};
function metricsComment(params) {
  const { service, result, verdict, grafana, prNumber } = params;
  const out = [metricsMarker(service)];
  const head = CONCLUSION_HEAD[verdict.conclusion];
  if (!result.ok) {
    const message = result.message.trim();
    const said = message === "" ? "." : message.includes("\n") ? `:

${fenced(message)}` : `: ${code(message)}`;
    const policy = verdict.conclusion === "neutral" ? "neutral" : "fail";
    out.push(
      `### ${head}: no metrics for ${code(service)}`,
      "",
      `**Metrics unavailable:** ${UNAVAILABLE_WORDS[result.reason]} (${code(result.reason)})${said}`,
      "",
      `With \`policy.gate.onMissingMetrics: ${policy}\` the gate concludes **${verdict.conclusion}**; it never passes without metrics.`
    );
    if (verdict.checks.some((c) => c.name !== CHECK_NAMES.metrics)) out.push("", checksTable(verdict));
    const tried = queriesBlock(result.queries, "tried");
    if (tried.length > 0) out.push("", ...tried);
  } else {
    const m = { ...result.metrics, versions: result.metrics.versions.map(cleanVersion) };
    const subject = verdict.canary !== void 0 && verdict.canary !== verdict.baseline ? `${code(verdict.canary)} against ${code(verdict.baseline ?? "?")}` : code(verdict.canary ?? verdict.baseline ?? service);
    const from = m.at - m.windowSeconds;
    const link = grafana ? ` [Istio Service Dashboard](${grafanaDashboardUrl({ grafana, host: m.host, namespace: m.namespace, from, to: m.at })}) for the same range.` : "";
    const threshold = verdict.thresholds?.successRate;
    out.push(
      `### ${head}: ${code(service)}, ${subject}`,
      "",
      verdict.summary,
      "",
      `${m.source ?? `Istio metrics of Service ${code(m.host)}`} in ${code(m.namespace)} over the last ${m.window}, ${timeRange(from, m.at)}; ${LATENCY_SOURCE[m.latencySource]}.${link}`,
      ...m.pinHeader ? [
        "",
        `Requests with the header ${code(`${m.pinHeader}: <version>`)} go to that version whatever the weights (pinned routes); they are real answers, counted in that version's figures.`
      ] : [],
      "",
      ...m.versions.length > 0 || verdict.canary !== void 0 ? versionsTable(m, verdict) : ["No version of the service had metrics in the window."],
      "",
      "#### Gate checks",
      "",
      checksTable(verdict),
      "",
      "#### Over the window",
      "",
      ...charts(m, verdict, threshold)
    );
    const q = queriesBlock(m.queries);
    if (q.length > 0) out.push("", ...q);
  }
  out.push(
    "",
    `<sub>rollout-bot keeps this comment up to date${prNumber === void 0 ? "" : ` for #${prNumber}`}; the check run ${code(CHECK_RUN_NAME)} carries the same verdict.</sub>`
  );
  return truncateMarkdown(out.join("\n"), GITHUB_TEXT_LIMIT);
}
function utf8Length(s) {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 128 ? 1 : c < 2048 ? 2 : c < 65536 ? 3 : 4;
  }
  return n;
}
function truncateMarkdown(text, maxBytes, note = "_Cut here: too long for GitHub. The full text is in the pull request comment._") {
  if (utf8Length(text) <= maxBytes) return text;
  const lines = text.split("\n");
  const kept = [];
  let used = 0;
  let fence;
  let details = 0;
  const closing = () => `${fence === void 0 ? "" : `
${fence}`}${"\n</details>".repeat(details)}

${note}`;
  for (const line of lines) {
    const add = utf8Length(line) + 1;
    let nextFence = fence;
    let nextDetails = details;
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (f !== void 0) {
      if (nextFence === void 0) nextFence = f;
      else if (f.startsWith(nextFence) && line.trim() === f) nextFence = void 0;
    } else if (nextFence === void 0) {
      nextDetails += (line.match(/<details>/g) ?? []).length;
      nextDetails -= (line.match(/<\/details>/g) ?? []).length;
      nextDetails = Math.max(0, nextDetails);
    }
    const saved = [fence, details];
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
function checkRunOutput(params) {
  const { service, verdict, comment } = params;
  const counted = verdict.checks.filter(countsInConclusion);
  const names = (status) => counted.filter((c) => c.status === status).map((c) => c.name);
  const metricsCheck = verdict.checks.find((c) => c.name === CHECK_NAMES.metrics);
  const who = verdict.canary ?? verdict.baseline ?? service;
  const title = metricsCheck !== void 0 ? `${service}: no metrics. ${metricsCheck.detail}` : verdict.conclusion === "success" ? `${service}: ${who} passed all ${counted.length} checks${verdict.baseline !== void 0 && verdict.baseline !== who ? ` against ${verdict.baseline}` : ""}` : verdict.conclusion === "failure" ? `${service}: ${who} failed ${names("fail").join(", ")}` : `${service}: not enough data for ${names("insufficient").join(", ")}`;
  const summary = [verdict.summary, "", checksTable(verdict)].join("\n");
  const marker = metricsMarker(service);
  const text = comment.startsWith(`${marker}
`) ? comment.slice(marker.length + 1) : comment;
  return {
    name: CHECK_RUN_NAME,
    conclusion: verdict.conclusion,
    title: truncateTitle(title.replace(/\s+/g, " ").trim(), 255),
    summary: truncateMarkdown(summary, GITHUB_TEXT_LIMIT),
    text: truncateMarkdown(text, GITHUB_TEXT_LIMIT)
  };
}
function truncateTitle(s, max) {
  if (s.length <= max) return s;
  let cut = max - 1;
  const unit = s.charCodeAt(cut - 1);
  if (unit >= 55296 && unit <= 56319) cut--;
  return `${s.slice(0, cut)}\u2026`;
}

// src/handlers/collect-checks.ts
async function collectChecks(params) {
  const { prom, service, at } = params;
  if ((service.policy.gate.checks ?? []).length === 0) return { checks: [], queries: [] };
  const window = params.window ?? service.policy.gate.window;
  const planned = planChecks({
    key: params.key,
    service,
    clusterDomain: params.clusterDomain ?? "cluster.local",
    windowSeconds: durationSeconds(window)
  });
  const subject = checkSubject({
    metrics: params.metrics,
    service,
    ...params.canary ? { canary: params.canary } : {}
  });
  const answers = await Promise.all(
    planned.map(
      (p) => p.promql === void 0 ? { ok: false, reason: "invalid", message: p.problem ?? "no query" } : prom.query({ promql: p.promql, time: at })
    )
  );
  const checks = planned.map(
    (p, i) => judgeCheck({
      check: p.check,
      answer: answers[i] ?? { ok: false, reason: "invalid", message: "no answer" },
      subject,
      window,
      onMissingMetrics: service.policy.gate.onMissingMetrics
    })
  );
  return { checks, queries: ranQueries(planned, at) };
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
  const telemetry = routerOf(service).telemetry({
    key,
    service,
    clusterDomain: params.clusterDomain ?? "cluster.local"
  });
  const evidenceSeconds = params.since === void 0 ? void 0 : Math.max(0, Math.round(at - params.since));
  const q = serviceQueries({
    telemetry,
    windowSeconds,
    ...evidenceSeconds !== void 0 && evidenceSeconds > 0 ? { evidenceSeconds } : {}
  });
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
  const evidence = evidenceOf({
    since: params.since === void 0 ? void 0 : at - (evidenceSeconds ?? 0),
    seconds: evidenceSeconds ?? windowSeconds,
    at,
    names: Object.keys(service.versions),
    counts: evidenceSeconds === void 0 ? byVersion : requestCounts(counts, "since"),
    buckets: evidenceSeconds === void 0 ? buckets : bucketsByVersion(latency, unit, "since")
  });
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
      evidence,
      timeline: timelines(series),
      queries
    }
  };
}
function evidenceOf(params) {
  const versions = {};
  for (const name of params.names) {
    const live = params.since === void 0 || params.seconds > 0;
    const c = live ? params.counts.get(name) : void 0;
    versions[name] = {
      requests: c?.requests ?? 0,
      errors: c?.errors ?? 0,
      buckets: live ? params.buckets.get(name) ?? [] : []
    };
  }
  return {
    from: params.since === void 0 ? "window" : "since",
    start: params.since ?? params.at - params.seconds,
    seconds: params.seconds,
    versions
  };
}

// src/handlers/report-metrics.ts
function canaryOf(live, proposed) {
  if (!proposed) return void 0;
  const rising = Object.entries(proposed.versions).map(([v, c]) => ({ v, up: c.weight - (live.versions[v]?.weight ?? 0) })).filter((x) => x.up > 0 && x.v !== live.stable).sort((a, b) => b.up - a.up);
  return rising[0]?.v;
}
function environmentOf(config, service) {
  return config.cluster ? `${config.cluster}/${service.namespace}` : service.namespace;
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
  const where = {
    prom,
    key: params.key,
    service,
    clusterDomain: params.config.clusterDomain,
    at: params.at,
    ...params.window ? { window: params.window } : {}
  };
  const collected = await collectMetrics({
    ...where,
    ...params.since !== void 0 ? { since: params.since } : {}
  });
  const custom = await collectChecks({
    ...where,
    metrics: collected,
    ...params.canary ? { canary: params.canary } : {}
  });
  const result = withQueries(collected, custom.queries);
  const verdict = evaluateGate({
    metrics: result,
    stable: service.stable,
    ...params.canary ? { canary: params.canary } : {},
    gate: service.policy.gate,
    // Shadow copies are not live traffic: the mirrored version is shown, never judged.
    ...service.mirror ? { mirror: service.mirror } : {},
    extraChecks: custom.checks
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
  const [liveRead, proposed] = await Promise.all([
    serviceConfigAt({ gh, ref: params.defaultBranch, configPath, key: params.key }),
    serviceConfigAt({ gh, ref: params.pr.headSha, configPath, key: params.key })
  ]);
  const live = liveRead ?? loadConfig({ text: "", file: configPath, only: params.key });
  if (!live.ok) return { ok: false, reason: "invalid-config", message: live.message };
  const liveService = live.loaded.config.services[params.key];
  const canary = liveService && proposed?.ok ? canaryOf(liveService, proposed.loaded.config.services[params.key]) : void 0;
  const since = liveService && params.stepStart ? await params.stepStart({
    environment: environmentOf(live.loaded.config, liveService),
    service: params.key
  }) : void 0;
  const outcome = await summarise({
    config: live.loaded.config,
    key: params.key,
    prom: params.prom,
    ...params.prometheusUrl ? { prometheusUrl: params.prometheusUrl } : {},
    at: params.at,
    // A Deployment from the future (clock skew) says nothing about this step.
    ...since !== void 0 && since <= params.at ? { since } : {},
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
  code,
  fenced,
  table,
  prose,
  GITHUB_TEXT_LIMIT,
  truncateMarkdown,
  filesAt,
  summarise,
  reportOnPr
};
