import type { LocalTree } from "../adapters/fs.js";
import { durationProblem } from "../core/schema.js";
import { type PromFactory, type ReportOutcome, summarise } from "../handlers/report-metrics.js";
import { guardIo, loadForServices } from "./local.js";

export type MetricsCommandResult =
  | { readonly ok: true; readonly reports: readonly Extract<ReportOutcome, { ok: true }>[] }
  | { readonly ok: false; readonly reason: string; readonly message: string };

/** The latest `--at` taken: 9999-12-31T23:59:59Z (later ones are typos, and overflow dates). */
const MAX_AT = 253_402_300_799;

/** Parses `--at`: unix seconds or an ISO-8601 time from 1970 to 9999; undefined when it is neither. */
export function parseAt(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return now;
  const at = /^\d+(\.\d+)?$/.test(value) ? Math.floor(Number(value)) : Math.floor(Date.parse(value) / 1000);
  return Number.isFinite(at) && at >= 0 && at <= MAX_AT ? at : undefined;
}

/**
 * Parses `--since` (when the step's weights went live) against `at`: unix seconds, an ISO-8601
 * time, or a duration before `at` ("45m ago", "2h", "90s ago"). `undefined` when it is none of
 * them or later than `at`.
 */
export function parseSince(value: string, at: number): number | undefined {
  const ago = /^\s*(\d+)\s*(s|m|h|d)\s*(ago)?\s*$/.exec(value);
  if (ago) return at - Number(ago[1]) * ({ s: 1, m: 60, h: 3600, d: 86400 }[ago[2] as "s"] ?? 1);
  const since = parseAt(value, at);
  return since !== undefined && since <= at ? since : undefined;
}

/** Why `--prometheus` is not a Prometheus base URL, or undefined when it is one. */
function prometheusUrlProblem(url: string): string | undefined {
  let u: URL | undefined;
  try {
    u = new URL(url);
  } catch {
    u = undefined;
  }
  if (u && (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "") return undefined;
  return `--prometheus ${JSON.stringify(url)} is not an http(s) URL: use e.g. http://prometheus.istio-system:9090.`;
}

/** `metrics`: the summary and gate verdict per service, from the local rollout.yaml. */
export async function runMetrics(params: {
  readonly tree: LocalTree;
  readonly file: string;
  readonly prom: PromFactory;
  readonly service?: string;
  readonly prometheusUrl?: string;
  readonly at: number;
  readonly window?: string;
  /** `--since` as typed: when the step's weights went live (the comparisons count from there). */
  readonly since?: string;
}): Promise<MetricsCommandResult> {
  // Options first: a usage error (exit 2) whatever rollout.yaml holds.
  const since = params.since === undefined ? undefined : parseSince(params.since, params.at);
  if (params.since !== undefined && since === undefined)
    return {
      ok: false,
      reason: "usage",
      message: `--since ${JSON.stringify(params.since)} is not a time at or before --at: use ISO-8601 (2026-11-25T12:00:00Z), unix seconds, or a duration before --at such as "45m ago".`,
    };
  if (params.window !== undefined) {
    const problem = durationProblem(params.window, { positive: true });
    if (problem)
      return { ok: false, reason: "usage", message: `--window ${JSON.stringify(params.window)} ${problem}.` };
  }
  if (params.prometheusUrl !== undefined) {
    const problem = prometheusUrlProblem(params.prometheusUrl);
    if (problem) return { ok: false, reason: "usage", message: problem };
  }
  return guardIo(params.file, async (): Promise<MetricsCommandResult> => {
    const r = await loadForServices(params);
    if (!r.ok) return r;
    const reports: Extract<ReportOutcome, { ok: true }>[] = [];
    for (const key of r.keys) {
      const report = await summarise({
        config: r.loaded.config,
        key,
        prom: params.prom,
        ...(params.prometheusUrl ? { prometheusUrl: params.prometheusUrl } : {}),
        at: params.at,
        ...(params.window ? { window: params.window } : {}),
        ...(since !== undefined ? { since } : {}),
      });
      if (!report.ok) return report;
      reports.push(report);
    }
    return { ok: true, reports };
  });
}
