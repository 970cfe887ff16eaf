import { beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import type { Probot } from "probot";
import { unifiedDiff } from "../src/core/changes.js";
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
  operations,
  PR_NODE_ID,
  REPO,
  readServiceReply,
} from "./helpers/github.js";
import { probotWithApp } from "./helpers/probot.js";
import { renderedExample } from "./helpers/tree.js";

const MNIST_CONFIG = examplesFile("mnist/rollout.yaml");
const MNIST_FOLDER = exampleFolder("mnist", "deploy/mnist", MNIST_FILES);

let probot: Probot;

beforeEach(async () => {
  nock.cleanAll();
  probot = await probotWithApp();
});

/** The comment's REST id in the webhook example. */
const COMMENT_ID = 492700400;

function github(): nock.Scope {
  return nock(API)
    .post("/app/installations/1/access_tokens")
    .reply(201, { token: "ghs_test", permissions: {} });
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
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ defaultFolder: MNIST_FOLDER, labelId: "LA_rollout" }),
      sent,
    );
    gql(scope, "RolloutCreate", created, sent);
    gql(
      scope,
      "RolloutFinish",
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
    expect(operations(sent)).toEqual(["RolloutRead", "RolloutReadService", "RolloutCreate", "RolloutFinish"]);
    const [ack, read, create, label] = sent;
    expect(ack?.variables).toEqual({
      owner: OWNER,
      name: REPO,
      commentId: COMMENT_NODE_ID,
      config: "main:rollout.yaml",
      login: "alice",
      withRole: true,
      // `v2 20` names no service: nothing guessed (an include repository's file would ride here).
      guess: "",
      withGuess: false,
    });
    // The service's own files (rollout.yaml on main came with the first read), the team's id.
    expect(read?.variables).toEqual({
      owner: OWNER,
      name: REPO,
      rolloutRef: "refs/heads/rollout/mnist",
      commentId: COMMENT_NODE_ID,
      o0: "main:deploy/mnist",
      o1: "rollout/mnist:rollout.yaml",
      o2: "rollout/mnist:deploy/mnist",
      t0org: "kubeflow",
      t0slug: "ml-platform",
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
    expect((create?.variables.fileChanges as { deletions: unknown[] } | undefined)?.deletions).toEqual([]);
    expect(label?.variables).toMatchObject({
      pullRequestId: "PR_rollout42",
      labelIds: ["LA_rollout"],
      withLabel: true,
      userIds: [],
      teamIds: ["T_kubeflow/ml-platform"],
      withReviewers: true,
      replyTo: PR_NODE_ID,
      commentId: COMMENT_NODE_ID,
    });
    expect(create?.variables.message).toEqual({
      headline: "Rollout mnist: v1 80 % → v2 20 %",
      body: "Requested by @alice in Codertocat/Hello-World#7: /rollout v2 20",
    });
    expect(create?.variables.body).toMatchInlineSnapshot(`
"<!-- rollout-bot: service=mnist -->
Traffic for **\`mnist\`** (Service \`mnist-service\` in namespace \`kubeflow\`). **Merging this PR applies the change**; until then traffic stays as it is.

| version | before | after merge | change |
| --- | ---: | ---: | ---: |
| \`v1\` (stable) | 90 % | 80 % | −10 |
| \`v2\` (canary) | 10 % | 20 % | +10 |

**Steps** for \`v2\`: 10 → **20** → 25 → 50 → 100. \`next\` takes it to 25 %.

### Policy

- **Approvals:** 1 required, 1 still needed.
- **Reviewers:** \`kubeflow/ml-platform\`; only they may use \`--force\` (for a team, its members).
- **Max step:** +30 % for any one version per change (\`abort\` and the last step to 100 % are exempt).
- **Metric gate:** over 10m, the canary needs at least 100 requests, a success rate ≥ 99 % and p99 latency ≤ 500 ms. Not checked yet: the gate arrives with the metrics check \`rollout/gate\`.

### Source

Requested by @alice in Codertocat/Hello-World#7: \`/rollout v2 20\`

### Commands

One command per comment, on this or any pull request in the repository; a new traffic command updates this PR.

| command | effect |
| --- | --- |
| \`/rollout mnist next v2\` | \`v2\` to its next step, 25 % |
| \`/rollout mnist promote v2\` | \`v2\` to 100 % and stable |
| \`/rollout mnist abort\` | 100 % back to \`v1\` (stable) |
| \`/rollout mnist status\` | weights on the default branch and this PR |
| \`/rollout help\` | every command |

<sub>rollout-bot edits \`rollout.yaml\` and the Istio manifests of \`mnist\` on branch \`rollout/mnist\`.</sub>"
`);
    expect(label?.variables.reply).toMatchInlineSnapshot(`
"Opened rollout PR [#42](https://github.com/Codertocat/Hello-World/pull/42) for \`mnist\`: v1 90 % → 80 %, v2 10 % → 20 %.

Merging it applies the change."
`);
  });
});

