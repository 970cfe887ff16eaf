import { formatPercent, pickCanary, UNAVAILABLE_WORDS } from "../gate.js";
import type { GateCheck, MetricsResult, RanQuery } from "../metrics.js";
import type { PromAnswer } from "../ports.js";
import { promDuration } from "../promql.js";
import { routerOf } from "../routers/index.js";
import type { RouterProblem } from "../routers/types.js";
import type { ServiceConfig } from "../schema.js";
import { PRESETS } from "./presets.js";
import type { CheckConfig } from "./schema.js";
import type { CheckDirection } from "./schema-types.js";
import { expandTemplate, parseTemplate, type TemplateValues } from "./template.js";

/**
 * Custom checks, pure: resolve a check (its preset's defaults under the user's overrides), expand
 * its one query for all versions, map the answer's samples to versions, and judge the canary —
 * against a bound (`threshold`) or against the baseline (`compare`). The handler
 * (src/handlers/collect-checks.ts) only runs the queries.
 */

/** How a check is judged. */
export type Judgement =
  | { readonly kind: "threshold"; readonly bound: number }
  | { readonly kind: "compare"; readonly tolerancePercent: number };

/** A check with its preset applied: everything judging needs. */
export interface ResolvedCheck {
  readonly name: string;
  readonly query: string;
  readonly versionLabel: string;
  /** Version → its value of versionLabel (the version's name unless versionValues says). */
  readonly labelValues: Readonly<Record<string, string>>;
  readonly direction: CheckDirection;
  readonly unit: string;
  readonly critical: boolean;
  readonly judgement: Judgement;
}

/** A custom check's verdict: a GateCheck that says whether it counts in the conclusion. */
export interface CustomGateCheck extends GateCheck {
  /** False: shown, and a failure only warns; the gate's conclusion does not count it. */
  readonly critical: boolean;
}

const DEFAULT_VERSION_LABEL = "version";

/** The check as judged: the user's fields over its preset's defaults. */
export function resolveCheck(c: CheckConfig, versions: readonly string[]): ResolvedCheck {
  const preset = c.preset !== undefined ? PRESETS[c.preset] : undefined;
  const versionLabel = c.versionLabel ?? preset?.versionLabel ?? DEFAULT_VERSION_LABEL;
  const judgement: Judgement =
    c.threshold !== undefined
      ? { kind: "threshold", bound: c.threshold }
      : c.compare !== undefined
        ? { kind: "compare", tolerancePercent: c.compare.tolerancePercent }
        : preset !== undefined && "threshold" in preset
          ? { kind: "threshold", bound: preset.threshold }
          : {
              kind: "compare",
              tolerancePercent: preset && "compare" in preset ? preset.compare.tolerancePercent : 0,
            };
  const given = c.versionValues ?? {};
  return {
    name: c.name ?? c.preset ?? "check",
    query: c.query ?? preset?.query ?? "",
    versionLabel,
    labelValues: Object.fromEntries(
      versions.map((v) => [v, Object.hasOwn(given, v) ? (given[v] as string) : v]),
    ),
    direction: preset?.direction ?? c.direction ?? "lower-is-better",
    unit: c.unit ?? preset?.unit ?? "",
    critical: c.critical,
    judgement,
  };
}

/**
 * What is wrong with a service's checks that only the service knows: a versionValues key that is
 * not a version, two versions with one label value (their samples could not be told apart).
 * Paths are below `services.<key>`, as a router's problems.
 */
export function checkProblems(service: ServiceConfig): RouterProblem[] {
  const versions = Object.keys(service.versions);
  const out: RouterProblem[] = [];
  (service.policy.gate.checks ?? []).forEach((c, i) => {
    const at = ["policy", "gate", "checks", i, "versionValues"];
    for (const v of Object.keys(c.versionValues ?? {}))
      if (!versions.includes(v))
        out.push({
          path: at,
          key: v,
          message: `\`${v}\` is not one of the versions (${versions.join(", ")}): name a version, or remove it.`,
        });
    const r = resolveCheck(c, versions);
    const by = new Map<string, string>();
    for (const v of versions) {
      const value = r.labelValues[v] as string;
      const other = by.get(value);
      if (other !== undefined)
        out.push({
          path: c.versionValues ? at : ["policy", "gate", "checks", i],
          message: `\`${other}\` and \`${v}\` both have ${r.versionLabel}="${value}", so check ${r.name} cannot tell them apart: give each version its own value in versionValues.`,
        });
      else by.set(value, v);
    }
  });
  return out;
}

/** One check's query, ready to run (or why it cannot be, for a config that skipped validation). */
export interface PlannedCheck {
  readonly check: ResolvedCheck;
  readonly promql: string | undefined;
  readonly problem?: string;
}

