// Section "metrics": what one metrics summary costs — Prometheus queries per summary with 2 and 10
// versions, and summarise()'s time against 24 hours of data in a real Prometheus (Debian's, started
// by the test harness), split into waiting on Prometheus and our own processing.
import { prometheusClient } from "../src/adapters/prometheus.js";
import { loadConfig } from "../src/core/config.js";
import { evaluateGate } from "../src/core/gate.js";
import type { MetricsResult, ServiceMetrics } from "../src/core/metrics.js";
import { serviceQueries } from "../src/core/promql.js";
import { istio } from "../src/core/routers/istio/index.js";
import { ServiceSchema } from "../src/core/schema.js";

/** The example's mnist service as the istio router's telemetry sees it. */
const MNIST_TELEMETRY = istio.telemetry({
  key: "mnist",
  clusterDomain: "cluster.local",
  service: ServiceSchema.parse({
    namespace: "kubeflow",
    host: "mnist-service",
    manifests: "deploy/mnist",
    versions: { v1: { weight: 90 }, v2: { weight: 10 } },
    stable: "v1",
  }),
});

import type { PromAnswer, PromPort } from "../src/core/ports.js";
import type { RolloutConfig } from "../src/core/schema.js";
import { metricsComment } from "../src/core/summary.js";
import { summarise } from "../src/handlers/report-metrics.js";
import {
  type Dataset,
  day,
  mixerSeconds,
  tenVersions,
  tenVersionsSeconds,
  twoVersions,
} from "../test/fixtures/prometheus/generate.js";
import { type PrometheusServer, startPrometheus } from "../test/helpers/prometheus-server.js";
import {
  type BenchContext,
  ms,
  type Row,
  type Section,
  summarize,
  type Table,
  type Timing,
  timeIt,
} from "./lib.js";

const KEY = "mnist";
/** Queries per summary the pipeline promises (src/handlers/collect-metrics.ts). */
const QUERIES_MS = 3;
const QUERIES_SECONDS = 4;

function pass(ok: boolean): string {
  return ok ? "PASS" : "MISS";
}

/** A one-service rollout.yaml for the datasets' service, gated like examples/mnist. */
function config(weights: Readonly<Record<string, number>>): RolloutConfig {
  const text = `services:
  ${KEY}:
    namespace: kubeflow
    host: mnist-service
    manifests: deploy/${KEY}
    versions: { ${Object.entries(weights)
      .map(([v, w]) => `${v}: { weight: ${w} }`)
      .join(", ")} }
    stable: v1
    policy:
      gate: { minRequests: 100, successRate: 99.0, p99LatencyMs: 500, window: 10m }
`;
  const r = loadConfig({ text, file: "rollout.yaml" });
  if (!r.ok) throw new Error(`bench config does not load: ${r.message}`);
  return r.loaded.config;
}

/** v1 takes what the others leave: 2 versions 90/10, 10 versions 55/5/…/5. */
function weightsFor(d: Dataset): Record<string, number> {
  const versions = Object.keys(d.expected);
  const rest = versions.length === 2 ? 10 : 5;
  return Object.fromEntries(versions.map((v, i) => [v, i === 0 ? 100 - rest * (versions.length - 1) : rest]));
}

/**
 * A fetch that counts every HTTP request prometheusClient makes (retries included), the round trips
 * (a new one starts whenever none is in flight) and the JSON bytes received.
 */
