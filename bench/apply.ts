// Section "apply": what one apply costs against the Kubernetes API — HTTP requests per object for
// a first apply, a no-op re-run and a plan (1 and 33 services), split by verb, and the apply time of
// ~200 objects with 10 ms latency per response at different `concurrency` settings. Runs
// applyServices through the real @kubernetes/client-node (kubernetesPort) against the stateful
// fake API server of the tests (test/helpers/fake-kube.ts, over HTTP on 127.0.0.1).
import { kubernetesPort } from "../src/adapters/kubernetes.js";
import { renderChanges } from "../src/core/changes.js";
import { type LoadedConfig, loadConfig } from "../src/core/config.js";
import type { KubePort } from "../src/core/ports.js";
import { type ApplyOutcome, applyServices } from "../src/handlers/apply.js";
import {
  type FakeKube,
  kubeconfigFor,
  type RecordedRequest,
  startFakeKube,
} from "../test/helpers/fake-kube.js";
import { rolloutYaml, serviceKey } from "./fixture.js";
import { type BenchContext, median, ms, type Row, ratio, type Section, type Table } from "./lib.js";

/** Objects per generated service: Service, 2 Deployments, DestinationRule, 2 VirtualServices. */
const OBJECTS_PER_SERVICE = 6;
/** ~200 objects. */
const MANY = 33;
const LATENCY_MS = 10;
/** applyServices' default `concurrency`. */
const DEFAULT_CONCURRENCY = 4;
const CONCURRENCIES = [1, DEFAULT_CONCURRENCY, 8, 16] as const;

interface Repo {
  readonly loaded: LoadedConfig;
  readonly files: ReadonlyMap<string, string>;
  readonly services: readonly string[];
}

/** A generated rollout.yaml with `n` services and its rendered manifests, in memory. */
function repo(n: number): Repo {
  const text = rolloutYaml(n);
  const r = loadConfig({ text, file: "rollout.yaml" });
  if (!r.ok) throw new Error(`bench: generated config does not load: ${r.message}`);
  const files = new Map([["rollout.yaml", text]]);
  const changes = renderChanges({ loaded: r.loaded, files });
  if (!changes.ok) throw new Error(`bench: generated config does not render: ${changes.message}`);
  for (const c of changes.changes) if (c.after !== undefined) files.set(c.path, c.after);
  return { loaded: r.loaded, files, services: Array.from({ length: n }, (_, i) => serviceKey(i)) };
}

/** A fresh port per apply, as every CLI/action run makes one (so each pays its own discovery). */
function portFor(fake: FakeKube): KubePort {
  return kubernetesPort({ kubeconfig: kubeconfigFor(fake), retries: 0, timeoutMs: 30_000 });
}

function apply(kube: KubePort, r: Repo, extra: { planOnly?: boolean; concurrency?: number } = {}) {
  return applyServices({
    kube,
    loaded: r.loaded,
    files: r.files,
    services: r.services,
    planOnly: extra.planOnly ?? false,
    force: false,
    wait: { timeoutMs: 60_000, pollMs: 0 },
    ...(extra.concurrency === undefined ? {} : { concurrency: extra.concurrency }),
    sleep: async () => undefined,
  });
}

/** Not timing: the run went through and every object got the expected action. */
function check(out: ApplyOutcome, label: string, want: "created" | "unchanged", status: string): void {
  if (!out.ok) throw new Error(`bench: ${label}: ${out.reason}: ${out.message}`);
  const bad = out.services.find((s) => s.status !== status || s.objects.some((o) => o.action !== want));
  if (bad)
    throw new Error(
      `bench: ${label}: ${bad.key} is ${bad.status} (${bad.objects.map((o) => o.action).join(", ")}), expected ${status} with every object ${want}`,
    );
}

// ---- Part 1: requests per object ------------------------------------------------------------------

type Verb =
  | "discovery"
  | "getBefore"
  | "getWait"
  | "getReadBack"
  | "getOther"
  | "dryRun"
  | "patch"
  | "list"
  | "delete"
  | "other";

const DISCOVERY = /^\/api(\/v1)?$|^\/apis(\/[^/]+){0,2}$/;

/**
 * Classifies the fake's request log. Object GETs are split by where applyServices makes them: the
 * dry-run pass (every object's GET comes before its dry-run PATCH, and the whole pass ends before
 * anything is applied), waiting for Deployments to be Available, and reading back the VirtualService.
 */
