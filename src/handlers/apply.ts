import {
  applyPhases,
  desiredObjects,
  drift,
  managedKinds,
  managedSelector,
  objectDiff,
  pruneSet,
  versionOf,
} from "../core/apply-plan.js";
import type { FileSnapshot } from "../core/changes.js";
import type { LoadedConfig } from "../core/config.js";
import { type KubeResult, type ObjectRef, refOf } from "../core/deploy.js";
import { type K8sObject, SERVICE_LABEL } from "../core/k8s.js";
import { weightsOf } from "../core/plan.js";
import type { KubePort } from "../core/ports.js";
import { routerInput } from "../core/render.js";
import { type RolloutStatus, rolloutStatus } from "../core/rollout-status.js";
import { routerOf } from "../core/routers/index.js";

export type ObjectAction = "created" | "configured" | "unchanged" | "pruned";

export interface ObjectOutcome {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly action: ObjectAction;
  /** Server-side dry-run diff against the live object ("" when unchanged). */
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

interface Prepared {
  readonly object: K8sObject;
  readonly live: K8sObject | undefined;
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

/**
 * Applies services to the cluster: validate → server-side dry-run of every object (any failure:
 * nothing is applied) → per service, serving workloads → wait until rolled out (judged as
 * `kubectl rollout status`; a failed rollout stops at once) → the router's
 * kinds in its order (Istio: DestinationRule, VirtualService) → prune what the repository
 * dropped. With `planOnly`, stops after the dry run
 * and returns the diffs and drift.
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
  readonly concurrency?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch (the wait's deadline and the progress lines); default Date.now. */
  readonly now?: () => number;
}): Promise<ApplyOutcome> {
  const { kube, loaded } = params;
  const limit = params.concurrency ?? 4;
  const sleep = params.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = params.now ?? Date.now;
  const plans: { key: string; objects: readonly K8sObject[] }[] = [];
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
    plans.push({ key, objects: objects.objects });
  }

  // Dry run everything first: one bad object anywhere and nothing is applied.
  const prepared = new Map<string, Prepared[]>();
  const failures: string[] = [];
  // The first answer that the API server is unreachable or unavailable ends the dry run: the
  // other objects would only say the same, each after its own retries.
  let unavailable: Extract<KubeResult<unknown>, { ok: false }> | undefined;
  for (const plan of plans) {
    const rows = await bounded(plan.objects, limit, async (object): Promise<Prepared | undefined> => {
      if (unavailable) return undefined;
      const ref = refOf(object);
      const live = await kube.get(ref);
      if (!live.ok) {
        if (live.reason === "unavailable" && failures.length === 0) unavailable ??= live;
        failures.push(`${named(ref)}: ${live.message}`);
        return undefined;
      }
      const dry = await kube.apply({ object, dryRun: true, force: params.force });
      if (!dry.ok) {
        if (dry.reason === "unavailable" && failures.length === 0) unavailable ??= dry;
        const owners = dry.conflicts
          ?.map((c) => `${c.field} is owned by field manager "${c.manager}"`)
          .join("; ");
        failures.push(`${named(ref)}: ${dry.message}${owners ? ` (${owners})` : ""}`);
        return undefined;
      }
      return { object, live: live.value, diff: objectDiff({ live: live.value, next: dry.value }) };
    });
    prepared.set(
      plan.key,
      rows.filter((r): r is Prepared => r !== undefined),
    );
  }
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

  const results: ServiceApply[] = [];
  const managedByNamespace = new Map<string, Promise<K8sObject[]>>();
  let failed: { reason: "not-available" | "apply-failed"; message: string } | undefined;
  for (const plan of plans) {
    const service = loaded.config.services[plan.key];
    if (!service) continue;
    const rows = prepared.get(plan.key) ?? [];
    const repoWeights = weightsOf(service);
    const router = routerOf(service);
    const input = routerInput({ config: loaded.config, key: plan.key, service });
    const isRouting = (o: K8sObject) => router.kinds.some((k) => k.kind === o.kind);
    const routingNames = router.kinds.map((k) => k.kind).join(" and ");
    const liveRouting = rows.flatMap((r) => (isRouting(r.object) && r.live ? [r.live] : []));
    const before = router.liveWeights({ objects: liveRouting, input });
    const outcomes: ObjectOutcome[] = rows.map((r) => ({
      ...refOf(r.object),
      action: r.live === undefined ? "created" : r.diff ? "configured" : "unchanged",
      diff: r.diff,
    }));
    const base = { key: plan.key, namespace: service.namespace, repoWeights };
    if (params.planOnly) {
      results.push({
        ...base,
        status: "planned",
        objects: outcomes,
        liveWeights: before,
        drift: drift({ live: before, repo: repoWeights }),
      });
      continue;
    }
    const changed = new Set(rows.filter((r) => r.live === undefined || r.diff).map((r) => r.object));
    const applyAll = async (objects: readonly K8sObject[]): Promise<string | undefined> => {
      const answers = await bounded(
        objects.filter((o) => changed.has(o)),
        limit,
        (object) => kube.apply({ object, dryRun: false, force: params.force }),
      );
      const bad = answers.find((a) => !a.ok);
      return bad && !bad.ok ? bad.message : undefined;
    };
    const phases = applyPhases({ objects: plan.objects, service });
    const stop = (reason: "not-available" | "apply-failed", message: string) => {
      failed = { reason, message };
      results.push({
        ...base,
        status: "failed",
        objects: outcomes,
        liveWeights: before,
        drift: drift({ live: before, repo: repoWeights }),
        message,
      });
    };
    const workloadError = await applyAll([...phases.other, ...phases.serving, ...phases.idle]);
    if (workloadError) {
      stop(
        "apply-failed",
        `${workloadError} The ${routingNames} ${router.kinds.length > 1 ? "were" : "was"} not changed; traffic stays as it was.`,
      );
      break;
    }
    // Never give weight to a version whose pods are not ready.
    // An unchanged Deployment already rolled out in the dry-run pass needs no more polling.
    const liveByName = new Map(
      rows.filter((r) => r.object.kind === "Deployment").map((r) => [r.object.metadata.name, r]),
    );
    const waited = await waitForRollout({
      refs: phases.waitFor.filter((r) => {
        const row = liveByName.get(r.name);
        return !row || changed.has(row.object) || !row.live || rolloutStatus(row.live).state !== "done";
      }),
      versionOf: (name) => {
        const row = liveByName.get(name);
        return row ? versionOf(row.object) : undefined;
      },
      kube,
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
      break;
    }
    let routingError: string | undefined;
    for (const group of phases.routing) {
      routingError = await applyAll(group);
      if (routingError) break;
    }
    if (routingError) {
      stop("apply-failed", routingError);
      break;
    }
    // Only now, with routing moved, remove what the repository dropped.
    // One LIST per kind and namespace, shared by its services (taken after this service's
    // routing moved; later services' own objects are desired, so never pruned from it).
    const listKey = `${service.namespace}/${router.name}`;
    let listed = managedByNamespace.get(listKey);
    if (!listed) {
      listed = Promise.all(
        managedKinds(service).map((k) =>
          kube.list({ ...k, namespace: service.namespace, labelSelector: managedSelector() }),
        ),
      ).then((all) => all.flatMap((l) => (l.ok ? l.value : [])));
      managedByNamespace.set(listKey, listed);
    }
    const managed = (await listed).filter((o) => o.metadata.labels?.[SERVICE_LABEL] === plan.key);
    for (const ref of pruneSet({ live: managed, desired: plan.objects })) {
      const d = await kube.delete(ref);
      if (d.ok) outcomes.push({ ...ref, action: "pruned", diff: "" });
    }
    // Read the routing back only when it was written; otherwise the dry-run pass's copy is current.
    // The weights are carried by the first object of the router's last kind (Istio: the mesh VirtualService).
    const carrier = phases.routing[phases.routing.length - 1]?.[0];
    const after = carrier && changed.has(carrier) ? await kube.get(refOf(carrier)) : undefined;
    const liveWeights =
      after?.ok && after.value ? router.liveWeights({ objects: [after.value], input }) : before;
    const anyChange = outcomes.some((o) => o.action !== "unchanged");
    results.push({
      ...base,
      status: anyChange ? "applied" : "no-op",
      objects: outcomes,
      liveWeights,
      drift: drift({ live: liveWeights, repo: repoWeights }),
    });
  }
  const stopped = failed as { reason: "not-available" | "apply-failed"; message: string } | undefined;
  if (stopped) return { ok: false, reason: stopped.reason, message: stopped.message, services: results };
  return { ok: true, services: results };
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
  readonly kube: KubePort;
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
    for (const d of [...waiting]) {
      const got = await params.kube.get(d);
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
