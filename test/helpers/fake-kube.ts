// A small, stateful fake Kubernetes API server over real HTTP on 127.0.0.1, for the real
// @kubernetes/client-node. No jest imports: the bench can load it too.
//
// What it serves:
// - discovery: /api, /api/v1, /apis, /apis/<group>, /apis/<group>/<version> (client-node 2's
//   KubernetesObjectApi GETs only /api/v1 or /apis/<group>/<version>, once per apiVersion);
// - namespaced objects of v1 Service/ConfigMap, apps/v1 Deployment and networking.istio.io
//   (v1, v1beta1, v1alpha3) DestinationRule/VirtualService/Gateway: GET, DELETE, LIST with
//   `labelSelector` (k=v, k==v, k!=v, k, !k), and server-side apply PATCH
//   (application/apply-patch+yaml; fieldManager, force, dryRun=All), and POST (create) / PUT
//   (update, a metadata.resourceVersion in the body a precondition: 409 when stale);
// - managed fields per manager (leaf paths, lists of objects with unique `name`s keyed by name,
//   other lists atomic, as in real SSA for containers vs. Istio's CRD lists), conflicts as 409
//   with FieldManagerConflict causes, force moving ownership, unchanged re-applies keeping the
//   resourceVersion;
// - minimal validation (422/400), bearer-token auth (401), RBAC denials (403), missing
//   namespaces (404), Deployment availability after N reads: GETs, or LISTs returning it (or a failed rollout: ProgressDeadlineExceeded,
//   ReplicaFailure), fault injection and latency.
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parse as parseYaml, stringify as toYaml } from "yaml";

type Obj = Record<string, unknown>;

/** A resource type as discovery lists it. */
interface ResourceType {
  readonly group: string;
  readonly versions: readonly string[];
  readonly name: string;
  readonly singularName: string;
  readonly kind: string;
  readonly namespaced: boolean;
  readonly verbs: readonly string[];
  readonly shortNames?: readonly string[];
}

const ALL_VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
const SUB_VERBS = ["get", "patch", "update"];
const ISTIO_GROUP = "networking.istio.io";
const ISTIO_VERSIONS = ["v1", "v1beta1", "v1alpha3"];

function rt(
  group: string,
  versions: readonly string[],
  name: string,
  kind: string,
  extra: Partial<ResourceType> = {},
): ResourceType {
  const singularName = name.includes("/") ? "" : kind.toLowerCase();
  return { group, versions, name, singularName, kind, namespaced: true, verbs: ALL_VERBS, ...extra };
}

/** Subresources are listed (as a real server does, after their parent) but not served. */
const CORE: readonly ResourceType[] = [
  rt("", ["v1"], "configmaps", "ConfigMap", { shortNames: ["cm"] }),
  rt("", ["v1"], "namespaces", "Namespace", {
    namespaced: false,
    verbs: ["create", "delete", "get", "list", "patch", "update", "watch"],
    shortNames: ["ns"],
  }),
  rt("", ["v1"], "services", "Service", { shortNames: ["svc"] }),
  rt("", ["v1"], "services/status", "Service", { verbs: SUB_VERBS }),
  rt("apps", ["v1"], "deployments", "Deployment", { shortNames: ["deploy"] }),
  rt("apps", ["v1"], "deployments/scale", "Scale", { verbs: SUB_VERBS }),
  rt("apps", ["v1"], "deployments/status", "Deployment", { verbs: SUB_VERBS }),
];
const ISTIO: readonly ResourceType[] = [
  rt(ISTIO_GROUP, ISTIO_VERSIONS, "destinationrules", "DestinationRule", { shortNames: ["dr"] }),
  rt(ISTIO_GROUP, ISTIO_VERSIONS, "destinationrules/status", "DestinationRule", { verbs: SUB_VERBS }),
  rt(ISTIO_GROUP, ISTIO_VERSIONS, "gateways", "Gateway", { shortNames: ["gw"] }),
  rt(ISTIO_GROUP, ISTIO_VERSIONS, "virtualservices", "VirtualService", { shortNames: ["vs"] }),
  rt(ISTIO_GROUP, ISTIO_VERSIONS, "virtualservices/status", "VirtualService", { verbs: SUB_VERBS }),
];

/** Router CRDs, served only when asked for (`FakeKubeOptions.crds`). */
const CRDS: Readonly<Record<"gateway-api" | "kserve", readonly ResourceType[]>> = {
  "gateway-api": [
    rt("gateway.networking.k8s.io", ["v1"], "httproutes", "HTTPRoute"),
    rt("gateway.networking.k8s.io", ["v1"], "httproutes/status", "HTTPRoute", { verbs: SUB_VERBS }),
  ],
  kserve: [
    rt("serving.kserve.io", ["v1beta1"], "inferenceservices", "InferenceService", { shortNames: ["isvc"] }),
    rt("serving.kserve.io", ["v1beta1"], "inferenceservices/status", "InferenceService", {
      verbs: SUB_VERBS,
    }),
  ],
};

/** One step of a field path: a map key, or a list element keyed by its `name`. */
type Seg = { readonly key: string } | { readonly name: string };

interface Owner {
  readonly operation: "Apply" | "Update";
  readonly apiVersion: string;
  readonly time: string;
  /** Leaf field paths (`.spec.replicas`, `.spec.template.spec.containers[name="x"].image`). */
  readonly fields: ReadonlyMap<string, readonly Seg[]>;
}

interface Stored {
  readonly type: ResourceType;
  /** apiVersion, kind, metadata {name, namespace, labels?, annotations?}, spec…; no server fields. */
  content: Obj;
  owners: Map<string, Owner>;
  readonly uid: string;
  readonly created: string;
  resourceVersion: number;
  generation: number;
  /** Reads (GETs, or LISTs returning it) since its generation last changed (drives Deployment availability). */
  gets: number;
}