describe("the same comment delivered twice", () => {
  it("answers once: the second delivery finds rollout-bot's 👀 already there and does nothing more", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ defaultFolder: MNIST_FOLDER, labelId: "LA_rollout" }),
      sent,
    );
    gql(scope, "RolloutCreate", created, sent);
    gql(
      scope,
      "RolloutFinish",
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

    // The 👀 went on with the reply, after the write.
    expect(sent[3]?.query).toContain("addReaction(input: { subjectId: $commentId, content: EYES })");

    // GitHub redelivers the same delivery (same X-GitHub-Delivery): the first read sees the 👀.
    const again = nock(API);
    gql(again, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write", answered: true }), sent);
    await comment("/rollout v2 20");
    expect(again.isDone()).toBe(true);
    // Nothing else was asked or said: no second service read, no "no-op" reply.
    expect(operations(sent)).toEqual([
      "RolloutRead",
      "RolloutReadService",
      "RolloutCreate",
      "RolloutFinish",
      "RolloutRead",
    ]);
  });
});

describe("reviewers GitHub refuses", () => {
  it("asks for users and teams by id in the finishing request; a refusal asks each alone and names the refused in the reply", async () => {
    const config = MNIST_CONFIG.replace(
      "reviewers: [kubeflow/ml-platform]",
      "reviewers: [kubeflow/ml-platform, ghost]",
    );
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: config, role: "write" }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ defaultFolder: MNIST_FOLDER, labelId: "LA_rollout" }),
      sent,
    );
    gql(scope, "RolloutCreate", created, sent);
    const refused = {
      type: "UNPROCESSABLE",
      path: ["requestReviews"],
      message: "Reviews may only be requested from collaborators.",
    };
    gql(
      scope,
      "RolloutFinish",
      {
        data: {
          addLabelsToLabelable: { clientMutationId: null },
          requestReviews: null,
          addComment: { commentEdge: { node: { id: "IC_reply", url: "u" } } },
          addReaction: { clientMutationId: null },
        },
        errors: [refused],
      },
      sent,
    );
    // Then each alone (in parallel): the user is refused, the team is asked.
    const alone = (body: GqlBody) =>
      (body.variables.userIds as string[]).includes("U_ghost")
        ? { data: { requestReviews: null }, errors: [refused] }
        : { data: { requestReviews: { clientMutationId: null } } };
    gql(scope, "RolloutRequestReview", alone, sent);
    gql(scope, "RolloutRequestReview", alone, sent);
    gql(
      scope,
      "RolloutEditReply",
      { data: { updateIssueComment: { issueComment: { id: "IC_reply" } } } },
      sent,
    );

    await comment("/rollout v2 20");

    expect(scope.isDone()).toBe(true);
    expect(sent[3]?.variables).toMatchObject({ userIds: ["U_ghost"], teamIds: ["T_kubeflow/ml-platform"] });
    expect(String(sent[3]?.variables.reply)).not.toContain("Could not request");
    const edit = sent[6];
    expect(edit?.variables.id).toBe("IC_reply");
    const reply = String(edit?.variables.body);
    expect(reply).toContain("Opened rollout PR [#42]");
    expect(reply).toContain("Could not request a review from `ghost` (GitHub refused it)");
    expect(reply).not.toContain("kubeflow/ml-platform`");
  });
});