/** The queries of a service's checks: one per check, for all versions at once. */
export function planChecks(params: {
  readonly key: string;
  readonly service: ServiceConfig;
  readonly clusterDomain: string;
  readonly windowSeconds: number;
}): PlannedCheck[] {
  const { key, service } = params;
  const versions = Object.keys(service.versions);
  const router = routerOf(service);
  const input = { key, service, clusterDomain: params.clusterDomain };
  const hosts = [service.host];
  for (const v of versions) {
    const h = router.versionHost(input, v);
    if (h !== undefined && !hosts.includes(h)) hosts.push(h);
  }
  return (service.policy.gate.checks ?? []).map((c) => {
    const check = resolveCheck(c, versions);
    const values: TemplateValues = {
      text: {
        namespace: service.namespace,
        service: key,
        host: service.host,
        model: service.tfServing?.modelName ?? service.host,
      },
      regex: { hosts, versions: versions.map((v) => check.labelValues[v] as string) },
      token: { versionLabel: check.versionLabel, window: promDuration(params.windowSeconds) },
    };
    const parsed = parseTemplate(check.query);
    if (!parsed.ok)
      return { check, promql: undefined, problem: parsed.problems.map((p) => p.message).join("; ") };
    return { check, promql: expandTemplate({ template: check.query, uses: parsed.uses, values }) };
  });
}

/** Who is judged: the canary (named, or picked as the gate picks it) against the stable version. */
export interface CheckSubject {
  readonly stable: string;
  readonly canary: string | undefined;
  /** The judged version had at least `minRequests` requests (Istio's count): a check may pass. */
  readonly enough: boolean;
}

/** The version the custom checks judge, by the gate's own rule (so both judge the same one). */
export function checkSubject(params: {
  readonly metrics: MetricsResult;
  readonly service: ServiceConfig;
  readonly canary?: string;
}): CheckSubject {
  const { metrics, service } = params;
  const mirror = service.mirror?.version;
  const named = params.canary === mirror ? undefined : params.canary;
  if (!metrics.ok) return { stable: service.stable, canary: named, enough: false };
  const canary = named ?? pickCanary(metrics.metrics.versions, service.stable, mirror);
  const subject = metrics.metrics.versions.find((v) => v.version === (canary ?? service.stable));
  const requests = subject?.requests ?? 0;
  const minRequests = service.policy.gate.minRequests;
  return {
    stable: service.stable,
    canary,
    enough: Number.isFinite(requests) && requests > 0 && requests >= minRequests,
  };
}

/**
 * A value as people read it: about 3 significant digits, then the unit ("412 ms", "41.3 ms"); more
 * digits when fewer would make it look equal to one of `avoid` (a value just over a limit never
 * shows as the limit). Percentages as the gate writes them ("99.52 %").
 */
export function formatValue(x: number, unit: string, avoid: readonly number[] = []): string {
  if (unit === "%") return formatPercent(x, avoid);
  const a = Math.abs(x);
  let d = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 || a === 0 ? 2 : Math.max(2, 2 - Math.floor(Math.log10(a)));
  // Float noise (75.00000000001 vs 75) is not a difference worth digits.
  const differs = (b: number) => Math.abs(b - x) > 1e-9 * Math.max(Math.abs(b), Math.abs(x));
  const clash = (s: string) => avoid.some((b) => differs(b) && Number(s) === Number(b.toFixed(d)));
  while (d < 6 && clash(x.toFixed(d))) d++;
  const n = x.toFixed(d).replace("-", "−");
  return unit === "" ? n : `${n} ${unit}`;
}

/** The answer's value per version: samples told apart by versionLabel; NaN and ±Inf are no value. */
export type VersionValues =
  | { readonly ok: true; readonly values: ReadonlyMap<string, number> }
  | { readonly ok: false; readonly message: string };

export function valuesByVersion(check: ResolvedCheck, answer: PromAnswer & { ok: true }): VersionValues {
  const { resultType, result } = answer.data;
  if (resultType !== "vector" || !Array.isArray(result))
    return {
      ok: false,
      message: `the query returned a ${resultType}, not an instant vector with one sample per version: group it by ${check.versionLabel}, e.g. \`sum by (${check.versionLabel}) (...)\``,
    };
  const byValue = new Map(Object.entries(check.labelValues).map(([v, value]) => [value, v]));
  const values = new Map<string, number>();
  for (const s of result as readonly {
    metric?: Record<string, string>;
    value?: readonly [number, string];
  }[]) {
    const label = s.metric?.[check.versionLabel];
    const version = label === undefined ? undefined : byValue.get(label);
    if (version === undefined) continue; // another model or service: not ours to judge
    if (values.has(version))
      return {
        ok: false,
        message: `the query returned more than one sample for \`${version}\` (${check.versionLabel}="${label}"): aggregate the other labels away, e.g. \`sum by (${check.versionLabel}) (...)\``,
      };
    const n = Number(s.value?.[1]);
    if (Number.isFinite(n)) values.set(version, n);
    else values.set(version, Number.NaN);
  }
  return { ok: true, values };
}

function worse(direction: CheckDirection): string {
  return direction === "lower-is-better" ? "higher" : "lower";
}

