import {
  applyPhases,
  desiredObjects,
  drift,
  liveLists,
  managedKinds,
  objectDiff,
  pruneSet,
  sameObject,
  servicesSelector,
  versionOf,
  wouldCreate,
} from "../core/apply-plan.js";
import type { FileSnapshot } from "../core/changes.js";
import type { LoadedConfig } from "../core/config.js";
import { type KubeResult, type ObjectRef, refKey, refOf } from "../core/deploy.js";
import { type K8sObject, type KindRef, SERVICE_LABEL } from "../core/k8s.js";
import { weightsOf } from "../core/plan.js";
import type { KubePort } from "../core/ports.js";
import { routerInput } from "../core/render.js";
import { type RolloutStatus, rolloutStatus } from "../core/rollout-status.js";
import { routerOf } from "../core/routers/index.js";
import type { ServiceConfig } from "../core/schema.js";

export type ObjectAction = "created" | "configured" | "unchanged" | "pruned";

export interface ObjectOutcome {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly action: ObjectAction;
  /**
   * Server-side dry-run diff against the live object ("" when unchanged). After an apply (not
   * `planOnly`), "" for a created object too: its diff would be the whole of it, its manifest.
   */
  readonly diff: string;
}

export interface ServiceApply {
  readonly key: string;
  readonly namespace: string;
  readonly status: "applied" | "no-op" | "failed" | "planned";
  readonly objects: readonly ObjectOutcome[];
  /** Weights the routing sends after the run (read back from the cluster). */
  readonly liveWeights: Readonly<Record<string, number>>;
  readonly repoWeights: Readonly<Record<string, number>>;
  readonly drift: readonly { version: string; live: number; repo: number }[];
  readonly message?: string;
}

export type ApplyOutcome =
  | { readonly ok: true; readonly services: readonly ServiceApply[] }
  | {
      readonly ok: false;
      readonly reason: "invalid-manifest" | "dry-run-failed" | "not-available" | "apply-failed";
      readonly message: string;
      readonly services: readonly ServiceApply[];
    };

function named(r: ObjectRef): string {
  return `${r.kind} ${r.namespace}/${r.name}`;
}

/** Requests in flight at most, over the whole run (every service, every phase); the default. */
export const DEFAULT_CONCURRENCY = 16;

/** Runs `fn` over `items` with at most `limit` in flight, keeping order. */
async function bounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * The port with at most `limit` of its calls in flight at once, first come first served: services
 * run side by side, and this is what keeps them from flooding the API server.
 */
function limitedPort(kube: KubePort, limit: number): KubePort {
  let active = 0;
  const queue: (() => void)[] = [];
  const slot = async <R>(call: () => Promise<R>): Promise<R> => {
    if (active >= limit) await new Promise<void>((r) => queue.push(r));
    else active++;
    try {
      return await call();
    } finally {
      const next = queue.shift();
      if (next) next();
      else active--;
    }
  };
  return {
    apply: (p) => slot(() => kube.apply(p)),
    get: (ref) => slot(() => kube.get(ref)),
    delete: (ref) => slot(() => kube.delete(ref)),
    list: (p) => slot(() => kube.list(p)),
    create: (o) => slot(() => kube.create(o)),
    replace: (o) => slot(() => kube.replace(o)),
  };
}

interface Prepared {
  readonly object: K8sObject;
  readonly live: K8sObject | undefined;
  /** Whether the apply changes it (the dry-run answer differs from the live object, or there is none). */
  readonly changed: boolean;
  readonly diff: string;
}

/** How `apply` waits for the Deployments of versions with weight (see README, Merge-to-deploy). */
export interface WaitOptions {
  /** The last resort: give up after this long, even when the Deployment reports no failure. */
  readonly timeoutMs: number;
  /** How often to look. */
  readonly pollMs: number;
  /** Where the progress lines of a long wait go (CLI: stderr, Action: the log, app: its logger). */
  readonly onProgress?: (line: string) => void;
  /** At most one line per Deployment this often, unless its state changes; default 10 s. */
  readonly progressEveryMs?: number;
}

