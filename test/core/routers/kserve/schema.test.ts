import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { parseAllDocuments } from "yaml";
import type { K8sObject } from "../../../../src/core/k8s.js";
import { INFERENCE_SERVICE_SCHEMA } from "../../../../src/core/routers/kserve/crd-schema.js";
import { kserve } from "../../../../src/core/routers/kserve/index.js";
import { type OpenApiSchema, schemaProblem } from "../../../../src/core/routers/kserve/openapi.js";
import type { RouterInput } from "../../../../src/core/routers/types.js";
import { ServiceSchema } from "../../../../src/core/schema.js";
import { readTree } from "../../../helpers/tree.js";

/** KServe v0.20.0's InferenceService v1beta1 schema, extracted from its CRD (test/fixtures/crd/). */
const CRD: OpenApiSchema = JSON.parse(
  readFileSync(
    new URL("../../../fixtures/crd/kserve-inferenceservice-v1beta1.schema.json", import.meta.url),
    "utf8",
  ),
);

const SAMPLES = readTree(new URL("../../../fixtures/brought/kserve/", import.meta.url).pathname);

function input(
  versions: Record<string, number>,
  stable: string,
  kserveSettings: Record<string, unknown> = {},
): RouterInput {
  return {
    key: "sklearn-iris",
    clusterDomain: "cluster.local",
    service: ServiceSchema.parse({
      router: "kserve",
      namespace: "kserve-test",
      host: "sklearn-iris",
      manifests: "deploy/sklearn-iris",
      kserve: { modelFormat: "sklearn", ...kserveSettings },
      versions: Object.fromEntries(
        Object.entries(versions).map(([v, weight]) => [v, { weight, modelBasePath: `gs://b/iris/${v}` }]),
      ),
      stable,
    }),
  };
}

/** Every state the router renders: one version, canary 0/20/100, promoted; every optional setting. */
const STATES: [string, RouterInput][] = [
  ["stable only", input({ v1: 100 }, "v1")],
  ["pinned", input({ v1: 100, v2: 0 }, "v1")],
  ["canary 20", input({ v1: 80, v2: 20 }, "v1")],
  ["canary 100", input({ v1: 0, v2: 100 }, "v1")],
  ["promoted", input({ v1: 0, v2: 100 }, "v2")],
  [
    "every setting",
    input({ v1: 90, v2: 10 }, "v1", {
      runtime: "kserve-sklearnserver",
      minReplicas: 0,
      maxReplicas: 4,
      deploymentMode: "Serverless",
    }),
  ],
];

const rendered = (i: RouterInput) => kserve.render(i).flatMap((g) => g.objects);

describe("rendered InferenceServices", () => {
  it.each(STATES)("%s validates against KServe's CRD schema (and the copy in src)", (_, i) => {
    for (const o of rendered(i)) {
      expect(schemaProblem(o, CRD)).toBeUndefined();
      expect(schemaProblem(o, INFERENCE_SERVICE_SCHEMA)).toBeUndefined();
    }
    expect(kserve.validate(rendered(i))).toBeUndefined();
  });

  it("a rendered field the CRD does not have is refused, naming object and field", () => {
    const [o] = rendered(STATES[2]?.[1] as RouterInput) as [K8sObject];
    const bad = structuredClone(o) as K8sObject & { spec: { predictor: Record<string, unknown> } };
    bad.spec.predictor.canaryTrafficPercentage = 20;
    expect(kserve.validate([bad])).toBe(
      "InferenceService sklearn-iris is not valid KServe (serving.kserve.io/v1beta1): spec.predictor.canaryTrafficPercentage: unknown field",
    );
    expect(schemaProblem(bad, CRD)).toBe("spec.predictor.canaryTrafficPercentage: unknown field");
  });
});

describe("the schema copy in src", () => {
  /** Every node of `small` is the node of `full` at the same place, with only some of its properties. */
  function subsetProblem(small: OpenApiSchema, full: OpenApiSchema, path: string): string | undefined {
    const { properties, items, ...rest } = small;
    const { properties: fullProps, items: fullItems, ...fullRest } = full;
    if (JSON.stringify(rest) !== JSON.stringify(fullRest)) return `${path || "(root)"}: keywords differ`;
    for (const [k, v] of Object.entries(properties ?? {})) {
      const f = fullProps?.[k];
      if (!f) return `${path}.${k}: not in the CRD`;
      const bad = subsetProblem(v, f, path ? `${path}.${k}` : k);
      if (bad) return bad;
    }
    if (items) return fullItems ? subsetProblem(items, fullItems, `${path}[]`) : `${path}[]: not in the CRD`;
    return undefined;
  }

  it("is KServe's CRD schema pruned to what rollout-bot renders, nothing changed", () => {
    expect(subsetProblem(INFERENCE_SERVICE_SCHEMA, CRD, "")).toBeUndefined();
  });
});

