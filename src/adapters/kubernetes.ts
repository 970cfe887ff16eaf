// KubePort over @kubernetes/client-node 2: server-side apply, get, delete and list of any kind
// (client-node's discovery, once per apiVersion per port, decides the URL; the KubeConfig gives
// each request its credentials and TLS; the request itself is node:http(s), plain JSON both ways),
// with bounded retries, per-request timeouts, and failures mapped to KubeResult values whose
// messages name the object and what to do. Credentials never reach a message: every text that
// leaves this file is redacted.
import http from "node:http";
import https from "node:https";
import {
  ApiException,
  HttpMethod,
  KubeConfig,
  KubernetesObjectApi,
  Observable,
  type ObservableMiddleware,
  PatchStrategy,
  type RequestContext,
} from "@kubernetes/client-node";
import { parse as parseYaml } from "yaml";
import { type KubeResult, type ObjectRef, refOf } from "../core/deploy.js";
import type { KubePort } from "../core/ports.js";
import type { K8sObject } from "../core/render.js";

/** What to install when a router's API group is not served, by group. */
const MISSING_CRD_HINTS: Readonly<Record<string, string>> = {
  "networking.istio.io": "Install Istio (its CRDs) in the cluster, or use an Istio apiVersion it serves",
  "gateway.networking.k8s.io":
    "Install the Gateway API CRDs (standard channel, v1) in the cluster, or use `router: istio`",
  "serving.kserve.io": "Install KServe (its CRDs) in the cluster, or use a router whose CRDs it serves",
};

export interface KubernetesPortOptions {
  /** Kubeconfig YAML text (its current context is used). */
  readonly kubeconfig?: string | undefined;
  /** Use the pod's service account instead (KUBERNETES_SERVICE_HOST/PORT and its mounted token). */
  readonly inCluster?: boolean;
  /** Further attempts after the first on 429, 5xx, timeouts and connection errors; default 3. */
  readonly retries?: number;
  /** Wait before the first retry, doubled each time; default 200 ms. A longer Retry-After wins (≤ 10 s). */
  readonly backoffMs?: number;
  /** Per HTTP request, discovery included; default 10 000 ms. */
  readonly timeoutMs?: number;
  /** Server-side apply field manager; default `rollout-bot`. */
  readonly fieldManager?: string;
}

/** The kubeconfig could not be used; the message never contains its contents. */
export class KubeConfigError extends Error {
  override readonly name = "KubeConfigError";
}

type Failure = Extract<KubeResult<unknown>, { ok: false }>;

const MAX_RETRY_AFTER_MS = 10_000;
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

/** An HTTP request of this adapter: the path (discovery resolved it), query and JSON body. */
interface RawRequest {
  readonly method: HttpMethod;
  readonly path: string;
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly body?: unknown;
  readonly contentType?: string;
}

/** KubernetesObjectApi with the protected members this adapter needs. */
class ObjectApi extends KubernetesObjectApi {
  /** What KubernetesObjectApi.makeApiClient does, for this subclass. */
  static fromConfig(kc: KubeConfig): ObjectApi {
    const api = kc.makeApiClient(ObjectApi);
    api.setDefaultNamespace(kc);
    return api;
  }
  use(middleware: ObservableMiddleware): void {
    this.configuration.middleware.push(middleware);
  }
  /** Discovery (cached per apiVersion by client-node): the resource serving `kind`, if any. */
  resourceFor(apiVersion: string, kind: string) {
    return this.resource(apiVersion, kind);
  }
  /** `/api/v1` or `/apis/<group>/<version>`. */
  versionPath(apiVersion: string): string {
    return this.apiVersionPath(apiVersion);
  }
}