function countingFetch() {
  const stats = { requests: [] as string[], roundTrips: 0, bytes: 0, inFlight: 0 };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    if (stats.inFlight++ === 0) stats.roundTrips++;
    try {
      const url = new URL(input instanceof Request ? input.url : String(input));
      stats.requests.push(url.pathname.replace(/^.*\/api\/v1\//, ""));
      const res = await globalThis.fetch(input, init);
      // Read first: `stats.bytes += await …` would read stats.bytes before the await and lose concurrent updates.
      const body = await res.clone().text();
      stats.bytes += Buffer.byteLength(body);
      return res;
    } finally {
      stats.inFlight--;
    }
  };
  return { fetch, stats };
}

/**
 * Wraps a PromPort to measure how long the caller waits on it: the union of the intervals during
 * which at least one call is pending (the three queries of a summary run concurrently).
 */
function timedPort(port: PromPort) {
  let pending = 0;
  let since = 0;
  const t = { busyMs: 0 };
  const wrap = async (call: () => Promise<PromAnswer>) => {
    if (pending++ === 0) since = performance.now();
    try {
      return await call();
    } finally {
      if (--pending === 0) t.busyMs += performance.now() - since;
    }
  };
  const timed: PromPort = {
    query: (p) => wrap(() => port.query(p)),
    queryRange: (p) => wrap(() => port.queryRange(p)),
  };
  return { port: timed, t };
}

/** Not timing: the summary found the generator's figures for every version. */
function checkMetrics(d: Dataset, result: MetricsResult, window: string): ServiceMetrics {
  if (!result.ok) throw new Error(`bench: ${d.name}, window ${window}: no metrics: ${result.message}`);
  const m = result.metrics;
  const close = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined && Math.abs(a - b) <= Math.abs(b) * 1e-6 + 1e-9;
  for (const [version, e] of Object.entries(d.expected)) {
    const row = m.versions.find((v) => v.version === version);
    const ok =
      row !== undefined &&
      close(row.rps, e.rps) &&
      close(row.successRate, e.errorRatio === undefined ? undefined : 100 * (1 - e.errorRatio)) &&
      close(row.p99Ms, e.p99Ms);
    if (!ok)
      throw new Error(
        `bench: ${d.name}, window ${window}: ${version} is ${JSON.stringify(row && { rps: row.rps, successRate: row.successRate, p99Ms: row.p99Ms })}, expected ${JSON.stringify(e)}`,
      );
  }
  if (m.latencySource !== d.latencySource)
    throw new Error(`bench: ${d.name}: latency from ${m.latencySource}, expected ${d.latencySource}`);
  return m;
}

// ---- Part 1: queries per summary ------------------------------------------------------------------

const COUNT_CASES: readonly { d: Dataset; label: string }[] = [
  { d: twoVersions, label: "milliseconds histogram (Istio ≥ 1.5)" },
  { d: tenVersions, label: "milliseconds histogram (Istio ≥ 1.5)" },
  { d: mixerSeconds, label: "seconds fallback (Mixer, Istio < 1.5)" },
  { d: tenVersionsSeconds, label: "seconds fallback (Mixer, Istio < 1.5)" },
];

async function queryCounts(url: string, startupMs: number): Promise<Table[]> {
  const rows: Row[] = [];
  const perCase: { versions: number; seconds: boolean; http: number; trips: number }[] = [];
  for (const { d, label } of COUNT_CASES) {
    const counter = countingFetch();
    const outcome = await summarise({
      config: config(weightsFor(d)),
      key: KEY,
      prom: (u) => prometheusClient({ url: u, fetch: counter.fetch }),
      prometheusUrl: url,
      at: d.end,
      window: "10m",
    });
    if (!outcome.ok) throw new Error(`bench: summarise ${d.name}: ${outcome.message}`);
    const m = checkMetrics(d, outcome.result, "10m");
    const versions = Object.keys(d.expected).length;
    const { requests, roundTrips, bytes } = counter.stats;
    const seconds = d.latencySource === "seconds";
    const want = seconds ? QUERIES_SECONDS : QUERIES_MS;
    perCase.push({ versions, seconds, http: requests.length, trips: roundTrips });
    const kinds = ["query", "query_range"].map((k) => requests.filter((r) => r === k).length);
    rows.push({
      latency: label,
      dataset: d.name,
      versions,
      "HTTP requests": requests.length,
      "query/query_range": kinds.join("/"),
      "round trips": roundTrips,
      "queries in summary": m.queries.length,
      "KiB received": (bytes / 1024).toFixed(1),
      "figures match": "yes",
      [`= ${QUERIES_MS} (ms) / ${QUERIES_SECONDS} (s)`]: pass(requests.length === want),
    });
  }
  const independent = [false, true].every((seconds) => {
    const same = perCase.filter((c) => c.seconds === seconds);
    return same.every((c) => c.http === same[0]?.http && c.trips === same[0]?.trips);
  });
  const exact = perCase.every((c) => c.http === (c.seconds ? QUERIES_SECONDS : QUERIES_MS));
  const q = serviceQueries({ telemetry: MNIST_TELEMETRY, windowSeconds: 600 });
  return [
    {
      title:
        "Prometheus HTTP requests per summary (summarise, window 10m, at the end of each 30-minute dataset)",
      rows,
      notes: [
        "Counted by a fetch passed to prometheusClient (every HTTP request, retries included); round trip = a new",
        'request while none is in flight. KiB = JSON bodies received. "figures match": rps, success rate and p99 of',
        "every version equal the generator's (test/fixtures/prometheus/generate.ts), relative 1e-6.",
        "Metric families: requests + 5xx (one query, `stat` label), latency histogram, timeline (query_range). The",
        "seconds fallback is a 4th query, sent after the milliseconds histogram came back empty: a second round trip.",
        `goal: one query per metric family, independent of the number of versions: ${pass(independent && exact)}`,
        `  (2 and 10 versions send ${independent ? "the same" : "DIFFERENT"} requests; ${exact ? "" : "NOT "}${QUERIES_MS} with milliseconds, ${QUERIES_SECONDS} with the seconds fallback; printed, not asserted)`,
        `PromQL sizes (characters): requests ${q.requests.length}, latency ${q.latencyMs.length}, timeline ${q.timeline.length}; none names a version.`,
        `(Prometheus with these ${COUNT_CASES.length} datasets started in ${ms(startupMs)} ms)`,
      ],
    },
  ];
}

// ---- Part 2: summary time against `day` -----------------------------------------------------------

interface WindowCase {
  readonly window: string;
  readonly label: string;
}

const WINDOWS: readonly WindowCase[] = [
  { window: "10m", label: "10m at the end of the day" },
  { window: "24h", label: "24h (the whole day)" },
];

interface Measured {
  readonly c: WindowCase;
  readonly total: Timing;
  /** Per measured run: time spent waiting on the PromPort. */
  readonly prom: Timing;
  /** Per measured run: total minus prom. */
  readonly ours: Timing;
  /** evaluateGate + metricsComment on this window's result, alone. */
  readonly gateRender: Timing;
  readonly metrics: ServiceMetrics;
  readonly conclusion: string;
  readonly failed: readonly string[];
  readonly commentBytes: number;
  readonly http: number;
  readonly kib: number;
}

async function measureWindow(ctx: BenchContext, url: string, c: WindowCase): Promise<Measured> {
  const cfg = config({ v1: 90, v2: 10 });
  const service = cfg.services[KEY];
  if (!service) throw new Error("bench: no service");
  const counter = countingFetch();
  const args = { config: cfg, key: KEY, prometheusUrl: url, at: day.end, window: c.window, canary: "v2" };
  // Once with the counting fetch, to check the figures and count requests and bytes (not timed).
  const probe = await summarise({ ...args, prom: (u) => prometheusClient({ url: u, fetch: counter.fetch }) });
  if (!probe.ok) throw new Error(`bench: summarise day ${c.window}: ${probe.message}`);
  const metrics = checkMetrics(day, probe.result, c.window);

  const opts = ctx.quick
    ? { warmup: 1, runs: 5, minRuns: 3 }
    : { warmup: 5, runs: 100, minRuns: 20, budgetMs: 5_000 };
  const busy: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  ctx.progress(`metrics: summarise against day, window ${c.window}…`);
  const total = await timeIt(async () => {
    let timed: ReturnType<typeof timedPort> | undefined;
    const r = await summarise({
      ...args,
      prom: (u) => {
        timed = timedPort(prometheusClient({ url: u }));
        return timed.port;
      },
    });
    if (!r.ok) throw new Error(r.message);
    busy.push(timed?.t.busyMs ?? Number.NaN);
  }, opts);
  const prom = busy.slice(busy.length - total.n);
  const ours = total.samples.map((x, i) => x - (prom[i] as number));

  const result = probe.result;
  const gateRender = await timeIt(
    () => {
      const verdict = evaluateGate({
        metrics: result,
        stable: service.stable,
        canary: "v2",
        gate: service.policy.gate,
      });
      return metricsComment({ service: KEY, result, verdict });
    },
    ctx.quick
      ? { warmup: 5, runs: 20, minRuns: 10 }
      : { warmup: 20, runs: 300, minRuns: 50, budgetMs: 1_500 },
  );
  return {
    c,
    total,
    prom: summarize(prom),
    ours: summarize(ours),
    gateRender,
    metrics,
    conclusion: probe.verdict.conclusion,
    failed: probe.verdict.checks.filter((x) => x.status === "fail").map((x) => x.name),
    commentBytes: Buffer.byteLength(probe.comment),
    http: counter.stats.requests.length,
    kib: counter.stats.bytes / 1024,
  };
}

/**
 * Each query of a summary alone, through the client and as a bare fetch of the same URL (interleaved
 * run by run, so drift hits both alike), then the three at once through the client, as summarise sends them.
 */
async function perQuery(ctx: BenchContext, url: string, window: string): Promise<Row[]> {
  const client = prometheusClient({ url });
  const windowSeconds = window === "24h" ? 86400 : 600;
  const q = serviceQueries({ telemetry: MNIST_TELEMETRY, windowSeconds });
  const at = day.end;
  const start = at - windowSeconds;
  const must = (r: { ok: boolean; message?: string }) => {
    if (!r.ok) throw new Error(`bench: ${r.message}`);
  };
  const cases = [
    {
      name: "requests and 5xx (query)",
      call: async () => must(await client.query({ promql: q.requests, time: at })),
      path: `api/v1/query?${new URLSearchParams({ query: q.requests, time: String(at) })}`,
    },
    {
      name: "latency histogram ms (query)",
      call: async () => must(await client.query({ promql: q.latencyMs, time: at })),
      path: `api/v1/query?${new URLSearchParams({ query: q.latencyMs, time: String(at) })}`,
    },
    {
      name: `timeline (query_range, step ${q.step} s)`,
      call: async () => must(await client.queryRange({ promql: q.timeline, start, end: at, step: q.step })),
      path: `api/v1/query_range?${new URLSearchParams({ query: q.timeline, start: String(start), end: String(at), step: String(q.step) })}`,
    },
  ];
  const warmup = ctx.quick ? 1 : 3;
  const runs = ctx.quick ? 5 : 60;
  const rows: Row[] = [];
  const timed = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  for (const c of cases) {
    ctx.progress(`metrics: ${window}, ${c.name} alone…`);
    const bareFetch = async () => {
      const res = await fetch(`${url}/${c.path}`);
      if (!res.ok) throw new Error(`bench: ${c.path} answered ${res.status}`);
      await res.text();
    };
    const viaClient: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      // Alternate which goes first.
      let tc: number;
      let tb: number;
      if (i % 2 === 0) {
        tc = await timed(c.call);
        tb = await timed(bareFetch);
      } else {
        tb = await timed(bareFetch);
        tc = await timed(c.call);
      }
      if (i < warmup) continue;
      viaClient.push(tc);
      bare.push(tb);
    }
    const [tc, tb] = [summarize(viaClient), summarize(bare)];
    rows.push({
      window,
      query: c.name,
      n: tc.n,
      "client median ms": ms(tc.median),
      "client p90": ms(tc.p90),
      "bare fetch + body median ms": ms(tb.median),
      "bare p90": ms(tb.p90),
      "client − bare (median)": ms(tc.median - tb.median),
    });
  }
  ctx.progress(`metrics: ${window}, the three queries at once…`);
  const all = await timeIt(() => Promise.all(cases.map((c) => c.call())), {
    warmup,
    runs,
    minRuns: Math.min(runs, 10),
  });
  const bareAll = await timeIt(
    () =>
      Promise.all(
        cases.map(async (c) => {
          const res = await fetch(`${url}/${c.path}`);
          await res.text();
        }),
      ),
    { warmup, runs, minRuns: Math.min(runs, 10) },
  );
  rows.push({
    window,
    query: "all three at once (as summarise sends them)",
    n: all.n,
    "client median ms": ms(all.median),
    "client p90": ms(all.p90),
    "bare fetch + body median ms": ms(bareAll.median),
    "bare p90": ms(bareAll.p90),
    "client − bare (median)": ms(all.median - bareAll.median),
  });
  return rows;
}

