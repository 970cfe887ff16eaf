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