export function kubernetesPort(options: KubernetesPortOptions): KubePort {
  const { retries = 3, backoffMs = 200, timeoutMs = 10_000, fieldManager = "rollout-bot" } = options;
  const { kc, secrets } = loadConfig(options);
  const redact = (text: string) => secrets.reduce((t, s) => t.split(s).join("[redacted]"), text);
  const server = kc.getCurrentCluster()?.server ?? "the API server";

  const api = ObjectApi.fromConfig(kc);
  // client-node 2 builds a new undici Agent for every request when the cluster has TLS options
  // (a CA, client certs, insecure-skip-tls-verify): a new connection, and TLS handshake, per
  // request. Reuse the first Agent: all requests of this port go to the same cluster as the same
  // user (auth headers are still set per request). And bound every request, discovery included.
  let dispatcher: ReturnType<RequestContext["getDispatcher"]>;
  api.use({
    pre(ctx) {
      ctx.setSignal(AbortSignal.timeout(timeoutMs));
      const d = ctx.getDispatcher();
      if (d) {
        dispatcher ??= d;
        ctx.setDispatcher(dispatcher);
      }
      return new Observable(Promise.resolve(ctx));
    },
    post: (res) => new Observable(Promise.resolve(res)),
  });

  // The object requests go over node:http(s) with a keep-alive agent of their own: the fetch
  // client-node uses costs about twice the CPU per request, and more than the request's own work
  // (KubernetesObjectApi's typed (de)serialization of every object, then turning its Dates back,
  // would add to it again). Authentication and TLS are still client-node's: every request asks
  // the KubeConfig for its options (the Authorization header of a token, an exec plugin's or a
  // refreshed one; certificates; the proxy agent of a proxy-url).
  const base = new URL(kc.getCurrentCluster()?.server ?? "https://localhost");
  const secure = base.protocol === "https:";
  const basePath = base.pathname.replace(/\/$/, "");
  let agent: http.Agent | undefined;
  async function request<T>(req: RawRequest): Promise<T> {
    const opts: https.RequestOptions = {};
    await kc.applyToHTTPSOptions(opts);
    if (!kc.getCurrentCluster()?.proxyUrl) {
      agent ??= secure
        ? new https.Agent({
            keepAlive: true,
            ...pick(opts, ["ca", "cert", "key", "pfx", "passphrase", "rejectUnauthorized", "servername"]),
          })
        : new http.Agent({ keepAlive: true });
      opts.agent = agent;
    }
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) query.set(k, v);
    const q = query.toString();
    const url = new URL(`${base.origin}${basePath}${req.path}${q ? `?${q}` : ""}`);
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    const headers: Record<string, string> = {
      ...(opts.headers as Record<string, string> | undefined),
      Accept: "application/json, */*;q=0.8",
      ...(body === undefined
        ? {}
        : {
            "Content-Type": req.contentType ?? "application/json",
            "Content-Length": String(Buffer.byteLength(body)),
          }),
    };
    const { status, text, responseHeaders } = await new Promise<{
      status: number;
      text: string;
      responseHeaders: Record<string, string>;
    }>((resolve, reject) => {
      const r = (secure ? https : http).request(
        url,
        { ...opts, method: req.method, headers, signal: AbortSignal.timeout(timeoutMs) },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("error", reject);
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              text: Buffer.concat(chunks).toString("utf8"),
              responseHeaders: Object.fromEntries(
                Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]),
              ),
            }),
          );
        },
      );
      r.on("error", reject);
      r.end(body);
    });
    if (status >= 200 && status <= 299) return JSON.parse(text) as T;
    throw new ApiException(status, "Unsuccessful HTTP Request", text, responseHeaders);
  }

  // One discovery request per apiVersion, even for concurrent first calls.
  const discovered = new Map<string, Promise<unknown>>();
  async function resourceOf(apiVersion: string, kind: string) {
    let p = discovered.get(apiVersion);
    if (!p) {
      p = api.resourceFor(apiVersion, kind);
      discovered.set(apiVersion, p);
      p.catch(() => discovered.delete(apiVersion));
    }
    await p;
    return api.resourceFor(apiVersion, kind);
  }

  interface Context {
    /** What was attempted, for messages: `apply Deployment kubeflow/mnist-v2`. */
    readonly doing: string;
    /** The object (or objects) concerned: `Deployment kubeflow/mnist-v2`. */
    readonly subject: string;
    readonly verb: string;
    readonly apiVersion: string;
    readonly kind: string;
    readonly namespace: string;
  }

  /** Runs `op` after discovery, retrying what may succeed later; returns the value or the failure. */
  async function run<T>(
    ctx: Context,
    op: (attempt: number) => Promise<T>,
  ): Promise<{ ok: true; value: T } | Failure> {
    let resourceName: string | undefined;
    for (let attempt = 1; ; attempt++) {
      let waitMs = backoffMs * 2 ** (attempt - 1);
      try {
        const resource = await resourceOf(ctx.apiVersion, ctx.kind);
        if (!resource) return notServed(ctx);
        resourceName = resource.name;
        return { ok: true, value: await op(attempt) };
      } catch (e) {
        if (e instanceof ApiException && e.code === 404 && resourceName === undefined) return notServed(ctx);
        const failure = describeError(e, ctx, resourceName, attempt);
        if (!failure.retryable || attempt > retries) {
          return {
            ok: false,
            reason: failure.reason,
            message: redact(failure.message),
            ...(failure.conflicts ? { conflicts: failure.conflicts } : {}),
            ...(failure.unreachable ? { unreachable: failure.unreachable } : {}),
          };
        }
        if (failure.retryAfterMs !== undefined) waitMs = Math.max(waitMs, failure.retryAfterMs);
        await new Promise((r) => setTimeout(r, waitMs));
      }
    }
  }

  function notServed(ctx: Context): Failure {
    const group = ctx.apiVersion.split("/")[0] ?? "";
    const hint = MISSING_CRD_HINTS[group];
    return {
      ok: false,
      reason: "not-found",
      message: redact(
        `Cannot ${ctx.doing}: the cluster at ${server} does not serve ${ctx.apiVersion} ${ctx.kind}. ` +
          (hint
            ? `${hint} (kubectl api-resources --api-group=${group}).`
            : "Check the apiVersion and kind (kubectl api-resources)."),
      ),
    };
  }

  function describeError(
    e: unknown,
    ctx: Context,
    resourceName: string | undefined,
    attempt: number,
  ): {
    reason: Failure["reason"];
    message: string;
    retryable: boolean;
    retryAfterMs?: number;
    conflicts?: Failure["conflicts"];
    unreachable?: Failure["unreachable"];
  } {
    // For failures that were retried: used only once retries are exhausted.
    const gaveUp = attempt > 1 ? `${ctx.doing} (gave up after ${attempt} attempts)` : ctx.doing;
    if (e instanceof ApiException) {
      const st = statusOf(e.body);
      const said = st.message ? `: ${st.message}` : "";
      const code = e.code;
      if (code === 409) {
        const conflicts = st.causes
          .filter((c) => c.type === "FieldManagerConflict")
          .map((c) => ({
            field: c.field ?? "",
            manager: /conflict with "([^"]+)"/.exec(c.message ?? "")?.[1] ?? "unknown",
          }));
        if (conflicts.length > 0) {
          const list = conflicts.map((c) => `${c.field} (owned by "${c.manager}")`).join(", ");
          return {
            reason: "conflict",
            retryable: false,
            conflicts,
            message:
              `Cannot ${ctx.doing}: ${conflicts.length === 1 ? "a field is" : "fields are"} managed by another field manager with a different value: ${list}. ` +
              `Someone changed ${ctx.subject} outside rollout-bot (e.g. kubectl). Remove the field from that manager's config, or apply with force to make ${fieldManager} its owner.`,
          };
        }
        return {
          reason: "conflict",
          retryable: false,
          // create/update: it exists already, or changed since it was read (compare-and-swap lost).
          message:
            ctx.verb === "create" || ctx.verb === "update"
              ? `Cannot ${ctx.doing}: the API server reported a conflict${said}.`
              : `Cannot ${ctx.doing}: the API server reported a conflict${said}. Retry the apply.`,
        };
      }
      if (code === 400 || code === 422) {
        return {
          reason: "invalid",
          retryable: false,
          message: `Kubernetes rejected ${ctx.subject} as invalid${said}. Fix the manifest (rollout.yaml, or the file rendered from it) and apply again.`,
        };
      }
      if (code === 401) {
        return {
          reason: "forbidden",
          retryable: false,
          message: `Cannot ${ctx.doing}: the API server at ${server} rejected rollout-bot's credentials (401 Unauthorized). The token is missing, wrong or expired: refresh the kubeconfig or service-account token.`,
        };
      }
      if (code === 403) {
        const m = /cannot (\S+) resource "([^"]+)" in API group "([^"]*)"/.exec(st.message ?? "");
        const verb = m?.[1] ?? ctx.verb;
        const resource = m?.[2] ?? resourceName ?? ctx.kind.toLowerCase();
        const group = m ? (m[3] ?? "") : groupOf(ctx.apiVersion);
        const gr = group ? `${resource}.${group}` : resource;
        return {
          reason: "forbidden",
          retryable: false,
          message:
            `Cannot ${ctx.doing}: rollout-bot's credentials lack the RBAC permission to ${verb} ${gr} in namespace ${ctx.namespace}${said}. ` +
            `Grant it in the Role bound to them: apiGroups: ["${group}"], resources: ["${resource}"], verbs: ["${verb}"] (rollout-bot needs get, list, patch and delete; on ConfigMaps, for its bake records, also create and update).`,
        };
      }
      if (code === 404) {
        const ns = /^namespaces "([^"]+)" not found/.exec(st.message ?? "")?.[1];
        return {
          reason: "not-found",
          retryable: false,
          message: ns
            ? `Cannot ${ctx.doing}: namespace ${ns} does not exist. Create it (kubectl create namespace ${ns}) or fix the service's namespace in rollout.yaml.`
            : `Cannot ${ctx.doing}: ${ctx.subject} does not exist${said}.`,
        };
      }
      if (RETRYABLE_STATUS.has(code)) {
        const retryAfter = Number(e.headers?.["retry-after"]);
        return {
          reason: "unavailable",
          retryable: true,
          ...(Number.isFinite(retryAfter) && retryAfter > 0
            ? { retryAfterMs: Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS) }
            : {}),
          message: `Cannot ${gaveUp}: the API server at ${server} answered HTTP ${code}${said}. Check the cluster's health and apply again.`,
        };
      }
      return {
        reason: "error",
        retryable: false,
        message: `Cannot ${ctx.doing}: the API server at ${server} answered HTTP ${code}${said}.`,
      };
    }
    const name = errorField(e, "name");
    if (name === "TimeoutError" || name === "AbortError") {
      return {
        reason: "unavailable",
        retryable: true,
        unreachable: { server, cause: `no answer within ${timeoutMs} ms` },
        message: `Cannot ${gaveUp}: the API server at ${server} did not answer within ${timeoutMs} ms. Check that the cluster is up and reachable, then apply again.`,
      };
    }
    const network = networkError(e);
    if (network) {
      return {
        reason: "unavailable",
        retryable: true,
        unreachable: { server, cause: networkDetail(e) ?? network },
        message: `Cannot ${gaveUp}: cannot reach the API server at ${server} (${network}). Check the kubeconfig's server address and the network, then apply again.`,
      };
    }
    return {
      reason: "error",
      retryable: false,
      message: `Cannot ${ctx.doing}: ${errorField(e, "message") ?? String(e)}`,
    };
  }

  function context(verb: string, doing: string, ref: ObjectRef): Context {
    const subject = `${ref.kind} ${ref.namespace}/${ref.name}`;
    return {
      doing: `${doing} ${subject}`,
      subject,
      verb,
      apiVersion: ref.apiVersion,
      kind: ref.kind,
      namespace: ref.namespace,
    };
  }

  /**
   * The URL path of an object (with `name`) or of a kind's collection, as KubernetesObjectApi
   * builds it; discovery (cached) says the resource's name and whether it is namespaced.
   */
  async function pathOf(ref: {
    apiVersion: string;
    kind: string;
    namespace?: string | undefined;
    name?: string;
  }) {
    const resource = await resourceOf(ref.apiVersion, ref.kind);
    if (!resource) throw new Error(`Unrecognized API version and kind: ${ref.apiVersion} ${ref.kind}`);
    const parts = [api.versionPath(ref.apiVersion)];
    if (resource.namespaced && ref.namespace !== undefined)
      parts.push("namespaces", encodeURIComponent(ref.namespace));
    parts.push(resource.name);
    if (ref.name !== undefined) parts.push(encodeURIComponent(ref.name));
    return parts.join("/").toLowerCase();
  }

  return {
    async apply({ object, dryRun, force }) {
      const problem = malformed(object);
      if (problem) return { ok: false, reason: "invalid", message: problem };
      const ref = refOf(object);
      const ctx = context("patch", dryRun ? "dry-run apply" : "apply", ref);
      const body = { ...object, metadata: { ...object.metadata, namespace: ref.namespace } };
      const r = await run(ctx, async () =>
        request<K8sObject>({
          method: HttpMethod.PATCH,
          path: await pathOf(ref),
          query: {
            dryRun: dryRun ? "All" : undefined,
            fieldManager,
            force: force === undefined ? undefined : String(force),
          },
          body,
          contentType: PatchStrategy.ServerSideApply,
        }),
      );
      return r.ok ? { ok: true, value: withType(r.value, ref) } : r;
    },

    async get(ref) {
      const ctx = context("get", "read", ref);
      const r = await run(ctx, async () => {
        try {
          return await request<K8sObject>({ method: HttpMethod.GET, path: await pathOf(ref) });
        } catch (e) {
          if (e instanceof ApiException && e.code === 404) return undefined;
          throw e;
        }
      });
      return r.ok ? { ok: true, value: r.value === undefined ? undefined : withType(r.value, ref) } : r;
    },

    async delete(ref) {
      const ctx = context("delete", "delete", ref);
      const r = await run(ctx, async (attempt) => {
        try {
          await request({
            method: HttpMethod.DELETE,
            path: await pathOf(ref),
            query: { propagationPolicy: "Background" },
          });
          return true;
        } catch (e) {
          // A retried delete that finds nothing: the earlier attempt deleted it.
          if (e instanceof ApiException && e.code === 404 && attempt > 1) return true;
          throw e;
        }
      });
      return r.ok ? { ok: true, value: undefined } : r;
    },

    async create(object) {
      const problem = malformed(object);
      if (problem) return { ok: false, reason: "invalid", message: problem };
      const ref = refOf(object);
      const body = { ...object, metadata: { ...object.metadata, namespace: ref.namespace } };
      // A retry after a lost answer reports a conflict (the first attempt's object): callers re-read.
      const r = await run(context("create", "create", ref), async () =>
        request<K8sObject>({
          method: HttpMethod.POST,
          path: await pathOf({ ...ref, name: undefined }),
          query: { fieldManager },
          body,
        }),
      );
      return r.ok ? { ok: true, value: withType(r.value, ref) } : r;
    },

    async replace(object) {
      const problem = malformed(object);
      if (problem) return { ok: false, reason: "invalid", message: problem };
      const ref = refOf(object);
      const body = { ...object, metadata: { ...object.metadata, namespace: ref.namespace } };
      const r = await run(context("update", "replace", ref), async () =>
        request<K8sObject>({
          method: HttpMethod.PUT,
          path: await pathOf(ref),
          query: { fieldManager },
          body,
        }),
      );
      return r.ok ? { ok: true, value: withType(r.value, ref) } : r;
    },

    async list({ apiVersion, kind, namespace, labelSelector }) {
      const where = namespace === undefined ? "in every namespace" : `in namespace ${namespace}`;
      const subject = `${kind} objects ${where} with labels ${labelSelector}`;
      const ctx: Context = {
        doing: `list ${subject}`,
        subject,
        verb: "list",
        apiVersion,
        kind,
        namespace: namespace ?? "(all)",
      };
      const r = await run(ctx, async () =>
        request<{ items?: K8sObject[] }>({
          method: HttpMethod.GET,
          path: await pathOf({ apiVersion, kind, namespace }),
          query: { labelSelector: labelSelector || undefined },
        }),
      );
      if (!r.ok) return r;
      // Items of built-in lists come without apiVersion and kind.
      return { ok: true, value: (r.value.items ?? []).map((item) => withType(item, { apiVersion, kind })) };
    },
  };
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<
    Pick<T, K>
  >;
}

