import { type Dataset, SCRAPE_INTERVAL_SECONDS } from "../fixtures/prometheus/generate.js";

/** The series of one set of labels: its requests by response code, and one latency histogram. */
export interface IstioSeriesGroup {
  /** Labels of every series of the group (`response_code` and, on buckets, `le` are added). */
  readonly labels: Readonly<Record<string, string>>;
  /** Requests per second, within the data and in the hour before it. */
  readonly rps: number;
  /** response_code → share of the requests; shares add up to 1. */
  readonly codes: Readonly<Record<string, number>>;
  /** istio_request_duration_milliseconds buckets: `le` and the cumulative share at or below it, "+Inf" (1) last. */
  readonly buckets: readonly (readonly [le: string, share: number])[];
}

/** Counters start at this many seconds of earlier traffic, so none starts at 0. */
const PRIOR_SECONDS = 3600;

/**
 * A small synthetic Istio dataset for a real Prometheus (see `usePrometheus`): `istio_requests_total`
 * per response code and one `istio_request_duration_milliseconds_{bucket,count,sum}` histogram per
 * group (labelled response_code="200", holding all of the group's requests), sampled every `step`
 * seconds from `start` to `end` inclusive (unix seconds), in OpenMetrics text for promtool.
 *
 * Every counter is linear: requests(t) = rps × (PRIOR_SECONDS + (t − start)), times the code's share
 * (or the bucket's cumulative share; `_sum` is `meanMs` × requests). Prometheus's increase()/rate()
 * extrapolate linearly to the window's edges, which is exact for a linear series, so for any window
 * [t − w, t] inside [start, end], on the scrape grid or not, increase() = rps × w × share. Starting
 * from an hour of earlier traffic keeps increase() from clamping its extrapolation at zero. Values
 * are printed with up to 6 decimals (OpenMetrics counters are floats).
 *
 * The dataset has no `expected` values: the tests that use it state their own.
 */
export function istioDataset(spec: {
  readonly name: string;
  /** destination_service_name and destination_service_namespace of the service under test. */
  readonly service: string;
  readonly namespace: string;
  readonly start: number;
  readonly end: number;
  /** Seconds between samples; default the 15 s scrape interval. */
  readonly step?: number;
  /** Mean latency (ms) of every group: `_sum` grows at meanMs × `_count`. */
  readonly meanMs: number;
  readonly groups: readonly IstioSeriesGroup[];
}): Dataset {
  const step = spec.step ?? SCRAPE_INTERVAL_SECONDS;
  for (const g of spec.groups) {
    const last = g.buckets[g.buckets.length - 1];
    if (last?.[0] !== "+Inf" || last[1] !== 1)
      throw new Error(`istioDataset ${spec.name}: the last bucket must be ["+Inf", 1]`);
  }
  function* chunks(): Generator<string> {
    const times: number[] = [];
    for (let t = spec.start; t <= spec.end; t += step) times.push(t);
    const requests = (g: IstioSeriesGroup, t: number) => g.rps * (PRIOR_SECONDS + (t - spec.start));
    let out = "# TYPE istio_requests counter\n";
    for (const g of spec.groups)
      for (const [code, share] of Object.entries(g.codes)) {
        const series = `istio_requests_total{${renderLabels({ ...g.labels, response_code: code })}}`;
        for (const t of times) out += `${series} ${fmt(requests(g, t) * share)} ${t}\n`;
      }
    yield out;
    const family = "istio_request_duration_milliseconds";
    out = `# TYPE ${family} histogram\n`;
    for (const g of spec.groups) {
      const l = renderLabels({ ...g.labels, response_code: "200" });
      for (const t of times) {
        const n = requests(g, t);
        for (const [le, share] of g.buckets)
          out += `${family}_bucket{${l},le="${le}"} ${fmt(n * share)} ${t}\n`;
        out += `${family}_count{${l}} ${fmt(n)} ${t}\n`;
        out += `${family}_sum{${l}} ${fmt(n * spec.meanMs)} ${t}\n`;
      }
    }
    yield `${out}# EOF\n`;
  }
  let text: string | undefined;
  return {
    name: spec.name,
    service: spec.service,
    namespace: spec.namespace,
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

function renderLabels(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(",");
}

/** Up to 6 decimals, shortest form (drops float noise: 329.40000000000003 → 329.4). */
const fmt = (x: number): string => String(Math.round(x * 1e6) / 1e6);
