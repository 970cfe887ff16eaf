import type { KindRef } from "../k8s.js";
import type { RenderedGroup, RouterInput } from "../routers/types.js";
import type { ServiceConfig } from "../schema.js";

/**
 * What serves a model beside its router (TF Serving Deployments today). One file per workload
 * under `src/core/workloads/`, listed once in `index.ts`. A router that brings its own serving
 * (KServe) refuses a workload in its `problems`. Pure.
 */
export interface Workload {
  /** The rollout.yaml key whose presence selects it, e.g. `tfServing`. */
  readonly name: keyof ServiceConfig;
  /** Its kinds, applied (and waited for) before any routing; pruned too. */
  readonly kinds: readonly KindRef[];
  render(params: {
    readonly input: RouterInput;
    /** The Service a version has of its own, as the router splits to it (`Router.versionHost`). */
    readonly versionHost: (version: string) => string | undefined;
    /** Ask for an Istio sidecar in every pod (`Router.sidecar`). */
    readonly sidecar: boolean;
  }): readonly RenderedGroup[];
}
