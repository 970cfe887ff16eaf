import { createTwoFilesPatch } from "diff";
import { isMap, parseAllDocuments, stringify } from "yaml";
import type { FileSnapshot } from "./changes.js";
import { directlyIn, repoPath } from "./config.js";
import { type ObjectRef, refKey, refOf } from "./deploy.js";
import { nestingProblem } from "./depth.js";
import { type K8sObject, type KindRef, MANAGED_BY, SERVICE_LABEL, YAML_OPTIONS } from "./k8s.js";
import { formatProblems } from "./problems.js";
import { routerOf } from "./routers/index.js";
import type { ServiceConfig } from "./schema.js";
import { workloadKinds } from "./workloads/index.js";

/** The rollout.yaml fields that say where a service's files are. */
type FilesOf = Pick<ServiceConfig, "manifests" | "router" | "virtualService" | "httpRoute">;

/** The routing file a service's user brought, as a repository path. */
export function broughtPath(configFile: string, service: FilesOf): string | undefined {
  const rel = service[routerOf(service).broughtField];
  return rel === undefined ? undefined : repoPath(configFile, rel);
}

export type ObjectsResult =
  | { readonly ok: true; readonly objects: readonly K8sObject[] }
  | { readonly ok: false; readonly reason: "invalid-manifest"; readonly message: string };

/** Every kind rollout-bot manages for a service (what prune lists): workloads, then routing. */
export function managedKinds(service: Pick<ServiceConfig, "router">): readonly KindRef[] {
  return [...workloadKinds(), ...routerOf(service).kinds];
}

function isObject(doc: unknown): doc is K8sObject {
  const d = doc as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown } } | null;
  return (
    typeof d?.apiVersion === "string" && typeof d.kind === "string" && typeof d.metadata?.name === "string"
  );
}

/**
 * The objects to apply for a service, read from the repository's files: every YAML document in
 * its `manifests` folder, and the routing file its user brought. A document without apiVersion, kind
 * or name is refused with its file and index; a missing namespace is the service's.
 */
export function desiredObjects(params: {
  readonly configFile: string;
  readonly service: FilesOf & Pick<ServiceConfig, "namespace">;
  readonly files: FileSnapshot;
}): ObjectsResult {
  const { configFile, service, files } = params;
  const paths: string[] = [];
  if (service.manifests) {
    const dir = repoPath(configFile, service.manifests);
    for (const p of [...files.keys()].sort()) if (directlyIn(dir, p) && /\.ya?ml$/.test(p)) paths.push(p);
  }
  const brought = broughtPath(configFile, service);
  if (brought !== undefined) paths.push(brought);
  const out: K8sObject[] = [];
  for (const path of paths) {
    const text = files.get(path);
    if (text === undefined)
      return {
        ok: false,
        reason: "invalid-manifest",
        message: `${path}: not found. Commit it, or fix the path in ${configFile}.`,
      };
    // The YAML parser throws (rather than reports) on very deep nesting: refuse it first.
    const deep = nestingProblem(text, path);
    if (deep) return { ok: false, reason: "invalid-manifest", message: formatProblems([deep]) };
    const docs = parseAllDocuments(text, YAML_OPTIONS);
    const list = Array.isArray(docs) ? docs : [];
    for (const [i, doc] of list.entries()) {
      const err = doc.errors[0];
      if (err)
        return {
          ok: false,
          reason: "invalid-manifest",
          message: `${path}: document ${i + 1}: ${err.message.split("\n")[0]}. Fix the YAML.`,
        };
      if (!isMap(doc.contents)) continue; // an empty document (a trailing ---)
      const js: unknown = doc.toJS();
      if (!isObject(js)) {
        return {
          ok: false,
          reason: "invalid-manifest",
          message: `${path}: document ${i + 1} has no apiVersion, kind or metadata.name. Give it all three.`,
        };
      }
      out.push({
        ...js,
        metadata: { ...js.metadata, namespace: js.metadata.namespace ?? service.namespace },
      });
    }
  }
  const seen = new Set<string>();
  for (const o of out) {
    const k = refKey(refOf(o));
    if (seen.has(k))
      return {
        ok: false,
        reason: "invalid-manifest",
        message: `${o.kind} ${o.metadata.namespace}/${o.metadata.name} is defined twice. Keep one.`,
      };
    seen.add(k);
  }
  return { ok: true, objects: out };
}

/** The version label of a workload (Deployment) or undefined. */
export function versionOf(o: K8sObject): string | undefined {
  const labels = (o.spec as { template?: { metadata?: { labels?: Record<string, string> } } } | undefined)
    ?.template?.metadata?.labels;
  return labels?.version ?? o.metadata.labels?.version;
}

