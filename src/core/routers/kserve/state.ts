import type { Weights } from "../../plan.js";
import type { ServiceConfig } from "../../schema.js";

/**
 * What the InferenceService's predictor carries for one rollout.yaml state.
 *
 * KServe splits traffic between the revision it last rolled out (100 %) and the latest one, the
 * spec's `storageUri`, by `canaryTrafficPercent`
 * (https://kserve.github.io/website/docs/model-serving/predictive-inference/rollout-strategies/canary).
 * So the spec always carries the newest version, which rollout.yaml lists last (rollout-bot never
 * reorders versions), and the older one is what KServe rolled out before it:
 *
 * - one version: its model, no `canaryTrafficPercent`;
 * - the older version is stable: the newer one's model, `canaryTrafficPercent` = its weight, 0 to
 *   100. 0 is KServe's "rollback and pin the previous model" (the newer revision stays, with no
 *   traffic), so `abort` and a version just added at 0 % are that; 100 is its whole share;
 * - the newer version is stable (after `promote`): its model, no `canaryTrafficPercent`, which is
 *   how KServe's canary example promotes; the older one must be at 0 % (see `olderServes`).
 *
 * Promote and rollback as in KServe's canary example ("Promote the canary model", "Rollback and
 * pin the previous model"):
 * https://kserve.github.io/website/docs/model-serving/predictive-inference/rollout-strategies/canary-example
 */
export interface PredictorState {
  /** The version whose model the spec carries: KServe's latest revision. */
  readonly latest: string;
  /** The other version, KServe's rolled-out revision while the latest is a canary. */
  readonly previous?: string;
  /** Set while the latest version is a canary of the stable previous one. */
  readonly canaryTrafficPercent?: number;
}

/** The predictor state of a service (see PredictorState). */
export function predictorState(service: Pick<ServiceConfig, "versions" | "stable">): PredictorState {
  const order = Object.keys(service.versions);
  const latest = order[order.length - 1] as string;
  const previous = order.length > 1 ? order[0] : undefined;
  if (previous === undefined) return { latest };
  if (service.stable === latest) return { latest, previous };
  return { latest, previous, canaryTrafficPercent: service.versions[latest]?.weight ?? 0 };
}

/**
 * The older version when it would get traffic while the newer one is stable: KServe has rolled
 * the newer one out and serves the older only as an earlier revision, which it never routes to
 * again. Undefined when the state is one KServe can serve.
 */
export function olderServes(params: {
  readonly order: readonly string[];
  readonly weights: Weights;
  readonly stable: string;
}): { readonly older: string; readonly newer: string } | undefined {
  const { order, weights, stable } = params;
  if (order.length !== 2) return undefined;
  const [older, newer] = order as [string, string];
  return stable === newer && (weights[older] ?? 0) > 0 ? { older, newer } : undefined;
}
