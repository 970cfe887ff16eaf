import * as z from "zod";
import { ChecksSchema } from "./checks/schema.js";
import { ROUTER_NAMES } from "./routers/index.js";
import { KServeSchema } from "./routers/kserve/settings.js";

/** Kubernetes DNS-1123 label: object names, label values and PromQL label values we emit. */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Words of `/rollout` commands; a service or version with such a name could not be addressed. */
export { COMMAND_WORDS } from "./commands.js";

const DURATION = /^[0-9]+(ms|s|m|h|d)$/;
const DURATION_UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };
/** The longest window or bake rollout-bot takes: longer ones are a typo, and overflow dates. */
export const MAX_DURATION_S = 30 * 86400;

/**
 * What is wrong with a duration (`10m`), or undefined when it is one from `min` (exclusive when
 * `positive`) to 30 days. For rollout.yaml's fields and the CLI's `--window` alike.
 */
export function durationProblem(d: string, opts: { readonly positive: boolean }): string | undefined {
  const m = /^([0-9]+)(ms|s|m|h|d)$/.exec(d);
  if (!m) return "must be a duration such as 30s, 10m or 1h";
  const seconds = Number(m[1]) * (DURATION_UNITS[m[2] as string] ?? 1);
  if (opts.positive && seconds <= 0) return "must be longer than 0s: use e.g. 10m";
  if (seconds > MAX_DURATION_S) return "must be at most 30 days (30d): use e.g. 10m or 1h";
  return undefined;
}

const label = (what: string) =>
  z
    .string({ error: `must be a string (${what})` })
    .max(63, { error: "must be at most 63 characters (a Kubernetes name)" })
    .regex(DNS_LABEL, {
      error:
        "must be a lowercase Kubernetes name: a-z, 0-9 and '-', starting and ending with a letter or digit (e.g. mnist-v2)",
    });

const relPath = z
  .string({ error: "must be a path relative to rollout.yaml's folder" })
  .min(1, { error: "must not be empty" })
  .refine((p) => !p.startsWith("/") && !p.includes("\\"), {
    error: "must be a path relative to rollout.yaml's folder, with '/' separators and no leading '/'",
  })
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a NUL or line break in a path is what it refuses
  .refine((p) => !/[\u0000-\u001f\u007f]/.test(p), {
    error: "must not contain a NUL byte, line break or other control character: remove it from the path",
  });

const weight = z
  .number({ error: "must be a whole number from 0 to 100" })
  .int({ error: "must be a whole number from 0 to 100" })
  .min(0, { error: "must be a whole number from 0 to 100" })
  .max(100, { error: "must be a whole number from 0 to 100" });

const duration = (opts: { readonly positive: boolean }) =>
  z
    .string({ error: "must be a duration such as 30s, 10m or 1h" })
    .regex(DURATION, { error: "must be a duration such as 30s, 10m or 1h" })
    .check((ctx) => {
      const problem = DURATION.test(ctx.value) ? durationProblem(ctx.value, opts) : undefined;
      if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
    });

/** One model version: a TF Serving Deployment and its Istio subset. */
export const VersionSchema = z
  .strictObject({
    weight: weight.describe(
      "Percent of traffic this version receives (0-100; a service's weights add up to 100).",
    ),
    modelBasePath: z
      .string({ error: "must be a string such as gs://bucket/mnist/2" })
      .min(1)
      .optional()
      .describe(
        "TF Serving --model_base_path for this version (required when tfServing is set); with router: kserve, the InferenceService's storageUri.",
      ),
    image: z
      .string({ error: "must be a container image such as tensorflow/serving:2.15.0" })
      .min(1)
      .optional()
      .describe("Overrides tfServing.image for this version."),
    replicas: z
      .number({ error: "must be a whole number ≥ 1" })
      .int({ error: "must be a whole number ≥ 1" })
      .min(1, { error: "must be a whole number ≥ 1" })
      .optional()
      .describe("Overrides tfServing.replicas for this version."),
    host: label("the Kubernetes Service name")
      .optional()
      .describe(
        "This version's own Kubernetes Service (a host split), instead of a subset of the service's host.",
      ),
  })
  .describe("A model version.");