function groupOf(apiVersion: string): string {
  return apiVersion.includes("/") ? (apiVersion.split("/")[0] ?? "") : "";
}

function malformed(o: K8sObject): string | undefined {
  const name = (o as { metadata?: { name?: unknown } }).metadata?.name;
  const what = `${o.kind || "object"} ${typeof name === "string" ? name : ""}`.trim();
  if (!o.apiVersion || !o.kind)
    return `Cannot apply ${what}: it has no apiVersion or kind. Fix the manifest.`;
  if (typeof name !== "string" || name === "")
    return `Cannot apply ${o.kind}: it has no metadata.name. Fix the manifest.`;
  return undefined;
}

/** An object as the server sent it, with the apiVersion and kind a list item leaves out. */
function withType(o: K8sObject, ref: Pick<ObjectRef, "apiVersion" | "kind">): K8sObject {
  o.apiVersion ??= ref.apiVersion;
  o.kind ??= ref.kind;
  return o;
}

interface StatusBody {
  readonly message?: string;
  readonly causes: readonly { readonly type?: string; readonly message?: string; readonly field?: string }[];
}

/** A Kubernetes Status from an error body (client-node hands it over as text). */
function statusOf(body: unknown): StatusBody {
  let b = body;
  if (typeof body === "string") {
    try {
      b = JSON.parse(body);
    } catch {
      const text = body.trim().slice(0, 500);
      return text ? { message: text, causes: [] } : { causes: [] };
    }
  }
  if (typeof b !== "object" || b === null) return { causes: [] };
  const s = b as { message?: unknown; details?: { causes?: unknown } };
  const causes = Array.isArray(s.details?.causes) ? (s.details.causes as StatusBody["causes"]) : [];
  return { ...(typeof s.message === "string" ? { message: s.message } : {}), causes };
}

