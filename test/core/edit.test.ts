import { describe, expect, it } from "@jest/globals";
import { editConfigWeights } from "../../src/core/edit.js";
import { load } from "../helpers/config.js";

describe("editConfigWeights", () => {
  it("keeps quoting style, comments and spacing", () => {
    const text = `services:
  mnist:   # aligned    comment
    namespace: "kubeflow"
    host: mnist-service
    manifests: deploy
    versions:
      "v1":
        weight:   90     # keep me
      v2: {weight: 10}
    stable: 'v1'
`;
    const loaded = load(text);
    expect(
      editConfigWeights({ loaded, service: "mnist", after: { v1: 0, v2: 100 }, stableAfter: "v2" }).text,
    ).toBe(
      text
        .replace("weight:   90", "weight:   0")
        .replace("{weight: 10}", "{weight: 100}")
        .replace("stable: 'v1'", "stable: 'v2'"),
    );
  });
});
