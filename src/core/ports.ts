/**
 * The ports: everything rollout-bot asks of the outside world, declared in one place. The
 * adapters in src/adapters/ implement them and decide nothing; the handlers take them as
 * parameters, so tests pass fakes.
 */
import type { KubeResult, ObjectRef } from "./deploy.js";
import type { K8sObject } from "./render.js";

// ---- Kubernetes (src/adapters/kubernetes.ts) ----------------------------------------------------

/** The narrow port the apply pipeline uses; src/adapters/kubernetes.ts implements it with client-node. */
export interface KubePort {
  /**
   * Server-side apply with field manager `rollout-bot`; `dryRun` asks the server to validate only.
   * The answer is the object as stored, or with `dryRun` as it would be: then without
   * `metadata.resourceVersion` when it does not exist yet (core/apply-plan.ts `wouldCreate`).
   */
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

// ---- Prometheus (src/adapters/prometheus.ts) ----------------------------------------------------

/** What the metrics pipeline needs from Prometheus (src/adapters/prometheus.ts provides it). */
export type PromAnswer =
  | { readonly ok: true; readonly data: { readonly resultType: string; readonly result: unknown } }
  | {
      readonly ok: false;
      readonly reason: "unreachable" | "timeout" | "error" | "bad-response";
      readonly message: string;
    };

export interface PromPort {
  query(params: { promql: string; time: number }): Promise<PromAnswer>;
  queryRange(params: { promql: string; start: number; end: number; step: number }): Promise<PromAnswer>;
}
