import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);

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

// src/core/stats.ts
function quantileFromBuckets(q, buckets) {
  if (Number.isNaN(q)) return void 0;
  if (q < 0) return Number.NEGATIVE_INFINITY;
  if (q > 1) return Number.POSITIVE_INFINITY;
  const b = normalizeBuckets(buckets);
  if (b === void 0) return void 0;
  const total = b[b.length - 1]?.count ?? 0;
  if (total === 0) return void 0;
  let rank = q * total;
  let i = 0;
  while (i < b.length - 1 && (b[i]?.count ?? 0) < rank) i++;
  if (i === b.length - 1) return b[b.length - 2]?.le;
  const here = b[i];
  if (i === 0 && here.le <= 0) return here.le;
  let start = 0;
  let count = here.count;
  const below = b[i - 1];
  if (below !== void 0) {
    start = below.le;
    count -= below.count;
    rank -= below.count;
  }
  return start + (here.le - start) * (rank / count);
}
function normalizeBuckets(buckets) {
  if (buckets.length === 0) return void 0;
  const sorted = [...buckets].sort((a, b) => a.le - b.le);
  if (sorted[sorted.length - 1]?.le !== Number.POSITIVE_INFINITY) return void 0;
  const merged = [];
  for (const { le, count } of sorted) {
    const last = merged[merged.length - 1];
    if (last !== void 0 && last.le === le) last.count += count;
    else merged.push({ le, count });
  }
  let prev = merged[0]?.count ?? 0;
  for (const m of merged.slice(1)) {
    const delta = Math.abs(m.count - prev);
    if (delta === 0) continue;
    if (delta / m.count <= 1e-12) m.count = prev;
    else prev = m.count;
  }
  let max = merged[0]?.count ?? 0;
  for (const m of merged) {
    if (m.count > max) max = m.count;
    else m.count = max;
  }
  return merged.length < 2 ? void 0 : merged;
}
function countAtMost(buckets, le) {
  return normalizeBuckets(buckets)?.find((b) => b.le === le)?.count;
}
var SQRT2 = Math.SQRT2;
var TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
function erfc(x) {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2.5) return 1 - erfSeries(x);
  if (x > 27) return 0;
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 1e3; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
function erfSeries(x) {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return TWO_OVER_SQRT_PI * sum;
}
function normalCdf(z) {
  return 0.5 * erfc(-z / SQRT2);
}
function normalSf(z) {
  return 0.5 * erfc(z / SQRT2);
}
function twoProportionTest(params) {
  const { x1, n1, x2, n2, alternative = "two-sided" } = params;
  for (const [name, v] of Object.entries({ x1, n1, x2, n2 }))
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${name} must be a finite count \u2265 0, got ${v}`);
  if (x1 > n1) throw new RangeError(`x1 (${x1}) must not exceed n1 (${n1})`);
  if (x2 > n2) throw new RangeError(`x2 (${x2}) must not exceed n2 (${n2})`);
  if (n1 === 0 || n2 === 0) return void 0;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const diff = p1 - p2;
  const z = se === 0 ? 0 : diff / se;
  const pValue = alternative === "greater" ? normalSf(z) : alternative === "less" ? normalCdf(z) : Math.min(1, 2 * normalSf(Math.abs(z)));
  return { p1, p2, diff, z, pValue, alternative };
}
function slowerShareTest(params) {
  const base = normalizeBuckets(params.baseline);
  const can = normalizeBuckets(params.canary);
  const baseTotal = base?.[base.length - 1]?.count ?? 0;
  const canTotal = can?.[can.length - 1]?.count ?? 0;
  if (base === void 0 || baseTotal === 0)
    return { ok: false, reason: "no-baseline-data", message: "the baseline's latency histogram is empty" };
  if (can === void 0 || canTotal === 0)
    return { ok: false, reason: "no-canary-data", message: "the canary's latency histogram is empty" };
  const baselineP99Ms = params.boundMs === void 0 ? quantileFromBuckets(0.99, base) : void 0;
  const target = params.boundMs ?? baselineP99Ms ?? Number.NaN;
  const canBounds = new Set(can.map((b) => b.le));
  const bound = base.find((b) => Number.isFinite(b.le) && b.le >= target && canBounds.has(b.le))?.le;
  if (bound === void 0)
    return {
      ok: false,
      reason: "no-common-bound",
      message: `no bucket bound \u2265 ${target} ms that both latency histograms have`
    };
  const baseSlower = baseTotal - (countAtMost(base, bound) ?? baseTotal);
  const canSlower = canTotal - (countAtMost(can, bound) ?? canTotal);
  const test = twoProportionTest({
    x1: canSlower,
    n1: canTotal,
    x2: baseSlower,
    n2: baseTotal,
    alternative: "greater"
  });
  return {
    ok: true,
    boundMs: bound,
    boundFrom: params.boundMs === void 0 ? "baseline-p99" : "given",
    baselineP99Ms,
    baseline: { slower: baseSlower, total: baseTotal, share: baseSlower / baseTotal },
    canary: { slower: canSlower, total: canTotal, share: canSlower / canTotal },
    test
  };
}

// src/core/gate.ts
var COMPARISON = {
  alpha: 0.05,
  /** Canary error rate minus baseline error rate, in percentage points. */
  errorMarginPp: 0.1,
  /** Canary share of requests slower than the tail bound minus the baseline's, in percentage points. */
  tailMarginPp: 0.5
};
var CHECK_NAMES = {
  traffic: "traffic",
  successRate: "success rate",
  p99: "p99 latency",
  successVsBaseline: "success rate vs baseline",
  tailVsBaseline: "tail latency vs baseline",
  metrics: "metrics"
};
function formatCount(n) {
  if (n > 0 && n < 10 && !Number.isInteger(n)) return n.toFixed(1);
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function formatPercent(x, avoid = []) {
  const clash = (s2) => [0, 100, ...avoid].find((a2) => a2 !== x && Number(s2) === a2);
  let d = 2;
  let s = x.toFixed(d);
  while (d < 6 && clash(s) !== void 0) s = x.toFixed(++d);
  const a = clash(s);
  if (a !== void 0) s = ((x < a ? Math.floor : Math.ceil)(x * 1e6) / 1e6).toFixed(6);
  return `${s} %`;
}
function formatThreshold(x) {
  return `${x} %`;
}
function formatMs(ms) {
  return `${formatMsNumber(ms)} ms`;
}
function formatMsNumber(ms) {
  if (!Number.isFinite(ms)) return ms > 0 ? "\u221E" : "\u2212\u221E";
  const a = Math.abs(ms);
  const s = a >= 100 ? ms.toFixed(0) : a >= 10 ? ms.toFixed(1) : ms.toFixed(2);
  return s.replace("-", "\u2212");
}
function formatPp(pp) {
  const s = Math.abs(pp).toFixed(2);
  if (Number(s) === 0) return `${pp === 0 ? "" : pp > 0 ? "+" : "\u2212"}${s} pp`;
  return `${pp > 0 ? "+" : "\u2212"}${s} pp`;
}
function formatP(p) {
  return p < 1e-3 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
}
function errorsOf(v) {
  return Math.min(Math.max(0, v.errors), Math.max(0, v.requests));
}
function compareErrorRates(params) {
  const { baseline, canary } = params;
  return twoProportionTest({
    x1: errorsOf(canary),
    n1: Math.max(0, canary.requests),
    x2: errorsOf(baseline),
    n2: Math.max(0, baseline.requests),
    alternative: "greater"
  });
}
function compareTails(params) {
  return slowerShareTest({ baseline: params.baseline.buckets, canary: params.canary.buckets });
}
function isSignificant(test) {
  return test.pValue < COMPARISON.alpha;
}
function isWorse(test, marginPp) {
  return isSignificant(test) && test.diff * 100 > marginPp;
}
var UNAVAILABLE_WORDS = {
  unreachable: "Prometheus was unreachable",
  timeout: "Prometheus timed out",
  error: "Prometheus returned an error",
  "bad-response": "Prometheus sent a response rollout-bot could not read"
};
function cleanVersion(v) {
  const count = (x) => Number.isFinite(x) && x > 0 ? x : 0;
  const value = (x) => x !== void 0 && Number.isFinite(x) ? x : void 0;
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
    buckets: v.buckets.filter((b) => !Number.isNaN(b.le) && Number.isFinite(b.count))
  };
}
function noMetrics(version) {
  return {
    version,
    weight: 0,
    requests: 0,
    rps: 0,
    errors: 0,
    successRate: void 0,
    p50Ms: void 0,
    p90Ms: void 0,
    p99Ms: void 0,
    buckets: []
  };
}
function pickCanary(versions, stable, mirror) {
  let best;
  for (const v of versions) {
    if (v.version === stable || v.version === mirror) continue;
    if (best === void 0 || v.requests > best.requests || v.requests === best.requests && v.weight > best.weight)
      best = v;
  }
  return best?.version;
}
function evaluateGate(params) {
  const { metrics, stable, gate } = params;
  const mirror = params.mirror;
  const shadow = mirror ? { mirror: { version: mirror.version, percent: mirror.percent } } : {};
  const named = params.canary === mirror?.version ? void 0 : params.canary;
  if (!metrics.ok) {
    const conclusion2 = gate.onMissingMetrics === "neutral" ? "neutral" : "failure";
    const what = UNAVAILABLE_WORDS[metrics.reason];
    const message = metrics.message.trim().replace(/\s+/g, " ");
    const said = message === "" ? "" : `: ${message}`;
    return {
      conclusion: conclusion2,
      summary: `No metrics: ${what}${said}. With \`policy.gate.onMissingMetrics: ${gate.onMissingMetrics}\` the gate concludes ${conclusion2}; it never passes without metrics.`,
      checks: [
        {
          name: CHECK_NAMES.metrics,
          status: conclusion2 === "failure" ? "fail" : "insufficient",
          detail: `${what} (${metrics.reason})${said}.`
        }
      ],
      baseline: stable,
      canary: named,
      ...shadow,
      thresholds: thresholdsOf(gate)
    };
  }
  const m = { ...metrics.metrics, versions: metrics.metrics.versions.map(cleanVersion) };
  const canaryName = named ?? pickCanary(m.versions, stable, mirror?.version);
  const subjectName = canaryName ?? stable;
  const subject = m.versions.find((v) => v.version === subjectName) ?? noMetrics(subjectName);
  const baseline = m.versions.find((v) => v.version === stable);
  const checks = [
    ...absoluteChecks(subject, m, gate),
    ...comparisonChecks({ subject, baseline, stable, canaryName, m, gate, mirror: mirror?.version })
  ];
  const failed = checks.filter((c) => c.status === "fail").map((c) => c.name);
  const unsure = checks.filter((c) => c.status === "insufficient").map((c) => c.name);
  const against = canaryName !== void 0 && canaryName !== stable ? ` against \`${stable}\`` : "";
  const scope = `\`${subjectName}\`${against} over the last ${m.window}`;
  const conclusion = failed.length > 0 ? "failure" : unsure.length > 0 ? "neutral" : "success";
  const summary = conclusion === "failure" ? `Failed ${failed.join(", ")}: ${scope}.${unsure.length > 0 ? ` Not enough data for ${unsure.join(", ")}.` : ""}` : conclusion === "neutral" ? `Not enough data for ${unsure.join(", ")}: ${scope}. Nothing failed.` : `All ${checks.length} checks passed: ${scope}.`;
  return {
    conclusion,
    summary,
    checks,
    baseline: stable,
    canary: canaryName,
    ...shadow,
    thresholds: thresholdsOf(gate)
  };
}
function thresholdsOf(gate) {
  return { minRequests: gate.minRequests, successRate: gate.successRate, p99LatencyMs: gate.p99LatencyMs };
}
function absoluteChecks(v, m, gate) {
  const name = `\`${v.version}\``;
  const window = `the last ${m.window}`;
  const needed = Math.max(1, gate.minRequests);
  const enough = v.requests > 0 && v.requests >= gate.minRequests;
  const few = `only ${formatCount(v.requests)} requests, fewer than the ${formatCount(needed)} needed to pass`;
  const checks = [];
  checks.push(
    v.requests <= 0 ? {
      name: CHECK_NAMES.traffic,
      status: "insufficient",
      detail: `${name} had no requests in ${window}; at least ${formatCount(needed)} are needed.`
    } : enough ? {
      name: CHECK_NAMES.traffic,
      status: "pass",
      detail: `${name} had ${formatCount(v.requests)} requests in ${window} (\u2265 ${formatCount(gate.minRequests)} needed).`
    } : {
      name: CHECK_NAMES.traffic,
      status: "insufficient",
      detail: `${name} had ${formatCount(v.requests)} requests in ${window}, fewer than the ${formatCount(needed)} needed.`
    }
  );
  const sr = v.successRate;
  if (sr === void 0 || v.requests <= 0) {
    checks.push({
      name: CHECK_NAMES.successRate,
      status: "insufficient",
      detail: `${name} had no requests in ${window}, so no success rate to compare with ${formatThreshold(gate.successRate)}.`
    });
  } else {
    const rate = formatPercent(sr, [gate.successRate]);
    const errors = `${formatCount(errorsOf(v))} of ${formatCount(v.requests)} requests were 5xx`;
    if (sr < gate.successRate)
      checks.push({
        name: CHECK_NAMES.successRate,
        status: "fail",
        detail: `${name} ${rate} < ${formatThreshold(gate.successRate)} required (${errors}).`
      });
    else
      checks.push({
        name: CHECK_NAMES.successRate,
        status: enough ? "pass" : "insufficient",
        detail: enough ? `${name} ${rate} \u2265 ${formatThreshold(gate.successRate)} required (${errors}).` : `${name} ${rate} \u2265 ${formatThreshold(gate.successRate)} required, but on ${few}.`
      });
  }
  const p99 = v.p99Ms;
  const limit = formatMs(gate.p99LatencyMs);
  if (v.requests <= 0) {
    checks.push({
      name: CHECK_NAMES.p99,
      status: "insufficient",
      detail: `${name} had no requests in ${window}, so no p99 to compare with ${limit}.`
    });
  } else if (p99 === void 0 || m.latencySource === "none") {
    checks.push({
      name: CHECK_NAMES.p99,
      status: "insufficient",
      detail: `No latency data for ${name}: neither istio_request_duration_milliseconds nor istio_request_duration_seconds had buckets in ${window}.`
    });
  } else if (p99 > gate.p99LatencyMs) {
    checks.push({
      name: CHECK_NAMES.p99,
      status: "fail",
      detail: `${name} p99 ${formatMs(p99)} > ${limit} allowed.`
    });
  } else {
    checks.push({
      name: CHECK_NAMES.p99,
      status: enough ? "pass" : "insufficient",
      detail: enough ? `${name} p99 ${formatMs(p99)} \u2264 ${limit} allowed.` : `${name} p99 ${formatMs(p99)} \u2264 ${limit} allowed, but on ${few}.`
    });
  }
  return checks;
}
function comparisonChecks(params) {
  const { subject, baseline, stable, canaryName, m, gate, mirror } = params;
  const both = (detail) => [
    { name: CHECK_NAMES.successVsBaseline, status: "insufficient", detail },
    { name: CHECK_NAMES.tailVsBaseline, status: "insufficient", detail }
  ];
  if (canaryName === void 0 && mirror !== void 0 && m.versions.some((v) => v.version === mirror))
    return both(
      `\`${mirror}\` only receives mirrored copies (shadow traffic), which are not compared; there is no other version serving live traffic to compare \`${stable}\` with.`
    );
  if (canaryName === void 0)
    return both(
      `Only the stable version \`${stable}\` is listed; there is no other version to compare it with.`
    );
  if (canaryName === stable)
    return both(`\`${stable}\` is the stable version itself; there is no other version to compare it with.`);
  if (baseline === void 0 || baseline.requests <= 0)
    return both(
      `The baseline \`${stable}\` (stable) had no requests in the last ${m.window}, so there is nothing to compare \`${canaryName}\` with.`
    );
  if (subject.requests <= 0)
    return both(`\`${canaryName}\` had no requests in the last ${m.window}, so there is nothing to compare.`);
  const c = `\`${canaryName}\``;
  const b = `\`${stable}\``;
  const enough = subject.requests >= gate.minRequests && baseline.requests >= gate.minRequests;
  const tooFew = `, but fewer than ${formatCount(gate.minRequests)} requests on ${subject.requests < gate.minRequests ? c : b} are too few to pass`;
  const checks = [];
  const t = compareErrorRates({ baseline, canary: subject });
  const errors = `${c} ${formatPercent(t.p1 * 100)} 5xx (${formatCount(errorsOf(subject))} of ${formatCount(subject.requests)}) vs ${b} ${formatPercent(t.p2 * 100)} (${formatCount(errorsOf(baseline))} of ${formatCount(baseline.requests)}): ${formatPp(t.diff * 100)}, ${formatP(t.pValue)}`;
  checks.push(
    judge({
      name: CHECK_NAMES.successVsBaseline,
      test: t,
      marginPp: COMPARISON.errorMarginPp,
      compared: errors,
      worse: "more errors",
      enough,
      tooFew
    })
  );
  const tail = compareTails({ baseline, canary: subject });
  if (!tail.ok) {
    checks.push({
      name: CHECK_NAMES.tailVsBaseline,
      status: "insufficient",
      detail: `Cannot compare latency tails: ${tail.message}${m.latencySource === "none" ? " (no latency metric had data)" : ""}.`
    });
  } else {
    const at = tail.baselineP99Ms !== void 0 ? `, the first bucket bound \u2265 ${b}'s p99 of ${formatMs(tail.baselineP99Ms)}` : "";
    const compared = `Slower than ${formatMs(tail.boundMs)}${at}: ${c} ${formatPercent(tail.canary.share * 100)} (${formatCount(tail.canary.slower)} of ${formatCount(tail.canary.total)}) vs ${b} ${formatPercent(tail.baseline.share * 100)} (${formatCount(tail.baseline.slower)} of ${formatCount(tail.baseline.total)}): ${formatPp(tail.test.diff * 100)}, ${formatP(tail.test.pValue)}`;
    checks.push(
      judge({
        name: CHECK_NAMES.tailVsBaseline,
        test: tail.test,
        marginPp: COMPARISON.tailMarginPp,
        compared,
        worse: "more slow requests",
        enough,
        tooFew
      })
    );
  }
  return checks;
}
function judge(params) {
  const { name, test, marginPp, compared, worse, enough, tooFew } = params;
  const method = "one-sided two-proportion z-test";
  if (isWorse(test, marginPp))
    return {
      name,
      status: "fail",
      detail: `${compared} (${method}): significantly worse, by more than the ${marginPp} pp margin.`
    };
  const why = !isSignificant(test) ? "not significantly worse" : `significantly ${worse}, but within the ${marginPp} pp margin`;
  return enough ? { name, status: "pass", detail: `${compared} (${method}): ${why}.` } : { name, status: "insufficient", detail: `${compared} (${method}): ${why}${tooFew}.` };
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
    const errors = base.requests > 0 && can.requests > 0 ? compareErrorRates({ baseline: base, canary: can }) : void 0;
    const tail = compareTails({ baseline: base, canary: can });
    const bold = (s, yes) => yes && s !== "\u2014" ? `**${s}**` : s;
    const dMs = (a, b, mark = false) => a === void 0 || b === void 0 ? "\u2014" : bold(`${signed(b - a, formatMsNumber)} ms`, mark);
    const errorsWorse = errors !== void 0 && isSignificant(errors);
    const tailWorse = tail.ok && isSignificant(tail.test);
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
    const parts = [];
    if (errors !== void 0)
      parts.push(
        `5xx rate ${formatPp(errors.diff * 100)} (${formatP(errors.pValue)}): ${errorsWorse ? "**significantly higher**" : "not significantly higher"}`
      );
    if (tail.ok)
      parts.push(
        `share slower than ${formatMs(tail.boundMs)} ${formatPp(tail.test.diff * 100)} (${formatP(tail.test.pValue)}): ${tailWorse ? "**significantly heavier tail**" : "tail not significantly heavier"}`
      );
    if (parts.length > 0)
      notes.push(
        `${code(can.version)} against ${code(base.version)}, one-sided two-proportion z-tests at \u03B1 = ${COMPARISON.alpha}: ${parts.join("; ")}. Bold deltas are significant; the gate fails a comparison only beyond ${COMPARISON.errorMarginPp} pp more errors or ${COMPARISON.tailMarginPp} pp more slow requests.`
      );
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
  const names = (status) => verdict.checks.filter((c) => c.status === status).map((c) => c.name);
  const metricsCheck = verdict.checks.find((c) => c.name === CHECK_NAMES.metrics);
  const who = verdict.canary ?? verdict.baseline ?? service;
  const title = metricsCheck !== void 0 ? `${service}: no metrics. ${metricsCheck.detail}` : verdict.conclusion === "success" ? `${service}: ${who} passed all ${verdict.checks.length} checks${verdict.baseline !== void 0 && verdict.baseline !== who ? ` against ${verdict.baseline}` : ""}` : verdict.conclusion === "failure" ? `${service}: ${who} failed ${names("fail").join(", ")}` : `${service}: not enough data for ${names("insufficient").join(", ")}`;
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

// src/core/deploy-report.ts
var MAX_DIFF_LINES = 400;
function applyMarker(sha) {
  return `<!-- rollout-bot:apply sha=${sha} -->`;
}
var PLAN_MARKER = "<!-- rollout-bot:plan -->";
function refusalMarker(reason) {
  return `<!-- rollout-bot:apply-refused reason=${reason.replace(/[^A-Za-z0-9_-]/g, "")} -->`;
}
function quote2(message) {
  return message.trim().split(/\r?\n/).map((l) => l.trim() === "" ? ">" : `> ${prose(l)}`);
}
function html(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
function andList(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
var pct = (n) => n === void 0 ? "not routed" : Number.isFinite(n) ? `${n} %` : "unreadable";
var shortSha = (sha) => code(sha.slice(0, 7) || "unknown commit");
function versionsOf(repo, live) {
  const all = Object.keys(repo);
  for (const v of Object.keys(live ?? {})) if (!all.includes(v)) all.push(v);
  return all;
}
function weightList(w, order) {
  return order.filter((v) => w[v] !== void 0).map((v) => `${v} ${pct(w[v])}`).join(", ");
}
function sameWeights(a, b) {
  return versionsOf(a, b).every((v) => (a[v] ?? 0) === (b[v] ?? 0));
}
var ICON = {
  applied: "\u2705",
  "no-op": "\u26AA",
  refused: "\u26D4",
  failed: "\u274C",
  "rolled-back": "\u21A9\uFE0F"
};
var STATUS_WORDS = {
  applied: "applied",
  "no-op": "already current",
  refused: "not applied",
  failed: "failed",
  "rolled-back": "rolled back"
};
function headline(at, services) {
  const keys = (status) => andList(services.filter((s) => s.status === status).map((s) => code(s.key)));
  const any = (status) => services.some((s) => s.status === status);
  if (any("failed")) return `### ${ICON.failed} Apply of ${at} failed for ${keys("failed")}`;
  if (any("rolled-back"))
    return `### ${ICON["rolled-back"]} Apply of ${at} rolled back for ${keys("rolled-back")}`;
  if (any("refused")) return `### ${ICON.refused} ${at} not applied to ${keys("refused")}`;
  if (any("applied")) return `### ${ICON.applied} Applied ${at} to the cluster`;
  return `### ${ICON["no-op"]} ${at}: the cluster already matched, nothing to apply`;
}
function liveSection(s) {
  if (s.liveWeights === void 0)
    return [
      `**Live weights:** could not be read back from the cluster; check them with ${code(`kubectl get virtualservices -n ${s.namespace} -o yaml`)}.`
    ];
  const order = versionsOf(s.repoWeights, s.liveWeights);
  if (sameWeights(s.repoWeights, s.liveWeights))
    return [
      `**Live weights**, read back from the cluster, match rollout.yaml: ${weightList(s.liveWeights, order)}.`
    ];
  const live = s.liveWeights;
  const other = s.status === "applied" || s.status === "no-op" ? [
    "",
    "Something other than rollout-bot routes this traffic (kubectl, another controller such as Argo CD or Flagger); find it before the next rollout step."
  ] : [];
  return [
    "**Live weights**, read back from the cluster, differ from rollout.yaml:",
    "",
    table(
      ["version", "rollout.yaml", "live"],
      ["l", "r", "r"],
      order.map((v) => {
        const differs = (s.repoWeights[v] ?? 0) !== (live[v] ?? 0);
        return [code(v), pct(s.repoWeights[v]), `${pct(live[v])}${differs ? " \u26A0\uFE0F" : ""}`];
      })
    ),
    ...other
  ];
}
function revertLink(s) {
  return s.revertPr ? `[#${s.revertPr.number}](${s.revertPr.url})` : void 0;
}
function whatToDo(s, rerun) {
  const revert = revertLink(s);
  switch (s.status) {
    case "failed":
      return [
        `**What to do:** the cluster may be partly changed: the objects marked created, configured or pruned above were applied before the failure. Fix the cause, then ${rerun} to apply the same commit again; or ${revert ? `merge the revert PR ${revert}` : "revert this merge"} so rollout.yaml matches what the cluster serves.`
      ];
    case "rolled-back":
      return [
        `**What to do:** rollout-bot put back the objects it had changed, so the cluster serves what it served before this merge, and rollout.yaml on the default branch no longer matches it. ${revert ? `Merge the revert PR ${revert}` : "Revert this merge"} to make them agree, or fix the cause and ${rerun}.`
      ];
    case "refused":
      return [
        `**What to do:** nothing was applied to ${code(s.key)}. Fix what the message says, then ${rerun}.`
      ];
    default:
      return [];
  }
}
function serviceSection(s, rerun) {
  const out = [
    `#### ${ICON[s.status]} ${code(s.key)} in ${code(s.namespace)}: ${STATUS_WORDS[s.status]}`,
    ""
  ];
  if (s.applied.length > 0)
    out.push(
      table(
        ["object", "action"],
        ["l", "l"],
        s.applied.map((o) => [`${o.kind} ${code(o.name)}`, o.action])
      ),
      ""
    );
  else if (s.status === "applied" || s.status === "no-op") out.push("No objects to apply.", "");
  out.push(...liveSection(s));
  const message = s.message?.trim();
  if (message) out.push("", ...quote2(message));
  const todo = whatToDo(s, rerun);
  if (todo.length > 0) out.push("", ...todo);
  return out;
}
function applyComment(params) {
  const { sha, services, runUrl, localFile } = params;
  const rerun = runUrl ? `re-run [the deploy job](${runUrl})` : localFile === void 0 ? "re-run the deploy job" : `run ${code("rollout-bot apply")} again`;
  const at = localFile === void 0 ? shortSha(sha) : `${code(localFile)} (working tree)`;
  const out = localFile === void 0 ? [applyMarker(sha), headline(at, services), ""] : [headline(at, services), ""];
  if (services.length === 0) out.push("rollout.yaml at this commit has no services.", "");
  if (services.length > 1) {
    out.push(
      table(
        ["service", "namespace", "result", "live weights"],
        ["l", "l", "l", "l"],
        services.map((s) => [
          code(s.key),
          code(s.namespace),
          `${ICON[s.status]} ${STATUS_WORDS[s.status]}`,
          s.liveWeights === void 0 ? "unreadable" : weightList(s.liveWeights, versionsOf(s.repoWeights, s.liveWeights)) || "none"
        ])
      ),
      ""
    );
  }
  for (const s of services) out.push(...serviceSection(s, rerun), "");
  const run = runUrl ? ` \xB7 [deploy run](${runUrl})` : "";
  const what = localFile === void 0 ? `Commit ${code(sha)}` : `${code(localFile)} (working tree)`;
  out.push(`<sub>${what}${run} \xB7 server-side apply, field manager ${code("rollout-bot")}</sub>`);
  return truncateMarkdown(out.join("\n"), GITHUB_TEXT_LIMIT);
}
function diffStat(diff) {
  let plus = 0;
  let minus = 0;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+") && !line.startsWith("+++")) plus++;
    else if (line.startsWith("-") && !line.startsWith("---")) minus++;
  }
  return `+${plus} \u2212${minus}`;
}
function diffBlock(d) {
  const lines = d.diff.replace(/\s+$/, "").split(/\r?\n/);
  const shown = lines.slice(0, MAX_DIFF_LINES);
  const cut = lines.length - shown.length;
  return [
    "<details>",
    `<summary>${html(d.kind)} <code>${html(d.name)}</code>: ${diffStat(d.diff)}</summary>`,
    "",
    fenced(shown.join("\n"), "diff"),
    ...cut > 0 ? ["", `_${cut} more lines not shown._`] : [],
    "",
    "</details>"
  ];
}
function driftSection(drift) {
  const real = drift.filter((d) => d.live !== d.repo);
  if (real.length === 0) return [];
  return [
    "\u26A0\uFE0F **Drift:** the cluster does not serve the weights rollout.yaml gives. Someone changed the routes outside rollout-bot (kubectl, another controller), or an earlier apply did not finish; the diffs below are against what is live, and merging replaces it.",
    "",
    table(
      ["version", "rollout.yaml", "live"],
      ["l", "r", "r"],
      real.map((d) => [code(d.version), pct(d.repo), pct(d.live)])
    ),
    ""
  ];
}
function planComment(params) {
  const { services, runUrl } = params;
  const out = [
    PLAN_MARKER,
    "### What merging this PR changes in the cluster",
    "",
    "A server-side dry run against the cluster: nothing is applied until this PR is merged with its approvals.",
    ""
  ];
  if (services.length === 0) out.push("This PR changes no service in rollout.yaml.", "");
  for (const s of services) {
    const changed = s.diffs.filter((d) => d.diff.trim() !== "");
    const unchanged = s.diffs.filter((d) => d.diff.trim() === "");
    const summary = changed.length === 0 ? "no change" : `${changed.length} ${changed.length === 1 ? "object changes" : "objects change"}${unchanged.length > 0 ? `, ${unchanged.length} unchanged` : ""}`;
    out.push(`#### ${code(s.key)}: ${summary}`, "", ...driftSection(s.drift));
    if (changed.length === 0) out.push("The cluster already serves what this PR describes.", "");
    for (const d of changed) out.push(...diffBlock(d), "");
    if (changed.length > 0 && unchanged.length > 0)
      out.push(`Unchanged: ${unchanged.map((d) => `${d.kind} ${code(d.name)}`).join(", ")}.`, "");
  }
  const run = runUrl ? `[This run](${runUrl}) made the dry run; r` : "R";
  out.push(`<sub>${run}ollout-bot updates this comment when the PR changes.</sub>`);
  return truncateMarkdown(out.join("\n"), GITHUB_TEXT_LIMIT);
}
function refusalSteps(reason, rerun) {
  const revert = "revert this merge, so rollout.yaml on the default branch matches the cluster again.";
  switch (reason) {
    case "not-enough-approvals":
      return [
        "**What to do**, either:",
        "",
        `- get the missing approvals on this PR (a review still counts after the merge), then ${rerun}; rollout-bot reads the reviews again;`,
        `- or ${revert}`
      ];
    case "changes-requested":
      return [
        "**What to do**, either:",
        "",
        `- resolve the change request: the reviewer approves, or someone with write access dismisses the review; then ${rerun};`,
        `- or ${revert}`
      ];
    case "no-pr":
      return [
        "**What to do:** revert the push, then make the change in a pull request (a `/rollout` command opens one), get it approved and merge it."
      ];
    default:
      return [
        "**What to do**, either:",
        "",
        `- fix what the message names in a new pull request and merge it, or fix it outside the repository (e.g. in the cluster) and ${rerun};`,
        `- or ${revert}`
      ];
  }
}
function refusalComment(params) {
  const { reason, message, runUrl } = params;
  const rerun = runUrl ? `re-run [the deploy job](${runUrl})` : "re-run the deploy job";
  const event = reason === "no-pr" ? "push" : "merge";
  return [
    refusalMarker(reason),
    `### ${ICON.refused} ${reason === "no-pr" ? "Pushed" : "Merged"}, but not applied (${code(reason)})`,
    "",
    ...quote2(message),
    "",
    `**Nothing was applied to the cluster.** It still serves what it served before this ${event}, so rollout.yaml on the default branch no longer matches it.`,
    "",
    ...refusalSteps(reason, rerun)
  ].join("\n");
}

export {
  quantileFromBuckets,
  evaluateGate,
  code,
  fenced,
  table,
  prose,
  metricsMarker,
  metricsComment,
  checkRunOutput,
  MAX_DIFF_LINES,
  applyMarker,
  PLAN_MARKER,
  refusalMarker,
  applyComment,
  planComment,
  refusalComment
};