/** Metric gate thresholds, judged on the canary against the baseline. */
export const GateSchema = z
  .strictObject({
    minRequests: z
      .number({ error: "must be a whole number ≥ 0" })
      .int({ error: "must be a whole number ≥ 0" })
      .min(0, { error: "must be a whole number ≥ 0" })
      .default(100)
      .describe("Fewer requests than this in the window is 'insufficient data', never a pass."),
    successRate: z
      .number({ error: "must be a percentage from 0 to 100, e.g. 99.0" })
      .min(0, { error: "must be a percentage from 0 to 100, e.g. 99.0" })
      .max(100, { error: "must be a percentage from 0 to 100, e.g. 99.0" })
      .default(99)
      .describe("Lowest acceptable non-5xx percentage for the canary."),
    p99LatencyMs: z
      .number({ error: "must be a number of milliseconds > 0" })
      .positive({ error: "must be a number of milliseconds > 0" })
      .default(500)
      .describe("Highest acceptable p99 latency of the canary, in milliseconds."),
    window: duration({ positive: true }).default("10m").describe("Metric window, e.g. 10m."),
    onMissingMetrics: z
      .enum(["fail", "neutral"], { error: "must be `fail` or `neutral`" })
      .default("fail")
      .describe("Gate conclusion when Prometheus cannot answer: fail (default) or neutral. Never a pass."),
    alpha: z
      .number({ error: "must be a probability between 0 and 0.5, e.g. 0.05" })
      .gt(0, { error: "must be a probability between 0 and 0.5, e.g. 0.05" })
      .max(0.5, { error: "must be a probability between 0 and 0.5, e.g. 0.05" })
      .default(0.05)
      .describe(
        "Highest chance that a healthy canary is failed by the comparisons with the baseline, over the whole step however often it is judged.",
      ),
    errorTolerance: z
      .number({ error: "must be a percentage ≥ 0, e.g. 20" })
      .min(0, { error: "must be a percentage ≥ 0, e.g. 20" })
      .default(20)
      .describe(
        "Allowed increase of the canary's 5xx rate over the baseline's, in percent (20: up to 1.2×), before the comparison can fail.",
      ),
    latencyTolerance: z
      .number({ error: "must be a percentage ≥ 0, e.g. 20" })
      .min(0, { error: "must be a percentage ≥ 0, e.g. 20" })
      .default(20)
      .describe(
        "Allowed increase of the canary's share of slow requests (slower than the baseline's tail bound) over the baseline's, in percent, before the comparison can fail.",
      ),
    checks: ChecksSchema,
  })
  .describe("Metric gate.");

export const PolicySchema = z
  .strictObject({
    maxStep: z
      .number({ error: "must be a whole number from 1 to 100" })
      .int({ error: "must be a whole number from 1 to 100" })
      .min(1, { error: "must be a whole number from 1 to 100" })
      .max(100, { error: "must be a whole number from 1 to 100" })
      .default(100)
      .describe("Largest weight increase per change for any one version (abort is exempt)."),
    approvals: z
      .number({ error: "must be a whole number ≥ 0" })
      .int({ error: "must be a whole number ≥ 0" })
      .min(0, { error: "must be a whole number ≥ 0" })
      .default(1)
      .describe("Approving reviews required before apply."),
    reviewers: z
      .array(
        z
          .string({ error: "must be a GitHub user (octocat) or team (org/team)" })
          .regex(/^[A-Za-z0-9][-A-Za-z0-9_.]*(\/[A-Za-z0-9][-A-Za-z0-9_.]*)?$/, {
            error: "must be a GitHub user (octocat) or team (org/team)",
          }),
        { error: "must be a list such as [ml-platform-team]" },
      )
      .default([])
      .describe("Requested on rollout PRs; users or org/team."),
    gate: GateSchema.default(GateSchema.parse({})),
    bake: duration({ positive: false })
      .default("5m")
      .describe("After applying, wait this long, then judge the gate; on failure roll back. 0s skips it."),
  })
  .describe("Rollout policy.");

