import type { K8sObject } from "./render.js";

/** Identifies one Kubernetes object. */
export interface ObjectRef {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
}

export function refOf(o: K8sObject): ObjectRef {
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    namespace: o.metadata.namespace ?? "default",
    name: o.metadata.name,
  };
}

export function refKey(r: ObjectRef): string {
  return `${r.apiVersion}/${r.kind}/${r.namespace}/${r.name}`;
}

/** What the Kubernetes adapter answers; errors a user acts on are values. */
export type KubeResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly reason: "conflict" | "invalid" | "forbidden" | "not-found" | "unavailable" | "error";
      readonly message: string;
      /** For conflicts: the fields and the field managers that own them. */
      readonly conflicts?: readonly { readonly field: string; readonly manager: string }[];
      /**
       * For `unavailable` when no answer came at all (connection refused, DNS, timeout): the API
       * server's address and the cause (`connect ECONNREFUSED 127.0.0.1:6443`), so a caller can
       * say once that the cluster is unreachable instead of once per object.
       */
      readonly unreachable?: { readonly server: string; readonly cause: string };
    };

/** The narrow port the apply pipeline uses; src/adapters/kubernetes.ts implements it with client-node. */
export interface KubePort {
  /** Server-side apply with field manager `rollout-bot`; `dryRun` asks the server to validate only. */
  apply(params: { object: K8sObject; dryRun: boolean; force: boolean }): Promise<KubeResult<K8sObject>>;
  get(ref: ObjectRef): Promise<KubeResult<K8sObject | undefined>>;
  delete(ref: ObjectRef): Promise<KubeResult<void>>;
  /** Objects of a kind in a namespace (every namespace when omitted) matching a label selector such as `a=b,c=d`. */
  list(params: {
    apiVersion: string;
    kind: string;
    namespace?: string;
    labelSelector: string;
  }): Promise<KubeResult<K8sObject[]>>;
  /** Creates an object (POST); `conflict` when it already exists. For rollout-bot's own records. */
  create(object: K8sObject): Promise<KubeResult<K8sObject>>;
  /**
   * Replaces an object (PUT) if it is still at `object.metadata.resourceVersion`: `conflict` when
   * someone changed it since (compare-and-swap), `not-found` when it is gone.
   */
  replace(object: K8sObject): Promise<KubeResult<K8sObject>>;
}