describe("a refused label or 👀 after the reply went out", () => {
  it("is said in the one reply, and the command is still answered: the PR exists", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ defaultFolder: MNIST_FOLDER, labelId: "LA_rollout" }),
      sent,
    );
    gql(scope, "RolloutCreate", created, sent);
    gql(
      scope,
      "RolloutFinish",
      {
        data: {
          addLabelsToLabelable: null,
          requestReviews: { clientMutationId: null },
          addComment: { commentEdge: { node: { id: "IC_reply", url: "u" } } },
          addReaction: null,
        },
        errors: [
          {
            type: "NOT_FOUND",
            path: ["addLabelsToLabelable"],
            message: "Could not resolve to a node with the global id of 'LA_rollout'.",
          },
          { type: "FORBIDDEN", path: ["addReaction"], message: "Resource not accessible by integration" },
        ],
      },
      sent,
    );
    gql(
      scope,
      "RolloutEditReply",
      { data: { updateIssueComment: { issueComment: { id: "IC_reply" } } } },
      sent,
    );

    await comment("/rollout v2 20");

    expect(scope.isDone()).toBe(true);
    expect(operations(sent)).toEqual([
      "RolloutRead",
      "RolloutReadService",
      "RolloutCreate",
      "RolloutFinish",
      "RolloutEditReply",
    ]);
    const reply = String(sent[4]?.variables.body);
    expect(reply).toContain("Opened rollout PR [#42]");
    expect(reply).toContain("Could not add the `rollout` label to #42 (GitHub: Could not resolve");
    expect(reply).not.toContain("Nothing was changed");
  });
});

describe("/rollout mirror v2 10 with v2 at 0 %", () => {
  it("opens a PR adding the mirror line to rollout.yaml and the mirror to both routes, and says it is shadow traffic", async () => {
    // examples/mnist after `abort`, its manifests re-rendered to match.
    const tree = renderedExample((t) =>
      t.replace("v1: { weight: 90,", "v1: { weight: 100,").replace("v2: { weight: 10,", "v2: { weight: 0,"),
    );
    const config = tree.get("rollout.yaml") ?? "";
    const folder = Object.fromEntries([...tree].filter(([p]) => p.startsWith("deploy/mnist/")));
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: config, role: "write" }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ defaultFolder: folder, labelId: "LA_rollout" }),
      sent,
    );
    gql(scope, "RolloutCreate", created, sent);
    gql(
      scope,
      "RolloutFinish",
      {
        data: {
          addLabelsToLabelable: { clientMutationId: null },
          addComment: { commentEdge: { node: { url: "u" } } },
        },
      },
      sent,
    );

    await comment("/rollout mirror v2 10");

    expect(scope.isDone()).toBe(true);
    const [, , create, label] = sent;
    expect(create?.variables.title).toBe("Rollout mnist: mirror 10 % of requests to v2");
    const files = decodeAdditions(create?.variables ?? {});
    const changes = Object.entries(files).map(([path, after]) => ({
      path,
      before: path === "rollout.yaml" ? config : folder[path],
      after,
    }));
    expect(unifiedDiff(changes)).toMatchInlineSnapshot(`
"--- a/rollout.yaml
+++ b/rollout.yaml
@@ -15,6 +15,7 @@
       v1: { weight: 100, modelBasePath: gs://kubeflow-examples-data/mnist/1 }
       v2: { weight: 0, modelBasePath: gs://kubeflow-examples-data/mnist/2 }
     stable: v1                             # the version that serves when a rollout aborts
+    mirror: { version: v2, percent: 10 }
     steps: [10, 25, 50, 100]               # used by "next"
     policy:
       maxStep: 30          # largest weight increase per change for any one version
--- a/deploy/mnist/virtualservice.yaml
+++ b/deploy/mnist/virtualservice.yaml
@@ -21,6 +21,11 @@
             host: mnist-service
             subset: v2
           weight: 0
+      mirror:
+        host: mnist-service
+        subset: v2
+      mirrorPercentage:
+        value: 10
 ---
 apiVersion: networking.istio.io/v1
 kind: VirtualService
@@ -57,3 +62,10 @@
               number: 8500
             subset: v2
           weight: 0
+      mirror:
+        host: mnist-service
+        port:
+          number: 8500
+        subset: v2
+      mirrorPercentage:
+        value: 10
"
`);
    expect(label?.variables.reply).toMatchInlineSnapshot(`
"Opened rollout PR [#42](https://github.com/Codertocat/Hello-World/pull/42) for \`mnist\`: \`v2\` receives a copy of 10 % of requests (shadow traffic; not served, not in the gate).

Merging it applies the change."
`);
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
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "admin" }), sent);
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

  it("a commit that lost the race still posted its reply and 👀 (GitHub runs the later fields): the retry rewrites that reply", async () => {
    const sent: GqlBody[] = [];
    const onBranch = MNIST_CONFIG.replace("weight: 90,", "weight: 80,").replace("weight: 10,", "weight: 20,");
    const read = (answered: boolean) =>
      readServiceReply({
        openPr: { number: 42 },
        branchConfig: onBranch,
        defaultFolder: MNIST_FOLDER,
        branchFolder: MNIST_FOLDER,
        answered,
      });
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(scope, "RolloutReadService", read(false), sent);
    // What GitHub answers: the commit null with its error, every later field run.
    gql(
      scope,
      "RolloutUpdate",
      {
        data: {
          createCommitOnBranch: null,
          updatePullRequest: { pullRequest: { id: "PR_rollout42" } },
          addComment: { commentEdge: { node: { id: "IC_reply1", url: "u" } } },
          addReaction: { clientMutationId: null },
        },
        errors: [
          {
            type: "STALE_DATA",
            path: ["createCommitOnBranch"],
            message: `Expected branch to point to "${BRANCH_HEAD}" but it did not. Pull and try again.`,
          },
        ],
      },
      sent,
    );
    // The re-read sees the 👀 the lost attempt put on: its own, so the command goes on.
    gql(scope, "RolloutReadService", read(true), sent);
    gql(
      scope,
      "RolloutUpdate",
      {
        data: {
          createCommitOnBranch: { commit: { oid: "5" } },
          updatePullRequest: { pullRequest: { id: "PR_rollout42" } },
          updateIssueComment: { issueComment: { id: "IC_reply1" } },
          addReaction: { clientMutationId: null },
        },
      },
      sent,
    );

    await comment("/rollout next");

    expect(scope.isDone()).toBe(true);
    expect(operations(sent)).toEqual([
      "RolloutRead",
      "RolloutReadService",
      "RolloutUpdate",
      "RolloutReadService",
      "RolloutUpdate",
    ]);
    expect(sent[2]?.variables).toMatchObject({ edit: false, replyId: "" });
    expect(sent[4]?.variables).toMatchObject({ edit: true, replyId: "IC_reply1" });
    expect(String(sent[4]?.variables.reply)).toContain("pull/42");
  });

  it("a commit GitHub refused after the reply went out in the same request: that reply is rewritten into the error", async () => {
    const sent: GqlBody[] = [];
    const onBranch = MNIST_CONFIG.replace("weight: 90,", "weight: 80,").replace("weight: 10,", "weight: 20,");
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({
        openPr: { number: 42 },
        branchConfig: onBranch,
        defaultFolder: MNIST_FOLDER,
        branchFolder: MNIST_FOLDER,
      }),
      sent,
    );
    gql(
      scope,
      "RolloutUpdate",
      {
        data: {
          createCommitOnBranch: null,
          updatePullRequest: { pullRequest: { id: "PR_rollout42" } },
          addComment: { commentEdge: { node: { id: "IC_reply1", url: "u" } } },
          addReaction: { clientMutationId: null },
        },
        errors: [
          {
            type: "FORBIDDEN",
            path: ["createCommitOnBranch"],
            message: "Resource not accessible by integration",
          },
        ],
      },
      sent,
    );
    gql(scope, "RolloutReply", { data: { updateIssueComment: { issueComment: { id: "IC_reply1" } } } }, sent);

    await comment("/rollout next");

    expect(scope.isDone()).toBe(true);
    expect(operations(sent)).toEqual(["RolloutRead", "RolloutReadService", "RolloutUpdate", "RolloutReply"]);
    expect(sent[3]?.variables).toMatchObject({ edit: true, replyId: "IC_reply1" });
    expect(String(sent[3]?.variables.reply)).toContain("Resource not accessible by integration");
  });
});