/** The phases of one service's apply, in order. */
export interface ApplyPhases {
  /** Services and the Deployments of versions that get traffic: applied, then waited for. */
  readonly serving: readonly K8sObject[];
  /** Deployments of versions at weight 0: applied, not waited for (they get no traffic). */
  readonly idle: readonly K8sObject[];
  readonly waitFor: readonly ObjectRef[];
  /** The router's objects, one group per kind in its order (e.g. DestinationRules, then VirtualServices): only now does traffic move. */
  readonly routing: readonly (readonly K8sObject[])[];
  /** Anything else in the folder (ConfigMaps, …), applied with the serving workloads. */
  readonly other: readonly K8sObject[];
}

/** Orders a service's objects so no version gets weight before its pods are ready. */
export function applyPhases(params: {
  readonly objects: readonly K8sObject[];
  readonly service: Pick<ServiceConfig, "versions" | "router">;
}): ApplyPhases {
  const weight = (v: string | undefined) => (v === undefined ? 1 : (params.service.versions[v]?.weight ?? 0));
  const byKind = (k: string) => params.objects.filter((o) => o.kind === k);
  const deployments = byKind("Deployment");
  const serving = [...byKind("Service"), ...deployments.filter((d) => weight(versionOf(d)) > 0)];
  return {
    serving,
    idle: deployments.filter((d) => weight(versionOf(d)) === 0),
    waitFor: deployments.filter((d) => weight(versionOf(d)) > 0).map(refOf),
    routing: routerOf(params.service).kinds.map((k) => byKind(k.kind)),
    other: params.objects.filter((o) => !managedKinds(params.service).some((k) => k.kind === o.kind)),
  };
}

/** The label selector of everything rollout-bot manages (for one service, when given). */
export function managedSelector(service?: string): string {
  const managed = Object.entries(MANAGED_BY)
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
  return service === undefined ? managed : `${managed},${SERVICE_LABEL}=${service}`;
}

/** At most this many service keys in one `in (…)` selector; more, and the LIST takes every managed object. */
const MAX_SELECTOR_KEYS = 50;

/**
 * The label selector of the managed objects of `services` (`…,rollout-bot/service in (a,b)`), or
 * of every managed object when there are too many keys for one request line.
 */
export function servicesSelector(services: readonly string[]): string {
  const keys = [...new Set(services)].sort();
  if (keys.length === 0 || keys.length > MAX_SELECTOR_KEYS) return managedSelector();
  return keys.length === 1
    ? managedSelector(keys[0])
    : `${managedSelector()},${SERVICE_LABEL} in (${keys.join(",")})`;
}

/** One LIST that tells the live state of a run's objects of a kind in a namespace (and what to prune). */
export interface LiveList {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace: string;
  readonly labelSelector: string;
}

/**
 * The LISTs a run takes before writing anything: per namespace, one per kind its services manage,
 * selecting their managed objects. Their answer is the live state the dry-run answers are compared
 * with (no GET per object) and, later, what prune removes.
 */
export function liveLists(
  services: readonly {
    readonly key: string;
    readonly service: Pick<ServiceConfig, "router" | "namespace">;
  }[],
): LiveList[] {
  const byNamespace = new Map<string, { keys: string[]; kinds: Map<string, KindRef> }>();
  for (const { key, service } of services) {
    const ns = byNamespace.get(service.namespace) ?? { keys: [], kinds: new Map<string, KindRef>() };
    ns.keys.push(key);
    for (const k of managedKinds(service)) ns.kinds.set(`${k.apiVersion}/${k.kind}`, k);
    byNamespace.set(service.namespace, ns);
  }
  return [...byNamespace].flatMap(([namespace, { keys, kinds }]) =>
    [...kinds.values()].map((k) => ({ ...k, namespace, labelSelector: servicesSelector(keys) })),
  );
}

/**
 * Whether a server-side dry-run answer is of an object that does not exist yet: a real server
 * leaves resourceVersion empty on a dry-run create (nothing was stored), and sets it otherwise.
 */
export function wouldCreate(dryRun: K8sObject): boolean {
  const rv = dryRun.metadata.resourceVersion;
  return rv === undefined || rv === "" || rv === "0";
}

/**
 * Managed live objects that the repository no longer describes: to delete once routing has moved.
 * An object a controller owns is never one: it carries our labels only because its owner passed
 * them on (KServe copies an InferenceService's labels to the Knative revisions, whose Deployments
 * and Services Knative labels alike).
 */
