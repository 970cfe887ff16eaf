import { type K8sObject, managedMeta } from "../../k8s.js";
import { promString, regexLiteral } from "../../promql.js";
import type { RenderedGroup, Router, RouterInput, RouterProblem, Telemetry } from "../types.js";
import { INFERENCE_SERVICE_SCHEMA } from "./crd-schema.js";
import { liveWeights } from "./live.js";
import { schemaProblem } from "./openapi.js";
import { olderServes, predictorState } from "./state.js";

const API = "serving.kserve.io/v1beta1";
const KIND = "InferenceService";

/** KServe's webhook rule for InferenceService names (IsvcNameFmt): a lowercase label starting with a letter. */
const ISVC_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/**
 * Knative names a revision's Deployment `<host>-predictor-00001-deployment` and, past 63
 * characters, shortens it with a hash (kmeta.ChildName); Istio reports that name as
 * `destination_workload`, which the metric queries select by.
 */
const MAX_HOST = 63 - "-predictor-00001-deployment".length;

/**
 * The InferenceService of a service, named `host`: KServe makes the Service `host` (and the
 * Knative Service `<host>-predictor`) from it, so `host` keeps meaning what clients call.
 */
export function inferenceService(input: RouterInput): K8sObject {
  const { key, service: s } = input;
  const ks = s.kserve;
  const state = predictorState(s);
  const model = s.versions[state.latest]?.modelBasePath;
  if (!ks || !model)
    throw new Error(`inferenceService() called without kserve/modelBasePath of ${state.latest}`);
  return {
    apiVersion: API,
    kind: KIND,
    metadata: {
      ...managedMeta(key, s.namespace, s.host),
      annotations: {
        "serving.kserve.io/deploymentMode": ks.deploymentMode,
        // KServe's service-mesh guide asks for the sidecar this way; it reaches the pods.
        "sidecar.istio.io/inject": "true",
      },
    },
    spec: {
      predictor: {
        // Predictor labels reach the revision's pods: Istio reports `version` as
        // destination_version and Istio's injector selects on the sidecar label.
        labels: { version: state.latest, "sidecar.istio.io/inject": "true" },
        ...(ks.minReplicas === undefined ? {} : { minReplicas: ks.minReplicas }),
        ...(ks.maxReplicas === undefined ? {} : { maxReplicas: ks.maxReplicas }),
        model: {
          modelFormat: { name: ks.modelFormat },
          ...(ks.runtime === undefined ? {} : { runtime: ks.runtime }),
          storageUri: model,
        },
        // Absent once promoted, 0 after abort: KServe's canary example promotes and rolls back so
        // (https://kserve.github.io/website/docs/model-serving/predictive-inference/rollout-strategies/canary-example).
        ...(state.canaryTrafficPercent === undefined
          ? {}
          : { canaryTrafficPercent: state.canaryTrafficPercent }),
      },
    },
  };
}

const refused = (key: string, message: string): RouterProblem => ({ path: [], key, message });

