import { describe, expect, it } from "@jest/globals";
import { loadConfig } from "../../src/core/config.js";

describe("smoke", () => {
  it("loads", () => {
    expect(loadConfig({ text: "services: {}\n", file: "rollout.yaml" }).ok).toBe(false);
  });
});
