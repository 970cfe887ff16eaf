import { beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import type { Probot } from "probot";
import {
  API,
  ackReply,
  BRANCH_HEAD,
  COMMENT_NODE_ID,
  commentPayload,
  DEFAULT_HEAD,
  decodeAdditions,
  exampleFolder,
  examplesFile,
  type GqlBody,
  gql,
  MNIST_FILES,
  OWNER,
  PR_NODE_ID,
  REPO,
  readServiceReply,
} from "./helpers/github.js";
import { probotWithApp } from "./helpers/probot.js";

const MNIST_CONFIG = examplesFile("mnist/rollout.yaml");
const MNIST_FOLDER = exampleFolder("mnist", "deploy/mnist", MNIST_FILES);

let probot: Probot;

beforeEach(async () => {
  nock.cleanAll();
  probot = await probotWithApp();
});

function github(): nock.Scope {
  return nock(API)
    .post("/app/installations/1/access_tokens")
    .reply(201, { token: "ghs_test", permissions: {} });
}

function role(scope: nock.Scope, login: string, roleName: string): nock.Scope {
  return scope
    .get(`/repos/${OWNER}/${REPO}/collaborators/${login}/permission`)
    .reply(200, {
      permission: roleName === "maintain" ? "write" : roleName,
      role_name: roleName,
      user: { login },
    });
}

async function comment(
  body: string,
  extra: Parameters<typeof commentPayload>[0] extends infer P ? Partial<P> : never = {},
) {
  await probot.receive({
    name: "issue_comment",
    id: "delivery-1",
    payload: commentPayload({ body, ...extra }) as never,
  });
}

const created = {
  data: {
    createRef: { ref: { id: "REF_new" } },
    createCommitOnBranch: { commit: { oid: "3333333333333333333333333333333333333333" } },
    createPullRequest: {
      pullRequest: { id: "PR_rollout42", number: 42, url: `https://github.com/${OWNER}/${REPO}/pull/42` },
    },
  },
};

describe("/rollout v2 20 with no rollout PR yet", () => {
  it("acknowledges, reads once, opens one PR with only the weight lines changed, requests reviewers, labels and replies", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    role(scope, "alice", "write");
    gql(scope, "RolloutAckAndRead", ackReply({ configText: MNIST_CONFIG }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ defaultFolder: MNIST_FOLDER, labelId: "LA_rollout" }),
      sent,
    );
    gql(scope, "RolloutCreate", created, sent);
    scope
      .post(`/repos/${OWNER}/${REPO}/pulls/42/requested_reviewers`, {
        reviewers: ["ml-platform-team"],
        team_reviewers: [],
      })
      .reply(201, {});
    gql(
      scope,
      "RolloutLabelAndReply",
      {
        data: {
          addLabelsToLabelable: { clientMutationId: null },
          addComment: { commentEdge: { node: { url: "u" } } },
        },
      },
      sent,
    );

    await comment("/rollout v2 20");

    expect(scope.isDone()).toBe(true);
    const [ack, read, create, label] = sent;
    expect(ack?.variables).toEqual({ commentId: COMMENT_NODE_ID, config: "main:rollout.yaml" });
    expect(read?.variables).toMatchObject({
      rolloutRef: "refs/heads/rollout/mnist",
      branchConfig: "rollout/mnist:rollout.yaml",
      defaultFolder: "main:deploy/mnist",
      withFolder: true,
      withFile: false,
    });
    expect(create?.variables).toMatchObject({
      repositoryId: "R_kgDOhello",
      refName: "refs/heads/rollout/mnist",
      baseOid: DEFAULT_HEAD,
      branch: { repositoryNameWithOwner: `${OWNER}/${REPO}`, branchName: "rollout/mnist" },
      baseRefName: "main",
      headRefName: "rollout/mnist",
      title: "Rollout mnist: v1 80 % → v2 20 %",
    });
    const files = decodeAdditions(create?.variables ?? {});
    expect(Object.keys(files)).toEqual(["rollout.yaml", "deploy/mnist/virtualservice.yaml"]);
    expect(files["rollout.yaml"]).toBe(
      MNIST_CONFIG.replace("v1: { weight: 90,", "v1: { weight: 80,").replace(
        "v2: { weight: 10,",
        "v2: { weight: 20,",
      ),
    );
    expect(files["deploy/mnist/virtualservice.yaml"]).toBe(
      (MNIST_FOLDER["deploy/mnist/virtualservice.yaml"] ?? "")
        .replaceAll("weight: 90", "weight: 80")
        .replaceAll("weight: 10", "weight: 20"),
    );
    expect((create?.variables.fileChanges as { deletions: unknown[] }).deletions).toEqual([]);
    expect(label?.variables).toMatchObject({
      labelableId: "PR_rollout42",
      labelIds: ["LA_rollout"],
      replyTo: PR_NODE_ID,
    });
    expect(String(create?.variables.body)).toContain("<!-- rollout-bot: service=mnist -->");
    expect(String(label?.variables.reply)).toContain("https://github.com/Codertocat/Hello-World/pull/42");
  });
});

describe("/rollout on a service with an open rollout PR", () => {
  it("adds a commit on the PR's branch (expectedHeadOid), updates title/body and replies in the same request", async () => {
    const sent: GqlBody[] = [];
    const onBranch = MNIST_CONFIG.replace("weight: 90,", "weight: 80,").replace("weight: 10,", "weight: 20,");
    const branchFolder = {
      ...MNIST_FOLDER,
      "deploy/mnist/virtualservice.yaml": (MNIST_FOLDER["deploy/mnist/virtualservice.yaml"] ?? "")
        .replaceAll("weight: 90", "weight: 80")
        .replaceAll("weight: 10", "weight: 20"),
    };
    const scope = github();
    role(scope, "alice", "admin");
    gql(scope, "RolloutAckAndRead", ackReply({ configText: MNIST_CONFIG }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({
        openPr: { number: 42 },
        branchConfig: onBranch,
        defaultFolder: MNIST_FOLDER,
        branchFolder,
      }),
      sent,
    );
    gql(
      scope,
      "RolloutUpdate",
      {
        data: {
          createCommitOnBranch: { commit: { oid: "4" } },
          updatePullRequest: { pullRequest: { id: "PR_rollout42" } },
          addComment: { commentEdge: { node: { url: "u" } } },
        },
      },
      sent,
    );

    await comment("/rollout next");

    expect(scope.isDone()).toBe(true);
    const update = sent[2];
    expect(update?.variables).toMatchObject({
      expectedHeadOid: BRANCH_HEAD,
      pullRequestId: "PR_rollout42",
      title: "Rollout mnist: v1 75 % → v2 25 %",
      replyTo: PR_NODE_ID,
    });
    const files = decodeAdditions(update?.variables ?? {});
    expect(files["rollout.yaml"]).toBe(
      onBranch.replace("weight: 80,", "weight: 75,").replace("weight: 20,", "weight: 25,"),
    );
    expect(String(update?.variables.reply)).toContain("pull/42");
  });
});