const replied = { data: { addComment: { commentEdge: { node: { url: "u" } } } } };

/** Expects exactly: token, the first read, then one reply (with the 👀); returns the reply text. */
async function expectOnlyReply(
  body: string,
  opts: { login?: string; type?: "User" | "Bot"; roleName?: string; config?: string } = {},
) {
  const sent: GqlBody[] = [];
  const scope = github();
  gql(
    scope,
    "RolloutRead",
    ackReply({
      configText: opts.config ?? MNIST_CONFIG,
      ...(opts.login ? { login: opts.login } : {}),
      ...(opts.type === "Bot" ? {} : { role: opts.roleName ?? "write" }),
    }),
    sent,
  );
  gql(scope, "RolloutReply", replied, sent);
  await comment(body, {
    ...(opts.login ? { login: opts.login } : {}),
    ...(opts.type ? { type: opts.type } : {}),
  });
  expect(scope.isDone()).toBe(true);
  expect(sent.map((s) => s.query.match(/(mutation|query) (\w+)/)?.[2])).toEqual([
    "RolloutRead",
    "RolloutReply",
  ]);
  expect(sent[1]?.variables).toMatchObject({
    replyTo: PR_NODE_ID,
    commentId: COMMENT_NODE_ID,
    withAck: true,
  });
  return String(sent[1]?.variables.reply);
}