describe("schemaProblem", () => {
  it.each([...SAMPLES.keys()].filter((f) => f.endsWith(".yaml")))("accepts KServe's sample %s", (file) => {
    const docs = parseAllDocuments(SAMPLES.get(file) ?? "")
      .map((d) => d.toJS() as unknown)
      .filter((d) => d !== null);
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(schemaProblem(d, CRD)).toBeUndefined();
  });

  const isvc = (predictor: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    apiVersion: "serving.kserve.io/v1beta1",
    kind: "InferenceService",
    metadata: { name: "m", annotations: { a: "b" } },
    spec: {
      predictor: { model: { modelFormat: { name: "sklearn" }, storageUri: "gs://b/m" }, ...predictor },
    },
    ...extra,
  });

  it.each([
    [
      "a quoted number",
      isvc({ canaryTrafficPercent: "20" }),
      "spec.predictor.canaryTrafficPercent: must be an integer",
    ],
    [
      "a fraction",
      isvc({ canaryTrafficPercent: 2.5 }),
      "spec.predictor.canaryTrafficPercent: must be an integer",
    ],
    [
      "an int32 out of range",
      isvc({ minReplicas: 2 ** 31 }),
      "spec.predictor.minReplicas: is out of range for int32",
    ],
    [
      "a map label value",
      isvc({ labels: { version: 2 } }),
      "spec.predictor.labels.version: must be a string",
    ],
    [
      "a missing required field",
      isvc({ model: { modelFormat: {} } }),
      "spec.predictor.model.modelFormat.name: is required",
    ],
    [
      "an enum",
      isvc({ scaleMetric: "latency" }),
      'spec.predictor.scaleMetric: must be one of "cpu", "memory", "concurrency", "rps"',
    ],
    ["a pattern", isvc({ name: "1st" }), "spec.predictor.name: must match ^[a-z]([-a-z0-9]*[a-z0-9])?$"],
    [
      "list items",
      isvc({ model: { modelFormat: { name: "x" }, args: ["--a", 1] } }),
      "spec.predictor.model.args[1]: must be a string",
    ],
    [
      "int-or-string",
      isvc({ deploymentStrategy: { rollingUpdate: { maxSurge: true } } }),
      "spec.predictor.deploymentStrategy.rollingUpdate.maxSurge: must be an integer or a string",
    ],
    ["null", isvc({ minReplicas: null }), "spec.predictor.minReplicas: must not be null"],
    ["an unknown field", isvc({ storageUri: "gs://b/m" }), "spec.predictor.storageUri: unknown field"],
    ["no spec.predictor", { ...isvc({}), spec: {} }, "spec.predictor: is required"],
  ] as const)("refuses %s", (_, value, problem) => {
    expect(schemaProblem(value, CRD)).toBe(problem);
  });

  it("keeps what x-kubernetes-preserve-unknown-fields keeps, and int-or-string's two forms", () => {
    const ok = isvc(
      { deploymentStrategy: { rollingUpdate: { maxSurge: 1, maxUnavailable: "25%" } } },
      { status: { components: { predictor: { traffic: [{ percent: 100 }] } } } },
    );
    expect(schemaProblem(ok, CRD)).toBeUndefined();
  });

  it("honours additionalProperties: false, minimum, maximum and anyOf", () => {
    const schema: OpenApiSchema = {
      type: "object",
      additionalProperties: false,
      properties: {
        p: { type: "integer", minimum: 0, maximum: 100 },
        q: { anyOf: [{ type: "integer" }, { type: "boolean" }] },
      },
    };
    expect(schemaProblem({ p: 50, q: true }, schema)).toBeUndefined();
    expect(schemaProblem({ p: 101 }, schema)).toBe("p: must be ≤ 100");
    expect(schemaProblem({ p: -1 }, schema)).toBe("p: must be ≥ 0");
    expect(schemaProblem({ q: "x" }, schema)).toBe("q: matches none of its allowed forms");
    expect(schemaProblem({ r: 1 }, schema)).toBe("r: unknown field");
    expect(schemaProblem([], schema)).toBe("(root): must be an object");
  });
});
