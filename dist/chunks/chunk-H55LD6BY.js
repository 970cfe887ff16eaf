import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  SERVICE_LABEL,
  applyPhases,
  desiredObjects,
  drift,
  liveLists,
  managedKinds,
  objectDiff,
  pruneSet,
  routerInput,
  routerOf,
  sameObject,
  servicesSelector,
  versionOf,
  weightsOf,
  wouldCreate
} from "./chunk-MVTX7BNA.js";
import {
  refKey,
  refOf
} from "./chunk-M2FA62U7.js";

// src/core/rollout-status.ts
var TIMED_OUT = "ProgressDeadlineExceeded";
var count = (n) => typeof n === "number" && Number.isFinite(n) ? n : 0;
function rolloutStatus(deployment) {
  const name = deployment.metadata?.name ?? "";
  const status = deployment.status ?? {};
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  if (count(deployment.metadata?.generation) > count(status.observedGeneration))
    return { state: "waiting", message: "waiting for deployment spec update to be observed" };
  const progressing = conditions.find((c) => c?.type === "Progressing");
  if (progressing?.reason === TIMED_OUT)
    return {
      state: "failed",
      reason: "progress-deadline-exceeded",
      message: `deployment "${name}" exceeded its progress deadline${progressing.message ? ` (${progressing.message})` : ""}`
    };
  const waiting = waitingFor(deployment.spec?.replicas, status);
  if (waiting === void 0) return { state: "done" };
  const failure = conditions.find((c) => c?.type === "ReplicaFailure" && c.status === "True");
  if (failure)
    return {
      state: "failed",
      reason: "replica-failure",
      message: `deployment "${name}" cannot create its pods${failure.reason ? ` (${failure.reason})` : ""}${failure.message ? `: ${failure.message}` : ""}`
    };
  return { state: "waiting", message: waiting };
}
function waitingFor(specReplicas, status) {
  const updated = count(status.updatedReplicas);
  if (typeof specReplicas === "number" && updated < specReplicas)
    return `${updated} out of ${specReplicas} new replicas have been updated`;
  const replicas = count(status.replicas);
  if (replicas > updated) return `${replicas - updated} old replicas are pending termination`;
  const available = count(status.availableReplicas);
  if (available < updated) return `${available} of ${updated} updated replicas are available`;
  return void 0;
}
function parseWaitTimeout(text) {
  const t = text.trim();
  if (/^\d+$/.test(t)) return positive(Number(t) * 1e3);
  if (!/^(?:\d+(?:d|h|ms|m|s))+$/.test(t)) return void 0;
  let ms = 0;
  for (const [, n, unit] of t.matchAll(/(\d+)(d|h|ms|m|s)/g))
    ms += Number(n) * (UNIT_MS[unit] ?? 0);
  return positive(ms);
}
var UNIT_MS = { d: 864e5, h: 36e5, m: 6e4, s: 1e3, ms: 1 };
var MAX_WAIT_MS = 864e5;
var positive = (ms) => Number.isSafeInteger(ms) && ms > 0 && ms <= MAX_WAIT_MS ? ms : void 0;
var WAIT_TIMEOUT_FORMS = "a duration such as 90s, 10m or 1h30m (or seconds: 600), more than 0 and at most 24h";

