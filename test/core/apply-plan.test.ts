import { describe, expect, it } from "@jest/globals";
import {
  applyPhases,
  desiredObjects,
  drift,
  managedSelector,
  objectDiff,
  pruneSet,
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