function classify(log: readonly RecordedRequest[]): Record<Verb, number> {
  const n: Record<Verb, number> = {
    discovery: 0,
    getBefore: 0,
    getWait: 0,
    getReadBack: 0,
    getOther: 0,
    dryRun: 0,
    patch: 0,
    list: 0,
    delete: 0,
    other: 0,
  };
  let lastDry = -1;
  log.forEach((r, i) => {
    if (r.method === "PATCH" && r.query.dryRun !== undefined) lastDry = i;
  });
  log.forEach((r, i) => {
    const after = r.path.split("/namespaces/")[1]?.split("/") ?? [];
    if (r.method === "GET" && DISCOVERY.test(r.path)) n.discovery++;
    else if (r.method === "GET" && after.length === 3) {
      if (i < lastDry) n.getBefore++;
      else if (after[1] === "deployments") n.getWait++;
      else if (after[1] === "virtualservices") n.getReadBack++;
      else n.getOther++;
    } else if (r.method === "GET" && after.length === 2) n.list++;
    else if (r.method === "PATCH") n[r.query.dryRun === undefined ? "patch" : "dryRun"]++;
    else if (r.method === "DELETE") n.delete++;
    else n.other++;
  });
  return n;
}

interface Count {
  readonly services: number;
  readonly run: string;
  readonly c: Record<Verb, number>;
  readonly total: number;
  readonly connections: number;
  /** applyServices' wall time (no latency; not a median: one run). */
  readonly ms: number;
}

const FIRST = "first apply (all created)";
const NOOP = "re-run, nothing changed (no-op)";
const PLAN = "plan (planOnly)";

async function countRuns(n: number): Promise<Count[]> {
  const r = repo(n);
  const fake = await startFakeKube({ availableAfterGets: 1 });
  const out: Count[] = [];
  try {
    const measure = async (run: string, go: () => Promise<void>) => {
      fake.clearRequests();
      const conns = fake.connections();
      const t0 = performance.now();
      await go();
      const took = performance.now() - t0;
      const log = fake.requests();
      out.push({
        services: n,
        run,
        c: classify(log),
        total: log.length,
        connections: fake.connections() - conns,
        ms: took,
      });
    };
    await measure(FIRST, async () =>
      check(await apply(portFor(fake), r), `${n} services, first apply`, "created", "applied"),
    );
    await measure(NOOP, async () =>
      check(await apply(portFor(fake), r), `${n} services, no-op`, "unchanged", "no-op"),
    );
    await measure(PLAN, async () =>
      check(await apply(portFor(fake), r, { planOnly: true }), `${n} services, plan`, "unchanged", "planned"),
    );
  } finally {
    await fake.close();
  }
  return out;
}

function countTables(counts: readonly Count[]): Table[] {
  const per = (x: number, objects: number) => (x / objects).toFixed(2);
  const rows: Row[] = counts.map((k) => {
    const objects = k.services * OBJECTS_PER_SERVICE;
    const gets = k.c.getBefore + k.c.getWait + k.c.getReadBack + k.c.getOther;
    return {
      run: k.run,
      services: k.services,
      objects,
      discovery: k.c.discovery,
      "GET objects": gets,
      "= dry-run pass": k.c.getBefore,
      "+ wait": k.c.getWait,
      "+ VS read-back": k.c.getReadBack,
      "dry-run PATCH": k.c.dryRun,
      PATCH: k.c.patch,
      LIST: k.c.list,
      DELETE: k.c.delete,
      "HTTP total": k.total,
      "requests/object": per(k.total, objects),
      "TCP conns": k.connections,
      "ms (1 run)": ms(k.ms),
    };
  });
  const runs = [...new Set(counts.map((k) => k.run))];
  const small = Math.min(...counts.map((k) => k.services));
  const big = Math.max(...counts.map((k) => k.services));
  const fits = runs.map((run) => {
    const a = counts.find((k) => k.run === run && k.services === small);
    const b = counts.find((k) => k.run === run && k.services === big);
    if (!a || !b || big === small) return `${run}: –`;
    const perService = (b.total - a.total) / (big - small);
    const fixed = a.total - perService * small;
    const bits = (["getBefore", "getWait", "getReadBack", "dryRun", "patch", "list"] as const)
      .map((v) => [v, (b.c[v] - a.c[v]) / (big - small)] as const)
      .filter(([, x]) => x > 0)
      .map(([v, x]) => `${x} ${v}`)
      .join(" + ");
    return `${run}: ${fixed} + ${perService} per service (${bits}) = ${(perService / OBJECTS_PER_SERVICE).toFixed(2)}/object + ${fixed} fixed`;
  });
  const other = counts.some((k) => k.c.other > 0 || k.c.getOther > 0);
  return [
    {
      title: `Kubernetes HTTP requests per apply (applyServices → kubernetesPort → fake API server; default concurrency ${DEFAULT_CONCURRENCY}, a Deployment is Available from its 1st GET)`,
      rows,
      notes: [
        "From the fake's request log. discovery = GET /api/v1, /apis/<group>/<version> (client-node caches per apiVersion,",
        "per port; each run makes a fresh port, as every CLI/action run does). GET objects = dry-run pass: one per object before its dry-run PATCH",
        "(404 on a first apply) + wait: Deployments polled before routing + VS read-back: the VirtualService read after",
        "routing. LIST = prune's one LIST per managed kind (4) per service. No objects dropped → no DELETE.",
        "The plan runs against the applied cluster; its requests do not depend on what changed. ms: wall time of that one run (no latency).",
        "Per service, fitted from the two sizes:",
        ...fits.map((f) => `  ${f}`),
        ...(other ? ["(some requests fell in no column: see getOther/other)"] : []),
      ],
    },
  ];
}

