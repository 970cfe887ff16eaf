import { describe, expect, it } from "@jest/globals";
import { changedServices } from "../../src/core/apply-plan.js";
import { loadForRequest, planSet, renderChanges, requestPaths, unifiedDiff } from "../../src/core/changes.js";
import { loadConfig } from "../../src/core/config.js";
import { parseTrafficRequest } from "../../src/core/request.js";
import { load, MNIST_YAML as MNIST_TEXT } from "../helpers/config.js";
import { EXAMPLES, readTree, renderedExample } from "../helpers/tree.js";

function set(example: string, words: string) {
  const files = readTree(`${EXAMPLES}${example}`);
  const loaded = load(files.get("rollout.yaml") ?? "");
  const parsed = parseTrafficRequest({
    words: words.split(" "),
    serviceKeys: Object.keys(loaded.config.services),
  });
  if (!parsed.ok) throw new Error(parsed.message);
  return { files, result: planSet({ loaded, request: parsed.request, files }) };
}

describe("planSet on examples/mnist", () => {
  it("changes only the weight lines (rollout.yaml and both routes)", () => {
    const { result } = set("mnist", "v2 20");
    if (!result.ok) throw new Error(result.message);
    expect(result.changes.map((c) => c.path)).toEqual(["rollout.yaml", "deploy/mnist/virtualservice.yaml"]);
    expect(unifiedDiff(result.changes)).toMatchInlineSnapshot(`
"--- a/rollout.yaml
+++ b/rollout.yaml
@@ -12,8 +12,8 @@
     manifests: deploy/mnist                # folder holding the rendered manifests
     tfServing: { modelName: mnist, image: tensorflow/serving:2.15.0 }
     versions:
-      v1: { weight: 90, modelBasePath: gs://kubeflow-examples-data/mnist/1 }
-      v2: { weight: 10, modelBasePath: gs://kubeflow-examples-data/mnist/2 }
+      v1: { weight: 80, modelBasePath: gs://kubeflow-examples-data/mnist/1 }
+      v2: { weight: 20, modelBasePath: gs://kubeflow-examples-data/mnist/2 }
     stable: v1                             # the version that serves when a rollout aborts
     steps: [10, 25, 50, 100]               # used by "next"
     policy:
--- a/deploy/mnist/virtualservice.yaml
+++ b/deploy/mnist/virtualservice.yaml
@@ -16,11 +16,11 @@
         - destination:
             host: mnist-service
             subset: v1
-          weight: 90
+          weight: 80
         - destination:
             host: mnist-service
             subset: v2
-          weight: 10
+          weight: 20
 ---
 apiVersion: networking.istio.io/v1
 kind: VirtualService
@@ -50,10 +50,10 @@
             port:
               number: 8500
             subset: v1
-          weight: 90
+          weight: 80
         - destination:
             host: mnist-service
             port:
               number: 8500
             subset: v2
-          weight: 10
+          weight: 20
"
`);
  });

  it("promote rewrites weights and `stable`, keeping its comment", () => {
    const { result } = set("mnist", "promote v2 --force");
    if (!result.ok) throw new Error(result.message);
    const diff = unifiedDiff(result.changes.filter((c) => c.path === "rollout.yaml"));
    expect(diff.split("\n").filter((l) => /^[-+][^-+]/.test(l))).toEqual([
      "-      v1: { weight: 90, modelBasePath: gs://kubeflow-examples-data/mnist/1 }",
      "-      v2: { weight: 10, modelBasePath: gs://kubeflow-examples-data/mnist/2 }",
      "-    stable: v1                             # the version that serves when a rollout aborts",
      "+      v1: { weight: 0, modelBasePath: gs://kubeflow-examples-data/mnist/1 }",
      "+      v2: { weight: 100, modelBasePath: gs://kubeflow-examples-data/mnist/2 }",
      "+    stable: v2                             # the version that serves when a rollout aborts",
    ]);
  });

  it("every changed line in every file is a weight or stable line", () => {
    for (const words of ["v2 30", "v1:75:v2:25", "next", "abort", "v1 100"]) {
      const { result } = set("mnist", words);
      if (!result.ok) {
        expect(result.reason).toBe("no-op");
        continue;
      }
      const changed = unifiedDiff(result.changes)
        .split("\n")
        .filter((l) => /^[-+](?![-+]{2} )/.test(l));
      expect(changed.length).toBeGreaterThan(0);
      for (const line of changed) expect(line).toMatch(/weight: \d+|stable: /);
    }
  });
});

