// The merge-to-deploy calls of the GitHub adapter against nock: the exact requests, and how
// answers (pages, 404s, GraphQL conflicts) become values.
import { beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { githubAdapter } from "../../src/adapters/github/index.js";
import { actionOctokit } from "../../src/adapters/octokit.js";
import type { FileChange } from "../../src/core/changes.js";
import { pullRequestForCommit } from "../../src/core/merged-pr.js";
import type { GitHubPort } from "../../src/core/ports.js";
import { API, type GqlBody, gql, OWNER, REPO } from "../helpers/github.js";

const MERGE_SHA = "a".repeat(40);
const HEAD_SHA = "b".repeat(40);

function adapter() {
  const octokit = actionOctokit({ token: "ghs_test", throttle: false, retryAfterBaseValue: 1 });
  return githubAdapter(octokit, { owner: OWNER, name: REPO });
}

/** The adapter's list and the core's pick, as the deploy handler composes them. */
async function prFor(gh: GitHubPort, sha: string) {
  return pullRequestForCommit({ sha, pullRequests: await gh.pullRequestsOfCommit(sha) });
}

function pr(number: number, more: Record<string, unknown> = {}) {
  return {
    number,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${number}`,
    user: { login: "rollout-bot[bot]" },
    merged_at: "2025-01-01T00:00:00Z",
    merge_commit_sha: MERGE_SHA,
    head: { ref: "rollout/mnist", sha: HEAD_SHA },
    base: { ref: "main" },
    ...more,
  };
}

beforeEach(() => {
  nock.cleanAll();
});

describe("pullRequestsOfCommit + core pullRequestForCommit", () => {
  it("prefers the merged PR whose merge commit is the sha", async () => {
    const scope = nock(API)
      .get(`/repos/${OWNER}/${REPO}/commits/${MERGE_SHA}/pulls`)
      .reply(200, [
        pr(3, { merged_at: null, merge_commit_sha: null }),
        pr(4, { merge_commit_sha: "c".repeat(40) }),
        pr(5, { user: { login: "alice" }, head: { ref: "feature", sha: HEAD_SHA } }),
      ]);
    expect(await prFor(adapter(), MERGE_SHA)).toEqual({
      number: 5,
      url: `https://github.com/${OWNER}/${REPO}/pull/5`,
      author: "alice",
      merged: true,
      mergeCommitSha: MERGE_SHA,
      headRef: "feature",
      headSha: HEAD_SHA,
      baseRef: "main",
    });
    expect(scope.isDone()).toBe(true);
  });

  it("falls back to any merged PR, then to an open one (merged: false)", async () => {
    const scope = nock(API)
      .get(`/repos/${OWNER}/${REPO}/commits/${MERGE_SHA}/pulls`)
      .reply(200, [
        pr(3, { merged_at: null, merge_commit_sha: null }),
        pr(4, { merge_commit_sha: "c".repeat(40) }),
      ])
      .get(`/repos/${OWNER}/${REPO}/commits/${MERGE_SHA}/pulls`)
      .reply(200, [pr(3, { merged_at: null, merge_commit_sha: null, user: null })]);
    const gh = adapter();
    expect(await prFor(gh, MERGE_SHA)).toMatchObject({ number: 4, merged: true });
    expect(await prFor(gh, MERGE_SHA)).toMatchObject({
      number: 3,
      merged: false,
      author: "ghost",
      mergeCommitSha: undefined,
    });
    expect(scope.isDone()).toBe(true);
  });

  it("undefined for a direct push (no PR) and for an unknown commit", async () => {
    const scope = nock(API)
      .get(`/repos/${OWNER}/${REPO}/commits/${MERGE_SHA}/pulls`)
      .reply(200, [])
      .get(`/repos/${OWNER}/${REPO}/commits/${HEAD_SHA}/pulls`)
      .reply(422, { message: `No commit found for SHA: ${HEAD_SHA}` });
    const gh = adapter();
    expect(await prFor(gh, MERGE_SHA)).toBeUndefined();
    expect(await prFor(gh, HEAD_SHA)).toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });
});

