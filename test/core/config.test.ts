import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { directlyIn, loadConfig, resolveFromConfig } from "../../src/core/config.js";
import { candidatePaths, includePatterns } from "../../src/core/include.js";
import { rolloutJsonSchema, serviceJsonSchema } from "../../src/core/schema.js";
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

/** A service's file body (what would sit under `services.<key>`), with its own host and folder. */
const svc = (key: string, extra = "") =>
  `namespace: kubeflow\nhost: ${key}-service\nmanifests: deploy/${key}\nversions:\n  v1: { weight: 90 }\n  v2: { weight: 10 }\nstable: v1\n${extra}`;
const ROOT = "prometheus: http://p:9090\ninclude: [rollout.d/*.yaml]\n";
const loadInc = (files: Record<string, string>, opts: { root?: string; only?: string; file?: string } = {}) =>
  loadConfig({
    text: opts.root ?? ROOT,
    file: opts.file ?? "rollout.yaml",
    included: new Map(Object.entries(files)),
    ...(opts.only === undefined ? {} : { only: opts.only }),
  });
const outcome = (r: ReturnType<typeof loadConfig>) =>
  r.ok ? `valid: ${Object.keys(r.loaded.config.services).join(", ")}` : r.message;

describe("loadConfig with include:", () => {
  it("takes each included file as one service keyed by its file name, beside the inline ones", () => {
    const r = loadInc(
      {
        "rollout.d/resnet.yaml": svc("resnet"),
        "rollout.d/iris.yaml": svc("iris"),
        "README.md": "# not a service",
      },
      { root: `${ROOT}services:\n  mnist:\n${svc("mnist").replace(/^/gm, "    ").trimEnd()}\n` },
    );
    if (!r.ok) throw new Error(r.message);
    expect(Object.keys(r.loaded.config.services)).toEqual(["mnist", "iris", "resnet"]);
    expect([...r.loaded.included].map(([k, f]) => [k, f.file])).toEqual([
      ["iris", "rollout.d/iris.yaml"],
      ["resnet", "rollout.d/resnet.yaml"],
    ]);
    expect(r.loaded.include).toEqual([
      { kind: "folder", pattern: "rollout.d/*.yaml", folder: "rollout.d", ext: ".yaml" },
    ]);
  });

  it("resolves patterns against rollout.yaml's folder; a plain file path is one service", () => {
    const r = loadInc(
      {
        "config/rollout.d/a.yml": svc("a"),
        "config/extra/b.yaml": svc("b"),
        "config/rollout.d/c.yaml": svc("c"),
      },
      { root: "include: [rollout.d/*.yml, extra/b.yaml]\n", file: "config/rollout.yaml" },
    );
    expect(outcome(r)).toBe("valid: b, a");
  });

  it.each<[string, Record<string, string>, string | undefined]>([
    [
      "a problem in an included file names that file, its line and the field",
      { "rollout.d/resnet.yaml": svc("resnet").replace("weight: 10", "weight: 20") },
      undefined,
    ],
    [
      "a typo in an included file",
      { "rollout.d/resnet.yaml": svc("resnet").replace("stable:", "stabel:") },
      undefined,
    ],
    [
      "a YAML error in an included file",
      { "rollout.d/resnet.yaml": svc("resnet").replace("versions:", "versions: [") },
      undefined,
    ],
    ["an empty included file", { "rollout.d/resnet.yaml": "# nothing yet\n" }, undefined],
    ["an included file that is a list", { "rollout.d/resnet.yaml": "- namespace: x\n" }, undefined],
    [
      "a key both inline and included",
      { "rollout.d/mnist.yaml": svc("mnist") },
      `${ROOT}services:\n  mnist:\n${svc("mnist").replace(/^/gm, "    ").trimEnd()}\n`,
    ],
    [
      "two files giving one key",
      { "rollout.d/a.yaml": svc("a"), "rollout.d/a.yml": svc("a") },
      "include: [rollout.d/*.yaml, rollout.d/*.yml]\n",
    ],
    ["a file name that is not a service key", { "rollout.d/My_Model.yaml": svc("m") }, undefined],
    ["a file name that is a command word", { "rollout.d/next.yaml": svc("next") }, undefined],
    ["a pattern of another form", {}, "include: [rollout.d/**/*.yaml]\n"],
    ["a pattern that is not a list", {}, "include: rollout.d/*.yaml\n"],
    ["a pattern outside the repository", {}, "include: [../other/*.yaml]\n"],
    [
      "a named file that does not exist",
      { "rollout.d/a.yaml": svc("a") },
      "include: [rollout.d/*.yaml, extra/b.yaml]\n",
    ],
    ["a pattern matching nothing, and no inline service", {}, undefined],
    [
      "two included services on one host",
      {
        "rollout.d/a.yaml": svc("a"),
        "rollout.d/b.yaml": svc("b").replace("host: b-service", "host: a-service"),
      },
      undefined,
    ],
    ["a misspelt include", {}, "inclde: [rollout.d/*.yaml]\nservices: {}\n"],
  ])("%s", (_name, files, root) => {
    expect(outcome(loadInc(files, root === undefined ? {} : { root }))).toMatchSnapshot();
  });

  it("a pattern matching nothing is fine beside other services", () => {
    expect(
      outcome(
        loadInc({ "rollout.d/a.yaml": svc("a") }, { root: "include: [rollout.d/*.yaml, more/*.yaml]\n" }),
      ),
    ).toBe("valid: a");
  });

  it("refuses rather than miss services when the caller did not read the included files", () => {
    expect(outcome(loadConfig({ text: ROOT, file: "rollout.yaml" }))).toContain(
      "rollout.yaml:2:10: include: is set, but this part of rollout-bot read only rollout.yaml",
    );
  });

  it("`only` reads just that service's file: the others (even broken) are not parsed, cross-service checks skipped", () => {
    const files = {
      "rollout.d/a.yaml": svc("a"),
      "rollout.d/b.yaml": svc("b").replace("host: b-service", "host: a-service"),
      "rollout.d/broken.yaml": "versions: [\n",
    };
    const r = loadInc(files, { only: "a" });
    if (!r.ok) throw new Error(r.message);
    expect(Object.keys(r.loaded.config.services)).toEqual(["a"]);
    expect(r.loaded.scope).toBe("a");
    expect(outcome(loadInc(files))).toContain("rollout.d/broken.yaml:1:");
    // An absent service's file: loaded without it, for the caller to say "no such service".
    expect(outcome(loadInc(files, { only: "zz" }))).toBe("valid: ");
  });

  it("`only` on a big inline rollout.yaml with include parses the top-level keys and one file", () => {
    const inline = Array.from(
      { length: 3 },
      (_, i) => `  s${i}:\n${svc(`s${i}`).replace(/^/gm, "    ").trimEnd()}`,
    );
    const root = `include: [rollout.d/*.yaml]\nservices:\n${inline.join("\n")}\n`;
    const a = loadInc({ "rollout.d/a.yaml": svc("a") }, { root, only: "a" });
    expect(outcome(a)).toBe("valid: a");
    const s1 = loadInc({ "rollout.d/a.yaml": svc("a") }, { root, only: "s1" });
    expect(outcome(s1)).toBe("valid: s1");
    // The inline one still may not also have a file.
    expect(outcome(loadInc({ "rollout.d/s1.yaml": svc("s1") }, { root, only: "s1" }))).toContain(
      "is defined both here and in rollout.d/s1.yaml",
    );
  });
});

describe("rollout-service.schema.json", () => {
  it("is generated from the zod schema and committed current (npm run build)", () => {
    const committed = JSON.parse(
      readFileSync(new URL("../../rollout-service.schema.json", import.meta.url), "utf8"),
    );
    expect(committed).toEqual(serviceJsonSchema());
  });

  it("rollout.schema.json takes `services`, `include` or both", () => {
    expect(rolloutJsonSchema()).toMatchObject({
      anyOf: [{ required: ["services"] }, { required: ["include"] }],
    });
  });
});

describe("candidatePaths", () => {
  const patterns = includePatterns({
    configFile: "ops/rollout.yaml",
    include: ["rollout.d/*.yaml", "more/*.yml", "x/one.yaml"],
  });
  it.each([
    ["resnet", ["ops/rollout.d/resnet.yaml", "ops/more/resnet.yml"]],
    ["one", ["ops/rollout.d/one.yaml", "ops/more/one.yml", "ops/x/one.yaml"]],
    ["../../etc/passwd", []],
    ["__proto__", []],
    ["Mnist", []],
  ])("%s → %j", (key, expected) => {
    expect(candidatePaths(patterns, key)).toEqual(expected);
  });
});