export const TfServingSchema = z
  .strictObject({
    modelName: label("the model name").describe("TF Serving --model_name."),
    image: z
      .string({ error: "must be a container image such as tensorflow/serving:2.15.0" })
      .min(1)
      .default("tensorflow/serving:2.15.0"),
    replicas: z
      .number({ error: "must be a whole number ≥ 1" })
      .int({ error: "must be a whole number ≥ 1" })
      .min(1, { error: "must be a whole number ≥ 1" })
      .default(1),
  })
  .describe("Render a TF Serving Deployment per version and the Service.");

export const ServiceSchema = z
  .strictObject({
    router: z
      .enum(ROUTER_NAMES, { error: `must be one of: ${ROUTER_NAMES.join(", ")}` })
      .default("istio")
      .describe(
        "What splits the traffic: istio (VirtualService, the default); gateway-api (HTTPRoute, a Service per version); kserve (a KServe InferenceService, canaryTrafficPercent).",
      ),
    namespace: label("the namespace").describe("Kubernetes namespace of the service."),
    host: label("the Kubernetes Service name").describe(
      "Kubernetes Service the routes point at (short name in the same namespace); with router: kserve, the InferenceService's name.",
    ),
    gateway: z
      .string({
        error: "must be an Istio Gateway name, e.g. kubeflow-gateway or istio-system/ingress",
      })
      .regex(/^([a-z0-9]([-a-z0-9]*[a-z0-9])?\/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, {
        error: "must be an Istio Gateway name, e.g. kubeflow-gateway or istio-system/ingress",
      })
      .optional()
      .describe("Istio Gateway for the external route."),
    path: z
      .string({ error: "must be a URL path such as /istio/tfserving/models/mnist" })
      .regex(/^\/[A-Za-z0-9._~\-/:]*$/, {
        error: "must be a URL path starting with '/', such as /istio/tfserving/models/mnist",
      })
      .optional()
      .describe("External route prefix; default /istio/tfserving/models/<model>."),
    manifests: relPath.optional().describe("Folder holding the rendered manifests."),
    virtualService: relPath
      .optional()
      .describe("An existing VirtualService file whose weights are edited in place (router: istio)."),
    httpRoute: relPath
      .optional()
      .describe(
        "An existing HTTPRoute file whose backendRefs weights are edited in place (router: gateway-api).",
      ),
    tfServing: TfServingSchema.optional(),
    kserve: KServeSchema.optional(),
    pin: z
      .strictObject({
        header: z
          .string({ error: "must be an HTTP header name such as x-model-version" })
          .regex(/^[a-z0-9][-a-z0-9]*$/, {
            error: "must be a lowercase HTTP header name such as x-model-version",
          })
          .describe("Requests carrying this header with a version's name go to that version."),
      })
      .optional()
      .describe("Header-pinned routes: one route per version ahead of the weighted split, for testers."),
    mirror: z
      .strictObject({
        version: z
          .string({ error: "must name one of the versions, e.g. v2" })
          .describe("The version that receives the copies."),
        percent: z
          .number({ error: "must be a number of percent from 0 to 100" })
          .gt(0, { error: "must be more than 0 (remove `mirror` to stop shadowing)" })
          .max(100, { error: "must be a number of percent from 0 to 100" })
          .describe("Share of live requests copied to it; the copies' answers are dropped."),
      })
      .optional()
      .describe(
        "Shadow traffic: a copy of a share of requests goes to a version that serves none. `/rollout mirror v2 10`.",
      ),
    versions: z
      .record(label("the version name"), VersionSchema, {
        error: "must be a map of version name to { weight, ... }",
      })
      .describe("Versions by name (the `version` pod label)."),
    stable: z
      .string({ error: "must name one of the versions, e.g. v1" })
      .describe("The version that serves when a rollout aborts."),
    steps: z
      .array(weight, { error: "must be a list of weights such as [10, 25, 50, 100]" })
      .default([10, 25, 50, 100])
      .describe("Canary weights that `next` walks through, ascending."),
    policy: PolicySchema.default(PolicySchema.parse({})),
  })
  .describe("A model service.");

/**
 * The forms `include:` accepts: `<folder>/*.yaml`, `<folder>/*.yml`, `*.yaml` (rollout.yaml's own
 * folder), or the path of one `.yaml`/`.yml` file. No `**`, no `?`, no braces: a service's file
 * must follow from its key alone (see `include.ts`).
 */
export const INCLUDE_FORM = /^(?:[A-Za-z0-9_.-]+\/)*(?:\*\.ya?ml|[A-Za-z0-9_.-]+\.ya?ml)$/;

export const RolloutSchema = z
  .strictObject({
    include: z
      .array(
        z.string({ error: "must be a path pattern such as rollout.d/*.yaml" }).regex(INCLUDE_FORM, {
          error:
            "must be `<folder>/*.yaml` (or `*.yml`), or the path of one .yaml file, relative to rollout.yaml's folder, e.g. rollout.d/*.yaml (no `**`, `?` or braces: a service's file must follow from its key)",
        }),
        { error: "must be a list of path patterns such as [rollout.d/*.yaml]" },
      )
      .optional()
      .describe(
        "Per-service files, relative to rollout.yaml's folder: `rollout.d/*.yaml`, or one file's path. Each file holds one service (what would sit under `services.<key>`); its key is the file name without .yaml/.yml.",
      ),
    grafana: z
      .url({
        protocol: /^https?$/,
        error: "must be an http(s) URL such as https://kubeflow.example.com/grafana",
      })
      .optional()
      .describe("Grafana base URL, for dashboard links."),
    prometheus: z
      .url({
        protocol: /^https?$/,
        error: "must be an http(s) URL such as http://prometheus.istio-system:9090",
      })
      .optional()
      .describe("Default Prometheus URL."),
    cluster: label("the cluster name")
      .optional()
      .describe(
        "Names the cluster in GitHub Deployment environments (<cluster>/<namespace>); default: the namespace alone.",
      ),
    clusterDomain: z
      .string({ error: "must be a DNS domain such as cluster.local" })
      .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/, {
        error: "must be a DNS domain such as cluster.local",
      })
      .default("cluster.local")
      .describe("The cluster's DNS domain, for resolving short hosts in routing files."),
    services: z
      .record(label("the service key"), ServiceSchema, {
        error: "must be a map of service key to its settings",
      })
      .describe("Model services by key (used as /rollout <key> v2 20)."),
  })
  .describe("rollout-bot configuration (rollout.yaml).");

export type RolloutConfig = z.output<typeof RolloutSchema>;
export type ServiceConfig = z.output<typeof ServiceSchema>;
export type VersionConfig = z.output<typeof VersionSchema>;
export type PolicyConfig = z.output<typeof PolicySchema>;

/**
 * JSON Schema for editors (`rollout.schema.json`). `services` may be left out when `include`
 * brings every service from its own file.
 */
export function rolloutJsonSchema(): unknown {
  const schema = z.toJSONSchema(RolloutSchema, { io: "input", target: "draft-7" }) as {
    required?: string[];
    anyOf?: unknown[];
  };
  schema.required = (schema.required ?? []).filter((k) => k !== "services");
  if (schema.required.length === 0) delete schema.required;
  schema.anyOf = [{ required: ["services"] }, { required: ["include"] }];
  return schema;
}

/** JSON Schema of one included file (`rollout-service.schema.json`): one service's settings. */
export function serviceJsonSchema(): unknown {
  return z.toJSONSchema(
    ServiceSchema.describe(
      "One rollout-bot service (a file of rollout.yaml's `include:`); its key is the file name.",
    ),
    {
      io: "input",
      target: "draft-7",
    },
  );
}