describe("refusals are replied, and nothing is written", () => {
  it("a read-only commenter is told what access is needed", async () => {
    const reply = await expectOnlyReply("/rollout v2 20", { login: "mallory", roleName: "read" });
    expect(reply).toContain("mallory");
    expect(reply).toContain("write");
  });

  it("a bot is refused", async () => {
    const reply = await expectOnlyReply("/rollout v2 20", { login: "dependabot[bot]", type: "Bot" });
    expect(reply.toLowerCase()).toContain("bot");
  });

  it("a step above policy.maxStep is refused with the fix", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(scope, "RolloutReadService", readServiceReply({ defaultFolder: MNIST_FOLDER }), sent);
    gql(scope, "RolloutReply", replied, sent);
    await comment("/rollout v2 50");
    expect(scope.isDone()).toBe(true);
    expect(String(sent[2]?.variables.reply)).toContain("more than policy.maxStep 30");
  });

  it("mirroring a version that serves traffic is refused, with why", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(scope, "RolloutReadService", readServiceReply({ defaultFolder: MNIST_FOLDER }), sent);
    gql(scope, "RolloutReply", replied, sent);
    await comment("/rollout mirror v2 10");
    expect(scope.isDone()).toBe(true);
    expect(String(sent[2]?.variables.reply)).toContain(
      "**Not done** (`mirror-serves-traffic`); nothing was changed.\n\n> `v2` serves 10 % of live traffic: its metrics would mix copies with real answers.",
    );
  });

  it("a broken rollout.yaml on the default branch is named with file:line", async () => {
    const reply = await expectOnlyReply("/rollout v2 20", {
      config: MNIST_CONFIG.replace("weight: 10,", "weight: 20,"),
    });
    expect(reply).toContain("rollout.yaml:15:7: services.mnist.versions: weights add up to 110, not 100");
  });

  it("a missing rollout.yaml says where it was looked for", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ role: "write" }), sent);
    gql(scope, "RolloutReply", replied, sent);
    await comment("/rollout v2 20");
    expect(scope.isDone()).toBe(true);
    expect(String(sent[1]?.variables.reply)).toContain("`rollout.yaml` was not found on `main`");
  });

  it("with several services and none named, it asks which — reading nothing else", async () => {
    const two = `${MNIST_CONFIG}  iris:\n    namespace: kubeflow\n    host: iris\n    manifests: deploy/iris\n    versions: { v1: { weight: 100 } }\n    stable: v1\n`;
    const reply = await expectOnlyReply("/rollout v2 20", { config: two });
    expect(reply).toContain("rollout.yaml has 2 services (mnist, iris): name one first");
  });

  it("an unknown word gets a did-you-mean", async () => {
    const reply = await expectOnlyReply("/rollout stauts");
    expect(reply).toContain("Did you mean `status`?");
  });

  it("--force from someone outside policy.reviewers is refused after checking team membership", async () => {
    const config = MNIST_CONFIG.replace(
      "reviewers: [kubeflow/ml-platform]",
      "reviewers: [kubeflow/ml-platform, bob]",
    );
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: config, role: "admin" }), sent);
    scope.get("/orgs/kubeflow/teams/ml-platform/memberships/alice").reply(404, { message: "Not Found" });
    gql(scope, "RolloutReply", replied, sent);
    await comment("/rollout v2 60 --force");
    expect(scope.isDone()).toBe(true);
    expect(String(sent[1]?.variables.reply)).toContain("force");
  });
});

describe("answers", () => {
  it("help lists the commands with this repository's service and versions", async () => {
    const reply = await expectOnlyReply("/rollout help");
    expect(reply).toContain("/rollout mnist v2 20");
  });

  it("status shows current weights and the open rollout PR", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(
      scope,
      "RolloutReadOpenPrs",
      {
        data: {
          repository: {
            refs: {
              nodes: [
                {
                  name: "mnist",
                  associatedPullRequests: {
                    nodes: [
                      { number: 42, url: "https://github.com/Codertocat/Hello-World/pull/42", title: "t" },
                    ],
                  },
                },
              ],
            },
          },
        },
      },
      sent,
    );
    gql(scope, "RolloutReply", replied, sent);
    await comment("/rollout status");
    expect(scope.isDone()).toBe(true);
    const reply = String(sent[2]?.variables.reply);
    expect(reply).toContain("90");
    expect(reply).toContain("#42");
  });

  it("a comment without /rollout makes no request at all", async () => {
    await comment("LGTM, /rollout later");
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("only the first /rollout line runs, and the reply says so", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ defaultFolder: MNIST_FOLDER, labelId: "LA_rollout" }),
      sent,
    );
    gql(scope, "RolloutCreate", created, sent);
    gql(scope, "RolloutFinish", replied, sent);
    await comment("please:\n/rollout v2 20\n/rollout v2 30\n");
    expect(scope.isDone()).toBe(true);
    expect(sent[2]?.variables.title).toBe("Rollout mnist: v1 80 % → v2 20 %");
    expect(String(sent[3]?.variables.reply)).toMatch(/only the first/i);
  });
});