/** One request as the fake received it. */
export interface RecordedRequest {
  readonly method: string;
  /** Path without the query, e.g. /apis/apps/v1/namespaces/kubeflow/deployments/mnist-v2. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly contentType: string | undefined;
  /** Whether it carried the right bearer token. */
  readonly authorized: boolean;
  /** Which TCP connection (1, 2, …) carried it. */
  readonly connection: number;
  /** Parsed request body, when there was one. */
  readonly body: unknown;
  /** Status code replied, 0 while pending or when the connection was dropped. */
  status: number;
}

/** A fault rule: the first pending rule whose method and path match a request applies to it. */
export interface Fault {
  /** HTTP method (any when omitted). */
  readonly method?: string;
  /** Tested against the request path (without query); a string is a substring. */
  readonly path?: RegExp | string;
  /** Reply this status with a Status body instead of serving the request. */
  readonly status?: number;
  /** The Status message (with `status`); default `injected fault: <reason>`. */
  readonly message?: string;
  /** Seconds for a Retry-After header (with `status`). */
  readonly retryAfter?: number;
  /**
   * Wait this long first (to provoke client timeouts). If the client is still connected
   * afterwards, the request is then served (or answered with `status`); if it went away,
   * nothing happens (the request is not processed).
   */
  readonly delayMs?: number;
  /** Destroy the connection without replying or processing (a connection reset). */
  readonly reset?: boolean;
  /** Process the request (state changes), then destroy the connection instead of answering. */
  readonly lose?: boolean;
  /** How many requests it applies to; default 1, `Infinity` for all. */
  readonly times?: number;
}

/**
 * A Deployment whose rollout fails as a real controller reports it: never Available, and from its
 * N-th read (since its spec last changed; default 1) `Progressing=False, reason
 * ProgressDeadlineExceeded`, or a `ReplicaFailure=True` condition (pods cannot be created).
 */
export interface RolloutFailure {
  readonly condition: "ProgressDeadlineExceeded" | "ReplicaFailure";
  readonly afterGets?: number;
  /** The condition's message; a controller-like default. */
  readonly message?: string;
}

export interface FakeKubeOptions {
  /** Added to every response (for benchmarks). */
  readonly latencyMs?: number;
  /** Reads (a GET, or a LIST returning it) after which a Deployment reports Available (the N-th read sees it); default 1. */
  readonly availableAfterGets?: number;
  /** Per Deployment name: N reads, or `never`. */
  readonly availability?: Readonly<Record<string, number | "never">>;
  /** Per Deployment name: a rollout that never completes and reports this failure (see RolloutFailure). */
  readonly failures?: Readonly<Record<string, RolloutFailure>>;
  /** Whether networking.istio.io is served (Istio CRDs installed); default true. */
  readonly istio?: boolean;
  /** Namespaces that exist; default: every namespace exists. */
  readonly namespaces?: readonly string[];
  /** The bearer token the server accepts; default a random one. */
  readonly token?: string;
  /**
   * Serve requests without the token too (for the bench's kubectl, which sends no bearer token
   * over plain HTTP); `authorized` in the log still tells which carried it.
   */
  readonly anonymous?: boolean;
  /** The user named in 403 messages. */
  readonly user?: string;
  /** Router CRDs served besides Istio's: Gateway API HTTPRoutes, KServe InferenceServices. */
  readonly crds?: readonly ("gateway-api" | "kserve")[];
}

export interface FakeKube {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** The bearer token it accepts (put into the kubeconfig by `kubeconfigFor`). */
  readonly token: string;
  /**
   * Creates or changes an object as another field manager (default "kubectl"): `object` is applied,
   * with force, as that manager's complete configuration, so it owns exactly the fields given.
   * Validated like any apply; returns the stored object.
   */
  seed(object: Obj, manager?: string, operation?: "Apply" | "Update"): Obj;
  /** Every stored object as a GET would return it (without counting as a GET). */
  objects(): Obj[];
  /** One stored object, or undefined. */
  find(kind: string, namespace: string, name: string): Obj | undefined;
  /** Requests received so far, oldest first. */
  requests(): RecordedRequest[];
  clearRequests(): void;
  /** TCP connections accepted so far. */
  connections(): number;
  /** Queues a fault rule. */
  inject(fault: Fault): void;
  /** Fault rules not yet used up. */
  pendingFaults(): number;
  /** Makes `verb` on `resource` (plural, e.g. "deployments") answer 403, as missing RBAC would. */
  deny(verb: string, resource: string): void;
  /** Sets how many reads (GET or LIST) a Deployment needs before it is Available (`never`: it never is). */
  setAvailability(name: string, gets: number | "never"): void;
  /** Makes a Deployment's rollout fail (see RolloutFailure); `undefined` clears it. */
  failRollout(name: string, failure: RolloutFailure | undefined): void;
  close(): Promise<void>;
}

/** A kubeconfig (YAML text) for the fake: its URL, a bearer token, TLS verification off (plain HTTP). */
export function kubeconfigFor(
  server: Pick<FakeKube, "url" | "token">,
  options: { readonly namespace?: string } = {},
): string {
  return toYaml({
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name: "fake", cluster: { server: server.url, "insecure-skip-tls-verify": true } }],
    users: [{ name: "rollout-bot", user: { token: server.token } }],
    contexts: [
      {
        name: "fake",
        context: {
          cluster: "fake",
          user: "rollout-bot",
          ...(options.namespace ? { namespace: options.namespace } : {}),
        },
      },
    ],
    "current-context": "fake",
  });
}

class HttpError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: Obj,
  ) {
    super(message);
  }
}

function status(code: number, reason: string, message: string, details?: Obj): Obj {
  return {
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: code < 400 ? "Success" : "Failure",
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  };
}

const REASONS: Record<number, string> = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  409: "Conflict",
  415: "UnsupportedMediaType",
  422: "Invalid",
  429: "TooManyRequests",
  500: "InternalError",
  502: "BadGateway",
  503: "ServiceUnavailable",
  504: "Timeout",
};

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// JSON, not structuredClone or util.same: under jest, objects from JSON.parse and
// from structuredClone have different realms' prototypes, and same compares those.
function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** Structural equality of JSON values (map key order ignored). */
function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (isObj(v)) {
    const keys = Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "undefined";
}

