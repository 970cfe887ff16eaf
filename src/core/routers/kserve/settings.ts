import * as z from "zod";

// Only zod here: schema.ts imports this module, so importing schema.ts back would be a cycle.

const whole = (min: number) =>
  z
    .number({ error: `must be a whole number ≥ ${min}` })
    .int({ error: `must be a whole number ≥ ${min}` })
    .min(min, { error: `must be a whole number ≥ ${min}` });

/** `kserve:` of a service with `router: kserve`: how its InferenceService's predictor serves the model. */
export const KServeSchema = z
  .strictObject({
    modelFormat: z
      .string({ error: "must be a model format such as sklearn, tensorflow or pytorch" })
      .regex(/^[a-z0-9]([-a-z0-9._]*[a-z0-9])?$/, {
        error: "must be a lowercase model format such as sklearn, tensorflow, pytorch, onnx or xgboost",
      })
      .describe(
        "spec.predictor.model.modelFormat.name: the model's format (sklearn, tensorflow, pytorch, onnx, xgboost, lightgbm, huggingface, …); KServe picks a ServingRuntime that serves it.",
      ),
    runtime: z
      .string({ error: "must be a ServingRuntime name such as kserve-sklearnserver" })
      .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, {
        error: "must be a lowercase ServingRuntime name such as kserve-sklearnserver",
      })
      .optional()
      .describe(
        "spec.predictor.model.runtime: this ServingRuntime or ClusterServingRuntime instead of KServe's choice for modelFormat.",
      ),
    minReplicas: whole(0)
      .optional()
      .describe("spec.predictor.minReplicas: 0 lets Knative scale a revision without traffic to zero."),
    maxReplicas: whole(1).optional().describe("spec.predictor.maxReplicas."),
    deploymentMode: z
      .enum(["Knative", "Serverless"], { error: "must be `Knative` or `Serverless`" })
      .default("Knative")
      .describe(
        "The serving.kserve.io/deploymentMode annotation: Knative (KServe ≥ 0.16), or Serverless, its name before 0.16. canaryTrafficPercent works in this mode only.",
      ),
  })
  .describe(
    "The InferenceService rendered for `router: kserve` (its model is each version's modelBasePath).",
  );

export type KServeConfig = z.output<typeof KServeSchema>;
