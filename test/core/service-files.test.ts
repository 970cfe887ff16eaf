// Which files belong to a service: read by a command, fetched for an apply.
import { describe, expect, it } from "@jest/globals";
import { pathsToApply, serviceFiles } from "../../src/core/service-files.js";

describe("serviceFiles", () => {
  it.each([
    [
      "istio with manifests and a brought VirtualService",
      "rollout.yaml",
      { router: "istio", manifests: "deploy/mnist", virtualService: "routes/vs.yaml" },
      { files: ["rollout.yaml", "routes/vs.yaml"], folders: ["deploy/mnist"] },
    ],
    [
      "relative to a config in a folder",
      "ops/rollout.yaml",
      { manifests: "../deploy/a" },
      { files: ["ops/rollout.yaml"], folders: ["deploy/a"] },
    ],
    ["no manifests", "rollout.yaml", {}, { files: ["rollout.yaml"], folders: [] }],
  ] as const)("%s", (_name, configPath, service, want) => {
    expect(serviceFiles({ configPath, service: service as never })).toEqual(want);
  });
});

describe("pathsToApply", () => {
  it("picks each service's brought file and the files directly in its manifests folder", () => {
    const config = {
      services: {
        a: { manifests: "deploy/a", router: "istio", virtualService: "routes/a.yaml" },
        b: { manifests: "deploy/b" },
      },
    } as never;
    const blobs = ["rollout.yaml", "deploy/a/x.yaml", "deploy/a/sub/y.yaml", "deploy/b/z.yaml", "README.md"];
    expect(pathsToApply({ configPath: "rollout.yaml", config, blobs }).sort()).toEqual([
      "deploy/a/x.yaml",
      "deploy/b/z.yaml",
      "routes/a.yaml",
    ]);
  });
});