export function pruneSet(params: {
  readonly live: readonly K8sObject[];
  readonly desired: readonly K8sObject[];
}): ObjectRef[] {
  const keep = new Set(params.desired.map((o) => refKey(refOf(o))));
  const owned = (o: K8sObject) =>
    (o.metadata.ownerReferences as readonly { controller?: boolean }[] | undefined)?.some(
      (r) => r.controller,
    ) ?? false;
  return params.live
    .filter((o) => !owned(o))
    .map(refOf)
    .filter((r) => !keep.has(refKey(r)));
}

/** Versions whose live weight differs from the repository's. */
export function drift(params: {
  readonly live: Readonly<Record<string, number>>;
  readonly repo: Readonly<Record<string, number>>;
}): { version: string; live: number; repo: number }[] {
  const versions = [...new Set([...Object.keys(params.repo), ...Object.keys(params.live)])];
  return versions
    .map((version) => ({ version, live: params.live[version] ?? 0, repo: params.repo[version] ?? 0 }))
    .filter((d) => d.live !== d.repo);
}

const VOLATILE = ["managedFields", "resourceVersion", "generation", "uid", "creationTimestamp", "selfLink"];

/** What a reviewer compares of an object: no status, no server bookkeeping. */
function projection(o: K8sObject): Record<string, unknown> {
  const { status: _status, ...rest } = o as K8sObject & { status?: unknown };
  const metadata = Object.fromEntries(Object.entries(rest.metadata).filter(([k]) => !VOLATILE.includes(k)));
  const annotations = { ...((metadata.annotations ?? {}) as Record<string, string>) };
  delete annotations["kubectl.kubernetes.io/last-applied-configuration"];
  if (Object.keys(annotations).length === 0) delete metadata.annotations;
  else metadata.annotations = annotations;
  return { ...rest, metadata };
}

/** An object as a reviewer compares it, as YAML: no status, no server bookkeeping. */
export function comparable(o: K8sObject | undefined): string {
  if (!o) return "";
  return stringify(projection(o), { sortMapEntries: true, lineWidth: 0, aliasDuplicateObjects: false });
}

/** JSON with map keys sorted (and undefined members left out, as YAML does). */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? "null" : canonical(x))).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    const keys = Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

/**
 * Whether the live object and the server's would-be object (dry-run answer) are the same to a
 * reviewer: what `objectDiff` would show as no diff, without rendering one.
 */
export function sameObject(live: K8sObject, next: K8sObject): boolean {
  return canonical(projection(live)) === canonical(projection(next));
}

/** The unified diff between the live object and what the server would make of ours (dry run). */
export function objectDiff(params: {
  readonly live: K8sObject | undefined;
  readonly next: K8sObject;
}): string {
  const name = `${params.next.kind}/${params.next.metadata.namespace ?? ""}/${params.next.metadata.name}`;
  const before = comparable(params.live);
  const after = comparable(params.next);
  if (before === after) return "";
  return createTwoFilesPatch(
    params.live ? `live/${name}` : "/dev/null",
    `repo/${name}`,
    before,
    after,
    undefined,
    undefined,
    { context: 3 },
  )
    .split("\n")
    .slice(1)
    .join("\n");
}

/**
 * The services a push changed: those whose entry differs (or is new) in the file that holds it
 * (rollout.yaml, or its own included file: a change to `rollout.d/x.yaml` is service x), and
 * those whose manifests folder or brought routing file holds a changed path.
 */
export function changedServices(params: {
  readonly configFile: string;
  readonly after: Readonly<Record<string, FilesOf>>;
  readonly before: Readonly<Record<string, unknown>> | undefined;
  readonly changedPaths: readonly string[] | "all";
  /** The file holding each service's entry (`LoadedConfig.included`); rollout.yaml when absent. */
  readonly included?: ReadonlyMap<string, { readonly file: string }>;
}): string[] {
  const keys = Object.keys(params.after);
  if (params.changedPaths === "all") return keys;
  const paths = params.changedPaths;
  return keys.filter((key) => {
    const s = params.after[key];
    if (!s) return false;
    const entryFile = params.included?.get(key)?.file ?? params.configFile;
    if (paths.includes(entryFile) && JSON.stringify(params.before?.[key]) !== JSON.stringify(s)) return true;
    const folder = s.manifests === undefined ? undefined : repoPath(params.configFile, s.manifests);
    const own = broughtPath(params.configFile, s);
    return paths.some((p) => p === own || (folder !== undefined && directlyIn(folder, p)));
  });
}