describe("reviews", () => {
  it("reads every page of 100", async () => {
    const review = (i: number) => ({
      id: i,
      user: { login: `user${i}`, type: "User" },
      state: "COMMENTED",
      submitted_at: "2025-01-01T00:00:00Z",
      commit_id: HEAD_SHA,
      author_association: "MEMBER",
      body: "",
    });
    const scope = nock(API)
      .get(`/repos/${OWNER}/${REPO}/pulls/5/reviews`)
      .query({ per_page: "100", page: "1" })
      .reply(
        200,
        Array.from({ length: 100 }, (_, i) => review(i)),
      )
      .get(`/repos/${OWNER}/${REPO}/pulls/5/reviews`)
      .query({ per_page: "100", page: "2" })
      .reply(200, [
        { ...review(100), state: "APPROVED" },
        { ...review(101), user: null, submitted_at: null },
      ]);
    const reviews = await adapter().reviews(5);
    expect(reviews).toHaveLength(102);
    expect(reviews[100]).toEqual({
      user: { login: "user100", type: "User" },
      state: "APPROVED",
      submitted_at: "2025-01-01T00:00:00Z",
      commit_id: HEAD_SHA,
      author_association: "MEMBER",
    });
    expect(reviews[101]?.user).toBeNull();
    expect(scope.isDone()).toBe(true);
  });
});

describe("teamMembers", () => {
  it("reads every page; a missing team is empty, not an error", async () => {
    const scope = nock(API)
      .get("/orgs/kubeflow/teams/ml-platform/members")
      .query({ per_page: "100", page: "1" })
      .reply(
        200,
        Array.from({ length: 100 }, (_, i) => ({ login: `m${i}` })),
      )
      .get("/orgs/kubeflow/teams/ml-platform/members")
      .query({ per_page: "100", page: "2" })
      .reply(200, [{ login: "carol" }])
      .get("/orgs/kubeflow/teams/gone/members")
      .query({ per_page: "100", page: "1" })
      .reply(404, { message: "Not Found" });
    const gh = adapter();
    const members = await gh.teamMembers({ org: "kubeflow", slug: "ml-platform" });
    expect(members).toHaveLength(101);
    expect(members.at(-1)).toBe("carol");
    expect(await gh.teamMembers({ org: "kubeflow", slug: "gone" })).toEqual([]);
    expect(scope.isDone()).toBe(true);
  });

  it("other errors still throw", async () => {
    const scope = nock(API)
      .get("/orgs/kubeflow/teams/ml-platform/members")
      .query(true)
      .reply(403, { message: "Resource not accessible by integration" });
    await expect(adapter().teamMembers({ org: "kubeflow", slug: "ml-platform" })).rejects.toMatchObject({
      status: 403,
    });
    expect(scope.isDone()).toBe(true);
  });
});

describe("deployments", () => {
  it("creates a deployment that never merges or waits on checks, then reports its states", async () => {
    const scope = nock(API)
      .post(`/repos/${OWNER}/${REPO}/deployments`, {
        ref: MERGE_SHA,
        environment: "kubeflow",
        description: "rollout-bot: mnist",
        payload: { service: "mnist", pr: 5 },
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
      })
      .reply(201, { id: 987, sha: MERGE_SHA })
      .post(`/repos/${OWNER}/${REPO}/deployments/987/statuses`, {
        state: "in_progress",
        description: "applying mnist",
        log_url: "https://github.com/run/1",
      })
      .reply(201, { id: 1 })
      .post(`/repos/${OWNER}/${REPO}/deployments/987/statuses`, {
        state: "success",
        description: `${"x".repeat(139)}…`,
        environment_url: "https://kubeflow.example.com/istio/tfserving/models/mnist",
        log_url: "https://github.com/run/1",
      })
      .reply(201, { id: 2 });
    const gh = adapter();
    const id = await gh.createDeployment({
      ref: MERGE_SHA,
      environment: "kubeflow",
      description: "rollout-bot: mnist",
      payload: { service: "mnist", pr: 5 },
    });
    expect(id).toBe(987);
    await gh.deploymentStatus({
      id,
      state: "in_progress",
      description: "applying mnist",
      logUrl: "https://github.com/run/1",
    });
    await gh.deploymentStatus({
      id,
      state: "success",
      description: "x".repeat(200),
      environmentUrl: "https://kubeflow.example.com/istio/tfserving/models/mnist",
      logUrl: "https://github.com/run/1",
    });
    expect(scope.isDone()).toBe(true);
  });

  it("a 202 without an id (GitHub tried to merge) is an error", async () => {
    const scope = nock(API)
      .post(`/repos/${OWNER}/${REPO}/deployments`)
      .reply(202, { message: "Auto-merged main into topic branch." });
    await expect(
      adapter().createDeployment({ ref: "topic", environment: "kubeflow", description: "d", payload: {} }),
    ).rejects.toThrow("GitHub did not create the deployment of topic: Auto-merged main into topic branch.");
    expect(scope.isDone()).toBe(true);
  });
});

