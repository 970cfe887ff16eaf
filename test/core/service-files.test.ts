// Which files belong to a service: read by a command, fetched for an apply.
import { describe, expect, it } from "@jest/globals";
import { loadConfig } from "../../src/core/config.js";
import {
  commandPaths,
  guessPath,
  includedAt,
  loadedFiles,
  pathsToApply,
  serviceFiles,
} from "../../src/core/service-files.js";
import { EXAMPLES, readTree } from "../helpers/tree.js";

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

  it("an included service's own file comes right after rollout.yaml", () => {
    expect(
      serviceFiles({
        configPath: "rollout.yaml",
        service: { manifests: "deploy/resnet" } as never,
        ownFile: "rollout.d/resnet.yaml",
      }),
    ).toEqual({ files: ["rollout.yaml", "rollout.d/resnet.yaml"], folders: ["deploy/resnet"] });
  });
});

const INCLUDE = readTree(`${EXAMPLES}include`);
const ROOT = INCLUDE.get("rollout.yaml") ?? "";

describe("loadedFiles: the union of serviceFiles over the loaded services", () => {
  it("names each service's own file and manifests folder, rollout.yaml left out", () => {
    const r = loadConfig({ text: ROOT, file: "rollout.yaml", included: INCLUDE });
    if (!r.ok) throw new Error(r.message);
    expect(loadedFiles({ loaded: r.loaded })).toEqual({
      files: ["rollout.d/mnist.yaml", "rollout.d/resnet.yaml"],
      folders: ["deploy/mnist", "deploy/resnet"],
    });
    expect(loadedFiles({ loaded: r.loaded, services: ["resnet"] })).toEqual({
      files: ["rollout.d/resnet.yaml"],
      folders: ["deploy/resnet"],
    });
  });
});

describe("guessPath: the documented layout's file for the word in the service position", () => {
  it.each([
    ["rollout.yaml", "resnet v2 20", "rollout.d/resnet.yaml"],
    ["ops/rollout.yaml", "resnet next", "ops/rollout.d/resnet.yaml"],
    ["rollout.yaml", "status resnet", "rollout.d/resnet.yaml"],
    ["rollout.yaml", "resnet plan", "rollout.d/resnet.yaml"],
    ["rollout.yaml", "--force Resnet v2 20", "rollout.d/resnet.yaml"],
    ["rollout.yaml", "v2 20", undefined],
    ["rollout.yaml", "next", undefined],
    ["rollout.yaml", "status", undefined],
    ["rollout.yaml", "help", undefined],
    ["rollout.yaml", "../x v2 20", undefined],
    ["rollout.yaml", "", undefined],
  ])("%s, `%s` → %s", (configPath, words, want) => {
    expect(guessPath({ configPath, words: words.split(" ") })).toBe(want);
  });
});

describe("commandPaths: what a chat command reads beside rollout.yaml", () => {
  it.each([
    ["resnet v2 20", { files: ["rollout.d/resnet.yaml"], folders: [] }],
    ["status resnet", { files: ["rollout.d/resnet.yaml"], folders: [] }],
    ["resnet plan", { files: ["rollout.d/resnet.yaml"], folders: [] }],
    ["status", { files: [], folders: ["rollout.d"] }],
    ["help", { files: [], folders: ["rollout.d"] }],
    ["v2 20", { files: [], folders: ["rollout.d"] }],
  ])("`%s` → %j", (words, want) => {
    expect(commandPaths({ text: ROOT, file: "rollout.yaml", words: words.split(" ") })).toEqual(want);
  });

  it("nothing without include:", () => {
    const text = readTree(`${EXAMPLES}mnist`).get("rollout.yaml") ?? "";
    expect(commandPaths({ text, file: "rollout.yaml", words: ["status"] })).toEqual({
      files: [],
      folders: [],
    });
  });

  it("includedAt: the included files among a commit's blobs", () => {
    expect(includedAt({ configPath: "rollout.yaml", text: ROOT, blobs: [...INCLUDE.keys()] })).toEqual([
      "rollout.d/mnist.yaml",
      "rollout.d/resnet.yaml",
    ]);
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
