import { describe, expect, it } from "@jest/globals";
import { destinationVersion, resolveHost } from "../../../../src/core/routers/istio/hosts.js";
import { istio } from "../../../../src/core/routers/istio/index.js";
import type { RouterInput } from "../../../../src/core/routers/types.js";
import { ServiceSchema } from "../../../../src/core/schema.js";

const INPUT: RouterInput = {
  key: "mnist",
  clusterDomain: "cluster.local",
  service: ServiceSchema.parse({
    namespace: "kubeflow",
    host: "mnist-service",
    virtualService: "vs.yaml",
    versions: { v1: { weight: 80 }, v2: { weight: 20 } },
    stable: "v1",
  }),
};

const edit = (text: string, weights: Record<string, number>) =>
  istio.edit({ file: "vs.yaml", text, input: INPUT, weights });

describe("istio.edit (a VirtualService the user brought)", () => {
  it("inserts a missing weight in block style, indented like its siblings", () => {
    const text = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: { name: mnist }
spec:
  hosts: [mnist-service]
  http:
    - route:
        - destination:
            host: mnist-service
            subset: v1 # the only one so far
        - destination: { host: mnist-service, subset: v2 }
          weight: 0
`;
    const r = edit(text, { v1: 80, v2: 20 });
    expect(r.ok && r.text).toMatchInlineSnapshot(`
"apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: { name: mnist }
spec:
  hosts: [mnist-service]
  http:
    - route:
        - destination:
            host: mnist-service
            subset: v1 # the only one so far
          weight: 80
        - destination: { host: mnist-service, subset: v2 }
          weight: 20
"
`);
  });

  it("leaves other routes and documents alone; matches FQDN hosts; handles tcp; fixes a quoted weight", () => {
    const text = `kind: DestinationRule
spec: { host: mnist-service }
---
kind: VirtualService
spec:
  http:
    - route:
        - { destination: { host: other, subset: v1 }, weight: 50 }
        - { destination: { host: other, subset: v2 }, weight: 50 }
  tcp:
    - route:
        - { destination: { host: mnist-service.kubeflow.svc.cluster.local, subset: v1 }, weight: 90 }
        - { destination: { host: mnist-service.kubeflow, subset: v2 }, weight: "10" }
`;
    const r = edit(text, { v1: 60, v2: 40 });
    expect(r).toEqual({
      ok: true,
      routes: 1,
      notes: [],
      text: text.replace("weight: 90", "weight: 60").replace('weight: "10"', "weight: 40"),
    });
  });

  it.each([
    [
      "no route to the host",
      "kind: VirtualService\nspec:\n  http:\n    - route:\n        - destination: { host: other }\n",
      "no-matching-route",
      "vs.yaml: no VirtualService route sends traffic to `mnist-service`",
    ],
    [
      "unknown subset",
      "kind: VirtualService\nspec:\n  http:\n    - route:\n        - destination: { host: mnist-service, subset: v7 }\n          weight: 100\n",
      "route-mismatch",
      "vs.yaml:5:24: route to mnist-service uses subset `v7`, which is not a version in rollout.yaml (v1, v2)",
    ],
    [
      "no subset",
      "kind: VirtualService\nspec:\n  http:\n    - route:\n        - destination: { host: mnist-service }\n",
      "route-mismatch",
      "has no subset",
    ],
    [
      "missing destination for a version with traffic",
      "kind: VirtualService\nspec:\n  http:\n    - route:\n        - destination: { host: mnist-service, subset: v1 }\n          weight: 100\n",
      "route-mismatch",
      "vs.yaml:5:9: this route to mnist-service has no destination for `v2`, which would get 20 %",
    ],
    [
      "flow-style entry without weight",
      "kind: VirtualService\nspec:\n  http:\n    - route:\n        - { destination: { host: mnist-service, subset: v1 } }\n        - { destination: { host: mnist-service, subset: v2 }, weight: 0 }\n",
      "route-mismatch",
      "has no `weight:` and is written in flow style. Add `weight: 80`",
    ],
    ["YAML error", "kind: VirtualService\nspec: [\n", "invalid-yaml", "vs.yaml:"],
  ])("refuses: %s", (_name, text, reason, message) => {
    const r = edit(text, { v1: 80, v2: 20 });
    expect(r).toMatchObject({ ok: false, reason });
    expect(r.ok ? "" : r.message).toContain(message);
  });

  it.each([
    ["mnist-service", "kubeflow", "v1"],
    ["mnist-service.kubeflow", "kubeflow", "v1"],
    ["mnist-service.kubeflow.svc", "kubeflow", "v1"],
    ["mnist-service.kubeflow.svc.cluster.local", "kubeflow", "v1"],
    ["mnist-service.other.svc.cluster.local", "kubeflow", undefined],
    ["mnist", "kubeflow", undefined],
    // Istio resolves a short host in the VirtualService's own namespace.
    ["mnist-service", "other", undefined],
    ["mnist-service.kubeflow", "other", "v1"],
  ])("destination %s in a VirtualService of namespace %s is version %s", (host, ns, expected) => {
    expect(
      destinationVersion({
        input: INPUT,
        host: resolveHost(host, ns, "cluster.local"),
        subset: "v1",
      }) ?? undefined,
    ).toBe(expected);
  });
});

describe("istio.edit on the shapes real files have", () => {
  const ALL_V1 = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: mnist
spec:
  hosts:
    - mnist-service
  http:
    - route:
        - destination:
            host: mnist-service
            subset: v1
`;

  it("a route that sends everything to one subset without weight is valid as it is", () => {
    expect(edit(ALL_V1, { v1: 100, v2: 0 })).toEqual({ ok: true, routes: 1, notes: [], text: ALL_V1 });
  });

  it("a change that needs weights adds them, and a destination for the new version, and says so", () => {
    const r = edit(ALL_V1, { v1: 80, v2: 20 });
    expect(r.ok && r.text).toMatchInlineSnapshot(`
"apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: mnist
spec:
  hosts:
    - mnist-service
  http:
    - route:
        - destination:
            host: mnist-service
            subset: v1
          weight: 80
        - destination:
            host: mnist-service
            subset: v2
          weight: 20
"
`);
    expect(r.ok && r.notes).toEqual([
      "vs.yaml:10:11: added `weight: 80` to the destination of v1",
      "vs.yaml:10:9: added a destination for v2 (20 %)",
    ]);
  });

  it("leaves header-matched routes (pins) alone and weighs only the split", () => {
    const text = `kind: VirtualService
spec:
  hosts: [mnist-service]
  http:
    - match:
        - headers:
            end-user:
              exact: jason
      route:
        - destination: { host: mnist-service, subset: v2 }
    - route:
        - destination: { host: mnist-service, subset: v1 } # stable
          weight: 50
        - destination: { host: mnist-service, subset: v2 }
          weight: 50
`;
    const r = edit(text, { v1: 80, v2: 20 });
    expect(r).toEqual({
      ok: true,
      routes: 1,
      notes: [],
      text: text.replace(
        "weight: 50\n        - destination: { host: mnist-service, subset: v2 }\n          weight: 50",
        "weight: 80\n        - destination: { host: mnist-service, subset: v2 }\n          weight: 20",
      ),
    });
  });

  it("refuses a weighted route that also sends to another host, at its line", () => {
    const text = `kind: VirtualService
spec:
  http:
    - route:
        - destination: { host: mnist-service, subset: v1 }
          weight: 80
        - destination: { host: mnist-service, subset: v2 }
          weight: 10
        - destination: { host: legacy-mnist }
          weight: 10
`;
    const r = edit(text, { v1: 70, v2: 30 });
    expect(r).toMatchObject({ ok: false, reason: "route-mismatch" });
    expect(r.ok ? "" : r.message).toMatch(
      /^vs\.yaml:9:24: this route sends traffic to legacy-mnist as well as/,
    );
  });

  it("a short host in a VirtualService of another namespace is another Service", () => {
    const text = `kind: VirtualService
metadata: { name: mnist, namespace: serving }
spec:
  http:
    - route:
        - destination: { host: mnist-service, subset: v1 }
          weight: 100
`;
    expect(edit(text, { v1: 80, v2: 20 })).toMatchObject({ ok: false, reason: "no-matching-route" });
    const fqdn = text.replace("host: mnist-service,", "host: mnist-service.kubeflow.svc.cluster.local,");
    expect(edit(fqdn, { v1: 100, v2: 0 })).toMatchObject({ ok: true, routes: 1 });
  });

  it("edits a host split (a Service per version) as well as subsets", () => {
    const input: RouterInput = {
      ...INPUT,
      service: ServiceSchema.parse({
        namespace: "kubeflow",
        host: "mnist",
        virtualService: "vs.yaml",
        versions: { v1: { weight: 90, host: "mnist-primary" }, v2: { weight: 10, host: "mnist-canary" } },
        stable: "v1",
      }),
    };
    const text = `kind: VirtualService
spec:
  hosts: [mnist]
  http:
    - route:
        - destination:
            host: mnist-primary
          weight: 90 # primary
        - destination:
            host: mnist-canary
          weight: 10
`;
    const r = istio.edit({ file: "vs.yaml", text, input, weights: { v1: 60, v2: 40 } });
    expect(r).toEqual({
      ok: true,
      routes: 1,
      notes: [],
      text: text.replace("weight: 90 #", "weight: 60 #").replace("weight: 10\n", "weight: 40\n"),
    });
  });
});
