import { describe, expect, it } from "@jest/globals";
import {
  applyPhases,
  desiredObjects,
  drift,
  liveLists,
  managedSelector,
  objectDiff,
  pruneSet,
  sameObject,
  servicesSelector,
  wouldCreate,
} from "../../src/core/apply-plan.js";
import type { K8sObject } from "../../src/core/render.js";
import { istio } from "../../src/core/routers/istio/index.js";
import { load } from "../helpers/config.js";
import { EXAMPLES, readTree } from "../helpers/tree.js";

function example(name: string) {
  const files = readTree(`${EXAMPLES}${name}`);
  const loaded = load(files.get("rollout.yaml") ?? "");
  const service = loaded.config.services.mnist;
  if (!service) throw new Error("no mnist");
  return { files, service };
}

const names = (objects: readonly K8sObject[]) => objects.map((o) => `${o.kind}/${o.metadata.name}`);

describe("desiredObjects", () => {
  it("reads every document of the rendered folder, namespaced", () => {
    const { files, service } = example("mnist");
    const r = desiredObjects({ configFile: "rollout.yaml", service, files });
    if (!r.ok) throw new Error(r.message);
    expect(names(r.objects)).toEqual([
      "Deployment/mnist-v1",
      "Deployment/mnist-v2",
      "DestinationRule/mnist",
      "Service/mnist-service",
      "VirtualService/mnist",
      "VirtualService/mnist-gateway",
    ]);
    expect(r.objects.every((o) => o.metadata.namespace === "kubeflow")).toBe(true);
  });

  it("reads a bring-your-own VirtualService file (multi-document)", () => {
    const { files, service } = example("byo-virtualservice");
    const r = desiredObjects({ configFile: "rollout.yaml", service, files });
    expect(r.ok && names(r.objects)).toEqual(["DestinationRule/mnist", "VirtualService/mnist"]);
  });

  it.each([
    [
      "deploy/mnist/extra.yaml",
      "kind: ConfigMap\nmetadata: {}\n",
      "deploy/mnist/extra.yaml: document 1 has no apiVersion, kind or metadata.name",
    ],
    ["deploy/mnist/extra.yaml", "a: [\n", "deploy/mnist/extra.yaml: document 1:"],
    [
      "deploy/mnist/dup.yaml",
      "apiVersion: v1\nkind: Service\nmetadata: { name: mnist-service, namespace: kubeflow }\n",
      "Service kubeflow/mnist-service is defined twice",
    ],
  ])("refuses %s", (path, text, message) => {
    const { files, service } = example("mnist");
    files.set(path, text);
    const r = desiredObjects({ configFile: "rollout.yaml", service, files });
    expect(r.ok ? "" : r.message).toContain(message);
  });
});

describe("applyPhases", () => {
  it("serves weighted versions first, idles zero-weight ones, and routes last", () => {
    const { files, service } = example("mnist");
    const r = desiredObjects({ configFile: "rollout.yaml", service, files });
    if (!r.ok) throw new Error(r.message);
    const zeroV2 = { ...service, versions: { v1: { weight: 100 }, v2: { weight: 0 } } };
    const p = applyPhases({ objects: r.objects, service: zeroV2 });
    expect(names(p.serving)).toEqual(["Service/mnist-service", "Deployment/mnist-v1"]);
    expect(names(p.idle)).toEqual(["Deployment/mnist-v2"]);
    expect(p.waitFor.map((w) => w.name)).toEqual(["mnist-v1"]);
    expect(p.routing.map(names)).toEqual([
      ["DestinationRule/mnist"],
      ["VirtualService/mnist", "VirtualService/mnist-gateway"],
    ]);
  });
});

