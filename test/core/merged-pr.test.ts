// Which PR a commit on the default branch came from (its approvals gate the deploy).
import { describe, expect, it } from "@jest/globals";
import { type CommitPullRequest, pullRequestForCommit } from "../../src/core/merged-pr.js";

const SHA = "a".repeat(40);
const pr = (number: number, more: Partial<CommitPullRequest> = {}): CommitPullRequest => ({
  number,
  url: `u${number}`,
  author: "alice",
  merged: true,
  mergeCommitSha: SHA,
  headRef: "rollout/mnist",
  headSha: "b".repeat(40),
  baseRef: "main",
  ...more,
});

describe("pullRequestForCommit", () => {
  it.each([
    [
      "the merged PR whose merge commit is the sha",
      [pr(3, { merged: false }), pr(4, { mergeCommitSha: "c" }), pr(5)],
      5,
    ],
    ["else any merged PR", [pr(3, { merged: false }), pr(4, { mergeCommitSha: "c" })], 4],
    ["else the first listed", [pr(3, { merged: false }), pr(6, { merged: false })], 3],
    ["none listed", [], undefined],
  ] as const)("%s", (_name, pullRequests, want) => {
    expect(pullRequestForCommit({ sha: SHA, pullRequests: [...pullRequests] })?.number).toBe(want);
  });
});