function problems(input: RouterInput): RouterProblem[] {
  const { key, service: s } = input;
  const out: RouterProblem[] = [];
  if (!s.kserve)
    out.push({
      path: [],
      message:
        "needs `kserve:` with the model's format for its InferenceService. Add e.g. `kserve: { modelFormat: sklearn }`.",
    });
  if (s.tfServing)
    out.push(
      refused(
        "tfServing",
        "cannot be used with `router: kserve`: KServe runs the model server itself (a ServingRuntime for `kserve.modelFormat`). Remove `tfServing`; each version's `modelBasePath` is its model (storageUri).",
      ),
    );
  if (s.virtualService !== undefined)
    out.push(
      refused(
        "virtualService",
        "cannot be used with `router: kserve`: KServe makes the routes (Knative and Istio) from the InferenceService, which rollout-bot renders into `manifests`. Remove `virtualService`.",
      ),
    );
  for (const field of ["gateway", "path"] as const)
    if (s[field] !== undefined)
      out.push(
        refused(
          field,
          `is not used by \`router: kserve\`: KServe exposes the InferenceService through Knative's ingress gateway at its own URL (\`kubectl get inferenceservice ${s.host}\`). Remove \`${field}\`.`,
        ),
      );
  if (s.pin)
    out.push(
      refused(
        "pin",
        "cannot be used with `router: kserve`: KServe splits by percentage only. Remove `pin` (KServe's annotation `serving.kserve.io/enable-tag-routing` gives each revision its own URL instead).",
      ),
    );
  if (s.mirror)
    out.push(
      refused(
        "mirror",
        "cannot be used with `router: kserve`: KServe does not mirror traffic. Remove `mirror`.",
      ),
    );
  if (!ISVC_NAME.test(s.host))
    out.push({
      path: ["host"],
      message: `\`${s.host}\` names the InferenceService, which KServe requires to start with a letter. Rename it (e.g. \`m${s.host}\`).`,
    });
  else if (s.host.length > MAX_HOST)
    out.push({
      path: ["host"],
      message: `\`${s.host}\` is longer than ${MAX_HOST} characters: Knative would shorten the name of its Deployment \`${s.host}-predictor-00001-deployment\` with a hash, and the metric queries find the predictor by that name. Shorten it.`,
    });
  const order = Object.keys(s.versions);
  if (order.length > 2)
    out.push({
      path: ["versions"],
      key: order[2] as string,
      message: `is a third version, and \`router: kserve\` takes at most two: KServe splits traffic only between the revision it rolled out and the latest one (canaryTrafficPercent). Remove a version no longer needed (at 0 %) before adding the next.`,
    });
  for (const [v, c] of Object.entries(s.versions)) {
    if (!c.modelBasePath)
      out.push({
        path: ["versions", v],
        message: `has no \`modelBasePath\`, the model KServe loads (storageUri). Add e.g. \`modelBasePath: gs://bucket/${key}/${v}\`.`,
      });
    const ignored = {
      host: "KServe makes the predictor's Services itself; versions are its revisions",
      image: "the ServingRuntime's image serves every version (set `kserve.runtime` to choose it)",
      replicas: "Knative scales each revision (set `kserve.minReplicas`/`kserve.maxReplicas`)",
    } as const;
    for (const field of Object.keys(ignored) as (keyof typeof ignored)[])
      if (c[field] !== undefined)
        out.push({
          path: ["versions", v],
          key: field,
          message: `cannot be used with \`router: kserve\`: ${ignored[field]}. Remove \`${field}\`.`,
        });
  }
  const ks = s.kserve;
  if (ks?.minReplicas !== undefined && ks.maxReplicas !== undefined && ks.minReplicas > ks.maxReplicas)
    out.push({
      path: ["kserve", "minReplicas"],
      message: `${ks.minReplicas} is more than maxReplicas ${ks.maxReplicas}. Lower it or raise maxReplicas.`,
    });
  const back = olderServes({
    order,
    weights: Object.fromEntries(order.map((v) => [v, s.versions[v]?.weight ?? 0])),
    stable: s.stable,
  });
  if (back)
    out.push({
      path: ["versions", back.older, "weight"],
      message: `\`${back.older}\` cannot get traffic while the newer \`${back.newer}\` is stable: KServe has rolled \`${back.newer}\` out and never routes to an older revision again. Set it to 0, or move \`${back.older}\` below \`${back.newer}\` in versions so KServe deploys it as the latest revision.`,
    });
  return out;
}

function telemetry(input: RouterInput): Telemetry {
  const { service: s } = input;
  // Knative's Deployment of each revision of the predictor's Knative Service `<host>-predictor`.
  const workload = `${regexLiteral(s.host)}-predictor-[0-9]+-deployment`;
  const sel = (matchers: string) =>
    `{reporter="destination",destination_workload_namespace=${promString(s.namespace)},destination_workload=~${promString(workload)}${matchers}}`;
  return {
    sumByVersion: ({ fn, metric, range, matchers = "", by = [] }) =>
      `sum by (${["destination_version", ...by].join(", ")}) (${fn}(${metric}${sel(matchers)}[${range}]))`,
    description: `Istio metrics of the predictor of InferenceService \`${s.host}\``,
  };
}

/**
 * KServe: one InferenceService whose predictor splits traffic between the revision KServe rolled
 * out and the latest one by `canaryTrafficPercent` (serverless mode, on Knative and Istio). The
 * predictor state for each rollout.yaml state is `predictorState`'s.
 */
export const kserve: Router = {
  name: "kserve",
  kinds: [{ apiVersion: API, kind: KIND }],
  broughtField: "virtualService",
  editsBrought: false,
  problems,
  versionHost: () => undefined,
  render: (input): RenderedGroup[] => [{ file: "inferenceservice.yaml", objects: [inferenceService(input)] }],
  validate(objects) {
    for (const o of objects) {
      if (o.kind !== KIND) continue;
      const bad =
        schemaProblem(o, INFERENCE_SERVICE_SCHEMA) ??
        (ISVC_NAME.test(o.metadata.name) ? undefined : "metadata.name: must start with a letter");
      if (bad) return `${o.kind} ${o.metadata.name} is not valid KServe (${API}): ${bad}`;
    }
    return undefined;
  },
  edit: () => ({
    ok: false,
    reason: "no-matching-route",
    message:
      "router kserve edits no routing file you bring: it renders the InferenceService into `manifests`.",
  }),
  liveWeights,
  refusePlan({ input, after, stableAfter, mirrorAfter }) {
    const { key, service: s } = input;
    if (mirrorAfter) return `\`${key}\` uses \`router: kserve\`, and KServe does not mirror traffic.`;
    const back = olderServes({ order: Object.keys(s.versions), weights: after, stable: stableAfter });
    if (!back) return undefined;
    return `\`${back.older}\` cannot get traffic back: KServe has rolled out \`${back.newer}\` (stable, the model in the InferenceService) and never routes to an older revision again. To serve \`${back.older}\` again, move it below \`${back.newer}\` in services.${key}.versions of rollout.yaml (KServe then deploys it as the latest revision), then ask again.`;
  },
  telemetry,
};
