// Section "apply": what one apply costs against the Kubernetes API — HTTP requests per object for
// a first apply, a no-op re-run and a plan (1 and 33 services), split by verb, and the apply time of
// ~200 objects with 10 ms latency per response at different `concurrency` settings, beside
// `kubectl apply --server-side` of the same objects against the same fake (when kubectl is on
// PATH). Runs applyServices through the real @kubernetes/client-node (kubernetesPort) against the
// stateful fake API server of the tests (test/helpers/fake-kube.ts, over HTTP on 127.0.0.1).
// Every figure is printed beside its goal (issue 10); none is asserted.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { kubernetesPort } from "../src/adapters/kubernetes.js";
import { renderChanges } from "../src/core/changes.js";
import { type LoadedConfig, loadConfig } from "../src/core/config.js";
import type { KubePort } from "../src/core/ports.js";
import { type ApplyOutcome, applyServices, DEFAULT_CONCURRENCY } from "../src/handlers/apply.js";
import {
  type FakeKube,
  type FakeKubeOptions,
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
const CONCURRENCIES = [1, 4, DEFAULT_CONCURRENCY, 32] as const;
/** Issue 10's goals: requests per object (33 services), and apply time over kubectl's. */
const GOAL_FIRST = 2.1;
const GOAL_NOOP = 2.05;
const GOAL_KUBECTL_RATIO = 0.5;
const pass = (ok: boolean) => (ok ? "PASS" : "MISS");

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

type Verb = "discovery" | "getObject" | "dryRun" | "patch" | "listLive" | "listWait" | "delete" | "other";

const DISCOVERY = /^\/api(\/v1)?$|^\/apis(\/[^/]+){0,2}$/;

/**
 * Classifies the fake's request log. LISTs are split by when applyServices makes them: before the
 * first real write (the live state of every object, and prune's list), or after (the waits: one
 * LIST of a namespace's Deployments for every service waiting at that moment).
 */
function classify(log: readonly RecordedRequest[]): Record<Verb, number> {
  const n: Record<Verb, number> = {
    discovery: 0,
    getObject: 0,
    dryRun: 0,
    patch: 0,
    listLive: 0,
    listWait: 0,
    delete: 0,
    other: 0,
  };
  const firstWrite = log.findIndex((r) => r.method === "PATCH" && r.query.dryRun === undefined);
  log.forEach((r, i) => {
    const after = r.path.split("/namespaces/")[1]?.split("/") ?? [];
    if (r.method === "GET" && DISCOVERY.test(r.path)) n.discovery++;
    else if (r.method === "GET" && after.length === 3) n.getObject++;
    else if (r.method === "GET" && after.length === 2)
      n[firstWrite >= 0 && i > firstWrite ? "listWait" : "listLive"]++;
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

function goalOf(run: string): number | undefined {
  return run === FIRST ? GOAL_FIRST : run === NOOP ? GOAL_NOOP : undefined;
}

function countTables(counts: readonly Count[]): Table[] {
  const per = (x: number, objects: number) => (x / objects).toFixed(2);
  const big = Math.max(...counts.map((k) => k.services));
  const rows: Row[] = counts.map((k) => {
    const objects = k.services * OBJECTS_PER_SERVICE;
    const goal = goalOf(k.run);
    const perObject = k.total / objects;
    return {
      run: k.run,
      services: k.services,
      objects,
      discovery: k.c.discovery,
      "LIST live": k.c.listLive,
      "dry-run PATCH": k.c.dryRun,
      "GET objects": k.c.getObject,
      PATCH: k.c.patch,
      "LIST wait": k.c.listWait,
      DELETE: k.c.delete,
      "HTTP total": k.total,
      "requests/object": per(k.total, objects),
      goal: goal !== undefined && k.services === big ? `≤ ${goal.toFixed(2)}` : "–",
      met: goal !== undefined && k.services === big ? pass(perObject <= goal) : "–",
      "TCP conns": k.connections,
      "ms (1 run)": ms(k.ms),
    };
  });
  const runs = [...new Set(counts.map((k) => k.run))];
  const small = Math.min(...counts.map((k) => k.services));
  const fits = runs.map((run) => {
    const a = counts.find((k) => k.run === run && k.services === small);
    const b = counts.find((k) => k.run === run && k.services === big);
    if (!a || !b || big === small) return `${run}: –`;
    const perService = (b.total - a.total) / (big - small);
    const fixed = a.total - perService * small;
    const bits = (["dryRun", "getObject", "patch", "listWait", "listLive"] as const)
      .map((v) => [v, (b.c[v] - a.c[v]) / (big - small)] as const)
      .filter(([, x]) => x > 0)
      .map(([v, x]) => `${x.toFixed(2)} ${v}`)
      .join(" + ");
    return `${run}: ${fixed.toFixed(1)} + ${perService.toFixed(2)} per service (${bits}) = ${(perService / OBJECTS_PER_SERVICE).toFixed(2)}/object + ${fixed.toFixed(1)} fixed`;
  });
  const other = counts.some((k) => k.c.other > 0);
  return [
    {
      title: `Kubernetes HTTP requests per apply (applyServices → kubernetesPort → fake API server; default concurrency ${DEFAULT_CONCURRENCY}, a Deployment is Available from its 1st read)`,
      rows,
      notes: [
        "From the fake's request log. discovery = GET /api/v1, /apis/<group>/<version> (once per apiVersion per run; each run makes",
        "a fresh port, as every CLI/action run does). LIST live = one LIST per managed kind (4) per namespace, before anything is",
        "written: the live state the dry-run answers are compared with (no GET per object), and prune's list. GET objects = existing",
        "objects the LISTs did not return (not labelled as managed): none here. LIST wait = the waits for Deployments: one LIST of a",
        "namespace's Deployments for every service waiting at that moment (they go out once the workload writes under way are answered).",
        "No read-back: a written VirtualService's PATCH answer is its state. No objects dropped → no DELETE.",
        `goal (issue 10, at ${big} services): first apply ≤ ${GOAL_FIRST}, no-op ≤ ${GOAL_NOOP} requests/object (PASS/MISS above; printed, not asserted).`,
        "The plan runs against the applied cluster. ms: wall time of that one run (no latency).",
        "Per service, fitted from the two sizes:",
        ...fits.map((f) => `  ${f}`),
        ...(other ? ["(some requests fell in no column: see other)"] : []),
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

// ---- The timed runs' fake API server, in a worker thread -------------------------------------------
// A real API server is another process: in this one, the fake's work would queue behind ours on
// the same thread, while for kubectl (another process) it runs beside. So for the timed runs, both
// rollout-bot's and kubectl's, the fake runs in a worker thread of this bundle.

interface RemoteFake {
  readonly url: string;
  readonly token: string;
  stats(): Promise<{ requests: number; connections: number; objects: number }>;
  close(): Promise<void>;
}

type ToWorker =
  | { readonly op: "start"; readonly options: FakeKubeOptions }
  | { readonly op: "stats" }
  | { readonly op: "close" };
type FromWorker =
  | { readonly op: "start"; readonly url: string; readonly token: string }
  | {
      readonly op: "stats";
      readonly requests: number;
      readonly connections: number;
      readonly objects: number;
    }
  | { readonly op: "close" };

const WORKER_KEY = "rollout-bot-bench-fake-kube";

// The worker: one fake at a time, started and closed on request (one worker for the whole
// section, so the fake's code is as warm as it is in-process).
if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[WORKER_KEY]) {
  const port = parentPort;
  let fake: FakeKube | undefined;
  port.on("message", async (m: ToWorker) => {
    if (m.op === "start") {
      fake = await startFakeKube(m.options);
      port.postMessage({ op: "start", url: fake.url, token: fake.token } satisfies FromWorker);
    } else if (m.op === "stats") {
      port.postMessage({
        op: "stats",
        requests: fake?.requests().length ?? 0,
        connections: fake?.connections() ?? 0,
        objects: fake?.objects().length ?? 0,
      } satisfies FromWorker);
    } else {
      await fake?.close();
      fake = undefined;
      port.postMessage({ op: "close" } satisfies FromWorker);
    }
  });
}

interface FakeHost {
  start(options: FakeKubeOptions): Promise<RemoteFake>;
  stop(): Promise<void>;
}

/** A worker thread that runs one fake API server at a time. */
function fakeHost(): FakeHost {
  const worker = new Worker(new URL(import.meta.url), { workerData: { [WORKER_KEY]: true } });
  const ask = <O extends FromWorker["op"]>(m: ToWorker & { op: O }) =>
    new Promise<Extract<FromWorker, { op: O }>>((resolve, reject) => {
      const onMessage = (a: FromWorker) => {
        if (a.op !== m.op) return;
        worker.off("message", onMessage);
        worker.off("error", reject);
        resolve(a as Extract<FromWorker, { op: O }>);
      };
      worker.on("message", onMessage);
      worker.once("error", reject);
      worker.postMessage(m);
    });
  return {
    async start(options) {
      const { url, token } = await ask({ op: "start", options });
      return {
        url,
        token,
        stats: () => ask({ op: "stats" }),
        close: async () => {
          await ask({ op: "close" });
        },
      };
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/** One timed first apply of `r` into a fresh fake (so every object is created). */
async function timedApply(host: FakeHost, r: Repo, concurrency: number): Promise<Sample> {
  const fake = await host.start({ latencyMs: LATENCY_MS, availableAfterGets: 1 });
  try {
    const { port, t } = traced(
      kubernetesPort({ kubeconfig: kubeconfigFor(fake), retries: 0, timeoutMs: 30_000 }),
    );
    const t0 = performance.now();
    const out = await apply(port, r, { concurrency });
    const total = performance.now() - t0;
    check(out, `${r.services.length} services, concurrency ${concurrency}`, "created", "applied");
    const stats = await fake.stats();
    return {
      ms: total,
      dryRunMs: t.firstWriteAt - t0,
      http: stats.requests,
      calls: t.calls,
      chain: t.chain,
      peak: t.peak,
      connections: stats.connections,
    };
  } finally {
    await fake.close();
  }
}

/** The repository's manifests as files under a temp folder, for kubectl (`-R -f <dir>`). */
async function manifestDir(r: Repo): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "rollout-bot-bench-kubectl-"));
  for (const [path, text] of r.files) {
    if (!/\.ya?ml$/.test(path) || path === r.loaded.file) continue;
    await mkdir(dirname(join(dir, "m", path)), { recursive: true });
    await writeFile(join(dir, "m", path), text, "utf8");
  }
  return dir;
}

function run(cmd: string, args: readonly string[]): Promise<{ ok: boolean; out: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ ok: !err, out: `${stdout}${stderr}`.trim() }),
    );
  });
}

/** `kubectl version --client` (undefined when kubectl is not on PATH), and what that takes (its start-up). */
async function kubectlClient(): Promise<{ version: string; startMs: number } | undefined> {
  const times: number[] = [];
  let version: string | undefined;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = await run("kubectl", ["version", "--client"]);
    times.push(performance.now() - t0);
    if (!r.ok) return undefined;
    version = r.out.split("\n")[0] ?? "kubectl";
  }
  return { version: version ?? "kubectl", startMs: median(times) };
}

/** One timed `kubectl apply --server-side` of every manifest into a fresh fake with the same latency. */
async function timedKubectl(
  host: FakeHost,
  dir: string,
  objects: number,
): Promise<{ ms: number; http: number }> {
  // kubectl sends no bearer token over plain HTTP: the fake serves it without one.
  const fake = await host.start({ latencyMs: LATENCY_MS, availableAfterGets: 1, anonymous: true });
  try {
    const kubeconfig = join(dir, "kubeconfig.yaml");
    await writeFile(kubeconfig, kubeconfigFor(fake), "utf8");
    const t0 = performance.now();
    const r = await run("kubectl", [
      "--kubeconfig",
      kubeconfig,
      "apply",
      "--server-side",
      "--field-manager=rollout-bot",
      // The fake serves no OpenAPI documents for client-side validation (the server validates).
      "--validate=false",
      "-R",
      "-f",
      join(dir, "m"),
    ]);
    const took = performance.now() - t0;
    if (!r.ok) throw new Error(`bench: kubectl apply failed: ${r.out.slice(0, 800)}`);
    const stats = await fake.stats();
    if (stats.objects !== objects)
      throw new Error(`bench: kubectl apply stored ${stats.objects} objects, expected ${objects}`);
    return { ms: took, http: stats.requests };
  } finally {
    await fake.close();
  }
}

async function timeTables(ctx: BenchContext, counts: readonly Count[]): Promise<Table[]> {
  const r = repo(MANY);
  const objects = MANY * OBJECTS_PER_SERVICE;
  const kubectl = await kubectlClient();
  const dir = kubectl ? await manifestDir(r) : undefined;
  // Runs per setting. One by one is the slow one: 2 runs of it (the first and last round) keep
  // the section short; the spread shows in min/max.
  const rounds = ctx.quick ? 1 : 3;
  const runsOf = (c: number) => (ctx.quick ? 1 : c === 1 ? 2 : 3);
  // No separate warm-up: the request counts before this ran client-node, the fake and applyServices
  // over 33 services three times already.
  const samples = new Map<number, Sample[]>(CONCURRENCIES.map((c) => [c, []]));
  const kubectlRuns: { ms: number; http: number }[] = [];
  const host = fakeHost();
  try {
    // Warm the worker's fake (its code is fresh in that thread): one untimed apply.
    ctx.progress(`apply: ${objects} objects, warming up the fake in its worker thread…`);
    await timedApply(host, r, DEFAULT_CONCURRENCY);
    // Rounds interleave the settings and kubectl, so drift (other load, thermal) hits them alike.
    for (let round = 0; round < rounds; round++) {
      for (const c of CONCURRENCIES) {
        const done = samples.get(c) ?? [];
        if (done.length >= runsOf(c) || (round === 1 && runsOf(c) < rounds)) continue;
        ctx.progress(`apply: ${objects} objects, concurrency ${c}, run ${done.length + 1}/${runsOf(c)}…`);
        done.push(await timedApply(host, r, c));
      }
      if (dir) {
        ctx.progress(`apply: ${objects} objects, kubectl apply --server-side, run ${round + 1}/${rounds}…`);
        kubectlRuns.push(await timedKubectl(host, dir, objects));
      }
    }
  } finally {
    await host.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
  const base = median(samples.get(1)?.map((s) => s.ms) ?? []);
  const kubectlMs = median(kubectlRuns.map((k) => k.ms));
  const rows: Row[] = CONCURRENCIES.map((c) => {
    const s = samples.get(c) ?? [];
    const total = median(s.map((x) => x.ms));
    const dry = median(s.map((x) => x.dryRunMs));
    const chain = median(s.map((x) => x.chain));
    const floor = chain * LATENCY_MS;
    return {
      run:
        c === DEFAULT_CONCURRENCY
          ? `rollout-bot, concurrency ${c} (default)`
          : `rollout-bot, concurrency ${c}`,
      runs: s.length,
      "median ms": ms(total),
      min: ms(Math.min(...s.map((x) => x.ms))),
      max: ms(Math.max(...s.map((x) => x.ms))),
      "speed-up": ratio(base / total),
      "÷ kubectl": kubectlRuns.length ? (total / kubectlMs).toFixed(2) : "–",
      "dry-run pass ms": ms(dry),
      "apply pass ms": ms(total - dry),
      "HTTP requests": median(s.map((x) => x.http)),
      "sequential requests": chain,
      "peak in flight": Math.max(...s.map((x) => x.peak)),
      [`× ${LATENCY_MS} ms`]: ms(floor),
      "rest (ms)": ms(total - floor),
      "TCP conns": median(s.map((x) => x.connections)),
    };
  });
  if (kubectlRuns.length) {
    rows.push({
      run: "kubectl apply --server-side",
      runs: kubectlRuns.length,
      "median ms": ms(kubectlMs),
      min: ms(Math.min(...kubectlRuns.map((k) => k.ms))),
      max: ms(Math.max(...kubectlRuns.map((k) => k.ms))),
      "speed-up": ratio(base / kubectlMs),
      "÷ kubectl": "1.00",
      "dry-run pass ms": "–",
      "apply pass ms": "–",
      "HTTP requests": median(kubectlRuns.map((k) => k.http)),
      "sequential requests": "–",
      "peak in flight": "–",
      [`× ${LATENCY_MS} ms`]: "–",
      "rest (ms)": "–",
      "TCP conns": "–",
    });
  }
  const ours = median(samples.get(DEFAULT_CONCURRENCY)?.map((s) => s.ms) ?? []);
  const goal = kubectlRuns.length
    ? `goal (issue 10): ≤ ${GOAL_KUBECTL_RATIO}× kubectl in the same run: ${ms(ours)} ms ÷ ${ms(kubectlMs)} ms = ${(ours / kubectlMs).toFixed(2)}× ${pass(ours / kubectlMs <= GOAL_KUBECTL_RATIO)} (printed, not asserted)`
    : `goal (issue 10): ≤ ${GOAL_KUBECTL_RATIO}× kubectl in the same run: – (kubectl is not on PATH, so not measured)`;
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
      title: `first apply of ${MANY} services = ${objects} objects, fake API server answering after ${LATENCY_MS} ms, Deployments Available at the 1st read, sleep a no-op`,
      rows,
      notes: [
        goal,
        `Median of the runs per setting (one by one: ${runsOf(1)}; rounds interleave the settings and kubectl), each into a fresh fake (all created).`,
        "The fake runs in a worker thread for these timed runs (an API server is another process; kubectl's is too), warmed by one untimed apply.",
        "rollout-bot timed: applyServices alone (not the fake's start-up), a fresh kubernetesPort per run (its discovery included);",
        "it does more than kubectl: a dry run of every object first, the wait for the Deployments, routing after them, prune's LISTs.",
        `kubectl timed: the whole \`kubectl apply --server-side --validate=false -R -f <dir>\` process (${kubectl?.version ?? "not on PATH"}), its start-up and discovery`,
        `included (\`kubectl version --client\` alone takes ${kubectl ? ms(kubectl.startMs) : "–"} ms here), against a fresh fake with the same latency; it applies one object after another.`,
        "dry-run pass = start until the first real PATCH; apply pass = the rest (per service: workloads, wait, DR, VS, prune).",
        "sequential requests = the longest chain of KubePort calls each starting after the previous one ended (discovery rides",
        "inside the first calls, uncounted); × latency = the floor the fake's latency alone sets; rest = median − that floor",
        "(our CPU: YAML parsing, JSON, node:http, the handler; requests queued behind others; and this machine's other load).",
        "`concurrency` bounds the requests in flight over the whole run; services go side by side, each in its own order.",
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
