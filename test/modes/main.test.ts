import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { main } from "../../src/modes/main.js";
import {
  API,
  ackReply,
  commentPayload,
  exampleFolder,
  examplesFile,
  type GqlBody,
  gql,
  MNIST_FILES,
  OWNER,
  REPO,
  readServiceReply,
} from "../helpers/github.js";

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  nock.cleanAll();
});

/** Sets the environment a workflow step gets for `uses: rollout-bot` with these inputs and event. */
function workflow(inputs: Record<string, string>, eventName: string, payload: unknown): { output: string } {
  const dir = mkdtempSync(join(tmpdir(), "rollout-bot-action-"));
  const eventPath = join(dir, "event.json");
  writeFileSync(eventPath, JSON.stringify(payload));
  const output = join(dir, "output.txt");
  writeFileSync(output, "");
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  process.env.GITHUB_EVENT_NAME = eventName;
  process.env.GITHUB_EVENT_PATH = eventPath;
  process.env.GITHUB_OUTPUT = output;
  return { output };
}

describe("the Action, mode: command", () => {
  it("handles the workflow's issue_comment event file with the given token and sets outputs", async () => {
    const { output } = workflow(
      { mode: "command", token: "ghs_workflow" },
      "issue_comment",
      commentPayload({ body: "/rollout v2 20" }),
    );
    const sent: GqlBody[] = [];
    const scope = nock(API, { reqheaders: { authorization: "token ghs_workflow" } });
    scope
      .get(`/repos/${OWNER}/${REPO}/collaborators/alice/permission`)
      .reply(200, { permission: "write", role_name: "write" });
    gql(scope, "RolloutAckAndRead", ackReply({ configText: examplesFile("mnist/rollout.yaml") }), sent);
    gql(
      scope,
      "RolloutReadService",
      readServiceReply({
        defaultFolder: exampleFolder("mnist", "deploy/mnist", MNIST_FILES),
        labelId: "LA_rollout",
      }),
      sent,
    );
    gql(
      scope,
      "RolloutCreate",
      {
        data: {
          createRef: { ref: { id: "REF_new" } },
          createCommitOnBranch: { commit: { oid: "3" } },
          createPullRequest: {
            pullRequest: {
              id: "PR_rollout42",
              number: 42,
              url: `https://github.com/${OWNER}/${REPO}/pull/42`,
            },
          },
        },
      },
      sent,
    );
    scope.post(`/repos/${OWNER}/${REPO}/pulls/42/requested_reviewers`).reply(201, {});
    gql(
      scope,
      "RolloutLabelAndReply",
      { data: { addComment: { commentEdge: { node: { url: "u" } } } } },
      sent,
    );

    await main({ octokitOptions: { throttle: false, retryAfterBaseValue: 1 } });

    expect(scope.isDone()).toBe(true);
    expect(process.exitCode).toBeUndefined();
    const out = readFileSync(output, "utf8");
    expect(out).toContain("result");
    expect(out).toContain("done");
    expect(out).toContain(`https://github.com/${OWNER}/${REPO}/pull/42`);
  });

  it("fails the job when the handler fails, after replying", async () => {
    workflow(
      { mode: "command", token: "ghs_workflow" },
      "issue_comment",
      commentPayload({ body: "/rollout v2 20" }),
    );
    const sent: GqlBody[] = [];
    const scope = nock(API);
    scope
      .get(`/repos/${OWNER}/${REPO}/collaborators/alice/permission`)
      .reply(200, { permission: "write", role_name: "write" });
    gql(scope, "RolloutAckAndRead", ackReply({ configText: examplesFile("mnist/rollout.yaml") }), sent);
    gql(scope, "RolloutReadService", { message: "Server Error" }, sent, 500);
    gql(scope, "RolloutReadService", { message: "Server Error" }, sent, 500);
    gql(scope, "RolloutReadService", { message: "Server Error" }, sent, 500);
    gql(scope, "RolloutReadService", { message: "Server Error" }, sent, 500);
    gql(scope, "RolloutReply", { data: { addComment: { commentEdge: { node: { url: "u" } } } } }, sent);

    await main({ octokitOptions: { throttle: false, retryAfterBaseValue: 1 } });

    expect(scope.isDone()).toBe(true);
    expect(process.exitCode).toBe(1);
    expect(String(sent.at(-1)?.variables.reply)).toContain("Server Error");
  });

  it("ignores other events without calling GitHub", async () => {
    workflow({ mode: "command", token: "t" }, "push", {});
    await main({ octokitOptions: { throttle: false } });
    expect(process.exitCode).toBeUndefined();
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("masks the token", async () => {
    workflow({ mode: "command", token: "ghs_secret_value" }, "push", {});
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      await main({ octokitOptions: { throttle: false } });
    } finally {
      process.stdout.write = write;
    }
    expect(lines.join("")).toContain("::add-mask::ghs_secret_value");
  });
});

describe("the Action's GitHub client", () => {
  it("waits out a secondary rate limit (retry-after) and carries on", async () => {
    workflow({ mode: "command", token: "t" }, "issue_comment", commentPayload({ body: "/rollout help" }));
    const sent: GqlBody[] = [];
    const scope = nock(API);
    scope.get(`/repos/${OWNER}/${REPO}/collaborators/alice/permission`).reply(
      403,
      {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      },
      { "retry-after": "1" },
    );
    scope
      .get(`/repos/${OWNER}/${REPO}/collaborators/alice/permission`)
      .reply(200, { permission: "write", role_name: "write" });
    gql(scope, "RolloutAckAndRead", ackReply({ configText: examplesFile("mnist/rollout.yaml") }), sent);
    gql(scope, "RolloutReply", { data: { addComment: { commentEdge: { node: { url: "u" } } } } }, sent);
    const started = Date.now();
    await main({ octokitOptions: { retryAfterBaseValue: 1 } });
    expect(scope.isDone()).toBe(true);
    expect(process.exitCode).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(String(sent.at(-1)?.variables.reply)).toContain("/rollout");
  });
});
