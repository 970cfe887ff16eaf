import type { K8sObject, KindRef } from "../k8s.js";
import type { Weights } from "../plan.js";
import type { ServiceConfig } from "../schema.js";

/** What a router is asked about: one service of rollout.yaml. */
export interface RouterInput {
  /** The service key in rollout.yaml. */
  readonly key: string;
  readonly service: ServiceConfig;
  /** The cluster's DNS domain, for resolving short hosts (default `cluster.local`). */
  readonly clusterDomain: string;
}

/** One rendered file's name (inside the service's `manifests` folder) and its objects. */
export interface RenderedGroup {
  readonly file: string;
  readonly objects: readonly K8sObject[];
}

/** A problem with a service's settings that only its router knows; `path` is below `services.<key>`. */
export interface RouterProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** Point at this key of the map at `path` rather than at its value. */
  readonly key?: string;
}

/** Why an edit of a file the user brought was refused. */
export type EditRefusal = "invalid-yaml" | "no-matching-route" | "route-mismatch";

export type EditResult =
  | {
      readonly ok: true;
      readonly text: string;
      /** Routes whose weights this service owns. */
      readonly routes: number;
      /** Things a reviewer should know, e.g. "added `weight:` to 2 destinations". */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly reason: EditRefusal; readonly message: string };

/**
 * How a router's telemetry reaches Prometheus: an instant-vector expression that sums `metric`
 * per version, with the version in the `destination_version` label whatever the source.
 */
export interface Telemetry {
  sumByVersion(params: {
    readonly fn: "increase" | "rate";
    readonly metric: string;
    readonly range: string;
    /** Extra label matchers, e.g. `,response_code=~"5.."`. */
    readonly matchers?: string;
    /** Extra grouping labels, e.g. `le`. */
    readonly by?: readonly string[];
  }): string;
  /** What was measured, for the summary: e.g. "Istio metrics of Service `mnist` in `kubeflow`". */
  readonly description: string;
}

/**
 * A traffic router: the objects that split one service's traffic between its versions. One
 * folder per router under `src/core/routers/`, listed once in `index.ts`. Pure.
 */
export interface Router {
  /** `router:` in rollout.yaml. */
  readonly name: string;
  /** Its routing kinds, in the order apply writes them (after the workloads are ready); pruned too. */
  readonly kinds: readonly KindRef[];
  /**
   * Whether the workload's pods ask for an Istio sidecar (default true). A router whose data
   * plane needs none (e.g. ambient mode's ztunnel and waypoints) says false.
   */
  readonly sidecar?: boolean;
  /** The rollout.yaml field that names a routing file the user brought (weights edited in place). */
  readonly broughtField: "virtualService" | "httpRoute";
  /**
   * False for a router that edits no file the user brings (its `problems` refuse `broughtField`),
   * so a service needs `manifests`. Default true.
   */
  readonly editsBrought?: boolean;
  /** Settings this router cannot use or needs, beyond the schema. */
  problems(input: RouterInput): readonly RouterProblem[];
  /** The Kubernetes Service name a version is reached by, when it has its own (a host split). */
  versionHost(input: RouterInput, version: string): string | undefined;
  /** The routing objects it renders into `manifests`, by file; none when the user brought the file. */
  render(input: RouterInput): readonly RenderedGroup[];
  /** Schema validation of objects of its kinds: the first problem, or undefined. */
  validate(objects: readonly K8sObject[]): string | undefined;
  /** Changes only the weight values (and what a change needs) in a routing file the user brought. */
  edit(params: {
    readonly file: string;
    readonly text: string;
    readonly input: RouterInput;
    readonly weights: Weights;
  }): EditResult;
  /** The weights live routing objects send to each version (`{}` when none route this service). */
  liveWeights(params: { readonly objects: readonly K8sObject[]; readonly input: RouterInput }): Weights;
  /**
   * Why the router cannot carry out a planned state (undefined: it can), for a platform that keeps
   * state the weights do not say (KServe routes only to the revision it rolled out and the latest).
   * `planTraffic` refuses the request with it (`router-refused`) before anything is written;
   * `problems` should refuse the same state in rollout.yaml. `input` is the service before the plan.
   */
  refusePlan?(params: {
    readonly input: RouterInput;
    readonly after: Weights;
    readonly stableAfter: string;
    readonly mirrorAfter: ServiceConfig["mirror"];
  }): string | undefined;
  telemetry(input: RouterInput): Telemetry;
}
