// The "Requested by" line of rollout commits: written and read back by one module.
import { describe, expect, it } from "@jest/globals";
import { requestedByLine, requestersOf } from "../../src/core/requested-by.js";

describe("requested by", () => {
  it("reads back what it writes, once per login, in order", () => {
    const line = (login: string) =>
      requestedByLine({ login, owner: "o", repo: "r", issueNumber: 7, command: "/rollout v2 20" });
    expect(line("alice")).toBe("Requested by @alice in o/r#7: /rollout v2 20");
    expect(
      requestersOf([`Rollout mnist\n\n${line("alice")}`, `x\n\n${line("bob")}`, line("alice"), "Merge #3"]),
    ).toEqual(["alice", "bob"]);
  });

  it.each([
    ["not at a line start", "see Requested by @mallory", []],
    ["a login with a hyphen", "Requested by @a-b in o/r#1: /rollout", ["a-b"]],
  ])("%s", (_name, message, want) => {
    expect(requestersOf([message])).toEqual(want);
  });
});
