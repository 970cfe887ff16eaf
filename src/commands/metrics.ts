import type { LocalTree } from "../adapters/fs.js";
import { loadConfig } from "../core/config.js";
import { durationProblem } from "../core/schema.js";
import { didYouMean, shownName } from "../core/suggest.js";
import { type PromFactory, type ReportOutcome, summarise } from "../handlers/report-metrics.js";
import { guardIo } from "./local.js";

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
}): Promise<MetricsCommandResult> {
  // Options first: a usage error (exit 2) whatever rollout.yaml holds.
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
    const text = await params.tree.read(params.file);
    if (text === undefined) {
      return {
        ok: false,
        reason: "missing-config",
        message: `${params.file}: not found. Pass --config PATH.`,
      };
    }
    const loaded = loadConfig({
      text,
      file: params.file,
      ...(params.service ? { only: params.service } : {}),
    });
    if (!loaded.ok) return { ok: false, reason: loaded.reason, message: loaded.message };
    const services = loaded.loaded.config.services;
    const all = Object.keys(services);
    // Object.hasOwn: `constructor` or `__proto__` is a name, never a property of every object.
    if (params.service !== undefined && !Object.hasOwn(services, params.service)) {
      return {
        ok: false,
        reason: "unknown-service",
        message: `no service ${shownName(params.service)} in ${params.file} (services: ${all.join(", ")}).${didYouMean(params.service, all)} Use --service with one of them.`,
      };
    }
    const keys = params.service !== undefined ? [params.service] : all;
    const reports: Extract<ReportOutcome, { ok: true }>[] = [];
    for (const key of keys) {
      const r = await summarise({
        config: loaded.loaded.config,
        key,
        prom: params.prom,
        ...(params.prometheusUrl ? { prometheusUrl: params.prometheusUrl } : {}),
        at: params.at,
        ...(params.window ? { window: params.window } : {}),
      });
      if (!r.ok) return r;
      reports.push(r);
    }
    return { ok: true, reports };
  });
}