describe("robustness", () => {
  it("a comment on a fork's PR reads rollout.yaml from the default branch only, and works for a maintainer", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "maintain" }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ defaultFolder: MNIST_FOLDER, labelId: "LA_rollout" }),
      sent,
    );
    gql(scope, "RolloutCreate", created, sent);
    gql(scope, "RolloutFinish", replied, sent);
    await comment("/rollout v1:85:v2:15");
    expect(scope.isDone()).toBe(true);
    expect(sent[0]?.variables.config).toBe("main:rollout.yaml");
    expect(sent[2]?.variables).toMatchObject({
      baseOid: DEFAULT_HEAD,
      baseRefName: "main",
      title: "Rollout mnist: v1 85 % → v2 15 %",
    });
  });

  it("two commands at once end in one PR, both answered (createRef conflict, re-read, update)", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ defaultFolder: MNIST_FOLDER, labelId: "LA_rollout" }),
      sent,
    );
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ defaultFolder: MNIST_FOLDER, labelId: "LA_rollout" }),
      sent,
    );
    gql(scope, "RolloutCreate", created, sent);
    gql(
      scope,
      "RolloutCreate",
      {
        data: { createRef: null, createCommitOnBranch: null, createPullRequest: null },
        errors: [
          {
            type: "UNPROCESSABLE",
            path: ["createRef"],
            message: 'A ref named "refs/heads/rollout/mnist" already exists in the repository.',
          },
          {
            type: "STALE_DATA",
            path: ["createCommitOnBranch"],
            message: 'Expected branch to point to "1111" but it did not. Pull and try again.',
          },
          {
            type: "UNPROCESSABLE",
            path: ["createPullRequest"],
            message: "A pull request already exists for Codertocat:rollout/mnist.",
          },
        ],
      },
      sent,
    );
    gql(scope, "RolloutFinish", replied, sent);
    // Which command wins the race varies; the branch holds neither's weights, so neither is a no-op.
    const onBranch = MNIST_CONFIG.replace("weight: 90,", "weight: 70,").replace("weight: 10,", "weight: 30,");
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({
        openPr: { number: 42 },
        branchConfig: onBranch,
        defaultFolder: MNIST_FOLDER,
        branchFolder: MNIST_FOLDER,
      }),
      sent,
    );
    gql(
      scope,
      "RolloutUpdate",
      {
        data: {
          createCommitOnBranch: { commit: { oid: "5" } },
          updatePullRequest: { pullRequest: { id: "PR_rollout42" } },
          addComment: { commentEdge: { node: { url: "u" } } },
        },
      },
      sent,
    );

    await Promise.all([comment("/rollout v2 20"), comment("/rollout v2 25", { commentId: COMMENT_ID + 1 })]);

    expect(scope.isDone()).toBe(true);
    const ops = operations(sent);
    expect(ops.filter((o) => o === "RolloutCreate")).toHaveLength(2);
    expect(ops.filter((o) => o === "RolloutUpdate")).toHaveLength(1);
    // Both commenters are answered: one by the new PR's reply, one inside the update.
    expect(ops.filter((o) => o === "RolloutFinish")).toHaveLength(1);
    expect(String(sent.find((s) => s.query.includes("RolloutUpdate("))?.variables.reply)).toContain(
      "pull/42",
    );
  });

  it("a createRef that lost to another writer's is harmless when this commit and PR still went through (GitHub runs every field)", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ defaultFolder: MNIST_FOLDER, labelId: "LA_rollout" }),
      sent,
    );
    // The other writer made the branch but had not committed yet: this commit (at the base) and PR won.
    gql(
      scope,
      "RolloutCreate",
      {
        data: { ...created.data, createRef: null },
        errors: [
          {
            type: "UNPROCESSABLE",
            path: ["createRef"],
            message: 'A ref named "refs/heads/rollout/mnist" already exists in the repository.',
          },
        ],
      },
      sent,
    );
    gql(scope, "RolloutFinish", replied, sent);
    await comment("/rollout v2 20");
    expect(scope.isDone()).toBe(true);
    expect(operations(sent)).toEqual(["RolloutRead", "RolloutReadService", "RolloutCreate", "RolloutFinish"]);
    expect(sent[3]?.variables).toMatchObject({ pullRequestId: "PR_rollout42", withLabel: true });
  });

  it("a 502 from GitHub is retried, then the command completes", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(scope, "RolloutReadService", { message: "Bad gateway" }, sent, 502);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ defaultFolder: MNIST_FOLDER, labelId: "LA_rollout" }),
      sent,
    );
    gql(scope, "RolloutCreate", created, sent);
    gql(scope, "RolloutFinish", replied, sent);
    await comment("/rollout v2 20");
    expect(scope.isDone()).toBe(true);
  });

  it("when even the first read keeps failing, the commenter still gets an answer", async () => {
    const scope = github();
    scope.post("/graphql").times(4).reply(502, { message: "Bad gateway" });
    scope.get(`/repos/${OWNER}/${REPO}/issues/7/comments`).query(true).reply(200, []);
    let body = "";
    scope
      .post(`/repos/${OWNER}/${REPO}/issues/7/comments`, (b: { body: string }) => {
        body = b.body;
        return true;
      })
      .reply(201, {});
    await comment("/rollout v2 20");
    expect(scope.isDone()).toBe(true);
    expect(body).toContain("Nothing was changed");
  });

  it("a failure after the branch was made deletes the branch and replies the error", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(scope, "RolloutReadService", readServiceReply({ defaultFolder: MNIST_FOLDER }), sent);
    gql(
      scope,
      "RolloutCreate",
      {
        data: { createRef: { ref: { id: "REF_new" } }, createCommitOnBranch: null, createPullRequest: null },
        errors: [
          {
            type: "FORBIDDEN",
            path: ["createCommitOnBranch"],
            message: "Resource not accessible by integration",
          },
        ],
      },
      sent,
    );
    gql(scope, "RolloutDeleteRef", { data: { deleteRef: { clientMutationId: null } } }, sent);
    gql(scope, "RolloutReply", replied, sent);
    await comment("/rollout v2 20");
    expect(scope.isDone()).toBe(true);
    expect(sent[3]?.variables).toEqual({ refId: "REF_new" });
    expect(String(sent[4]?.variables.reply)).toContain("Resource not accessible by integration");
  });

  it("a leftover rollout branch without an open PR is reset to the default head and reused", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ leftoverBranch: true, defaultFolder: MNIST_FOLDER, labelId: null }),
      sent,
    );
    gql(scope, "RolloutReset", created, sent);
    scope.post(`/repos/${OWNER}/${REPO}/issues/42/labels`, { labels: ["rollout"] }).reply(200, []);
    gql(scope, "RolloutFinish", replied, sent);
    await comment("/rollout v2 20");
    expect(scope.isDone()).toBe(true);
    expect(sent[2]?.variables).toMatchObject({ refId: "REF_rollout", baseOid: DEFAULT_HEAD });
    // No `rollout` label yet: REST adds (and creates) it beside the finishing request.
    expect(sent[3]?.variables).toMatchObject({ withLabel: false, labelIds: [] });
  });
});