/**
 * A string property of an error. Not `instanceof Error`: undici's errors (a DOMException for
 * timeouts, a TypeError for network failures) may come from another realm, as under jest.
 */
function errorField(e: unknown, key: "name" | "message" | "code"): string | undefined {
  const v = typeof e === "object" && e !== null ? (e as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" ? v : undefined;
}

/** The failing call's own words when they name the code ("connect ECONNREFUSED 127.0.0.1:6443"). */
function networkDetail(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 4 && typeof cur === "object" && cur !== null; i++) {
    const code = errorField(cur, "code");
    const message = errorField(cur, "message");
    if (code && message?.includes(code) && message.length <= 200) return message;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A short description of a connection-level failure from undici, or undefined. */
function networkError(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 4 && typeof cur === "object" && cur !== null; i++) {
    const code = errorField(cur, "code");
    if (code && /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(code)) return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  if (errorField(e, "message") === "fetch failed") return "fetch failed";
  return undefined;
}

function loadConfig(options: KubernetesPortOptions): { kc: KubeConfig; secrets: string[] } {
  const kc = new KubeConfig();
  if (options.inCluster) {
    if (!process.env.KUBERNETES_SERVICE_HOST || !process.env.KUBERNETES_SERVICE_PORT) {
      throw new KubeConfigError(
        "inCluster: KUBERNETES_SERVICE_HOST/KUBERNETES_SERVICE_PORT are not set, so this is not a Kubernetes pod. Give a kubeconfig instead.",
      );
    }
    kc.loadFromCluster();
    return { kc, secrets: [] };
  }
  const text = options.kubeconfig;
  if (!text)
    throw new KubeConfigError(
      "No Kubernetes credentials: give a kubeconfig (YAML text) or run in a pod with inCluster.",
    );
  const secrets = secretsIn(text);
  try {
    kc.loadFromString(text);
  } catch (e) {
    // js-yaml's message quotes the offending lines, which may hold the token: give only the reason and line.
    const err = e as { reason?: unknown; mark?: { line?: unknown } };
    const line = typeof err.mark?.line === "number" ? ` at line ${err.mark.line + 1}` : "";
    const why = typeof err.reason === "string" ? err.reason : e instanceof Error ? e.message : "unreadable";
    const message = secrets.reduce(
      (t, s) => t.split(s).join("[redacted]"),
      `The kubeconfig is not usable${line}: ${why}.`,
    );
    throw new KubeConfigError(message);
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster) {
    throw new KubeConfigError(
      `The kubeconfig has no usable current context (current-context: ${JSON.stringify(kc.getCurrentContext() ?? null)}): set current-context to a context whose cluster is listed.`,
    );
  }
  if (cluster.server.startsWith("http:") && !cluster.skipTLSVerify) {
    throw new KubeConfigError(
      `The kubeconfig's cluster ${cluster.name} uses plain HTTP (${cluster.server}), which @kubernetes/client-node refuses unless insecure-skip-tls-verify: true is set. Use the https:// address.`,
    );
  }
  const user = kc.getCurrentUser();
  for (const v of [
    user?.token,
    user?.password,
    user?.keyData,
    ...Object.values(user?.authProvider?.config ?? {}),
  ]) {
    if (typeof v === "string" && v.length >= 6) secrets.push(v);
  }
  return { kc, secrets: [...new Set(secrets)].sort((a, b) => b.length - a.length) };
}

const SECRET_KEY = /token|password|secret|key-data|^key$|cookie/i;

/** Values of secret-looking keys under `users:` (tokens, passwords, keys), found without trusting the file's shape. */
function secretsIn(text: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown, secret: boolean): void => {
    if (typeof v === "string") {
      if (secret && v.length >= 6) out.push(v);
    } else if (Array.isArray(v)) for (const x of v) walk(x, secret);
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) walk(x, secret || SECRET_KEY.test(k));
  };
  try {
    walk((parseYaml(text) as { users?: unknown } | null)?.users, false);
  } catch {
    // Unparseable: then the loader fails too, with a message that quotes nothing.
  }
  return out;
}