// ---- Part 2: apply time vs concurrency -----------------------------------------------------------

interface Trace {
  /** HTTP requests from applyServices' point of view (KubePort calls; discovery excluded). */
  calls: number;
  /**
   * The longest chain of calls each starting after the previous one ended: requests that had to go
   * one after another. Every request takes at least the fake's latency, so chain × latency is a floor.
   */
  chain: number;
  /** The longest chain among calls that have ended. */
  endedChain: number;
  inFlight: number;
  peak: number;
  /** When the first real (not dry-run) apply started: the end of the dry-run pass. */
  firstWriteAt: number;
}

/** Wraps a KubePort to count calls, the longest chain of one-after-another calls and the most in flight. */
function traced(port: KubePort): { port: KubePort; t: Trace } {
  const t: Trace = { calls: 0, chain: 0, endedChain: 0, inFlight: 0, peak: 0, firstWriteAt: Number.NaN };
  const wrap = async <R>(call: () => Promise<R>): Promise<R> => {
    t.calls++;
    // Chained behind every call that has already ended (endedChain only grows, so this is exact).
    const level = t.endedChain + 1;
    t.chain = Math.max(t.chain, level);
    t.peak = Math.max(t.peak, ++t.inFlight);
    try {
      return await call();
    } finally {
      t.inFlight--;
      t.endedChain = Math.max(t.endedChain, level);
    }
  };
  return {
    t,
    port: {
      apply: (p) => {
        if (!p.dryRun && Number.isNaN(t.firstWriteAt)) t.firstWriteAt = performance.now();
        return wrap(() => port.apply(p));
      },
      get: (ref) => wrap(() => port.get(ref)),
      delete: (ref) => wrap(() => port.delete(ref)),
      list: (p) => wrap(() => port.list(p)),
      create: (o) => wrap(() => port.create(o)),
      replace: (o) => wrap(() => port.replace(o)),
    },
  };
}

interface Sample {
  readonly ms: number;
  readonly dryRunMs: number;
  readonly http: number;
  readonly calls: number;
  readonly chain: number;
  readonly peak: number;
  readonly connections: number;
}

/** One timed first apply of `r` into a fresh fake (so every object is created). */
async function timedApply(r: Repo, concurrency: number): Promise<Sample> {
  const fake = await startFakeKube({ latencyMs: LATENCY_MS, availableAfterGets: 1 });
  try {
    const { port, t } = traced(portFor(fake));
    const t0 = performance.now();
    const out = await apply(port, r, { concurrency });
    const total = performance.now() - t0;
    check(out, `${r.services.length} services, concurrency ${concurrency}`, "created", "applied");
    return {
      ms: total,
      dryRunMs: t.firstWriteAt - t0,
      http: fake.requests().length,
      calls: t.calls,
      chain: t.chain,
      peak: t.peak,
      connections: fake.connections(),
    };
  } finally {
    await fake.close();
  }
}