describe("each traffic command opens the rollout PR it describes", () => {
  const atFifty = MNIST_CONFIG.replace("weight: 90,", "weight: 50,").replace("weight: 10,", "weight: 50,");
  it.each([
    ["/rollout v2 20", MNIST_CONFIG, "Rollout mnist: v1 80 % → v2 20 %"],
    ["/rollout mnist v1:75,v2:25", MNIST_CONFIG, "Rollout mnist: v1 75 % → v2 25 %"],
    ["/rollout next", MNIST_CONFIG, "Rollout mnist: v1 75 % → v2 25 %"],
    ["/rollout promote v2", atFifty, "Rollout mnist: promote v2 (100 %)"],
    ["/rollout abort", atFifty, "Rollout mnist: abort, back to v1 (100 %)"],
    ["/rollout v2 60 --force", MNIST_CONFIG, "Rollout mnist: v1 40 % → v2 60 %"],
  ])("%s", async (body, config, title) => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: config, login: "carol", role: "write" }), sent);
    if (body.includes("--force")) {
      scope.get("/orgs/kubeflow/teams/ml-platform/memberships/carol").reply(200, { state: "active" });
    }
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({ defaultFolder: MNIST_FOLDER, labelId: "LA_rollout" }),
      sent,
    );
    gql(scope, "RolloutCreate", created, sent);
    gql(scope, "RolloutFinish", replied, sent);
    await comment(body, { login: "carol" });
    expect(scope.isDone()).toBe(true);
    expect(sent[2]?.variables.title).toBe(title);
    expect(sent[2]?.variables.message).toMatchObject({ headline: title });
  });
});