describe("planSet on examples/byo-virtualservice", () => {
  it("edits only the weights of routes to the service's subsets, keeping comments", () => {
    const { result } = set("byo-virtualservice", "v2 25");
    if (!result.ok) throw new Error(result.message);
    expect(unifiedDiff(result.changes)).toMatchInlineSnapshot(`
"--- a/rollout.yaml
+++ b/rollout.yaml
@@ -8,9 +8,9 @@
     virtualService: istio/mnist.yaml       # edited in place, weights only
     versions:
       v1:
-        weight: 90
+        weight: 75
       v2:
-        weight: 10
+        weight: 25
     stable: v1
     steps: [5, 10, 25, 50, 100]
     policy:
--- a/istio/mnist.yaml
+++ b/istio/mnist.yaml
@@ -40,10 +40,10 @@
             host: mnist-service.kubeflow.svc.cluster.local
             port: { number: 8500 }
             subset: v1
-          weight: 90   # stable
+          weight: 75   # stable
         - destination:
             host: mnist-service.kubeflow.svc.cluster.local
             port: { number: 8500 }
             subset: v2
-          weight: 10   # canary
+          weight: 25   # canary
       retries: { attempts: 2, perTryTimeout: 10s }
"
`);
  });
});

describe("planSet: mirror on examples/mnist with v2 at 0 %", () => {
  /** examples/mnist after `abort`: v1 100 %, v2 0 %, manifests rendered to match. */
  const atZero = (edit: (t: string) => string = (t) => t) =>
    renderedExample((t) =>
      edit(
        t.replace("v1: { weight: 90,", "v1: { weight: 100,").replace("v2: { weight: 10,", "v2: { weight: 0,"),
      ),
    );
  const run = (files: Map<string, string>, words: string) => {
    const loaded = load(files.get("rollout.yaml") ?? "");
    const parsed = parseTrafficRequest({ words: words.split(" "), serviceKeys: ["mnist"] });
    if (!parsed.ok) throw new Error(parsed.message);
    const result = planSet({ loaded, request: parsed.request, files });
    if (!result.ok) throw new Error(result.message);
    return result;
  };
  /** The tree with `result`'s changes written. */
  const applied = (files: Map<string, string>, result: ReturnType<typeof run>) => {
    const out = new Map(files);
    for (const c of result.changes) {
      if (c.after === undefined) out.delete(c.path);
      else out.set(c.path, c.after);
    }
    return out;
  };
  const changedLines = (result: ReturnType<typeof run>) =>
    unifiedDiff(result.changes)
      .split("\n")
      .filter((l) => /^[-+](?![-+]{2} )/.test(l));

  it("`mirror v2 10` adds one line to rollout.yaml and the mirror to both routes", () => {
    const result = run(atZero(), "mirror v2 10");
    expect(result.plan).toMatchObject({
      kind: "mirror",
      after: { v1: 100, v2: 0 },
      mirrorAfter: { version: "v2", percent: 10 },
    });
    expect(result.changes.map((c) => c.path)).toEqual(["rollout.yaml", "deploy/mnist/virtualservice.yaml"]);
    expect(unifiedDiff(result.changes)).toMatchInlineSnapshot(`
"--- a/rollout.yaml
+++ b/rollout.yaml
@@ -15,6 +15,7 @@
       v1: { weight: 100, modelBasePath: gs://kubeflow-examples-data/mnist/1 }
       v2: { weight: 0, modelBasePath: gs://kubeflow-examples-data/mnist/2 }
     stable: v1                             # the version that serves when a rollout aborts
+    mirror: { version: v2, percent: 10 }
     steps: [10, 25, 50, 100]               # used by "next"
     policy:
       maxStep: 30          # largest weight increase per change for any one version
--- a/deploy/mnist/virtualservice.yaml
+++ b/deploy/mnist/virtualservice.yaml
@@ -21,6 +21,11 @@
             host: mnist-service
             subset: v2
           weight: 0
+      mirror:
+        host: mnist-service
+        subset: v2
+      mirrorPercentage:
+        value: 10
 ---
 apiVersion: networking.istio.io/v1
 kind: VirtualService
@@ -57,3 +62,10 @@
               number: 8500
             subset: v2
           weight: 0
+      mirror:
+        host: mnist-service
+        port:
+          number: 8500
+        subset: v2
+      mirrorPercentage:
+        value: 10
"
`);
  });

  it("`mirror v2 25` changes only the percent scalars; `mirror off` removes exactly what was added", () => {
    const before = atZero();
    const on = applied(before, run(before, "mirror v2 10"));
    const more = run(on, "mirror v2 25%");
    expect(changedLines(more)).toMatchInlineSnapshot(`
[
  "-    mirror: { version: v2, percent: 10 }",
  "+    mirror: { version: v2, percent: 25 }",
  "-        value: 10",
  "+        value: 25",
  "-        value: 10",
  "+        value: 25",
]
`);
    const off = run(on, "mirror off");
    expect(off.plan.mirrorAfter).toBeUndefined();
    expect(applied(on, off)).toEqual(before);
  });

  it.each([
    [
      "block style",
      "    mirror:          # shadow v2\n      version: v2\n      # while it warms up\n      percent: 10   # of requests\n",
    ],
    ["flow style", "    mirror: { version: v2, percent: 10 }   # shadow v2\n"],
  ])("edits and removes a mirror written in %s, keeping comment lines", (_, lines) => {
    const files = atZero((t) =>
      t.replace("    steps: [10, 25, 50, 100]", `${lines}    steps: [10, 25, 50, 100]`),
    );
    const text = files.get("rollout.yaml") ?? "";
    const changed = run(files, "mirror v2 5");
    expect(changed.changes.find((c) => c.path === "rollout.yaml")?.after).toBe(
      text.replace("percent: 10", "percent: 5"),
    );
    const off = run(files, "mirror off");
    const comments = lines.split("\n").filter((l) => /^\s*#/.test(l));
    expect(off.changes.find((c) => c.path === "rollout.yaml")?.after).toBe(
      text.replace(lines, comments.map((l) => `${l}\n`).join("")),
    );
    expect(off.changes.find((c) => c.path === "deploy/mnist/virtualservice.yaml")?.after).toBe(
      atZero().get("deploy/mnist/virtualservice.yaml"),
    );
  });

  it("a weight change that gives the mirrored version traffic clears the mirror", () => {
    const before = atZero();
    const on = applied(before, run(before, "mirror v2 10"));
    const result = run(on, "v2 10");
    expect(result.plan).toMatchObject({ mirrorBefore: { version: "v2", percent: 10 } });
    expect(result.plan.mirrorAfter).toBeUndefined();
    expect(changedLines(result)).toMatchInlineSnapshot(`
[
  "-      v1: { weight: 100, modelBasePath: gs://kubeflow-examples-data/mnist/1 }",
  "-      v2: { weight: 0, modelBasePath: gs://kubeflow-examples-data/mnist/2 }",
  "+      v1: { weight: 90, modelBasePath: gs://kubeflow-examples-data/mnist/1 }",
  "+      v2: { weight: 10, modelBasePath: gs://kubeflow-examples-data/mnist/2 }",
  "-    mirror: { version: v2, percent: 10 }",
  "-          weight: 100",
  "+          weight: 90",
  "-          weight: 0",
  "-      mirror:",
  "-        host: mnist-service",
  "-        subset: v2",
  "-      mirrorPercentage:",
  "-        value: 10",
  "+          weight: 10",
  "-          weight: 100",
  "+          weight: 90",
  "-          weight: 0",
  "-      mirror:",
  "-        host: mnist-service",
  "-        port:",
  "-          number: 8500",
  "-        subset: v2",
  "-      mirrorPercentage:",
  "-        value: 10",
  "+          weight: 10",
]
`);
  });
});

describe("renderChanges", () => {
  it("the committed example manifests are current", () => {
    for (const example of ["mnist", "byo-virtualservice", "gateway-api", "kserve"]) {
      const files = readTree(`${EXAMPLES}${example}`);
      const r = renderChanges({ loaded: load(files.get("rollout.yaml") ?? ""), files });
      expect(r).toEqual({ ok: true, changes: [], notes: [] });
    }
  });

  it("deletes the rendered Deployment of a dropped version, and nothing it did not write", () => {
    const files = readTree(`${EXAMPLES}mnist`);
    files.set("deploy/mnist/notes.yaml", "# mine\n");
    const text = (files.get("rollout.yaml") ?? "")
      .replace("v1: { weight: 90,", "v1: { weight: 100,")
      .replace(/ {6}v2: .*\n/, "");
    const r = renderChanges({ loaded: load(text), files });
    if (!r.ok) throw new Error(r.message);
    expect(r.changes.map((c) => [c.path, c.after === undefined ? "delete" : "write"])).toEqual([
      ["deploy/mnist/destinationrule.yaml", "write"],
      ["deploy/mnist/virtualservice.yaml", "write"],
      ["deploy/mnist/deployment-v2.yaml", "delete"],
    ]);
  });
});

describe("loadForRequest", () => {
  const three = `# three services
services:
  mnist:
    namespace: kubeflow
    host: mnist-service
    manifests: deploy/mnist
    versions: { v1: { weight: 90 }, v2: { weight: 10 } }
    stable: v1
  iris:   # the one we change
    namespace: kubeflow
    host: iris-service
    manifests: deploy/iris
    versions:
      v1: { weight: 100 }
      v2: { weight: 0 }
    stable: v1
  resnet:
    namespace: vision
    host: resnet
    manifests: deploy/resnet
    versions: { a: { weight: 100 } }
    stable: a
`;

  it("parses only the named service and edits the right bytes of the whole file", () => {
    const r = loadForRequest({ text: three, file: "rollout.yaml", words: ["iris", "v2", "20"] });
    if (!r.ok) throw new Error(r.message);
    expect(r.loaded.scope).toBe("iris");
    expect(Object.keys(r.loaded.config.services)).toEqual(["iris"]);
    const set = planSet({ loaded: r.loaded, request: r.request, files: new Map() });
    if (!set.ok) throw new Error(set.message);
    const after = set.changes.find((c) => c.path === "rollout.yaml")?.after;
    expect(after).toBe(
      three.replace(
        "v1: { weight: 100 }\n      v2: { weight: 0 }",
        "v1: { weight: 80 }\n      v2: { weight: 20 }",
      ),
    );
  });

  it("reports problems at their true line when the named service is broken", () => {
    const r = loadForRequest({
      text: three.replace("v2: { weight: 0 }", "v2: { weight: 10 }"),
      file: "rollout.yaml",
      words: ["iris", "v2", "20"],
    });
    expect(r.ok ? "" : r.message).toBe(
      "rollout.yaml:14:7: services.iris.versions: weights add up to 110, not 100 (v1: 100, v2: 10). Change them so they add up to 100.",
    );
  });

  it("checks only the service it changes: `validate` is the whole-file check", () => {
    const broken = three.replace("versions: { a: { weight: 100 } }", "versions: { a: { weight: 90 } }");
    expect(loadForRequest({ text: broken, file: "rollout.yaml", words: ["iris", "v2", "20"] }).ok).toBe(true);
    expect(loadConfig({ text: broken, file: "rollout.yaml" }).ok).toBe(false);
  });

  it("loads the whole file when the service is not named and there are several", () => {
    const r = loadForRequest({ text: three, file: "rollout.yaml", words: ["v2", "20"] });
    if (!r.ok) throw new Error(r.message);
    expect(r.loaded.scope).toBeUndefined();
    expect(planSet({ loaded: r.loaded, request: r.request, files: new Map() })).toMatchObject({
      ok: false,
      reason: "service-required",
    });
  });

  it("falls back to the whole file for layouts the line scan does not follow", () => {
    const flow = `services: { iris: { namespace: kubeflow, host: iris, manifests: d, versions: { v1: { weight: 100 }, v2: { weight: 0 } }, stable: v1 } }\n`;
    const r = loadForRequest({ text: flow, file: "rollout.yaml", words: ["v2", "20"] });
    if (!r.ok) throw new Error(r.message);
    expect(r.loaded.scope).toBeUndefined();
    const set = planSet({ loaded: r.loaded, request: r.request, files: new Map() });
    expect(set.ok && set.changes[0]?.after).toContain("v1: { weight: 80 }, v2: { weight: 20 }");
  });
});

describe("planSet refuses to undo a hand edit of a rendered manifest", () => {
  function setOn(files: Map<string, string>, words: string) {
    const loaded = load(files.get("rollout.yaml") ?? "");
    const parsed = parseTrafficRequest({
      words: words.split(" "),
      serviceKeys: Object.keys(loaded.config.services),
    });
    if (!parsed.ok) throw new Error(parsed.message);
    return planSet({ loaded, request: parsed.request, files });
  }

  it("names the file, line and field, and points at rollout.yaml", () => {
    const files = new Map(readTree(`${EXAMPLES}mnist`));
    const path = "deploy/mnist/deployment-v1.yaml";
    const text = files.get(path) ?? "";
    expect(text).toContain("tensorflow/serving:2.15.0");
    files.set(path, text.replace("tensorflow/serving:2.15.0", "tensorflow/serving:2.16.0"));
    const line = text.split("\n").findIndex((l) => l.includes("tensorflow/serving:2.15.0")) + 1;
    const r = setOn(files, "v2 20");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe("hand-edited");
    expect(r.message).toBe(
      `deploy/mnist/deployment-v1.yaml:${line}: spec.template.spec.containers[0].image: was edited by hand (\`tensorflow/serving:2.15.0\` → \`tensorflow/serving:2.16.0\`); rollout-bot renders this file from rollout.yaml (services.mnist.tfServing.image). Change it there, or run \`rollout-bot render\` to discard the edit.`,
    );
  });

  it("a comment added by hand is no edit: set goes ahead", () => {
    const files = new Map(readTree(`${EXAMPLES}mnist`));
    const path = "deploy/mnist/deployment-v1.yaml";
    files.set(path, `${files.get(path) ?? ""}# a note\n`);
    expect(setOn(files, "v2 20").ok).toBe(true);
  });
});

describe("include: a command on one service reads and writes only its own files", () => {
  const tree = () => readTree(`${EXAMPLES}include`);
  const ROOT_TEXT = () => tree().get("rollout.yaml") ?? "";
  const request = (words: string, files = tree()) => {
    const text = files.get("rollout.yaml") ?? "";
    const paths = requestPaths({ text, file: "rollout.yaml", words: words.split(" ") });
    // What a caller reads: the named files that exist, and every file of the listed folders.
    const included = new Map(
      [...files].filter(
        ([p]) =>
          paths.files.includes(p) ||
          paths.folders.some((f) => p.startsWith(`${f}/`) && !p.slice(f.length + 1).includes("/")),
      ),
    );
    return {
      paths,
      result: loadForRequest({ text, file: "rollout.yaml", words: words.split(" "), included }),
    };
  };

  it.each([
    ["resnet v2 20", { files: ["rollout.d/resnet.yaml"], folders: [] }],
    ["resnet next --force", { files: ["rollout.d/resnet.yaml"], folders: [] }],
    ["resnet abort", { files: ["rollout.d/resnet.yaml"], folders: [] }],
    ["v2 20", { files: [], folders: ["rollout.d"] }],
    ["next", { files: [], folders: ["rollout.d"] }],
    ["v2 banana", { files: [], folders: [] }],
  ])("requestPaths: %s → %j", (words, expected) => {
    expect(requestPaths({ text: ROOT_TEXT(), file: "rollout.yaml", words: words.split(" ") })).toEqual(
      expected,
    );
  });

  it("requestPaths: nothing to read without include:; an inline service's would-be file", () => {
    expect(requestPaths({ text: MNIST_TEXT, file: "rollout.yaml", words: ["v2", "20"] })).toEqual({
      files: [],
      folders: [],
    });
    const mixed = `include: [rollout.d/*.yaml]\n${MNIST_TEXT.replace(/^#.*\n/gm, "")}`;
    // Read though rollout.yaml defines it: a file for it too is refused.
    expect(requestPaths({ text: mixed, file: "rollout.yaml", words: ["mnist", "v2", "20"] })).toEqual({
      files: ["rollout.d/mnist.yaml"],
      folders: [],
    });
    expect(requestPaths({ text: mixed, file: "rollout.yaml", words: ["resnet", "v2", "20"] })).toEqual({
      files: ["rollout.d/resnet.yaml"],
      folders: [],
    });
  });

  it("set edits the service's own file (a minimal diff) and its manifests; rollout.yaml is not touched", () => {
    const files = tree();
    const { result } = request("resnet v2 5");
    if (!result.ok) throw new Error(result.message);
    expect(result.loaded.scope).toBe("resnet");
    expect([...result.loaded.included.keys()]).toEqual(["resnet"]);
    const r = planSet({ loaded: result.loaded, request: result.request, files });
    if (!r.ok) throw new Error(r.message);
    expect(r.changes.map((c) => c.path)).toEqual([
      "rollout.d/resnet.yaml",
      "deploy/resnet/virtualservice.yaml",
    ]);
    expect(unifiedDiff(r.changes.slice(0, 1))).toMatchInlineSnapshot(`
"--- a/rollout.d/resnet.yaml
+++ b/rollout.d/resnet.yaml
@@ -7,7 +7,7 @@
 manifests: deploy/resnet
 tfServing: { modelName: resnet, image: tensorflow/serving:2.15.0 }
 versions:
-  v1: { weight: 100, modelBasePath: gs://example-models/resnet/1 }
-  v2: { weight: 0, modelBasePath: gs://example-models/resnet/2 }
+  v1: { weight: 95, modelBasePath: gs://example-models/resnet/1 }
+  v2: { weight: 5, modelBasePath: gs://example-models/resnet/2 }
 stable: v1
 steps: [5, 25, 50, 100]
"
`);
  });

  it("mirror adds and removes its line in the service's own file", () => {
    const files = tree();
    const on = request("resnet mirror v2 10");
    if (!on.result.ok) throw new Error(on.result.message);
    const r = planSet({ loaded: on.result.loaded, request: on.result.request, files });
    if (!r.ok) throw new Error(r.message);
    const after = r.changes.find((c) => c.path === "rollout.d/resnet.yaml")?.after ?? "";
    expect(after).toContain("stable: v1\nmirror: { version: v2, percent: 10 }\n");
    files.set("rollout.d/resnet.yaml", after);
    for (const c of r.changes) if (c.after !== undefined) files.set(c.path, c.after);
    const off = request("resnet mirror off", files);
    if (!off.result.ok) throw new Error(off.result.message);
    const r2 = planSet({ loaded: off.result.loaded, request: off.result.request, files });
    if (!r2.ok) throw new Error(r2.message);
    expect(r2.changes.find((c) => c.path === "rollout.d/resnet.yaml")?.after).toBe(
      tree().get("rollout.d/resnet.yaml"),
    );
  });

  it("a command naming no service reads the folder and needs the key when there are several", () => {
    const { result } = request("v2 20");
    expect(result).toMatchObject({ ok: true, request: { change: { kind: "set" } } });
    if (!result.ok) return;
    const r = planSet({ loaded: result.loaded, request: result.request, files: tree() });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain("name one first");
  });

  it("an unknown service names the file that is not there", () => {
    expect(request("resnt v2 20").result).toEqual({
      ok: false,
      reason: "unknown-service",
      message:
        "no service `resnt`: rollout.yaml does not define it and there is no rollout.d/resnt.yaml. Put a service key first, e.g. `mnist v2 20`.",
    });
  });

  it("changedServices counts a change to rollout.d/x.yaml as service x (and only when x's entry changed)", () => {
    const files = tree();
    const r = loadConfig({ text: ROOT_TEXT(), file: "rollout.yaml", included: files });
    if (!r.ok) throw new Error(r.message);
    const { services } = r.loaded.config;
    const changed = (paths: string[], before = services) =>
      changedServices({
        configFile: "rollout.yaml",
        after: services,
        before,
        changedPaths: paths,
        included: r.loaded.included,
      });
    const resnet = services.resnet;
    if (!resnet) throw new Error("no resnet");
    const moved = { ...services, resnet: { ...resnet, stable: "v2" } };
    expect(changed(["rollout.d/resnet.yaml"], moved)).toEqual(["resnet"]);
    expect(changed(["rollout.d/resnet.yaml"])).toEqual([]); // a comment-only edit
    expect(changed(["rollout.yaml"], moved)).toEqual([]); // rollout.yaml does not hold resnet
    expect(changed(["deploy/mnist/virtualservice.yaml"])).toEqual(["mnist"]);
  });
});
