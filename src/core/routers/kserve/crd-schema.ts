import type { OpenApiSchema } from "./openapi.js";

/**
 * KServe's InferenceService `serving.kserve.io/v1beta1` schema (the CRD's openAPIV3Schema, KServe
 * v0.20.0), kept to the fields rollout-bot renders: made from
 * test/fixtures/crd/kserve-inferenceservice-v1beta1.schema.json by scripts/extract-crd-schema.mjs
 * --keep apiVersion,kind,metadata,spec.predictor.{canaryTrafficPercent,minReplicas,maxReplicas,labels},
 * spec.predictor.model.{modelFormat,runtime,storageUri}. The whole schema is 90 KB; tests check this
 * copy against it (test/core/routers/kserve/schema.test.ts), so a field rendered but not kept here fails.
 */
export const INFERENCE_SERVICE_SCHEMA: OpenApiSchema = {
  properties: {
    apiVersion: {
      type: "string",
    },
    kind: {
      type: "string",
    },
    metadata: {
      type: "object",
    },
    spec: {
      properties: {
        predictor: {
          properties: {
            canaryTrafficPercent: {
              format: "int64",
              type: "integer",
            },
            minReplicas: {
              format: "int32",
              type: "integer",
            },
            maxReplicas: {
              format: "int32",
              type: "integer",
            },
            labels: {
              additionalProperties: {
                type: "string",
              },
              type: "object",
            },
            model: {
              properties: {
                modelFormat: {
                  properties: {
                    name: {
                      type: "string",
                    },
                    version: {
                      type: "string",
                    },
                  },
                  required: ["name"],
                  type: "object",
                },
                runtime: {
                  type: "string",
                },
                storageUri: {
                  type: "string",
                },
              },
              type: "object",
            },
          },
          type: "object",
        },
      },
      required: ["predictor"],
      type: "object",
    },
  },
  type: "object",
};