/**
 * Judges one check on its query's answer:
 *
 * | judgement | pass | fail | insufficient |
 * | --- | --- | --- | --- |
 * | threshold | the canary's value is within the bound | beyond it | no value for the canary |
 * | compare | canary within baseline × (1 ± tolerance) | beyond it | no value for either, only the stable version, a baseline of 0 |
 *
 * As the built-in checks: with fewer than `minRequests` requests (`enough` false) a check can fail
 * but not pass. A Prometheus error is a fail or insufficient as `policy.gate.onMissingMetrics`
 * says. A non-critical check is judged the same, and its detail says it only warns.
 */
export function judgeCheck(params: {
  readonly check: ResolvedCheck;
  readonly answer: PromAnswer | { readonly ok: false; readonly reason: "invalid"; readonly message: string };
  readonly subject: CheckSubject;
  readonly window: string;
  readonly onMissingMetrics: "fail" | "neutral";
}): CustomGateCheck {
  const { check, answer, subject, window } = params;
  const head = check.critical ? "" : "Non-critical, warns only: ";
  const result = (status: GateCheck["status"], detail: string): CustomGateCheck => ({
    name: check.name,
    status,
    detail: `${head}${detail}`,
    critical: check.critical,
  });
  if (!answer.ok) {
    const what =
      answer.reason === "invalid" ? "The check's query is invalid" : UNAVAILABLE_WORDS[answer.reason];
    const status =
      params.onMissingMetrics === "fail" && answer.reason !== "invalid" ? "fail" : "insufficient";
    return result(status, `${what}: ${answer.message.trim().replace(/\s+/g, " ")}.`);
  }
  const got = valuesByVersion(check, answer);
  if (!got.ok) return result("insufficient", `Cannot judge: ${got.message}.`);
  const name = subject.canary ?? subject.stable;
  const c = got.values.get(name);
  const v = `\`${name}\``;
  const fmt = (x: number, avoid: readonly number[] = []) => formatValue(x, check.unit, avoid);
  const noValue = (version: string) =>
    `\`${version}\` had no value (no sample with ${check.versionLabel}="${check.labelValues[version] ?? version}") in the last ${window}`;
  if (c === undefined || Number.isNaN(c))
    return result("insufficient", `${noValue(name)}, so nothing to judge (no data is never a pass).`);
  const tooFew = subject.enough
    ? ""
    : ", but on fewer requests than policy.gate.minRequests, too few to pass";
  const pass = (detail: string) => result(subject.enough ? "pass" : "insufficient", `${detail}${tooFew}.`);
  const j = check.judgement;
  if (j.kind === "threshold") {
    const ok = check.direction === "lower-is-better" ? c <= j.bound : c >= j.bound;
    const sign = check.direction === "lower-is-better" ? (ok ? "≤" : ">") : ok ? "≥" : "<";
    const rule = check.direction === "lower-is-better" ? "allowed" : "required";
    const text = `${v} ${fmt(c, [j.bound])} ${sign} ${fmt(j.bound)} ${rule}`;
    return ok ? pass(text) : result("fail", `${text}.`);
  }
  if (subject.canary === undefined || subject.canary === subject.stable)
    return result(
      "insufficient",
      `Only the stable version ${v} is judged, so there is no baseline to compare its ${fmt(c)} with.`,
    );
  const b = got.values.get(subject.stable);
  const bv = `\`${subject.stable}\``;
  if (b === undefined || Number.isNaN(b))
    return result(
      "insufficient",
      `${noValue(subject.stable)}, so there is nothing to compare ${v}'s ${fmt(c)} with.`,
    );
  if (b === 0)
    return result(
      "insufficient",
      `The baseline ${bv} is 0, and a tolerance in percent of 0 allows nothing: use \`threshold\` for this metric (${v} ${fmt(c)}).`,
    );
  const t = j.tolerancePercent;
  const limit = check.direction === "lower-is-better" ? b * (1 + t / 100) : b * (1 - t / 100);
  const ok = check.direction === "lower-is-better" ? c <= limit : c >= limit;
  const change = ((c - b) / Math.abs(b)) * 100;
  const shown = Math.abs(change).toFixed(1);
  const pct = Number(shown) === 0 ? "±0.0 %" : `${change > 0 ? "+" : "−"}${shown} %`;
  const text = `${v} ${fmt(c, [limit])} vs ${bv} ${fmt(b)}: ${pct}; at most ${t} % ${worse(check.direction)} allowed (limit ${fmt(limit)})`;
  return ok ? pass(text) : result("fail", `${text}.`);
}

/** The queries as run, for the summary's "queries" list (so anyone can re-run them). */
export function ranQueries(planned: readonly PlannedCheck[], at: number): RanQuery[] {
  return planned.flatMap((p) =>
    p.promql === undefined ? [] : [{ name: `check ${p.check.name}`, promql: p.promql, time: at }],
  );
}

/** The metrics with the checks' queries after the built-in ones, so the summary lists every query run. */
export function withQueries(result: MetricsResult, queries: readonly RanQuery[]): MetricsResult {
  if (queries.length === 0) return result;
  return result.ok
    ? { ...result, metrics: { ...result.metrics, queries: [...result.metrics.queries, ...queries] } }
    : { ...result, queries: [...result.queries, ...queries] };
}
