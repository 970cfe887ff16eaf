import type { K8sObject } from "../../k8s.js";
import type { Weights } from "../../plan.js";
import type { RouterInput } from "../types.js";
import { predictorState } from "./state.js";

/** A Knative traffic target, as KServe copies it into `status.components.predictor.traffic`. */
interface TrafficTarget {
  readonly revisionName?: string;
  readonly percent?: number;
  readonly latestRevision?: boolean;
  readonly tag?: string;
}

interface PredictorStatus {
  readonly traffic?: readonly TrafficTarget[];
  readonly latestRolledoutRevision?: string;
}

interface LiveInferenceService {
  readonly spec?: { readonly predictor?: { readonly canaryTrafficPercent?: number } };
  readonly status?: { readonly components?: { readonly predictor?: PredictorStatus } };
}

/**
 * The weights a live InferenceService (`host`) sends to the service's versions; `{}` when none is
 * given. KServe's status says where Knative routes now, by revision; a revision is a version by
 * the rule of `predictorState` (the spec carries the version listed last):
 *
 * - the target KServe tags `prev` (`latestRevision: false`) is the older version;
 * - while a canary is set (`canaryTrafficPercent` below 100), so is the revision KServe rolled out
 *   (`latestRolledoutRevision`) even as the `latestRevision` target: Knative routes that target to
 *   the latest *ready* revision, which is still the rolled-out one until the new revision is
 *   ready, and the status read right after an apply still shows the old split;
 * - any other target is the version the spec carries.
 *
 * Without a status (not reconciled yet, or an object from a file), the spec's split:
 * `canaryTrafficPercent` to the latest version, the rest to the older one.
 */
export function liveWeights(params: {
  readonly objects: readonly K8sObject[];
  readonly input: RouterInput;
}): Weights {
  const { service: s } = params.input;
  const isvc = params.objects.find((o) => o.kind === "InferenceService" && o.metadata.name === s.host) as
    | (K8sObject & LiveInferenceService)
    | undefined;
  if (!isvc) return {};
  const { latest, previous } = predictorState(s);
  const out: Record<string, number> = Object.fromEntries(Object.keys(s.versions).map((v) => [v, 0]));
  const add = (toPrevious: boolean, percent: number) => {
    const v = toPrevious && previous !== undefined ? previous : latest;
    out[v] = (out[v] ?? 0) + percent;
  };
  const canary = isvc.spec?.predictor?.canaryTrafficPercent;
  const predictor = isvc.status?.components?.predictor;
  const traffic = predictor?.traffic ?? [];
  if (traffic.length > 0) {
    const splitting = canary !== undefined && canary < 100;
    for (const t of traffic) {
      const prev =
        t.latestRevision === false ||
        t.tag === "prev" ||
        (splitting && t.revisionName !== undefined && t.revisionName === predictor?.latestRolledoutRevision);
      add(prev, t.percent ?? 0);
    }
    return out;
  }
  add(false, canary ?? 100);
  add(true, 100 - (canary ?? 100));
  return out;
}
