// A commenter's role from GitHub's names for their access (custom roles by their base).
import { describe, expect, it } from "@jest/globals";
import { repoRoleOf } from "../../src/core/repo-role.js";

describe("repoRoleOf", () => {
  it.each([
    [["maintain", "write"], "maintain"],
    // A custom role: its name is unknown, its base permission is what counts.
    [["deployer", "write"], "write"],
    [["WRITE"], "write"],
    [[undefined, null], "none"],
    [["custom"], "none"],
  ] as const)("%j → %s", (names, want) => {
    expect(repoRoleOf([...names])).toBe(want);
  });
});