async function dayTables(ctx: BenchContext, server: PrometheusServer, startupMs: number) {
  const measured: Measured[] = [];
  for (const c of WINDOWS) measured.push(await measureWindow(ctx, server.url, c));
  const rows: Row[] = [];
  for (const m of measured) {
    rows.push(
      {
        window: m.c.label,
        part: "summarise (collect + gate + render)",
        n: m.total.n,
        "median ms": ms(m.total.median),
        p90: ms(m.total.p90),
        share: "100%",
      },
      {
        window: "",
        part: `  waiting on Prometheus (${m.http} HTTP requests, concurrent)`,
        n: m.prom.n,
        "median ms": ms(m.prom.median),
        p90: ms(m.prom.p90),
        share: `${((m.prom.median / m.total.median) * 100).toFixed(0)}%`,
      },
      {
        window: "",
        part: "  our processing (summarise minus the wait)",
        n: m.ours.n,
        "median ms": ms(m.ours.median),
        p90: ms(m.ours.p90),
        share: `${((m.ours.median / m.total.median) * 100).toFixed(0)}%`,
      },
      {
        window: "",
        part: "    of which gate + render (evaluateGate + metricsComment, timed alone)",
        n: m.gateRender.n,
        "median ms": ms(m.gateRender.median),
        p90: ms(m.gateRender.p90),
        share: `${((m.gateRender.median / m.total.median) * 100).toFixed(0)}%`,
      },
    );
  }
  const details = measured.map((m) => {
    const points = Math.max(...Object.values(m.metrics.timeline).map((p) => p.length));
    const step = serviceQueries({ telemetry: MNIST_TELEMETRY, windowSeconds: m.metrics.windowSeconds }).step;
    return `${m.c.window}: timeline step ${step} s (${(step / 60).toFixed(1)} min), ${points} points per version; ${m.kib.toFixed(1)} KiB of JSON received; comment ${(m.commentBytes / 1024).toFixed(1)} KiB; gate: ${m.conclusion}${m.failed.length ? ` (failed: ${m.failed.join(", ")})` : ""}.`;
  });
  const queryRows: Row[] = [];
  for (const c of WINDOWS) queryRows.push(...(await perQuery(ctx, server.url, c.window)));
  ctx.progress("metrics: generating `day` alone (timing only)…");
  const generate = generateOnly(day);
  const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
  const startupRows: Row[] = [
    {
      step: "startPrometheus({ datasets: [day] }) as a whole (generate + backfill + ready)",
      ms: ms(startupMs),
    },
    {
      step: "  generate + write the OpenMetrics file + promtool create-blocks",
      ms: ms(server.startup.backfillMs),
    },
    { step: "  Prometheus start until /-/ready", ms: ms(server.startup.readyMs) },
    {
      step: "  the rest (binaries' --version, temp dir, config)",
      ms: ms(startupMs - server.startup.backfillMs - server.startup.readyMs),
    },
    {
      step: `  (generating the text alone, in-process, measured afterwards: ${mb(generate.bytes)} in ${generate.chunks} chunks)`,
      ms: ms(generate.ms),
    },
  ];
  return [
    {
      title: `summarise against the 24-hour dataset \`day\` (v1 90 / v2 10, canary v2, at ${new Date(day.end * 1000).toISOString()}), real Prometheus in-process`,
      rows,
      notes: [
        "Prometheus = wall time with at least one query pending (prometheusClient: HTTP + JSON parse + checks);",
        "our processing = the rest of summarise: collectMetrics' rows/quantiles/timelines, evaluateGate, metricsComment.",
        "Warm figures: nothing is cached by us, and Prometheus 2.x keeps no query results, but after the warm-up its",
        "block is in the page cache. Figures checked once per window against the generator's (rps, success rate, p99).",
        ...details,
      ],
    },
    {
      title: "where Prometheus's time goes: each query alone, then all three at once (`day`, at its end)",
      rows: queryRows,
      notes: [
        "client = prometheusClient's query()/queryRange() (fetch, body, JSON.parse, shape checks); bare = fetch + body",
        "text of the same URL. Alone: client and bare alternate run by run. n = measured runs after warm-up.",
      ],
    },
    {
      title: "test harness start-up for `day` (test/helpers/prometheus-server.ts)",
      rows: startupRows,
      notes: [
        `prometheus/promtool: ${process.env.PROMETHEUS_BIN || "prometheus"} / ${process.env.PROMTOOL_BIN || "promtool"} on PATH; one run (not a median).`,
      ],
    },
  ];
}