describe("pruning, drift and diffs", () => {
  const obj = (kind: string, name: string): K8sObject => ({
    apiVersion: "apps/v1",
    kind,
    metadata: { name, namespace: "kubeflow" },
  });

  it("prunes managed objects the repository dropped", () => {
    expect(
      pruneSet({
        live: [obj("Deployment", "mnist-v1"), obj("Deployment", "mnist-v0")],
        desired: [obj("Deployment", "mnist-v1")],
      }).map((r) => r.name),
    ).toEqual(["mnist-v0"]);
    expect(managedSelector("mnist")).toBe(
      "app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service=mnist",
    );
  });

  it("reads routed weights and reports drift", () => {
    const vs: K8sObject = {
      apiVersion: "networking.istio.io/v1",
      kind: "VirtualService",
      metadata: { name: "mnist" },
      spec: {
        http: [
          {
            route: [
              { destination: { host: "mnist-service", subset: "v1" }, weight: 70 },
              { destination: { host: "mnist-service", subset: "v2" }, weight: 30 },
            ],
          },
        ],
      },
    };
    const { service } = example("mnist");
    const live = istio.liveWeights({
      objects: [vs],
      input: { key: "mnist", service, clusterDomain: "cluster.local" },
    });
    expect(live).toEqual({ v1: 70, v2: 30 });
    expect(drift({ live, repo: { v1: 90, v2: 10 } })).toEqual([
      { version: "v1", live: 70, repo: 90 },
      { version: "v2", live: 30, repo: 10 },
    ]);
    expect(drift({ live, repo: { v1: 70, v2: 30 } })).toEqual([]);
  });

  it("diffs ignore server bookkeeping and status", () => {
    const next = { ...obj("Deployment", "mnist-v1"), spec: { replicas: 2 } };
    const live = {
      ...obj("Deployment", "mnist-v1"),
      metadata: { name: "mnist-v1", namespace: "kubeflow", resourceVersion: "7", uid: "u" },
      spec: { replicas: 1 },
      status: { availableReplicas: 1 },
    };
    expect(objectDiff({ live: { ...live, spec: { replicas: 2 } }, next })).toBe("");
    expect(objectDiff({ live, next })).toMatchInlineSnapshot(`
"--- live/Deployment/kubeflow/mnist-v1
+++ repo/Deployment/kubeflow/mnist-v1
@@ -4,4 +4,4 @@
   name: mnist-v1
   namespace: kubeflow
 spec:
-  replicas: 1
+  replicas: 2
"
`);
  });
});

describe("what a run lists and compares (no GET per object)", () => {
  const svc = (namespace: string, router?: "istio" | "gateway-api") => ({
    namespace,
    ...(router ? { router } : {}),
  });

  it.each([
    [[], "app.kubernetes.io/managed-by=rollout-bot"],
    [["mnist"], "app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service=mnist"],
    [
      ["mnist", "iris", "mnist"],
      "app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service in (iris,mnist)",
    ],
    [Array.from({ length: 51 }, (_, i) => `s${i}`), "app.kubernetes.io/managed-by=rollout-bot"],
  ])("servicesSelector(%j) = %s", (keys, want) => {
    expect(servicesSelector(keys)).toBe(want);
  });

  it("lists each managed kind once per namespace, for the services there", () => {
    const lists = liveLists([
      { key: "mnist", service: svc("kubeflow") as never },
      { key: "iris", service: svc("kubeflow", "gateway-api") as never },
      { key: "other", service: svc("prod") as never },
    ]);
    expect(lists.map((l) => `${l.namespace} ${l.kind} ${l.labelSelector}`)).toEqual([
      "kubeflow Service app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service in (iris,mnist)",
      "kubeflow Deployment app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service in (iris,mnist)",
      "kubeflow DestinationRule app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service in (iris,mnist)",
      "kubeflow VirtualService app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service in (iris,mnist)",
      "kubeflow HTTPRoute app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service in (iris,mnist)",
      "prod Service app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service=other",
      "prod Deployment app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service=other",
      "prod DestinationRule app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service=other",
      "prod VirtualService app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service=other",
    ]);
  });

  const obj = (metadata: Record<string, unknown>, spec: unknown = { a: 1 }): K8sObject => ({
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "s", namespace: "n", ...metadata },
    spec,
  });

  it.each([
    [{}, true],
    [{ resourceVersion: "" }, true],
    [{ resourceVersion: "0" }, true],
    [{ resourceVersion: "1042" }, false],
  ])("wouldCreate(metadata %j) = %s", (metadata, want) => {
    expect(wouldCreate(obj(metadata))).toBe(want);
  });

  it.each([
    [
      "server bookkeeping and status differ",
      obj({ resourceVersion: "1", uid: "u" }),
      { ...obj({ resourceVersion: "2", managedFields: [{}] }), status: { x: 1 } },
      true,
    ],
    [
      "map keys in another order",
      obj({}, { a: 1, b: { c: 2, d: 3 } }),
      obj({}, { b: { d: 3, c: 2 }, a: 1 }),
      true,
    ],
    [
      "kubectl's last-applied annotation only",
      obj({ annotations: { "kubectl.kubernetes.io/last-applied-configuration": "{}" } }),
      obj({}),
      true,
    ],
    ["a label added", obj({}), obj({ labels: { a: "b" } }), false],
    ["a spec value", obj({}, { a: 1 }), obj({}, { a: 2 }), false],
    ["a list's order", obj({}, { l: [1, 2] }), obj({}, { l: [2, 1] }), false],
  ])("sameObject: %s → %s", (_what, live, next, want) => {
    expect(sameObject(live, next)).toBe(want);
    // What objectDiff shows agrees.
    expect(objectDiff({ live, next }) === "").toBe(want);
  });
});