describe("the first read and the floor of round trips", () => {
  it("a token that may not list collaborators: the permission API answers (a custom role counts as its base)", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    const read = ackReply({ configText: MNIST_CONFIG });
    gql(
      scope,
      "RolloutRead",
      {
        data: { ...read.data, repository: { ...read.data.repository, collaborators: null } },
        errors: [
          {
            type: "FORBIDDEN",
            path: ["repository", "collaborators"],
            message: "Must have push access to view repository collaborators.",
          },
        ],
      },
      sent,
    );
    scope
      .get(`/repos/${OWNER}/${REPO}/collaborators/alice/permission`)
      .reply(200, { permission: "write", role_name: "deployer", user: { login: "alice" } });
    gql(scope, "RolloutReply", replied, sent);
    await comment("/rollout help");
    expect(scope.isDone()).toBe(true);
    expect(operations(sent)).toEqual(["RolloutRead", "RolloutReply"]);
    expect(String(sent[1]?.variables.reply)).toContain("/rollout mnist v2 20");
  });

  it("a reviewer GitHub does not know is named in the reply at once, with no extra request", async () => {
    const config = MNIST_CONFIG.replace(
      "reviewers: [kubeflow/ml-platform]",
      "reviewers: [kubeflow/ml-platform, nobody-here]",
    );
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: config, role: "write" }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({
        defaultFolder: MNIST_FOLDER,
        labelId: "LA_rollout",
        unknownReviewers: ["nobody-here"],
      }),
      sent,
    );
    gql(scope, "RolloutCreate", created, sent);
    gql(scope, "RolloutFinish", replied, sent);
    await comment("/rollout v2 20");
    expect(scope.isDone()).toBe(true);
    expect(operations(sent)).toEqual(["RolloutRead", "RolloutReadService", "RolloutCreate", "RolloutFinish"]);
    expect(sent[1]?.variables).toMatchObject({ u0: "nobody-here", t0org: "kubeflow", t0slug: "ml-platform" });
    expect(sent[3]?.variables).toMatchObject({ userIds: [], teamIds: ["T_kubeflow/ml-platform"] });
    expect(String(sent[3]?.variables.reply)).toContain("Could not request a review from `nobody-here`");
  });

  it("a retry after losing the createRef race stops when the winner was another delivery of this comment", async () => {
    const sent: GqlBody[] = [];
    const scope = github();
    gql(scope, "RolloutRead", ackReply({ configText: MNIST_CONFIG, role: "write" }), sent);
    gql(scope, "RolloutReadService", readServiceReply({ defaultFolder: MNIST_FOLDER }), sent);
    gql(
      scope,
      "RolloutCreate",
      {
        data: { createRef: null, createCommitOnBranch: null, createPullRequest: null },
        // As GitHub answers: every field ran, and each failed on what the other delivery made.
        errors: [
          {
            type: "UNPROCESSABLE",
            path: ["createRef"],
            message: 'A ref named "refs/heads/rollout/mnist" already exists in the repository.',
          },
          {
            type: "STALE_DATA",
            path: ["createCommitOnBranch"],
            message: `Expected branch to point to "${DEFAULT_HEAD}" but it did not. Pull and try again.`,
          },
          {
            type: "UNPROCESSABLE",
            path: ["createPullRequest"],
            message: "A pull request already exists for Codertocat:rollout/mnist.",
          },
        ],
      },
      sent,
    );
    // The re-read sees the rollout PR the other delivery opened, and its 👀 on the comment.
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({
        openPr: { number: 42 },
        branchConfig: MNIST_CONFIG,
        defaultFolder: MNIST_FOLDER,
        branchFolder: MNIST_FOLDER,
        answered: true,
      }),
      sent,
    );
    await comment("/rollout v2 20");
    expect(scope.isDone()).toBe(true);
    // Nothing more: no commit on the winner's branch, no second reply.
    expect(operations(sent)).toEqual([
      "RolloutRead",
      "RolloutReadService",
      "RolloutCreate",
      "RolloutReadService",
    ]);
  });
});