interface Generated {
  readonly ms: number;
  readonly bytes: number;
  readonly chunks: number;
}

function generateOnly(d: Dataset): Generated {
  const t0 = performance.now();
  let bytes = 0;
  let chunks = 0;
  // Buffer.byteLength flattens each chunk (V8 builds it as a rope of concatenations), as writing it would.
  for (const c of d.chunks()) {
    bytes += Buffer.byteLength(c);
    chunks++;
  }
  return { ms: performance.now() - t0, bytes, chunks };
}

export function metricsSection(): Section {
  return {
    name: "metrics",
    title:
      "metrics summary: Prometheus queries per summary (2 vs 10 versions) and summarise against 24 h of data",
    async run(ctx) {
      const tables: Table[] = [];
      ctx.progress(
        "metrics: starting Prometheus with twoVersions, tenVersions, mixerSeconds, tenVersionsSeconds…",
      );
      const t0 = performance.now();
      let server = await startPrometheus({ datasets: COUNT_CASES.map((c) => c.d) });
      const smallStartup = performance.now() - t0;
      try {
        tables.push(...(await queryCounts(server.url, smallStartup)));
      } finally {
        await server.stop();
      }

      ctx.progress("metrics: starting Prometheus with `day` (generate + backfill + ready)…");
      const t1 = performance.now();
      server = await startPrometheus({ datasets: [day] });
      const startupMs = performance.now() - t1;
      try {
        tables.push(...(await dayTables(ctx, server, startupMs)));
      } finally {
        await server.stop();
      }
      return tables;
    },
  };
}