describe("openRevertPr", () => {
  const files: FileChange[] = [
    { path: "rollout.yaml", before: "v1: 80\n", after: "v1: 90\n" },
    { path: "deploy/mnist/deployment-v3.yaml", before: "kind: Deployment\n", after: undefined },
  ];
  const params = {
    service: "mnist",
    baseOid: MERGE_SHA,
    defaultBranch: "main",
    files,
    title: "Revert rollout mnist",
    body: "The gate failed.",
  };
  const branchReply = (ref: unknown) => ({ data: { repository: { id: "R_kgDOhello", ref } } });
  const created = {
    data: {
      createRef: { ref: { id: "REF_revert" } },
      createCommitOnBranch: { commit: { oid: "c".repeat(40) } },
      createPullRequest: {
        pullRequest: { id: "PR_revert", number: 61, url: `https://github.com/${OWNER}/${REPO}/pull/61` },
      },
    },
  };

  it("creates branch revert/<service>-<short sha>, its commit and the PR in one mutation", async () => {
    const sent: GqlBody[] = [];
    const scope = nock(API);
    gql(scope, "RolloutReadBranch", branchReply(null), sent);
    gql(scope, "RolloutCreate", created, sent);
    expect(await adapter().openRevertPr(params)).toEqual({
      number: 61,
      url: `https://github.com/${OWNER}/${REPO}/pull/61`,
      created: true,
    });
    expect(scope.isDone()).toBe(true);
    const [read, create] = sent;
    expect(read?.variables).toEqual({ owner: OWNER, name: REPO, ref: "refs/heads/revert/mnist-aaaaaaa" });
    expect(create?.variables).toEqual({
      repositoryId: "R_kgDOhello",
      refName: "refs/heads/revert/mnist-aaaaaaa",
      baseOid: MERGE_SHA,
      branch: { repositoryNameWithOwner: `${OWNER}/${REPO}`, branchName: "revert/mnist-aaaaaaa" },
      message: { headline: "Revert rollout mnist" },
      fileChanges: {
        additions: [{ path: "rollout.yaml", contents: Buffer.from("v1: 90\n").toString("base64") }],
        deletions: [{ path: "deploy/mnist/deployment-v3.yaml" }],
      },
      baseRefName: "main",
      headRefName: "revert/mnist-aaaaaaa",
      title: "Revert rollout mnist",
      body: "The gate failed.",
    });
  });

  it("a re-run finds the PR it opened before", async () => {
    const scope = nock(API);
    gql(
      scope,
      "RolloutReadBranch",
      branchReply({
        id: "REF_revert",
        target: { oid: "c".repeat(40) },
        associatedPullRequests: {
          nodes: [
            { id: "PR_other", number: 60, url: "u60", baseRefName: "release" },
            { id: "PR_revert", number: 61, url: "u61", baseRefName: "main" },
          ],
        },
      }),
    );
    expect(await adapter().openRevertPr(params)).toEqual({ number: 61, url: "u61", created: false });
    expect(scope.isDone()).toBe(true);
  });

  it("resets a leftover branch that has no open PR", async () => {
    const sent: GqlBody[] = [];
    const scope = nock(API);
    gql(
      scope,
      "RolloutReadBranch",
      branchReply({ id: "REF_old", target: { oid: "d".repeat(40) }, associatedPullRequests: { nodes: [] } }),
    );
    gql(
      scope,
      "RolloutReset",
      { data: { ...created.data, createRef: undefined, updateRef: { ref: { id: "REF_old" } } } },
      sent,
    );
    expect(await adapter().openRevertPr(params)).toMatchObject({ number: 61, created: true });
    expect(sent[0]?.variables).toMatchObject({ refId: "REF_old", baseOid: MERGE_SHA });
    expect(sent[0]?.variables).not.toHaveProperty("refName");
    expect(scope.isDone()).toBe(true);
  });

  it("when a concurrent run made the branch first, returns that run's PR", async () => {
    const scope = nock(API);
    gql(scope, "RolloutReadBranch", branchReply(null));
    gql(scope, "RolloutCreate", {
      data: { createRef: null, createCommitOnBranch: null, createPullRequest: null },
      errors: [{ type: "UNPROCESSABLE", message: "Reference already exists", path: ["createRef"] }],
    });
    gql(
      scope,
      "RolloutReadBranch",
      branchReply({
        id: "REF_revert",
        target: { oid: "c".repeat(40) },
        associatedPullRequests: { nodes: [{ id: "PR_revert", number: 62, url: "u62", baseRefName: "main" }] },
      }),
    );
    expect(await adapter().openRevertPr(params)).toEqual({ number: 62, url: "u62", created: false });
    expect(scope.isDone()).toBe(true);
  });

  it("removes the branch it made when a later step fails", async () => {
    const sent: GqlBody[] = [];
    const scope = nock(API);
    gql(scope, "RolloutReadBranch", branchReply(null));
    gql(scope, "RolloutCreate", {
      data: { createRef: { ref: { id: "REF_new" } }, createCommitOnBranch: null, createPullRequest: null },
      errors: [
        { type: "FORBIDDEN", message: "Resource not accessible by integration", path: ["createPullRequest"] },
      ],
    });
    gql(scope, "RolloutDeleteRef", { data: { deleteRef: { clientMutationId: null } } }, sent);
    await expect(adapter().openRevertPr(params)).rejects.toThrow("Resource not accessible by integration");
    expect(sent[0]?.variables).toEqual({ refId: "REF_new" });
    expect(scope.isDone()).toBe(true);
  });

  it("refuses an empty change before any request", async () => {
    await expect(adapter().openRevertPr({ ...params, files: [] })).rejects.toThrow("no file changes");
  });
});

