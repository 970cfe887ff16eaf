import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { directlyIn, loadConfig, resolveFromConfig } from "../../src/core/config.js";
import { rolloutJsonSchema } from "../../src/core/schema.js";
import { MNIST_YAML } from "../helpers/config.js";

const problems = (text: string) => {
  const r = loadConfig({ text, file: "rollout.yaml" });
  return r.ok ? "valid" : r.message;
};

describe("loadConfig", () => {
  it("accepts the example and fills in defaults", () => {
    const r = loadConfig({ text: MNIST_YAML, file: "rollout.yaml" });
    if (!r.ok) throw new Error(r.message);
    const mnist = r.loaded.config.services.mnist;
    expect(mnist?.policy).toEqual({
      bake: "5m",
      maxStep: 30,
      approvals: 1,
      reviewers: ["kubeflow/ml-platform"],
      gate: {
        minRequests: 100,
        successRate: 99,
        p99LatencyMs: 500,
        window: "10m",
        onMissingMetrics: "fail",
        alpha: 0.05,
        errorTolerance: 20,
        latencyTolerance: 20,
      },
    });
    expect(
      loadConfig({
        text: "services:\n  a:\n    namespace: n\n    host: h\n    manifests: d\n    versions: { v1: { weight: 100 } }\n    stable: v1\n",
        file: "x",
      }),
    ).toMatchObject({
      ok: true,
      loaded: {
        config: {
          services: {
            a: { steps: [10, 25, 50, 100], policy: { maxStep: 100, approvals: 1, reviewers: [] } },
          },
        },
      },
    });
  });

  it.each([
    ["a typo, with did-you-mean", MNIST_YAML.replace("stable: v1", "stabel: v1")],
    ["weights that do not add up", MNIST_YAML.replace("weight: 10,", "weight: 20,")],
    ["a weight out of range", MNIST_YAML.replace("weight: 10,", "weight: 110,")],
    ["a bad version name", MNIST_YAML.replace("v2: {", "V_2: {")],
    ["stable not a version", MNIST_YAML.replace("stable: v1", "stable: v3")],
    ["YAML syntax", MNIST_YAML.replace("versions:", "versions: [")],
    [
      "a custom tag",
      MNIST_YAML.replace("namespace: kubeflow", "namespace: !<tag:yaml.org,2002:js/function> 'function(){}'"),
    ],
    ["a missing field", MNIST_YAML.replace(/ {4}host: .*\n/, "")],
  ])("%s: file:line:col, field path, and a fix", (_name, text) => {
    expect(problems(text)).toMatchSnapshot();
  });
});

describe("resolveFromConfig", () => {
  it.each([
    ["rollout.yaml", "deploy/mnist", "deploy/mnist"],
    ["config/rollout.yaml", "../k8s/./x", "k8s/x"],
    ["rollout.yaml", "../outside", undefined],
    ["a/rollout.yaml", "../../outside", undefined],
  ])("%s + %s = %s", (file, rel, expected) => {
    expect(resolveFromConfig(file, rel)).toBe(expected);
  });
});

describe("directlyIn", () => {
  it.each([
    ["deploy/mnist", "deploy/mnist/vs.yaml", true],
    ["deploy/mnist", "deploy/mnist/sub/vs.yaml", false],
    ["deploy/mnist", "deploy/mnist-b/vs.yaml", false],
    ["", "vs.yaml", true],
    ["", "deploy/vs.yaml", false],
  ])("%s holds %s: %s", (folder, path, expected) => {
    expect(directlyIn(folder, path)).toBe(expected);
  });
});

describe("rollout.schema.json", () => {
  it("is generated from the zod schema and committed current (npm run build)", () => {
    const committed = JSON.parse(readFileSync(new URL("../../rollout.schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(rolloutJsonSchema());
  });
});

describe("loadConfig reports every independent problem in one run", () => {
  it("a schema problem does not hide the cross-field ones (weights, stable)", () => {
    const text = readFileSync(new URL("../../examples/mnist/rollout.yaml", import.meta.url), "utf8")
      .replace("v1: { weight: 90,", "v1: { weight: 95,")
      .replace("stable: v1 ", "stable: v9 ")
      .replace("maxStep: 30", "maxStep: 300");
    const r = loadConfig({ text, file: "rollout.yaml" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual([
      "services.mnist.versions",
      "services.mnist.stable",
      "services.mnist.policy.maxStep",
    ]);
    expect(r.message).toContain("weights add up to 105, not 100");
  });

  it("a service whose required field is invalid is left out of the cross-field rules, the others are checked", () => {
    const text = [
      "services:",
      "  a:",
      "    namespace: kubeflow",
      "    host: a",
      "    versions: { v1: { weight: 100 } }",
      "    stable: 7",
      "  b:",
      "    namespace: kubeflow",
      "    host: b",
      "    versions: { v1: { weight: 50 } }",
      "    stable: v1",
      "",
    ].join("\n");
    const r = loadConfig({ text, file: "rollout.yaml" });
    if (r.ok) throw new Error("expected problems");
    expect(r.problems.map((p) => p.path)).toEqual(["services.a.stable", "services.b", "services.b.versions"]);
  });
});
