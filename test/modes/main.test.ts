import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { main, runAction } from "../../src/modes/main.js";
import { annotationsOf } from "../../src/modes/validate.js";
import { twoVersions } from "../fixtures/prometheus/generate.js";
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
import { usePrometheus } from "../helpers/prometheus.js";

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
    gql(
      scope,
      "RolloutRead",
      ackReply({ configText: examplesFile("mnist/rollout.yaml"), role: "write" }),
      sent,
    );
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
    gql(scope, "RolloutFinish", { data: { addComment: { commentEdge: { node: { url: "u" } } } } }, sent);

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
    gql(
      scope,
      "RolloutRead",
      ackReply({ configText: examplesFile("mnist/rollout.yaml"), role: "write" }),
      sent,
    );
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

describe("the Action's full path (runAction), which triage leaves every doubtful event to", () => {
  it("an event file the mode cannot read fails the job as an internal error, with its stack", async () => {
    const { output } = workflow({ mode: "command", token: "t" }, "issue_comment", {});
    writeFileSync(join(output, "..", "event.json"), "{");
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      await runAction();
    } finally {
      process.stdout.write = write;
    }
    expect(process.exitCode).toBe(1);
    expect(written.join("")).toContain(
      "::error::rollout-bot: internal error (a bug — please report it): SyntaxError",
    );
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe("the Action's GitHub client", () => {
  it("waits out a secondary rate limit (retry-after) and carries on", async () => {
    workflow({ mode: "command", token: "t" }, "issue_comment", commentPayload({ body: "/rollout help" }));
    const sent: GqlBody[] = [];
    const scope = nock(API);
    // No collaborator edge for alice (say, access through the organization): the permission API
    // answers, and it is the request rate-limited here.
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
    gql(scope, "RolloutRead", ackReply({ configText: examplesFile("mnist/rollout.yaml") }), sent);
    gql(scope, "RolloutReply", { data: { addComment: { commentEdge: { node: { url: "u" } } } } }, sent);
    const started = Date.now();
    await main({ octokitOptions: { retryAfterBaseValue: 1 } });
    expect(scope.isDone()).toBe(true);
    expect(process.exitCode).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(String(sent.at(-1)?.variables.reply)).toContain("/rollout");
  });
});

describe("the Action, mode: report", () => {
  const server = usePrometheus({ datasets: [twoVersions] });

  it("reports on the event's rollout PR: sticky comment, check run, job summary", async () => {
    const pr = commentPayload({ body: "" }) as unknown as Record<string, unknown>;
    const payload = {
      action: "synchronize",
      repository: { ...(pr.repository as object), full_name: `${OWNER}/${REPO}`, default_branch: "main" },
      pull_request: {
        number: 42,
        head: { ref: "rollout/mnist", sha: "abc123", repo: { full_name: `${OWNER}/${REPO}` } },
      },
    };
    const { output } = workflow(
      { mode: "report", token: "t", prometheus: server.url },
      "pull_request",
      payload,
    );
    const summary = join(output, "..", "summary.md");
    writeFileSync(summary, "");
    process.env.GITHUB_STEP_SUMMARY = summary;
    process.env.GITHUB_REPOSITORY = `${OWNER}/${REPO}`;
    const config = examplesFile("mnist/rollout.yaml");
    const scope = nock(API);
    scope.get(`/repos/${OWNER}/${REPO}/contents/rollout.yaml`).query({ ref: "main" }).reply(200, config);
    scope
      .get(`/repos/${OWNER}/${REPO}/contents/rollout.yaml`)
      .query({ ref: "abc123" })
      .reply(200, config.replace("weight: 90,", "weight: 80,").replace("weight: 10,", "weight: 20,"));
    scope.get(`/repos/${OWNER}/${REPO}/issues/42/comments`).query(true).reply(200, []);
    scope.post(`/repos/${OWNER}/${REPO}/issues/42/comments`).reply(201, { id: 1 });
    scope
      .get(`/repos/${OWNER}/${REPO}/commits/abc123/check-runs`)
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] });
    let conclusion = "";
    scope
      .post(`/repos/${OWNER}/${REPO}/check-runs`, (b: { conclusion: string }) => {
        conclusion = b.conclusion;
        return true;
      })
      .reply(201, { id: 2 });

    await main({ octokitOptions: { throttle: false, retryAfterBaseValue: 1 } });

    expect(scope.isDone()).toBe(true);
    // "Now" has no traffic in the test Prometheus: insufficient data, so neutral — never success.
    expect(conclusion).toBe("neutral");
    expect(readFileSync(summary, "utf8")).toContain("<!-- rollout-bot:metrics service=mnist -->");
    expect(readFileSync(output, "utf8")).toContain("conclusion");
    expect(process.exitCode).toBeUndefined();
  });
});