describe("comment", () => {
  it("posts when no comment has the same text", async () => {
    const scope = nock(API)
      .get(`/repos/${OWNER}/${REPO}/issues/5/comments`)
      .query({ per_page: "100", page: "1" })
      .reply(200, [
        { id: 1, body: "something else" },
        { id: 2, body: null },
      ])
      .post(`/repos/${OWNER}/${REPO}/issues/5/comments`, { body: "<!-- m -->\nApplied." })
      .reply(201, { id: 3 });
    expect(await adapter().comment({ issueNumber: 5, body: "<!-- m -->\nApplied." })).toBe("created");
    expect(scope.isDone()).toBe(true);
  });

  it("does not post the same text twice (a re-run), looking through every page", async () => {
    const scope = nock(API)
      .get(`/repos/${OWNER}/${REPO}/issues/5/comments`)
      .query({ per_page: "100", page: "1" })
      .reply(
        200,
        Array.from({ length: 100 }, (_, i) => ({ id: i, body: `c${i}` })),
      )
      .get(`/repos/${OWNER}/${REPO}/issues/5/comments`)
      .query({ per_page: "100", page: "2" })
      .reply(200, [{ id: 100, body: "<!-- m -->\r\nApplied.\r\n" }]);
    expect(await adapter().comment({ issueNumber: 5, body: "<!-- m -->\nApplied." })).toBe("exists");
    expect(scope.isDone()).toBe(true);
  });
});