function pathString(segs: readonly Seg[]): string {
  return segs.map((s) => ("key" in s ? `.${s.key}` : `[name=${JSON.stringify(s.name)}]`)).join("");
}

function keyedByName(list: readonly unknown[]): boolean {
  if (list.length === 0) return false;
  const names = new Set<string>();
  for (const el of list) {
    if (!isObj(el) || typeof el.name !== "string" || names.has(el.name)) return false;
    names.add(el.name);
  }
  return true;
}

/** Leaf field paths of a value: scalars, atomic lists and empty maps are leaves. */
function leaves(v: unknown, segs: Seg[], out: Map<string, { segs: Seg[]; value: unknown }>): void {
  if (isObj(v)) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0 && segs.length > 0) out.set(pathString(segs), { segs, value: {} });
    for (const [k, x] of entries) leaves(x, [...segs, { key: k }], out);
  } else if (Array.isArray(v) && keyedByName(v)) {
    for (const el of v as Obj[]) leaves(el, [...segs, { name: el.name as string }], out);
  } else {
    out.set(pathString(segs), { segs, value: v });
  }
}

/** The fields an applier owns: metadata labels/annotations and everything but identity and status. */
function fieldsOf(o: Obj): Obj {
  const { apiVersion: _a, kind: _k, metadata, status: _s, ...rest } = o;
  const m = isObj(metadata) ? metadata : {};
  const meta: Obj = {};
  if (m.labels !== undefined) meta.labels = m.labels;
  if (m.annotations !== undefined) meta.annotations = m.annotations;
  return Object.keys(meta).length > 0 ? { metadata: meta, ...rest } : rest;
}

function child(container: unknown, seg: Seg): unknown {
  if ("key" in seg) return isObj(container) ? container[seg.key] : undefined;
  return Array.isArray(container) ? container.find((el) => isObj(el) && el.name === seg.name) : undefined;
}

function getAt(o: Obj, segs: readonly Seg[]): unknown {
  let cur: unknown = o;
  for (const s of segs) cur = child(cur, s);
  return cur;
}

function setAt(o: Obj, segs: readonly Seg[], value: unknown): void {
  let cur: unknown = o;
  segs.forEach((s, i) => {
    const next = segs[i + 1];
    const last = next === undefined;
    if ("key" in s) {
      const c = cur as Obj;
      if (last) c[s.key] = clone(value);
      else {
        const want = "key" in next ? isObj(c[s.key]) : Array.isArray(c[s.key]);
        if (!want) c[s.key] = "key" in next ? {} : [];
        cur = c[s.key];
      }
    } else {
      const list = cur as Obj[];
      let el = list.find((e) => e.name === s.name);
      if (!el) {
        el = { name: s.name };
        list.push(el);
      }
      cur = el;
    }
  });
}

function isEmpty(v: unknown): boolean {
  return (isObj(v) && Object.keys(v).length === 0) || (Array.isArray(v) && v.length === 0);
}

/** Deletes a leaf, then every ancestor the deletion left empty. */
function deleteAt(o: Obj, segs: readonly Seg[]): void {
  const chain: unknown[] = [o];
  for (const s of segs.slice(0, -1)) chain.push(child(chain[chain.length - 1], s));
  for (let i = segs.length - 1; i >= 0; i--) {
    const parent = chain[i];
    const s = segs[i] as Seg;
    if ("key" in s) {
      if (!isObj(parent)) return;
      if (i === segs.length - 1 || isEmpty(parent[s.key])) delete parent[s.key];
      else return;
    } else {
      if (!Array.isArray(parent)) return;
      const idx = parent.findIndex((e) => isObj(e) && e.name === s.name);
      const el = parent[idx];
      if (idx >= 0 && (i === segs.length - 1 || isEmpty(el))) parent.splice(idx, 1);
      else return;
    }
  }
}

/** managedFields' FieldsV1 for a set of paths. */
function fieldsV1(fields: ReadonlyMap<string, readonly Seg[]>): Obj {
  const root: Obj = {};
  for (const segs of fields.values()) {
    let node = root;
    for (const s of segs) {
      const k = "key" in s ? `f:${s.key}` : `k:${JSON.stringify({ name: s.name })}`;
      node[k] ??= {};
      node = node[k] as Obj;
      if (!("key" in s)) node["."] ??= {};
    }
  }
  return root;
}

const DNS1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function invalid(kind: string, group: string, name: string, field: string, detail: string): HttpError {
  const gk = group ? `${kind}.${group}` : kind;
  return new HttpError(422, "Invalid", `${gk} "${name}" is invalid: ${field}: ${detail}`, {
    name,
    group,
    kind,
    causes: [{ reason: "FieldValueInvalid", message: detail, field }],
  });
}

/** Minimal per-kind validation, in the words a real API server uses. */
function validate(type: ResourceType, o: Obj): void {
  const meta = o.metadata as Obj;
  const name = String(meta.name);
  if (!DNS1123.test(name) || name.length > 253) {
    throw invalid(
      type.kind,
      type.group,
      name,
      "metadata.name",
      `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'`,
    );
  }
  const spec = isObj(o.spec) ? o.spec : {};
  if (type.kind === "VirtualService") {
    const http = Array.isArray(spec.http) ? spec.http : [];
    http.forEach((h, i) => {
      const route = isObj(h) && Array.isArray(h.route) ? h.route : [];
      route.forEach((r, j) => {
        const w = isObj(r) ? r.weight : undefined;
        const field = `spec.http[${i}].route[${j}].weight`;
        if (w !== undefined && !Number.isInteger(w)) {
          throw invalid(
            type.kind,
            type.group,
            name,
            field,
            `Invalid value: "${typeof w}": ${field} in body must be of type integer: "${typeof w}"`,
          );
        }
      });
    });
  }
  if (type.kind === "Deployment") {
    const r = spec.replicas;
    if (r !== undefined && (!Number.isInteger(r) || (r as number) < 0)) {
      throw invalid(
        type.kind,
        type.group,
        name,
        "spec.replicas",
        `Invalid value: ${JSON.stringify(r)}: must be greater than or equal to 0`,
      );
    }
    const selector =
      isObj(spec.selector) && isObj(spec.selector.matchLabels) ? spec.selector.matchLabels : undefined;
    const template = isObj(spec.template) && isObj(spec.template.metadata) ? spec.template.metadata : {};
    const labels = isObj(template.labels) ? template.labels : {};
    if (!selector) throw invalid(type.kind, type.group, name, "spec.selector", "Required value");
    if (Object.entries(selector).some(([k, v]) => labels[k] !== v)) {
      throw invalid(
        type.kind,
        type.group,
        name,
        "spec.template.metadata.labels",
        "Invalid value: `selector` does not match template `labels`",
      );
    }
  }
}