// src/handlers/apply.ts
function named(r) {
  return `${r.kind} ${r.namespace}/${r.name}`;
}
var DEFAULT_CONCURRENCY = 16;
async function bounded(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
function limitedPort(kube, limit) {
  let active = 0;
  const queue = [];
  const slot = async (call) => {
    if (active >= limit) await new Promise((r) => queue.push(r));
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
    replace: (o) => slot(() => kube.replace(o))
  };
}
async function applyServices(params) {
  const { loaded } = params;
  const limit = Math.max(1, params.concurrency ?? DEFAULT_CONCURRENCY);
  const kube = limitedPort(params.kube, limit);
  const sleep = params.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const now = params.now ?? Date.now;
  const plans = [];
  for (const key of params.services) {
    const service = loaded.config.services[key];
    if (!service)
      return {
        ok: false,
        reason: "invalid-manifest",
        message: `no service \`${key}\` in ${loaded.file}.`,
        services: []
      };
    const objects = desiredObjects({ configFile: loaded.file, service, files: params.files });
    if (!objects.ok) return { ok: false, reason: objects.reason, message: objects.message, services: [] };
    plans.push({ key, service, objects: objects.objects });
  }
  const failures = [];
  let unavailable;
  const noteUnavailable = (r) => {
    if (r.reason === "unavailable" && failures.length === 0) unavailable ??= r;
  };
  const listed = Promise.all(
    liveLists(plans).map(async (l) => {
      const r = await kube.list(l);
      if (!r.ok) noteUnavailable(r);
      return { list: l, objects: r.ok ? r.value : void 0 };
    })
  );
  const all = plans.flatMap((p) => p.objects);
  const dry = await bounded(all, limit, async (object) => {
    if (unavailable) return void 0;
    const ref = refOf(object);
    const r = await kube.apply({ object, dryRun: true, force: params.force });
    if (!r.ok) {
      noteUnavailable(r);
      const owners = r.conflicts?.map((c) => `${c.field} is owned by field manager "${c.manager}"`).join("; ");
      failures.push(`${named(ref)}: ${r.message}${owners ? ` (${owners})` : ""}`);
      return void 0;
    }
    return r.value;
  });
  const lists = await listed;
  const live = /* @__PURE__ */ new Map();
  for (const { objects } of lists) for (const o of objects ?? []) live.set(refKey(refOf(o)), o);
  const prepared = /* @__PURE__ */ new Map();
  await bounded([...all.keys()], limit, async (i) => {
    const object = all[i];
    const next = dry[i];
    if (unavailable || !next) return;
    const ref = refOf(object);
    let was;
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
    const changed = was === void 0 || !sameObject(was, next);
    const diff = changed && (params.planOnly || was !== void 0) ? objectDiff({ live: was, next }) : "";
    prepared.set(object, { object, live: was, changed, diff });
  });
  if (unavailable) {
    return {
      ok: false,
      reason: "dry-run-failed",
      message: unavailable.unreachable ? `Cannot reach the Kubernetes API server at ${unavailable.unreachable.server}: ${unavailable.unreachable.cause}. Check the kubeconfig's server address (--kubeconfig, $KUBECONFIG) and that the cluster is up; nothing was applied.` : `The Kubernetes API server could not serve the dry run, so nothing was applied: ${unavailable.message}`,
      services: []
    };
  }
  if (failures.length > 0) {
    return {
      ok: false,
      reason: "dry-run-failed",
      message: `The server-side dry run refused ${failures.length} object(s); nothing was applied:
${failures.map((f) => `- ${f}`).join("\n")}`,
      services: []
    };
  }
  const managedLive = (namespace, key, kinds) => lists.filter(
    (l) => l.list.namespace === namespace && kinds.some((k) => k.kind === l.list.kind && k.apiVersion === l.list.apiVersion)
  ).flatMap((l) => l.objects ?? []).filter((o) => o.metadata.labels?.[SERVICE_LABEL] === key);
  const writing = /* @__PURE__ */ new Map();
  const read = rolloutReader({ kube, writing: (ns) => [...writing.get(ns) ?? []] });
  const results = new Array(plans.length);
  let failed;
  await bounded(
    plans.map((p, i) => ({ ...p, i })),
    limit,
    async (plan) => {
      if (failed) return;
      const { service } = plan;
      const rows = plan.objects.flatMap((o) => prepared.get(o) ?? []);
      const repoWeights = weightsOf(service);
      const router = routerOf(service);
      const input = routerInput({ config: loaded.config, key: plan.key, service });
      const isRouting = (o) => router.kinds.some((k) => k.kind === o.kind);
      const routingNames = router.kinds.map((k) => k.kind).join(" and ");
      const liveRouting = rows.flatMap((r) => isRouting(r.object) && r.live ? [r.live] : []);
      const before = router.liveWeights({ objects: liveRouting, input });
      const outcomes = rows.map((r) => ({
        ...refOf(r.object),
        action: r.live === void 0 ? "created" : r.changed ? "configured" : "unchanged",
        diff: r.diff
      }));
      const base = { key: plan.key, namespace: service.namespace, repoWeights };
      const found = {
        objects: outcomes,
        liveWeights: before,
        drift: drift({ live: before, repo: repoWeights })
      };
      if (params.planOnly) {
        results[plan.i] = { ...base, status: "planned", ...found };
        return;
      }
      const changed = new Set(rows.filter((r) => r.changed).map((r) => r.object));
      const written = /* @__PURE__ */ new Map();
      const applyAll = async (objects, workloads = false) => {
        const answers = await Promise.all(
          objects.filter((o) => changed.has(o)).map(async (object) => {
            const p = kube.apply({ object, dryRun: false, force: params.force });
            if (workloads) track(writing, service.namespace, p);
            const a = await p;
            if (a.ok) written.set(object, a.value);
            return a;
          })
        );
        const bad = answers.find((a) => !a.ok);
        return bad && !bad.ok ? bad.message : void 0;
      };
      const phases = applyPhases({ objects: plan.objects, service });
      const stop = (reason, message) => {
        failed ??= { reason, message };
        results[plan.i] = { ...base, status: "failed", ...found, message };
      };
      const workloadError = await applyAll([...phases.other, ...phases.serving, ...phases.idle], true);
      if (workloadError) {
        stop(
          "apply-failed",
          `${workloadError} The ${routingNames} ${router.kinds.length > 1 ? "were" : "was"} not changed; traffic stays as it was.`
        );
        return;
      }
      const byName = new Map(
        rows.filter((r) => r.object.kind === "Deployment").map((r) => [r.object.metadata.name, r])
      );
      const waited = await waitForRollout({
        refs: phases.waitFor.filter((r) => {
          const row = byName.get(r.name);
          const latest = row ? written.get(row.object) ?? row.live : void 0;
          return !latest || rolloutStatus(latest).state !== "done";
        }),
        versionOf: (name) => {
          const row = byName.get(name);
          return row ? versionOf(row.object) : void 0;
        },
        read: (refs) => read({ namespace: service.namespace, service: plan.key, refs }),
        wait: params.wait,
        sleep,
        now
      });
      if (!waited.ok) {
        const untouched = `so the ${routingNames} ${router.kinds.length > 1 ? "were" : "was"} not changed: traffic stays as it was`;
        const first = waited.deployments[0];
        const check = `Check the pods (kubectl -n ${service.namespace} describe deployment ${first.name}).`;
        stop(
          "not-available",
          waited.failed ? `${describe(waited.failed.deployment)} failed to roll out: ${waited.failed.message}; ${untouched}. ${check}` : `${waited.deployments.map(describe).join(", ")} did not become Available within ${seconds(params.wait.timeoutMs)} (last seen: ${waited.deployments.map((d) => `${waited.deployments.length > 1 ? `${d.name}: ` : ""}${d.status.state === "waiting" ? d.status.message : d.status.state}`).join("; ")}), ${untouched}. ${check}`
        );
        return;
      }
      let routingError;
      for (const group of phases.routing) {
        routingError = await applyAll(group);
        if (routingError) break;
      }
      if (routingError) {
        stop("apply-failed", routingError);
        return;
      }
      const managed = managedLive(service.namespace, plan.key, managedKinds(service));
      for (const ref of pruneSet({ live: managed, desired: plan.objects })) {
        const d = await kube.delete(ref);
        if (d.ok) outcomes.push({ ...ref, action: "pruned", diff: "" });
      }
      const carrier = phases.routing[phases.routing.length - 1]?.[0];
      const after = carrier ? written.get(carrier) : void 0;
      const liveWeights = after ? router.liveWeights({ objects: [after], input }) : before;
      const anyChange = outcomes.some((o) => o.action !== "unchanged");
      results[plan.i] = {
        ...base,
        status: anyChange ? "applied" : "no-op",
        objects: outcomes,
        liveWeights,
        drift: drift({ live: liveWeights, repo: repoWeights })
      };
    }
  );
  const services = results.filter((r) => r !== void 0);
  const stopped = failed;
  if (stopped) return { ok: false, reason: stopped.reason, message: stopped.message, services };
  return { ok: true, services };
}
function track(sets, namespace, p) {
  let set = sets.get(namespace);
  if (!set) {
    set = /* @__PURE__ */ new Set();
    sets.set(namespace, set);
  }
  const s = set;
  s.add(p);
  void p.finally(() => s.delete(p));
}
function rolloutReader(deps) {
  const open = /* @__PURE__ */ new Map();
  return ({ namespace, service, refs }) => {
    let batch = open.get(namespace);
    if (!batch) {
      const b = {
        services: /* @__PURE__ */ new Set(),
        refs: [],
        done: void 0
      };
      b.done = (async () => {
        await Promise.allSettled(deps.writing(namespace));
        await new Promise((r) => setImmediate(r));
        open.delete(namespace);
        const out = /* @__PURE__ */ new Map();
        const listed = await deps.kube.list({
          apiVersion: "apps/v1",
          kind: "Deployment",
          namespace,
          labelSelector: servicesSelector([...b.services])
        });
        const byName = new Map((listed.ok ? listed.value : []).map((o) => [o.metadata.name, o]));
        const missing = b.refs.filter((r) => !byName.has(r.name));
        for (const r of b.refs) {
          const hit = byName.get(r.name);
          if (hit) out.set(r.name, { ok: true, value: hit });
        }
        const got = await Promise.all(missing.map((r) => deps.kube.get(r)));
        missing.forEach((r, i) => {
          out.set(r.name, got[i]);
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
function describe(d) {
  return `Deployment ${d.namespace}/${d.name}${d.version ? ` (${d.version})` : ""}`;
}
function seconds(ms) {
  return `${Math.round(ms / 1e3)} s`;
}
async function waitForRollout(params) {
  const { wait, now } = params;
  const every = wait.progressEveryMs ?? 1e4;
  const started = now();
  const deadline = started + wait.timeoutMs;
  const waiting = params.refs.map((r) => ({
    ...r,
    version: params.versionOf(r.name),
    status: { state: "waiting", message: "not read yet" }
  }));
  const told = /* @__PURE__ */ new Map();
  const progress = (d, line) => {
    if (!wait.onProgress || d.status.state === "failed") return;
    const at = now();
    const message = d.status.state === "waiting" ? d.status.message : "done";
    const last = told.get(d.name);
    const due = last ? last.message !== message || at - last.at >= every : d.status.state === "waiting" && at - started >= every;
    if (!due) return;
    told.set(d.name, { message, at });
    wait.onProgress(line(seconds(at - started)));
  };
  while (waiting.length > 0) {
    const reads = await params.read(waiting);
    for (const d of [...waiting]) {
      const got = reads.get(d.name) ?? { ok: true, value: void 0 };
      d.status = !got.ok ? { state: "waiting", message: `cannot read it (${got.message})` } : got.value === void 0 ? { state: "waiting", message: "not found" } : rolloutStatus(got.value);
      if (d.status.state === "failed")
        return { ok: false, failed: { deployment: d, message: d.status.message }, deployments: [d] };
      if (d.status.state === "done") {
        waiting.splice(waiting.indexOf(d), 1);
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
function reportOf(s, status, message) {
  return {
    key: s.key,
    namespace: s.namespace,
    applied: s.objects.map((o) => ({ kind: o.kind, name: o.name, action: o.action })),
    liveWeights: s.liveWeights,
    repoWeights: s.repoWeights,
    status: status ?? (s.status === "planned" ? "no-op" : s.status),
    ...message ?? s.message ? { message: message ?? s.message } : {}
  };
}
function planOf(s) {
  return {
    key: s.key,
    diffs: s.objects.filter((o) => o.diff !== "").map((o) => ({ kind: o.kind, name: o.name, diff: o.diff })),
    drift: s.drift
  };
}

export {
  parseWaitTimeout,
  WAIT_TIMEOUT_FORMS,
  applyServices,
  reportOf,
  planOf
};
