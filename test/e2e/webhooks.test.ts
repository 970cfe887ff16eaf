// The app as a process behind real HTTP: signed webhooks accepted, a bad signature refused and
// logged in one line, a /rollout command answered on the fake GitHub.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github-server.js";
import { renderedExample } from "../helpers/tree.js";
import { type AppProcess, startApp, waitFor } from "./harness.js";

let github: FakeGitHub;
let app: AppProcess;

beforeAll(async () => {
  github = await startFakeGitHub({ teams: { "kubeflow/ml-platform": ["bob"] } });
  app = await startApp({ githubHost: github.host });
  github.setWebhookTarget({ url: app.webhookUrl, secret: app.secret });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await github?.close();
});

describe("webhooks over HTTP", () => {
  it("refuses a bad signature with 400/401 and logs it in one line, without a stack", async () => {
    const repo = github.createRepo({ owner: "Codertocat", name: "sig", files: renderedExample() });
    const c = {
      id: 1,
      nodeId: "IC_x",
      issueNumber: 1,
      body: "/rollout status",
      login: "alice",
      createdAt: "",
      updatedAt: "",
      reactions: [],
    };
    const mark = app.mark();
    const status = await github.send({
      event: "issue_comment",
      payload: github.commentPayload(repo, c),
      signature: `sha256=${"0".repeat(64)}`,
    });
    expect([400, 401]).toContain(status);
    const logged = await waitFor("the refusal in the app's log", () => {
      const text = app.outputSince(mark);
      return /signature/i.test(text) ? text : undefined;
    });
    // Give a multi-line stack time to arrive too.
    await new Promise((r) => setTimeout(r, 500));
    const lines = app
      .outputSince(mark)
      .split("\n")
      .filter((l) => /signature|secret/i.test(l));
    expect(logged).toMatch(/signature/i);
    expect(lines).toHaveLength(1);
    // One sentence: no stack (neither as lines nor inside the JSON), and not the whole payload.
    expect(lines[0]).not.toMatch(/\bat \S+ \(|"stack"|"payload"/);
  });

  it("answers `/rollout status` on the fake GitHub", async () => {
    const repo = github.createRepo({ owner: "Codertocat", name: "status", files: renderedExample() });
    repo.permissions.set("alice", "write");
    const branch = github.commitOnBranch(repo, {
      branch: "docs",
      changes: { "README.md": "hi\n" },
      message: "docs",
    });
    expect(branch).toMatch(/^[0-9a-f]{40}$/);
    const pr = github.openPr(repo, { head: "docs", title: "docs", author: "alice" });
    github.comment(repo, { issueNumber: pr.number, body: "/rollout status", login: "alice" });
    const reply = await waitFor(
      "the status reply",
      () => repo.comments.find((c) => c.login === "rollout-bot[bot]"),
      { diagnostics: () => `${github.problems.join("\n")}\n${app.output().slice(-3000)}` },
    );
    expect(reply.body).toMatch(/mnist/);
    expect(repo.comments.find((c) => c.login === "alice")?.reactions).toEqual(["EYES"]);
    expect(github.problems).toEqual([]);
  });
});