/** Label selectors: `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, comma-separated. */
function selectorMatcher(selector: string): (labels: Readonly<Record<string, unknown>>) => boolean {
  const terms = selector
    // Commas inside `in (a,b)` belong to the set, not between terms.
    .split(/,(?![^(]*\))/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => {
      let m = /^([^=!\s]+)\s*(==|=|!=)\s*([^=!\s]*)$/.exec(t);
      if (m) {
        const [, k, op, v] = m as unknown as [string, string, string, string];
        return (l: Readonly<Record<string, unknown>>) => (op === "!=" ? l[k] !== v : l[k] === v);
      }
      m = /^([^=!\s]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(t);
      if (m) {
        const [, k, op, list] = m as unknown as [string, string, "in" | "notin", string];
        const values = new Set(list.split(",").map((v) => v.trim()));
        return (l: Readonly<Record<string, unknown>>) =>
          op === "in" ? values.has(String(l[k])) && k in l : !(k in l) || !values.has(String(l[k]));
      }
      m = /^(!?)([^=!\s]+)$/.exec(t);
      if (m) {
        const [, not, k] = m as unknown as [string, string, string];
        return (l: Readonly<Record<string, unknown>>) => k in l !== (not === "!");
      }
      throw new HttpError(
        400,
        "BadRequest",
        `unable to parse requirement: found '${t}', expected: a selector the fake supports (=, ==, !=, in, notin, exists)`,
      );
    });
  return (labels) => terms.every((f) => f(labels));
}

export async function startFakeKube(options: FakeKubeOptions = {}): Promise<FakeKube> {
  const token = options.token ?? `fake-token-${randomBytes(12).toString("hex")}`;
  const user = options.user ?? "system:serviceaccount:rollout:rollout-bot";
  const types = [
    ...(options.istio === false ? CORE : [...CORE, ...ISTIO]),
    ...(options.crds ?? []).flatMap((c) => CRDS[c]),
  ];
  const store = new Map<string, Stored>();
  const log: RecordedRequest[] = [];
  const faults: { rule: Fault; left: number }[] = [];
  const denied = new Set<string>();
  const availability = new Map<string, number | "never">(Object.entries(options.availability ?? {}));
  const failures = new Map<string, RolloutFailure>(Object.entries(options.failures ?? {}));
  const timers = new Set<NodeJS.Timeout>();
  let revision = 1000;
  let connectionCount = 0;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  const keyOf = (t: ResourceType, ns: string, name: string) => `${t.group}/${t.name}/${ns}/${name}`;
  const groups = () => [...new Set(types.map((t) => t.group))].filter((g) => g !== "");
  const versionsOf = (group: string) => types.find((t) => t.group === group)?.versions ?? [];

  function namespaceExists(ns: string): boolean {
    return !options.namespaces || options.namespaces.includes(ns);
  }

  function deploymentStatus(s: Stored): Obj {
    const spec = isObj(s.content.spec) ? s.content.spec : {};
    const replicas = typeof spec.replicas === "number" ? spec.replicas : 1;
    const name = String((s.content.metadata as Obj).name);
    const need = availability.get(name) ?? options.availableAfterGets ?? 1;
    const failure = failures.get(name);
    const available = need !== "never" && s.gets >= need && !failure;
    const time = s.created;
    const rs = `${name}-${s.uid.slice(0, 10)}`;
    if (failure && s.gets >= (failure.afterGets ?? 1)) return failedStatus(s, failure, replicas, rs);
    return available
      ? {
          observedGeneration: s.generation,
          replicas,
          updatedReplicas: replicas,
          readyReplicas: replicas,
          availableReplicas: replicas,
          conditions: [
            {
              type: "Available",
              status: "True",
              lastUpdateTime: time,
              lastTransitionTime: time,
              reason: "MinimumReplicasAvailable",
              message: "Deployment has minimum availability.",
            },
            {
              type: "Progressing",
              status: "True",
              lastUpdateTime: time,
              lastTransitionTime: time,
              reason: "NewReplicaSetAvailable",
              message: `ReplicaSet "${rs}" has successfully progressed.`,
            },
          ],
        }
      : {
          observedGeneration: s.generation,
          replicas,
          updatedReplicas: replicas,
          unavailableReplicas: replicas,
          conditions: [
            {
              type: "Available",
              status: "False",
              lastUpdateTime: time,
              lastTransitionTime: time,
              reason: "MinimumReplicasUnavailable",
              message: "Deployment does not have minimum availability.",
            },
            {
              type: "Progressing",
              status: "True",
              lastUpdateTime: time,
              lastTransitionTime: time,
              reason: "ReplicaSetUpdated",
              message: `ReplicaSet "${rs}" is progressing.`,
            },
          ],
        };
  }

  /** The status a controller writes once a rollout has failed (no pod of the new ReplicaSet available). */
  function failedStatus(s: Stored, failure: RolloutFailure, replicas: number, rs: string): Obj {
    const time = s.created;
    const deadline = failure.condition === "ProgressDeadlineExceeded";
    return {
      observedGeneration: s.generation,
      // Pods that cannot be created are not counted; pods that never get ready are.
      replicas: deadline ? replicas : 0,
      updatedReplicas: deadline ? replicas : 0,
      unavailableReplicas: replicas,
      conditions: [
        {
          type: "Available",
          status: "False",
          lastUpdateTime: time,
          lastTransitionTime: time,
          reason: "MinimumReplicasUnavailable",
          message: "Deployment does not have minimum availability.",
        },
        deadline
          ? {
              type: "Progressing",
              status: "False",
              lastUpdateTime: time,
              lastTransitionTime: time,
              reason: "ProgressDeadlineExceeded",
              message: failure.message ?? `ReplicaSet "${rs}" has timed out progressing.`,
            }
          : {
              type: "Progressing",
              status: "True",
              lastUpdateTime: time,
              lastTransitionTime: time,
              reason: "ReplicaSetUpdated",
              message: `ReplicaSet "${rs}" is progressing.`,
            },
        ...(deadline
          ? []
          : [
              {
                type: "ReplicaFailure",
                status: "True",
                lastUpdateTime: time,
                lastTransitionTime: time,
                reason: "FailedCreate",
                message:
                  failure.message ??
                  `pods "${rs}-x7k2p" is forbidden: exceeded quota: compute-resources, requested: limits.cpu=2, used: limits.cpu=8, limited: limits.cpu=8`,
              },
            ]),
      ],
    };
  }

  function render(s: Stored, apiVersion?: string): Obj {
    const c = clone(s.content);
    const meta = c.metadata as Obj;
    const out: Obj = {
      ...c,
      ...(apiVersion ? { apiVersion } : {}),
      metadata: {
        ...meta,
        uid: s.uid,
        // A dry-run create answers without one, as a real server does (nothing was stored).
        ...(s.resourceVersion ? { resourceVersion: String(s.resourceVersion) } : {}),
        generation: s.generation,
        creationTimestamp: s.created,
        managedFields: [...s.owners].map(([manager, o]) => ({
          manager,
          operation: o.operation,
          apiVersion: o.apiVersion,
          time: o.time,
          fieldsType: "FieldsV1",
          fieldsV1: fieldsV1(o.fields),
        })),
      },
    };
    if (s.type.kind === "Deployment") out.status = deploymentStatus(s);
    return out;
  }

  /** Server-side apply of `body` by `manager`; returns the stored (or, with dryRun, would-be) object. */
  function apply(params: {
    type: ResourceType;
    apiVersion: string;
    namespace: string;
    name: string;
    body: Obj;
    manager: string;
    force: boolean;
    dryRun: boolean;
    operation?: "Apply" | "Update";
  }): { object: Obj; created: boolean } {
    const { type, apiVersion, namespace, name, body, manager, force, dryRun } = params;
    const key = keyOf(type, namespace, name);
    const old = store.get(key);
    const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");

    const content: Obj = old
      ? clone(old.content)
      : { apiVersion, kind: type.kind, metadata: { name, namespace } };
    content.apiVersion = apiVersion;
    const owners = new Map(old?.owners ?? []);
    const applied = new Map<string, { segs: Seg[]; value: unknown }>();
    leaves(fieldsOf(body), [], applied);

    const conflicts: { manager: string; field: string; apiVersion: string }[] = [];
    for (const [p, leaf] of applied) {
      const live = getAt(content, leaf.segs);
      for (const [m, o] of owners) {
        if (m !== manager && o.fields.has(p) && !same(live, leaf.value)) {
          conflicts.push({ manager: m, field: p, apiVersion: o.apiVersion });
        }
      }
    }
    if (conflicts.length > 0 && !force) {
      const list = conflicts.map((c) => `conflict with "${c.manager}" using ${c.apiVersion}: ${c.field}`);
      const message =
        conflicts.length === 1
          ? `Apply failed with 1 conflict: ${list[0]}`
          : `Apply failed with ${conflicts.length} conflicts: ${list.join("\n")}`;
      throw new HttpError(409, "Conflict", message, {
        name,
        group: type.group,
        kind: type.name,
        causes: conflicts.map((c) => ({
          type: "FieldManagerConflict",
          message: `conflict with "${c.manager}" using ${c.apiVersion}`,
          field: c.field,
        })),
      });
    }
    for (const c of conflicts) {
      const o = owners.get(c.manager);
      if (!o) continue;
      const fields = new Map(o.fields);
      fields.delete(c.field);
      owners.set(c.manager, { ...o, fields });
    }
    // Fields this manager applied before and dropped now go, unless someone else owns them too.
    const previous = owners.get(manager);
    for (const [p, segs] of previous?.fields ?? []) {
      if (applied.has(p)) continue;
      const shared = [...owners].some(([m, o]) => m !== manager && o.fields.has(p));
      if (!shared) deleteAt(content, segs);
    }
    for (const leaf of applied.values()) setAt(content, leaf.segs, leaf.value);
    const fields = new Map([...applied].map(([p, l]) => [p, l.segs] as const));
    const sameFields = previous && same([...previous.fields.keys()].sort(), [...fields.keys()].sort());
    owners.set(
      manager,
      sameFields && previous
        ? previous
        : { operation: params.operation ?? "Apply", apiVersion, time: now, fields },
    );
    for (const [m, o] of owners) if (o.fields.size === 0 && m !== manager) owners.delete(m);

    validate(type, content);

    if (old && same(old.content, content) && sameOwners(old.owners, owners)) {
      return { object: render(old, apiVersion), created: false };
    }
    const specChanged = !old || !same(withoutMeta(old.content), withoutMeta(content));
    const next: Stored = {
      type,
      content,
      owners,
      uid: old?.uid ?? randomUUID(),
      created: old?.created ?? now,
      resourceVersion: old?.resourceVersion ?? 0,
      generation: old ? old.generation + (specChanged ? 1 : 0) : 1,
      gets: specChanged ? 0 : (old?.gets ?? 0),
    };
    if (dryRun)
      return {
        object: render({ ...next, resourceVersion: old?.resourceVersion ?? 0 }, apiVersion), // 0: none
        created: !old,
      };
    next.resourceVersion = ++revision;
    store.set(key, next);
    return { object: render(next, apiVersion), created: !old };
  }

  /**
   * Create (POST, no `name`) or update (PUT) with the whole object as given: 409 AlreadyExists for
   * a create of an existing object, 409 Conflict for an update whose metadata.resourceVersion is
   * not the stored one (none given: unconditional), 404 for an update of a missing object.
   */
  function write(params: {
    type: ResourceType;
    apiVersion: string;
    namespace: string;
    name?: string;
    body: unknown;
    manager: string | null;
  }): Obj {
    const { type, apiVersion, namespace, body } = params;
    if (!isObj(body)) throw new HttpError(400, "BadRequest", "the body is not an object");
    const meta = isObj(body.metadata) ? body.metadata : {};
    const name = params.name ?? meta.name;
    if (typeof name !== "string" || name === "" || (params.name !== undefined && meta.name !== params.name))
      throw new HttpError(400, "BadRequest", "metadata.name is missing or does not match the URL");
    if (meta.namespace !== undefined && meta.namespace !== namespace)
      throw new HttpError(
        400,
        "BadRequest",
        "the namespace of the provided object does not match the namespace sent on the request",
      );
    if (!namespaceExists(namespace))
      throw new HttpError(404, "NotFound", `namespaces "${namespace}" not found`, {
        name: namespace,
        kind: "namespaces",
      });
    const key = keyOf(type, namespace, name);
    const old = store.get(key);
    const gr = type.group ? `${type.name}.${type.group}` : type.name;
    const details = { name, group: type.group, kind: type.name };
    if (params.name === undefined && old)
      throw new HttpError(409, "AlreadyExists", `${gr} "${name}" already exists`, details);
    if (params.name !== undefined && !old)
      throw new HttpError(404, "NotFound", `${gr} "${name}" not found`, details);
    if (
      old &&
      meta.resourceVersion !== undefined &&
      String(meta.resourceVersion) !== String(old.resourceVersion)
    )
      throw new HttpError(
        409,
        "Conflict",
        `Operation cannot be fulfilled on ${gr} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
        details,
      );
    const content: Obj = { ...clone(body), apiVersion, kind: type.kind, metadata: { name, namespace } };
    const m = content.metadata as Obj;
    if (meta.labels !== undefined) m.labels = clone(meta.labels);
    if (meta.annotations !== undefined) m.annotations = clone(meta.annotations);
    delete content.status;
    validate(type, content);
    const fields = new Map<string, { segs: Seg[]; value: unknown }>();
    leaves(fieldsOf(content), [], fields);
    const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
    const next: Stored = {
      type,
      content,
      owners: new Map([
        [
          params.manager ?? "unknown",
          {
            operation: "Update",
            apiVersion,
            time: now,
            fields: new Map([...fields].map(([p, l]) => [p, l.segs])),
          },
        ],
      ]),
      uid: old?.uid ?? randomUUID(),
      created: old?.created ?? now,
      resourceVersion: ++revision,
      generation: old ? old.generation + (same(withoutMeta(old.content), withoutMeta(content)) ? 0 : 1) : 1,
      gets: 0,
    };
    store.set(key, next);
    return render(next, apiVersion);
  }

  function sameOwners(a: ReadonlyMap<string, Owner>, b: ReadonlyMap<string, Owner>): boolean {
    if (a.size !== b.size) return false;
    for (const [m, o] of a) {
      const p = b.get(m);
      if (!p || p.operation !== o.operation || p.apiVersion !== o.apiVersion) return false;
      if (!same([...o.fields.keys()].sort(), [...p.fields.keys()].sort())) return false;
    }
    return true;
  }

  function withoutMeta(o: Obj): Obj {
    const { metadata: _m, ...rest } = o;
    return rest;
  }

  function forbidden(verb: string, t: ResourceType, ns: string, name?: string): HttpError {
    const gr = t.group ? `${t.name}.${t.group}` : t.name;
    const subject = name ? `${gr} "${name}"` : gr;
    return new HttpError(
      403,
      "Forbidden",
      `${subject} is forbidden: User "${user}" cannot ${verb} resource "${t.name}" in API group "${t.group}" in the namespace "${ns}"`,
      { ...(name ? { name } : {}), group: t.group, kind: t.name },
    );
  }

  function discovery(parts: readonly string[]): Obj | undefined {
    if (parts[0] === "api" && parts.length === 1) {
      return {
        kind: "APIVersions",
        versions: ["v1"],
        serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress: "127.0.0.1" }],
      };
    }
    const groupEntry = (g: string) => ({
      name: g,
      versions: versionsOf(g).map((v) => ({ groupVersion: `${g}/${v}`, version: v })),
      preferredVersion: { groupVersion: `${g}/${versionsOf(g)[0]}`, version: versionsOf(g)[0] },
    });
    if (parts[0] === "apis" && parts.length === 1) {
      return { kind: "APIGroupList", apiVersion: "v1", groups: groups().map(groupEntry) };
    }
    if (parts[0] === "apis" && parts.length === 2 && groups().includes(parts[1] as string)) {
      return { kind: "APIGroup", apiVersion: "v1", ...groupEntry(parts[1] as string) };
    }
    const gv =
      parts[0] === "api" && parts.length === 2 && parts[1] === "v1"
        ? { group: "", version: "v1" }
        : parts[0] === "apis" && parts.length === 3
          ? { group: parts[1] as string, version: parts[2] as string }
          : undefined;
    if (!gv) return undefined;
    const resources = types.filter((t) => t.group === gv.group && t.versions.includes(gv.version));
    if (resources.length === 0) return undefined;
    return {
      kind: "APIResourceList",
      apiVersion: "v1",
      groupVersion: gv.group ? `${gv.group}/${gv.version}` : gv.version,
      resources: resources.map((t) => ({
        name: t.name,
        singularName: t.singularName,
        namespaced: t.namespaced,
        kind: t.kind,
        verbs: t.verbs,
        ...(t.shortNames ? { shortNames: t.shortNames } : {}),
        ...(t.name.startsWith("deployments") && !t.name.includes("/") ? { categories: ["all"] } : {}),
        ...(t.kind === "Scale" ? { group: "autoscaling", version: "v1" } : {}),
      })),
    };
  }

  async function serve(
    req: IncomingMessage,
    url: URL,
    body: unknown,
    rec: RecordedRequest,
  ): Promise<{ code: number; body: Obj; headers?: Record<string, string> }> {
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? "GET";
    if (!rec.authorized && !options.anonymous) throw new HttpError(401, "Unauthorized", "Unauthorized");
    if (method === "GET" && url.pathname === "/version") {
      return { code: 200, body: { major: "1", minor: "32", gitVersion: "v1.32.0", platform: "linux/amd64" } };
    }
    if (method === "GET") {
      const d = discovery(parts);
      if (d) return { code: 200, body: d };
    }
    // /api/v1/... or /apis/<group>/<version>/...
    const [root, ...restAll] = parts;
    let group: string;
    let version: string;
    let rest: string[];
    if (root === "api" && restAll[0] === "v1") {
      group = "";
      version = "v1";
      rest = restAll.slice(1);
    } else if (root === "apis" && restAll.length >= 2) {
      group = restAll[0] as string;
      version = restAll[1] as string;
      rest = restAll.slice(2);
    } else {
      throw new HttpError(404, "NotFound", "the server could not find the requested resource");
    }
    const apiVersion = group ? `${group}/${version}` : version;
    const find = (name: string) =>
      types.find((t) => t.group === group && t.versions.includes(version) && t.name === name);

    // Namespace objects themselves.
    if (group === "" && rest[0] === "namespaces" && rest.length === 2 && method === "GET") {
      const ns = rest[1] as string;
      if (!namespaceExists(ns))
        throw new HttpError(404, "NotFound", `namespaces "${ns}" not found`, {
          name: ns,
          kind: "namespaces",
        });
      return {
        code: 200,
        body: { apiVersion: "v1", kind: "Namespace", metadata: { name: ns }, status: { phase: "Active" } },
      };
    }
    let ns: string | undefined;
    if (rest[0] === "namespaces" && rest.length >= 3) {
      ns = rest[1] as string;
      rest = rest.slice(2);
    }
    const type = rest[0] ? find(rest[0]) : undefined;
    if (!type || rest.length > 2 || (ns === undefined && rest.length === 2)) {
      throw new HttpError(404, "NotFound", "the server could not find the requested resource");
    }
    const name = rest[1];
    const verb =
      method === "POST"
        ? "create"
        : method === "PUT"
          ? "update"
          : name === undefined
            ? method === "GET"
              ? "list"
              : method.toLowerCase()
            : method === "GET"
              ? "get"
              : method.toLowerCase();
    if (denied.has(`${verb} ${type.name}`)) throw forbidden(verb, type, ns ?? "", name);

    if (name === undefined && method === "POST" && ns !== undefined) {
      const r = write({
        type,
        apiVersion,
        namespace: ns,
        body,
        manager: url.searchParams.get("fieldManager"),
      });
      return { code: 201, body: r };
    }
    if (name === undefined) {
      if (method !== "GET")
        throw new HttpError(
          405,
          "MethodNotAllowed",
          `the server does not allow this method on the requested resource`,
        );
      const match = selectorMatcher(url.searchParams.get("labelSelector") ?? "");
      const builtIn = !group.includes(".");
      const items = [...store.values()]
        .filter((s) => s.type === type && (ns === undefined || (s.content.metadata as Obj).namespace === ns))
        .filter((s) => match(((s.content.metadata as Obj).labels ?? {}) as Record<string, unknown>))
        .sort((a, b) =>
          keyOf(
            a.type,
            String((a.content.metadata as Obj).namespace),
            String((a.content.metadata as Obj).name),
          ).localeCompare(
            keyOf(
              b.type,
              String((b.content.metadata as Obj).namespace),
              String((b.content.metadata as Obj).name),
            ),
          ),
        )
        .map((s) => {
          // A LIST is a read of every object it returns (what drives a Deployment's availability).
          s.gets++;
          const o = render(s, apiVersion);
          // A real server leaves apiVersion and kind out of built-in list items.
          if (builtIn) {
            delete o.apiVersion;
            delete o.kind;
          }
          return o;
        });
      return {
        code: 200,
        body: {
          apiVersion,
          kind: `${type.kind}List`,
          metadata: { resourceVersion: String(revision) },
          items,
        },
      };
    }
    const namespace = ns as string;
    const key = keyOf(type, namespace, name);
    const notFound = () => {
      const gr = type.group ? `${type.name}.${type.group}` : type.name;
      return new HttpError(404, "NotFound", `${gr} "${name}" not found`, {
        name,
        group: type.group,
        kind: type.name,
      });
    };
    if (method === "GET") {
      const s = store.get(key);
      if (!s) throw notFound();
      s.gets++;
      return { code: 200, body: render(s, apiVersion) };
    }
    if (method === "DELETE") {
      const s = store.get(key);
      if (!s) throw notFound();
      if (url.searchParams.get("dryRun") !== "All") store.delete(key);
      return {
        code: 200,
        body: { ...status(200, "", ""), details: { name, group: type.group, kind: type.name, uid: s.uid } },
      };
    }
    if (method === "PUT") {
      const r = write({
        type,
        apiVersion,
        namespace,
        name,
        body,
        manager: url.searchParams.get("fieldManager"),
      });
      return { code: 200, body: r };
    }
    if (method === "PATCH") {
      const ct = (req.headers["content-type"] ?? "").split(";")[0]?.trim();
      if (ct !== "application/apply-patch+yaml") {
        throw new HttpError(
          415,
          "UnsupportedMediaType",
          `the fake serves only server-side apply patches, not ${ct || "no content type"}`,
        );
      }
      const manager = url.searchParams.get("fieldManager");
      if (!manager)
        throw new HttpError(
          422,
          "Invalid",
          `PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch`,
        );
      const dryRunParam = url.searchParams.get("dryRun");
      if (dryRunParam !== null && dryRunParam !== "All")
        throw new HttpError(400, "BadRequest", `invalid dry run option: ${dryRunParam}`);
      const force = url.searchParams.get("force") === "true";
      if (!isObj(body))
        throw new HttpError(400, "BadRequest", "error decoding YAML: the body is not an object");
      if (body.apiVersion !== apiVersion || body.kind !== type.kind) {
        throw new HttpError(
          400,
          "BadRequest",
          `the API version in the data (${String(body.apiVersion)}) and kind (${String(body.kind)}) do not match the expected ${apiVersion} ${type.kind}`,
        );
      }
      const meta = isObj(body.metadata) ? body.metadata : {};
      if (typeof meta.name !== "string" || meta.name === "") {
        throw new HttpError(
          422,
          "Invalid",
          `${type.kind} "" is invalid: metadata.name: Required value: name is required`,
          {
            kind: type.kind,
            causes: [
              {
                reason: "FieldValueRequired",
                message: "Required value: name is required",
                field: "metadata.name",
              },
            ],
          },
        );
      }
      if (meta.name !== name)
        throw new HttpError(
          400,
          "BadRequest",
          `the name of the object (${meta.name}) does not match the name on the URL (${name})`,
        );
      if (meta.namespace !== undefined && meta.namespace !== namespace) {
        throw new HttpError(
          400,
          "BadRequest",
          "the namespace of the provided object does not match the namespace sent on the request",
        );
      }
      if (!namespaceExists(namespace))
        throw new HttpError(404, "NotFound", `namespaces "${namespace}" not found`, {
          name: namespace,
          kind: "namespaces",
        });
      const r = apply({
        type,
        apiVersion,
        namespace,
        name,
        body,
        manager,
        force,
        dryRun: dryRunParam === "All",
      });
      return { code: r.created ? 201 : 200, body: r.object };
    }
    throw new HttpError(
      405,
      "MethodNotAllowed",
      "the server does not allow this method on the requested resource",
    );
  }

  function reply(
    res: ServerResponse,
    rec: RecordedRequest,
    code: number,
    body: Obj,
    headers: Record<string, string> = {},
  ): void {
    if (res.destroyed || res.writableEnded) return;
    rec.status = code;
    res.writeHead(code, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  }

  function takeFault(method: string, path: string): Fault | undefined {
    const f = faults.find(
      (x) =>
        x.left > 0 &&
        (!x.rule.method || x.rule.method.toUpperCase() === method) &&
        (x.rule.path === undefined ||
          (typeof x.rule.path === "string" ? path.includes(x.rule.path) : x.rule.path.test(path))),
    );
    if (!f) return undefined;
    f.left--;
    return f.rule;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    let body: unknown;
    let parseError: string | undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        try {
          body = parseYaml(text);
        } catch (e) {
          parseError = e instanceof Error ? e.message : String(e);
        }
      }
    }
    const rec: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      contentType: req.headers["content-type"],
      authorized: req.headers.authorization === `Bearer ${token}`,
      connection: socketIds.get(req.socket) ?? 0,
      body,
      status: 0,
    };
    log.push(rec);
    const gone = () => res.destroyed || req.socket.destroyed;
    if (options.latencyMs) await sleep(options.latencyMs);
    const fault = takeFault(method, url.pathname);
    if (fault?.delayMs) {
      await sleep(fault.delayMs);
      if (gone()) return;
    }
    if (fault?.reset) {
      req.socket.destroy();
      return;
    }
    if (fault?.status) {
      const reason = REASONS[fault.status] ?? "InternalError";
      reply(
        res,
        rec,
        fault.status,
        status(fault.status, reason, fault.message ?? `injected fault: ${reason}`),
        fault.retryAfter ? { "retry-after": String(fault.retryAfter) } : {},
      );
      return;
    }
    try {
      if (parseError) throw new HttpError(400, "BadRequest", `error decoding YAML: ${parseError}`);
      const r = await serve(req, url, body, rec);
      if (fault?.lose) {
        req.socket.destroy();
        return;
      }
      reply(res, rec, r.code, r.body, r.headers);
    } catch (e) {
      if (e instanceof HttpError) reply(res, rec, e.code, status(e.code, e.reason, e.message, e.details));
      else
        reply(
          res,
          rec,
          500,
          status(500, "InternalError", `fake-kube bug: ${e instanceof Error ? e.stack : String(e)}`),
        );
    }
  }

  const server: Server = createServer((req, res) => {
    void handle(req, res);
  });
  const socketIds = new WeakMap<object, number>();
  server.on("connection", (socket) => {
    socketIds.set(socket, ++connectionCount);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const seedTypeOf = (o: Obj): { type: ResourceType; apiVersion: string } => {
    const apiVersion = String(o.apiVersion);
    const [group, version] = apiVersion.includes("/")
      ? (apiVersion.split("/") as [string, string])
      : ["", apiVersion];
    const type = types.find(
      (t) => t.group === group && t.versions.includes(version) && t.kind === o.kind && !t.name.includes("/"),
    );
    if (!type) throw new Error(`fake-kube: does not serve ${apiVersion} ${String(o.kind)}`);
    return { type, apiVersion };
  };

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    seed(object, manager = "kubectl", operation = "Apply") {
      const { type, apiVersion } = seedTypeOf(object);
      const meta = object.metadata as Obj;
      return apply({
        type,
        apiVersion,
        namespace: String(meta.namespace ?? "default"),
        name: String(meta.name),
        body: clone(object),
        manager,
        force: true,
        dryRun: false,
        operation,
      }).object;
    },
    objects: () => [...store.values()].map((s) => render(s)),
    find(kind, namespace, name) {
      const s = [...store.values()].find(
        (x) =>
          x.type.kind === kind &&
          (x.content.metadata as Obj).namespace === namespace &&
          (x.content.metadata as Obj).name === name,
      );
      return s ? render(s) : undefined;
    },
    requests: () => [...log],
    clearRequests: () => {
      log.length = 0;
    },
    connections: () => connectionCount,
    inject(fault) {
      faults.push({ rule: fault, left: fault.times ?? 1 });
    },
    pendingFaults: () => faults.reduce((n, f) => n + (f.left > 0 ? 1 : 0), 0),
    deny(verb, resource) {
      denied.add(`${verb} ${resource}`);
    },
    setAvailability(name, gets) {
      availability.set(name, gets);
    },
    failRollout(name, failure) {
      if (failure) failures.set(name, failure);
      else failures.delete(name);
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
