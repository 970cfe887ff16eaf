import { type Dataset, SCRAPE_INTERVAL_SECONDS } from "../fixtures/prometheus/generate.js";

/**
 * Synthetic series of a model server's own exporter (TF Serving, KServe, vLLM), for a real
 * Prometheus: counters and histograms with the exporter's metric names and labels, plus the labels
 * Kubernetes pod discovery adds (`namespace`, and the pods' labels such as `version`).
 *
 * Every counter grows linearly from an hour of earlier traffic, so rate() over any window inside
 * the data is exactly `perSecond` (and a histogram bucket's rate is perSecond × its cumulative
 * share): histogram_quantile then returns exactly what Prometheus's rule gives for the shares.
 */
export interface ExporterSeries {
  readonly labels: Readonly<Record<string, string>>;
  /** Increase per second of the counter (a histogram: of its _count). */
  readonly perSecond: number;
  /** Histograms: `le` and the cumulative share at or below it, "+Inf" (1) last. */
  readonly buckets?: readonly (readonly [le: string, share: number])[];
  /** Histograms: the mean observation (_sum grows at mean × _count). */
  readonly mean?: number;
}

export interface ExporterFamily {
  /** The family's name: a counter's samples are `<name>_total` unless `bare` (TF Serving writes none). */
  readonly name: string;
  readonly type: "counter" | "histogram";
  /** Samples named exactly `name` (TF Serving's counters have no `_total`). */
  readonly bare?: boolean;
  readonly series: readonly ExporterSeries[];
}

const PRIOR_SECONDS = 3600;

export function exporterDataset(spec: {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly families: readonly ExporterFamily[];
}): Dataset {
  const step = SCRAPE_INTERVAL_SECONDS;
  function* chunks(): Generator<string> {
    const times: number[] = [];
    for (let t = spec.start; t <= spec.end; t += step) times.push(t);
    const count = (s: ExporterSeries, t: number) => s.perSecond * (PRIOR_SECONDS + (t - spec.start));
    for (const f of spec.families) {
      // A bare counter is typed `unknown`: OpenMetrics requires `_total` on a counter's samples.
      let out = `# TYPE ${f.name} ${f.type === "counter" && f.bare ? "unknown" : f.type}\n`;
      for (const s of f.series) {
        const l = renderLabels(s.labels);
        for (const t of times) {
          const n = count(s, t);
          if (f.type === "counter") {
            out += `${f.name}${f.bare ? "" : "_total"}{${l}} ${fmt(n)} ${t}\n`;
            continue;
          }
          for (const [le, share] of s.buckets ?? [])
            out += `${f.name}_bucket{${l},le="${le}"} ${fmt(n * share)} ${t}\n`;
          out += `${f.name}_count{${l}} ${fmt(n)} ${t}\n`;
          out += `${f.name}_sum{${l}} ${fmt(n * (s.mean ?? 0))} ${t}\n`;
        }
      }
      yield out;
    }
    yield "# EOF\n";
  }
  let text: string | undefined;
  return {
    name: spec.name,
    service: "",
    namespace: "",
    start: spec.start,
    end: spec.end,
    scrapeIntervalSeconds: step,
    latencySource: "milliseconds",
    expected: {},
    get text() {
      text ??= [...chunks()].join("");
      return text;
    },
    chunks,
  };
}

/** Label values are escaped as OpenMetrics wants (backslash, quote, line break). */
function renderLabels(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}="${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`)
    .join(",");
}

const fmt = (x: number): string => String(Math.round(x * 1e6) / 1e6);
