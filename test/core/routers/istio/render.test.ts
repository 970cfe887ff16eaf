import { describe, expect, it } from "@jest/globals";
import { loadConfig } from "../../../../src/core/config.js";
import { renderService } from "../../../../src/core/render.js";
import { istio } from "../../../../src/core/routers/istio/index.js";
import { load } from "../../../helpers/config.js";

const SERVICE = `services:
  mnist:
    namespace: kubeflow
    host: mnist-service
    gateway: kubeflow-gateway
    manifests: deploy/mnist
    versions:
      v1: { weight: 100 }
      v2: { weight: 0 }
    stable: v1
`;

function routes(text: string): unknown {
  const loaded = load(text);
  const service = loaded.config.services.mnist;
  if (!service) throw new Error("no mnist");
  const r = renderService({ configFile: loaded.file, key: "mnist", service, config: loaded.config });
  if (!r.ok) throw new Error(r.message);
  return r.files
    .flatMap((f) => f.objects)
    .filter((o) => o.kind === "VirtualService")
    .map((o) => o.spec);
}

describe("istio router: rendered routes", () => {
  it("pins: one header route per version ahead of the split; mirror: a shadow share on the split", () => {
    const text = SERVICE.replace(
      "    stable: v1\n",
      "    stable: v1\n    pin: { header: x-model-version }\n    mirror: { version: v2, percent: 10 }\n",
    );
    const [mesh, gateway] = routes(text) as { http: unknown[] }[];
    expect(mesh).toMatchInlineSnapshot(`
{
  "hosts": [
    "mnist-service",
  ],
  "http": [
    {
      "match": [
        {
          "headers": {
            "x-model-version": {
              "exact": "v1",
            },
          },
        },
      ],
      "route": [
        {
          "destination": {
            "host": "mnist-service",
            "subset": "v1",
          },
        },
      ],
    },
    {
      "match": [
        {
          "headers": {
            "x-model-version": {
              "exact": "v2",
            },
          },
        },
      ],
      "route": [
        {
          "destination": {
            "host": "mnist-service",
            "subset": "v2",
          },
        },
      ],
    },
    {
      "mirror": {
        "host": "mnist-service",
        "subset": "v2",
      },
      "mirrorPercentage": {
        "value": 10,
      },
      "route": [
        {
          "destination": {
            "host": "mnist-service",
            "subset": "v1",
          },
          "weight": 100,
        },
        {
          "destination": {
            "host": "mnist-service",
            "subset": "v2",
          },
          "weight": 0,
        },
      ],
    },
  ],
}
`);
    expect(gateway?.http[0]).toEqual({
      match: [
        {
          uri: { exact: "/istio/tfserving/models/mnist" },
          method: { exact: "POST" },
          headers: { "x-model-version": { exact: "v1" } },
        },
      ],
      rewrite: { uri: "/v1/models/mnist:predict" },
      route: [{ destination: { host: "mnist-service", port: { number: 8500 }, subset: "v1" } }],
    });
    // What pins and mirrors send is not the split: live weights come from the weighted route.
    expect(
      istio.liveWeights({
        objects: [
          {
            apiVersion: "networking.istio.io/v1",
            kind: "VirtualService",
            metadata: { name: "mnist" },
            spec: mesh,
          },
        ],
        input: {
          key: "mnist",
          service: load(text).config.services.mnist as never,
          clusterDomain: "cluster.local",
        },
      }),
    ).toEqual({ v1: 100, v2: 0 });
  });

  it("a host split: a Service per version, no subsets, no DestinationRule when every version has one", () => {
    const text = SERVICE.replace("v1: { weight: 100 }", "v1: { weight: 100, host: mnist-v1 }").replace(
      "v2: { weight: 0 }",
      "v2: { weight: 0, host: mnist-v2 }",
    );
    const loaded = load(text);
    const service = loaded.config.services.mnist;
    if (!service) throw new Error("no mnist");
    const r = renderService({ configFile: loaded.file, key: "mnist", service, config: loaded.config });
    expect(r.ok && r.files.map((f) => f.path)).toEqual(["deploy/mnist/virtualservice.yaml"]);
    expect((routes(text) as { http: unknown[] }[])[0]?.http).toEqual([
      {
        route: [
          { destination: { host: "mnist-v1" }, weight: 100 },
          { destination: { host: "mnist-v2" }, weight: 0 },
        ],
      },
    ]);
  });

  it.each([
    [
      "a mirror to a version that serves traffic",
      SERVICE.replace("    stable: v1\n", "    stable: v1\n    mirror: { version: v1, percent: 10 }\n"),
      "rollout.yaml:11:24: services.mnist.mirror.version: `v1` serves live traffic (100 %, and is stable)",
    ],
    [
      "a mirror to no version",
      SERVICE.replace("    stable: v1\n", "    stable: v1\n    mirror: { version: v3, percent: 10 }\n"),
      "services.mnist.mirror.version: `v3` is not one of the versions",
    ],
    [
      "two services on one gateway path",
      `${SERVICE}  fashion:
    namespace: kubeflow
    host: fashion-service
    gateway: kubeflow-gateway
    path: /istio/tfserving/models/mnist
    manifests: deploy/fashion
    versions: { v1: { weight: 100 } }
    stable: v1
`,
      "services.fashion.path: gateway `kubeflow-gateway` already routes `/istio/tfserving/models/mnist` to service `mnist`",
    ],
  ])("validate refuses %s", (_name, text, message) => {
    const r = loadConfig({ text, file: "rollout.yaml" });
    expect(r.ok ? "" : r.message).toContain(message);
  });
});

describe("istio router: validation against Istio's schemas", () => {
  const vs = (spec: unknown) => ({
    apiVersion: "networking.istio.io/v1",
    kind: "VirtualService",
    metadata: { name: "mnist", namespace: "kubeflow" },
    spec,
  });

  it("accepts what it renders, pins and mirror included", () => {
    const text = SERVICE.replace(
      "    stable: v1\n",
      "    stable: v1\n    pin: { header: x-model-version }\n    mirror: { version: v2, percent: 12.5 }\n",
    );
    const specs = routes(text) as unknown[];
    expect(istio.validate(specs.map(vs))).toBeUndefined();
  });

  it("names the object and the field of what Istio would refuse", () => {
    const bad = vs({
      hosts: ["mnist-service"],
      http: [{ route: [{ destination: { host: "mnist-service" }, weight: "ten" }] }],
    });
    expect(istio.validate([bad])).toMatch(/^VirtualService mnist is not valid Istio: .*weight/);
  });
});