describe("the Action without the token input", () => {
  it.each(["command", "report", "apply"])(
    "mode: %s names the missing input, no stack, no internal error",
    async (mode) => {
      workflow({ mode }, "issue_comment", commentPayload({ body: "/rollout v2 20" }));
      const written: string[] = [];
      const write = process.stdout.write;
      process.stdout.write = ((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      }) as typeof process.stdout.write;
      try {
        await main({ octokitOptions: { throttle: false } });
      } finally {
        process.stdout.write = write;
      }
      expect(process.exitCode).toBe(1);
      const out = written.join("");
      expect(out).toContain(`::error::rollout-bot: \`mode: ${mode}\` needs the \`token\` input`);
      expect(out).not.toContain("internal error");
      expect(out).not.toMatch(/\n\s+at /);
    },
  );
});

describe("the Action, mode: validate, annotates files and lines", () => {
  function captured(run: () => Promise<void>): Promise<string> {
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    return run()
      .finally(() => {
        process.stdout.write = write;
      })
      .then(() => written.join(""));
  }

  it("a stale rendered manifest gets ::error file=…,line=…::", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rollout-bot-action-"));
    cpSync(new URL("../../examples/mnist", import.meta.url).pathname, dir, { recursive: true });
    const path = join(dir, "deploy/mnist/virtualservice.yaml");
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.replace("weight: 90", "weight: 91"));
    const line = text.split("\n").findIndex((l) => l.includes("weight: 90")) + 1;
    workflow({ mode: "validate" }, "pull_request", {});
    process.env.GITHUB_WORKSPACE = dir;
    const out = await captured(() => main());
    expect(process.exitCode).toBe(1);
    expect(out).toContain(
      `::error title=rollout-bot validate,file=deploy/mnist/virtualservice.yaml,line=${line}::`,
    );
  });

  it("include: a problem in a service's own file is annotated on that file and line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rollout-bot-action-"));
    cpSync(new URL("../../examples/include", import.meta.url).pathname, dir, { recursive: true });
    const path = join(dir, "rollout.d/resnet.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("v2: { weight: 0,", "v2: { weight: 10,"));
    workflow({ mode: "validate" }, "pull_request", {});
    process.env.GITHUB_WORKSPACE = dir;
    const out = await captured(() => main());
    expect(process.exitCode).toBe(1);
    expect(out).toContain(
      "::error title=rollout.yaml,file=rollout.d/resnet.yaml,line=10,col=3::versions: weights add up to 110",
    );
  });

  it("a problem in a brought routing file gets its file and line", async () => {
    const r = annotationsOf({
      ok: false,
      reason: "route-mismatch",
      message: "istio/mnist.yaml:12:9: spec.http[0].route: mixes this service's versions with another host.",
    });
    expect(r).toEqual([
      {
        file: "istio/mnist.yaml",
        line: 12,
        column: 9,
        message: "spec.http[0].route: mixes this service's versions with another host.",
      },
    ]);
  });
});