async function timeTables(ctx: BenchContext, counts: readonly Count[]): Promise<Table[]> {
  const r = repo(MANY);
  const objects = MANY * OBJECTS_PER_SERVICE;
  // Runs per setting. One by one takes ~9 s a run: 2 runs of it (the first and last round) keep
  // the section under a minute; the spread shows in min/max.
  const rounds = ctx.quick ? 1 : 3;
  const runsOf = (c: number) => (ctx.quick ? 1 : c === 1 ? 2 : 3);
  // No separate warm-up: the request counts before this ran client-node, the fake and applyServices
  // over 33 services three times already.
  const samples = new Map<number, Sample[]>(CONCURRENCIES.map((c) => [c, []]));
  // Rounds interleave the settings, so drift (other load, thermal) hits them alike.
  for (let round = 0; round < rounds; round++) {
    for (const c of CONCURRENCIES) {
      const done = samples.get(c) ?? [];
      if (done.length >= runsOf(c) || (round === 1 && runsOf(c) < rounds)) continue;
      ctx.progress(`apply: ${objects} objects, concurrency ${c}, run ${done.length + 1}/${runsOf(c)}…`);
      done.push(await timedApply(r, c));
    }
  }
  const base = median(samples.get(1)?.map((s) => s.ms) ?? []);
  const rows: Row[] = CONCURRENCIES.map((c) => {
    const s = samples.get(c) ?? [];
    const total = median(s.map((x) => x.ms));
    const dry = median(s.map((x) => x.dryRunMs));
    const chain = median(s.map((x) => x.chain));
    const floor = chain * LATENCY_MS;
    return {
      concurrency: c === DEFAULT_CONCURRENCY ? `${c} (default)` : c === 1 ? "1 (one by one)" : String(c),
      runs: s.length,
      "median ms": ms(total),
      min: ms(Math.min(...s.map((x) => x.ms))),
      max: ms(Math.max(...s.map((x) => x.ms))),
      "speed-up": ratio(base / total),
      "dry-run pass ms": ms(dry),
      "apply pass ms": ms(total - dry),
      "HTTP requests": median(s.map((x) => x.http)),
      "sequential requests": chain,
      "peak in flight": Math.max(...s.map((x) => x.peak)),
      [`× ${LATENCY_MS} ms`]: ms(floor),
      "rest (ms)": ms(total - floor),
      "ms/request": (total / median(s.map((x) => x.http))).toFixed(2),
      "TCP conns": median(s.map((x) => x.connections)),
    };
  });
  // How late a 10 ms timer fires here: the fake waits with one per response.
  const late: number[] = [];
  for (let i = 0; i < (ctx.quick ? 5 : 30); i++) {
    const t0 = performance.now();
    await new Promise((res) => setTimeout(res, LATENCY_MS));
    late.push(performance.now() - t0 - LATENCY_MS);
  }
  const noLatency = (label: string) => {
    const k = counts.find((x) => x.services === MANY && x.run === label);
    return k ? ms(k.ms) : "–";
  };
  return [
    {
      title: `first apply of ${MANY} services = ${objects} objects, fake API server answering after ${LATENCY_MS} ms, Deployments Available at the 1st GET, sleep a no-op`,
      rows,
      notes: [
        `Median of the runs per setting (one by one: ${runsOf(1)}; rounds interleave the settings), each into a fresh fake (all created);`,
        "timed: applyServices alone (not the fake's start-up). A fresh kubernetesPort per run (its discovery included).",
        "dry-run pass = start until the first real PATCH; apply pass = the rest (per service: workloads, wait, DR, VS, prune LISTs, read-back).",
        "sequential requests = the longest chain of KubePort calls each starting after the previous one ended (the 3 discovery",
        "GETs ride inside the first calls, uncounted); × latency = the floor the fake's latency alone sets; rest = median − that",
        "floor (client-node, the fake's own processing, our work, and requests queued behind others).",
        "`concurrency` bounds objects in flight within one service's phase: the dry-run pass goes service by service (6 objects",
        "at a time at most), the apply pass applies ≤ 3 workloads, then 1 DR, then 2 VSs at once; the 2 wait GETs are one by one,",
        "prune's 4 LISTs always at once. So settings above 6 cannot add anything.",
        "The bench does not load nock (under jest, nock's interception slows bodies even to 127.0.0.1); these are plain client-node → node:http.",
        `A ${LATENCY_MS} ms setTimeout fires ${ms(median(late))} ms late here (median of ${late.length}); the fake sleeps once per response.`,
        `Without latency (the request counts above, concurrency ${DEFAULT_CONCURRENCY}): first apply ${noLatency(FIRST)} ms, no-op ${noLatency(NOOP)} ms, plan ${noLatency(PLAN)} ms.`,
      ],
    },
  ];
}

export function applySection(): Section {
  return {
    name: "apply",
    title: "Kubernetes requests per object (first apply, no-op, plan) and apply time vs concurrency",
    async run(ctx) {
      ctx.progress("apply: counting requests for 1 service…");
      const counts = [...(await countRuns(1))];
      ctx.progress(`apply: counting requests for ${MANY} services…`);
      counts.push(...(await countRuns(MANY)));
      return [...countTables(counts), ...(await timeTables(ctx, counts))];
    },
  };
}
