import type { LocalTree } from "../adapters/fs.js";
import { loadConfig } from "../core/config.js";
import { type PromFactory, type ReportOutcome, summarise } from "../handlers/report-metrics.js";

export type MetricsCommandResult =
  | { readonly ok: true; readonly reports: readonly Extract<ReportOutcome, { ok: true }>[] }
  | { readonly ok: false; readonly reason: string; readonly message: string };

/** Parses `--at`: unix seconds or an ISO-8601 time; undefined when it is neither. */
export function parseAt(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return now;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.floor(Number(value));
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
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
  const text = await params.tree.read(params.file);
  if (text === undefined) {
    return { ok: false, reason: "missing-config", message: `${params.file}: not found. Pass --config PATH.` };
  }
  const loaded = loadConfig({ text, file: params.file, ...(params.service ? { only: params.service } : {}) });
  if (!loaded.ok) return { ok: false, reason: loaded.reason, message: loaded.message };
  const keys = params.service ? [params.service] : Object.keys(loaded.loaded.config.services);
  if (params.window !== undefined && !/^[0-9]+(ms|s|m|h|d)$/.test(params.window)) {
    return {
      ok: false,
      reason: "usage",
      message: `--window ${params.window} is not a duration: use e.g. 10m or 1h.`,
    };
  }
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
}