type Failure = Extract<KubeResult<unknown>, { ok: false }>;

/**
 * Applies services to the cluster: validate → server-side dry-run of every object (any failure:
 * nothing is applied) → per service, serving workloads → wait until rolled out (judged as
 * `kubectl rollout status`; a failed rollout stops at once) → the router's
 * kinds in its order (Istio: DestinationRule, VirtualService) → prune what the repository
 * dropped. Services run side by side, each in that order; once one fails, no further service
 * starts (those under way finish their own order). With `planOnly`, stops after the dry run
 * and returns the diffs and drift.
 *
 * Requests: the live state comes from one LIST per namespace and managed kind (which prune uses
 * too), taken beside the dry runs; the dry-run answer is the would-be object, so an object is
 * unchanged when it equals the live one, and new when the answer has no resourceVersion. Only an
 * existing object the LISTs did not return (not labelled as managed) is read with a GET. Waiting
 * reads the Deployments of a namespace with one LIST for every service waiting at that moment; a
 * written object's PATCH answer is its state after the write (no read-back).
 */
export async function applyServices(params: {
  readonly kube: KubePort;
  readonly loaded: LoadedConfig;
  readonly files: FileSnapshot;
  readonly services: readonly string[];
  readonly planOnly: boolean;
  readonly force: boolean;
  /** How long a Deployment may take to roll out, how often to look, and where progress goes. */
  readonly wait: WaitOptions;
  /** Kubernetes requests in flight at most, over the whole run; default DEFAULT_CONCURRENCY. */
  readonly concurrency?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch (the wait's deadline and the progress lines); default Date.now. */
  readonly now?: () => number;
}): Promise<ApplyOutcome> {
  const { loaded } = params;
  const limit = Math.max(1, params.concurrency ?? DEFAULT_CONCURRENCY);
  const kube = limitedPort(params.kube, limit);
  const sleep = params.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = params.now ?? Date.now;
  const plans: { key: string; service: ServiceConfig; objects: readonly K8sObject[] }[] = [];
  for (const key of params.services) {
    const service = loaded.config.services[key];
    if (!service)
      return {
        ok: false,
        reason: "invalid-manifest",
        message: `no service \`${key}\` in ${loaded.file}.`,
        services: [],
      };
    const objects = desiredObjects({ configFile: loaded.file, service, files: params.files });
    if (!objects.ok) return { ok: false, reason: objects.reason, message: objects.message, services: [] };
    plans.push({ key, service, objects: objects.objects });
  }

  // Dry run everything first: one bad object anywhere and nothing is applied.
  const failures: string[] = [];
  // The first answer that the API server is unreachable or unavailable ends the dry run: the
  // other objects would only say the same, each after its own retries.
  let unavailable: Failure | undefined;
  const noteUnavailable = (r: Failure) => {
    if (r.reason === "unavailable" && failures.length === 0) unavailable ??= r;
  };
  // The live state, beside the dry runs: one LIST per namespace and managed kind.
  const listed = Promise.all(
    liveLists(plans).map(async (l) => {
      const r = await kube.list(l);
      if (!r.ok) noteUnavailable(r);
      return { list: l, objects: r.ok ? r.value : undefined };
    }),
  );
  const all = plans.flatMap((p) => p.objects);
  const dry = await bounded(all, limit, async (object) => {
    if (unavailable) return undefined;
    const ref = refOf(object);
    const r = await kube.apply({ object, dryRun: true, force: params.force });
    if (!r.ok) {
      noteUnavailable(r);
      const owners = r.conflicts
        ?.map((c) => `${c.field} is owned by field manager "${c.manager}"`)
        .join("; ");
      failures.push(`${named(ref)}: ${r.message}${owners ? ` (${owners})` : ""}`);
      return undefined;
    }
    return r.value;
  });
  const lists = await listed;
  /** Live objects by apiVersion, kind, namespace and name, as the LISTs returned them. */
  const live = new Map<string, K8sObject>();
  for (const { objects } of lists) for (const o of objects ?? []) live.set(refKey(refOf(o)), o);
  // An existing object the LISTs did not return (not labelled as managed, another apiVersion, or
  // its LIST failed) is read with a GET. (A kind whose LIST failed has nothing pruned, as before.)
  const prepared = new Map<K8sObject, Prepared>();
  await bounded([...all.keys()], limit, async (i) => {
    const object = all[i] as K8sObject;
    const next = dry[i];
    if (unavailable || !next) return;
    const ref = refOf(object);
    let was: K8sObject | undefined;
    if (!wouldCreate(next)) {
      const hit = live.get(refKey(ref));
      if (hit) was = hit;
      else {
        const got = await kube.get(ref);
        if (!got.ok) {
          noteUnavailable(got);
          failures.push(`${named(ref)}: ${got.message}`);
          return;
        }
        was = got.value;
      }
    }
    const changed = was === undefined || !sameObject(was, next);
    // The diff text only where someone reads it: a plan's, and an apply's changed objects (a
    // created object's would be all of it: its manifest).
    const diff = changed && (params.planOnly || was !== undefined) ? objectDiff({ live: was, next }) : "";
    prepared.set(object, { object, live: was, changed, diff });
  });
  if (unavailable) {
    return {
      ok: false,
      reason: "dry-run-failed",
      message: unavailable.unreachable
        ? `Cannot reach the Kubernetes API server at ${unavailable.unreachable.server}: ${unavailable.unreachable.cause}. Check the kubeconfig's server address (--kubeconfig, $KUBECONFIG) and that the cluster is up; nothing was applied.`
        : `The Kubernetes API server could not serve the dry run, so nothing was applied: ${unavailable.message}`,
      services: [],
    };
  }
  if (failures.length > 0) {
    return {
      ok: false,
      reason: "dry-run-failed",
      message: `The server-side dry run refused ${failures.length} object(s); nothing was applied:\n${failures.map((f) => `- ${f}`).join("\n")}`,
      services: [],
    };
  }

  const managedLive = (namespace: string, key: string, kinds: readonly KindRef[]) =>
    lists
      .filter(
        (l) =>
          l.list.namespace === namespace &&
          kinds.some((k) => k.kind === l.list.kind && k.apiVersion === l.list.apiVersion),
      )
      .flatMap((l) => l.objects ?? [])
      .filter((o) => o.metadata.labels?.[SERVICE_LABEL] === key);
  // Workload writes under way, per namespace: a wait's LIST goes out once they are answered, so
  // services that are about to wait share it.
  const writing = new Map<string, Set<Promise<unknown>>>();
  const read = rolloutReader({ kube, writing: (ns) => [...(writing.get(ns) ?? [])] });

  const results: (ServiceApply | undefined)[] = new Array(plans.length);
  let failed: { reason: "not-available" | "apply-failed"; message: string } | undefined;
  await bounded(
    plans.map((p, i) => ({ ...p, i })),
    limit,
    async (plan) => {
      if (failed) return; // a service failed: no further service starts
      const { service } = plan;
      const rows = plan.objects.flatMap((o) => prepared.get(o) ?? []);
      const repoWeights = weightsOf(service);
      const router = routerOf(service);
      const input = routerInput({ config: loaded.config, key: plan.key, service });
      const isRouting = (o: K8sObject) => router.kinds.some((k) => k.kind === o.kind);
      const routingNames = router.kinds.map((k) => k.kind).join(" and ");
      const liveRouting = rows.flatMap((r) => (isRouting(r.object) && r.live ? [r.live] : []));
      const before = router.liveWeights({ objects: liveRouting, input });
      const outcomes: ObjectOutcome[] = rows.map((r) => ({
        ...refOf(r.object),
        action: r.live === undefined ? "created" : r.changed ? "configured" : "unchanged",
        diff: r.diff,
      }));
      const base = { key: plan.key, namespace: service.namespace, repoWeights };
      // What was found before anything was written: a plan's whole answer, or a failure's.
      const found = {
        objects: outcomes,
        liveWeights: before,
        drift: drift({ live: before, repo: repoWeights }),
      };
      if (params.planOnly) {
        results[plan.i] = { ...base, status: "planned", ...found };
        return;
      }
      const changed = new Set(rows.filter((r) => r.changed).map((r) => r.object));
      /** The PATCH answers: each written object as the server stored it. */
      const written = new Map<K8sObject, K8sObject>();
      const applyAll = async (
        objects: readonly K8sObject[],
        workloads = false,
      ): Promise<string | undefined> => {
        const answers = await Promise.all(
          objects
            .filter((o) => changed.has(o))
            .map(async (object) => {
              const p = kube.apply({ object, dryRun: false, force: params.force });
              if (workloads) track(writing, service.namespace, p);
              const a = await p;
              if (a.ok) written.set(object, a.value);
              return a;
            }),
        );
        const bad = answers.find((a) => !a.ok);
        return bad && !bad.ok ? bad.message : undefined;
      };
      const phases = applyPhases({ objects: plan.objects, service });
      const stop = (reason: "not-available" | "apply-failed", message: string) => {
        failed ??= { reason, message };
        results[plan.i] = { ...base, status: "failed", ...found, message };
      };
      const workloadError = await applyAll([...phases.other, ...phases.serving, ...phases.idle], true);
      if (workloadError) {
        stop(
          "apply-failed",
          `${workloadError} The ${routingNames} ${router.kinds.length > 1 ? "were" : "was"} not changed; traffic stays as it was.`,
        );
        return;
      }
      // Never give weight to a version whose pods are not ready. A Deployment whose latest state
      // (the PATCH answer, or the live one when it was not written) says it rolled out needs no polling.
      const byName = new Map(
        rows.filter((r) => r.object.kind === "Deployment").map((r) => [r.object.metadata.name, r]),
      );
      const waited = await waitForRollout({
        refs: phases.waitFor.filter((r) => {
          const row = byName.get(r.name);
          const latest = row ? (written.get(row.object) ?? row.live) : undefined;
          return !latest || rolloutStatus(latest).state !== "done";
        }),
        versionOf: (name) => {
          const row = byName.get(name);
          return row ? versionOf(row.object) : undefined;
        },
        read: (refs) => read({ namespace: service.namespace, service: plan.key, refs }),
        wait: params.wait,
        sleep,
        now,
      });
      if (!waited.ok) {
        const untouched = `so the ${routingNames} ${router.kinds.length > 1 ? "were" : "was"} not changed: traffic stays as it was`;
        const first = waited.deployments[0] as WaitingDeployment;
        const check = `Check the pods (kubectl -n ${service.namespace} describe deployment ${first.name}).`;
        stop(
          "not-available",
          waited.failed
            ? `${describe(waited.failed.deployment)} failed to roll out: ${waited.failed.message}; ${untouched}. ${check}`
            : `${waited.deployments.map(describe).join(", ")} did not become Available within ${seconds(params.wait.timeoutMs)} (last seen: ${waited.deployments.map((d) => `${waited.deployments.length > 1 ? `${d.name}: ` : ""}${d.status.state === "waiting" ? d.status.message : d.status.state}`).join("; ")}), ${untouched}. ${check}`,
        );
        return;
      }
      let routingError: string | undefined;
      for (const group of phases.routing) {
        routingError = await applyAll(group);
        if (routingError) break;
      }
      if (routingError) {
        stop("apply-failed", routingError);
        return;
      }
      // Only now, with routing moved, remove what the repository dropped: the live managed objects
      // of this service (from the LISTs taken before anything was written) that it no longer has.
      const managed = managedLive(service.namespace, plan.key, managedKinds(service));
      for (const ref of pruneSet({ live: managed, desired: plan.objects })) {
        const d = await kube.delete(ref);
        if (d.ok) outcomes.push({ ...ref, action: "pruned", diff: "" });
      }
      // The weights are carried by the first object of the router's last kind (Istio: the mesh
      // VirtualService): its PATCH answer when it was written, else the live copy is current.
      const carrier = phases.routing[phases.routing.length - 1]?.[0];
      const after = carrier ? written.get(carrier) : undefined;
      const liveWeights = after ? router.liveWeights({ objects: [after], input }) : before;
      const anyChange = outcomes.some((o) => o.action !== "unchanged");
      results[plan.i] = {
        ...base,
        status: anyChange ? "applied" : "no-op",
        objects: outcomes,
        liveWeights,
        drift: drift({ live: liveWeights, repo: repoWeights }),
      };
    },
  );
  const services = results.filter((r): r is ServiceApply => r !== undefined);
  const stopped = failed as { reason: "not-available" | "apply-failed"; message: string } | undefined;
  if (stopped) return { ok: false, reason: stopped.reason, message: stopped.message, services };
  return { ok: true, services };
}

/** Adds a pending promise to a namespace's set, removed again once it settles. */
function track(sets: Map<string, Set<Promise<unknown>>>, namespace: string, p: Promise<unknown>): void {
  let set = sets.get(namespace);
  if (!set) {
    set = new Set();
    sets.set(namespace, set);
  }
  const s = set;
  s.add(p);
  void p.finally(() => s.delete(p));
}

type Reads = ReadonlyMap<string, KubeResult<K8sObject | undefined>>;

/**
 * Reads Deployments for the waits of a run: every service waiting in a namespace at the same time
 * shares one LIST (its managed Deployments, by service label). It goes out once the workload writes
 * already under way in that namespace are answered (so the services behind them share it too); a
 * Deployment the LIST does not return (not labelled as managed, or gone) is read with a GET.
 */
function rolloutReader(deps: {
  readonly kube: KubePort;
  readonly writing: (namespace: string) => readonly Promise<unknown>[];
}): (params: { namespace: string; service: string; refs: readonly ObjectRef[] }) => Promise<Reads> {
  const open = new Map<string, { services: Set<string>; refs: ObjectRef[]; done: Promise<Reads> }>();
  return ({ namespace, service, refs }) => {
    let batch = open.get(namespace);
    if (!batch) {
      const b = {
        services: new Set<string>(),
        refs: [] as ObjectRef[],
        done: undefined as unknown as Promise<Reads>,
      };
      b.done = (async (): Promise<Reads> => {
        await Promise.allSettled(deps.writing(namespace));
        await new Promise<void>((r) => setImmediate(r));
        open.delete(namespace); // later waits start the next batch
        const out = new Map<string, KubeResult<K8sObject | undefined>>();
        const listed = await deps.kube.list({
          apiVersion: "apps/v1",
          kind: "Deployment",
          namespace,
          labelSelector: servicesSelector([...b.services]),
        });
        const byName = new Map((listed.ok ? listed.value : []).map((o) => [o.metadata.name, o]));
        const missing = b.refs.filter((r) => !byName.has(r.name));
        for (const r of b.refs) {
          const hit = byName.get(r.name);
          if (hit) out.set(r.name, { ok: true, value: hit });
        }
        const got = await Promise.all(missing.map((r) => deps.kube.get(r)));
        missing.forEach((r, i) => {
          out.set(r.name, got[i] as KubeResult<K8sObject | undefined>);
        });
        return out;
      })();
      batch = b;
      open.set(namespace, b);
    }
    batch.services.add(service);
    for (const r of refs) if (!batch.refs.some((x) => x.name === r.name)) batch.refs.push(r);
    return batch.done;
  };
}

interface WaitingDeployment extends ObjectRef {
  readonly version: string | undefined;
  status: RolloutStatus;
}

/** "Deployment kubeflow/mnist-v2 (v2)". */
function describe(d: WaitingDeployment): string {
  return `Deployment ${d.namespace}/${d.name}${d.version ? ` (${d.version})` : ""}`;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

/**
 * Polls each Deployment until it is rolled out, judged as `kubectl rollout status`: stops at
 * once when one has failed (ProgressDeadlineExceeded, ReplicaFailure), else at the deadline.
 * Reports a long wait through `wait.onProgress`: a line per Deployment still waiting once the
 * wait has lasted `progressEveryMs`, then when its state changes or every `progressEveryMs`.
 */
async function waitForRollout(params: {
  readonly refs: readonly ObjectRef[];
  readonly versionOf: (name: string) => string | undefined;
  /** The Deployments' current state, by name (one batched read for all of them). */
  readonly read: (refs: readonly ObjectRef[]) => Promise<Reads>;
  readonly wait: WaitOptions;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
}): Promise<
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** The Deployment whose rollout failed, and the condition's message. */
      readonly failed?: { readonly deployment: WaitingDeployment; readonly message: string };
      readonly deployments: readonly WaitingDeployment[];
    }
> {
  const { wait, now } = params;
  const every = wait.progressEveryMs ?? 10_000;
  const started = now();
  const deadline = started + wait.timeoutMs;
  const waiting: WaitingDeployment[] = params.refs.map((r) => ({
    ...r,
    version: params.versionOf(r.name),
    status: { state: "waiting", message: "not read yet" },
  }));
  /** Per Deployment: the last progress line's state message and time. */
  const told = new Map<string, { message: string; at: number }>();
  const progress = (d: WaitingDeployment, line: (elapsed: string) => string) => {
    if (!wait.onProgress || d.status.state === "failed") return;
    const at = now();
    const message = d.status.state === "waiting" ? d.status.message : "done";
    const last = told.get(d.name);
    const due = last
      ? last.message !== message || at - last.at >= every
      : d.status.state === "waiting" && at - started >= every;
    if (!due) return;
    told.set(d.name, { message, at });
    wait.onProgress(line(seconds(at - started)));
  };
  while (waiting.length > 0) {
    const reads = await params.read(waiting);
    for (const d of [...waiting]) {
      const got = reads.get(d.name) ?? { ok: true, value: undefined };
      d.status = !got.ok
        ? { state: "waiting", message: `cannot read it (${got.message})` }
        : got.value === undefined
          ? { state: "waiting", message: "not found" }
          : rolloutStatus(got.value as Parameters<typeof rolloutStatus>[0]);
      if (d.status.state === "failed")
        return { ok: false, failed: { deployment: d, message: d.status.message }, deployments: [d] };
      if (d.status.state === "done") {
        waiting.splice(waiting.indexOf(d), 1);
        // Close the story of a Deployment whose wait was reported.
        if (told.has(d.name)) progress(d, (t) => `${describe(d)} rolled out after ${t}`);
        continue;
      }
      const message = d.status.message;
      progress(d, (t) => `waiting for ${describe(d)}: ${message}, ${t} so far`);
    }
    if (waiting.length === 0) break;
    if (now() >= deadline) return { ok: false, deployments: waiting };
    await params.sleep(wait.pollMs);
  }
  return { ok: true };
}

/** A service's run as the apply comment shows it. */
export function reportOf(s: ServiceApply, status?: "rolled-back", message?: string) {
  return {
    key: s.key,
    namespace: s.namespace,
    applied: s.objects.map((o) => ({ kind: o.kind, name: o.name, action: o.action })),
    liveWeights: s.liveWeights,
    repoWeights: s.repoWeights,
    status: status ?? (s.status === "planned" ? ("no-op" as const) : s.status),
    ...((message ?? s.message) ? { message: message ?? s.message } : {}),
  };
}

/** A service's plan as the plan comment shows it: the changed objects' diffs, and drift. */
export function planOf(s: ServiceApply) {
  return {
    key: s.key,
    diffs: s.objects.filter((o) => o.diff !== "").map((o) => ({ kind: o.kind, name: o.name, diff: o.diff })),
    drift: s.drift,
  };
}
