// The Action's merge-to-deploy and plan modes on a real git checkout, a fake Kubernetes API and
// nock for GitHub; secrets must never reach the log.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { main } from "../../src/modes/main.js";
import { type FakeKube, kubeconfigFor, startFakeKube } from "../helpers/fake-kube.js";
import { API, OWNER, REPO } from "../helpers/github.js";
import { EXAMPLES } from "../helpers/tree.js";

const saved = { ...process.env };
let fake: FakeKube;
let log: string[];
const write = process.stdout.write.bind(process.stdout);

beforeEach(async () => {
  fake = await startFakeKube({ availableAfterGets: 1, token: "sekrit-bearer-token-1234" });
  log = [];
  process.stdout.write = ((chunk: string) => {
    log.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});
afterEach(async () => {
  process.stdout.write = write;
  process.env = { ...saved };
  process.exitCode = undefined;
  nock.cleanAll();
  await fake.close();
});

function sh(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@e",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@e",
    },
  }).trim();
}

/** A checkout with two commits: examples/mnist at 90/10 (bake off), then the rollout to 80/20. */
function checkout(): { dir: string; before: string; after: string } {
  const dir = mkdtempSync(join(tmpdir(), "rollout-bot-ws-"));
  cpSync(join(EXAMPLES, "mnist"), dir, { recursive: true });
  const cfg = join(dir, "rollout.yaml");
  writeFileSync(cfg, readFileSync(cfg, "utf8").replace("    policy:\n", "    policy:\n      bake: 0s\n"));
  sh(dir, "init", "-q", "-b", "main");
  sh(dir, "add", "-A");
  sh(dir, "commit", "-q", "-m", "mnist 90/10");
  const before = sh(dir, "rev-parse", "HEAD");
  writeFileSync(
    cfg,
    readFileSync(cfg, "utf8").replace("weight: 90,", "weight: 80,").replace("weight: 10,", "weight: 20,"),
  );
  const vs = join(dir, "deploy/mnist/virtualservice.yaml");
  writeFileSync(
    vs,
    readFileSync(vs, "utf8").replaceAll("weight: 90", "weight: 80").replaceAll("weight: 10", "weight: 20"),
  );
  sh(dir, "commit", "-q", "-am", "Rollout mnist: v1 80 % → v2 20 %");
  return { dir, before, after: sh(dir, "rev-parse", "HEAD") };
}

function env(ws: string, inputs: Record<string, string>, eventName: string, payload: unknown): void {
  const eventPath = join(ws, "..", `${Date.now()}-event.json`);
  writeFileSync(eventPath, JSON.stringify(payload));
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(process.env, {
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
  });
}

describe("the Action, mode: apply", () => {
  it("applies an approved merge's changed service and never logs the kubeconfig or token", async () => {
    const { dir, before, after } = checkout();
    env(dir, { mode: "apply", token: "ghs_action_token", kubeconfig: kubeconfigFor(fake) }, "push", {
      ref: "refs/heads/main",
      before,
      after,
      repository: { default_branch: "main" },
    });
    const scope = nock(API);
    scope.get(`/repos/${OWNER}/${REPO}/commits/${after}/pulls`).reply(200, [
      {
        number: 42,
        html_url: "u",
        user: { login: "rollout-bot[bot]" },
        merged_at: "2026-11-25T10:00:00Z",
        merge_commit_sha: after,
        head: { ref: "rollout/mnist", sha: "c".repeat(40) },
        base: { ref: "main" },
      },
    ]);
    scope
      .get(`/repos/${OWNER}/${REPO}/pulls/42/commits`)
      .query(true)
      .reply(200, [{ commit: { message: "Rollout mnist\n\nRequested by @alice in x#7: /rollout v2 20" } }]);
    // policy.reviewers in the example is the team kubeflow/ml-platform.
    scope
      .get("/orgs/kubeflow/teams/ml-platform/members")
      .query(true)
      .optionally()
      .reply(200, [{ login: "ml-platform-team" }]);
    scope
      .get(`/repos/${OWNER}/${REPO}/pulls/42/reviews`)
      .query(true)
      .reply(200, [
        {
          user: { login: "ml-platform-team", type: "User" },
          state: "APPROVED",
          submitted_at: "2026-11-25T09:00:00Z",
          commit_id: "c".repeat(40),
          author_association: "MEMBER",
        },
      ]);
    scope.post(`/repos/${OWNER}/${REPO}/deployments`).reply(201, { id: 7 });
    scope.post(`/repos/${OWNER}/${REPO}/deployments/7/statuses`).times(2).reply(201, {});
    scope.get(`/repos/${OWNER}/${REPO}/issues/42/comments`).query(true).reply(200, []);
    scope.post(`/repos/${OWNER}/${REPO}/issues/42/comments`).reply(201, {});

    const summary = join(dir, "..", `${Date.now()}-summary.md`);
    writeFileSync(summary, "");
    process.env.GITHUB_STEP_SUMMARY = summary;

    await main({ octokitOptions: { throttle: false, retryAfterBaseValue: 1 } });

    expect(scope.isDone()).toBe(true);
    expect(process.exitCode).toBeUndefined();
    const job = readFileSync(summary, "utf8");
    expect(job).toContain("rollout-bot apply: **applied**");
    expect(job).toContain("mnist");
    const vs = fake.find("VirtualService", "kubeflow", "mnist") as {
      spec: { http: { route: { weight: number }[] }[] };
    };
    expect(vs.spec.http[0]?.route.map((r) => r.weight)).toEqual([80, 20]);
    const all = log.join("");
    expect(all).toContain("::add-mask::sekrit-bearer-token-1234");
    // Apart from the masking commands themselves, neither secret is ever printed.
    const printed = all
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n");
    expect(printed).not.toContain("sekrit-bearer-token-1234");
    expect(printed).not.toContain("ghs_action_token");
  });

  it("include: a merged change to rollout.d/resnet.yaml applies resnet, and only resnet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rollout-bot-ws-"));
    cpSync(join(EXAMPLES, "include"), dir, { recursive: true });
    const own = join(dir, "rollout.d/resnet.yaml");
    writeFileSync(own, `${readFileSync(own, "utf8")}policy: { bake: 0s }\n`);
    sh(dir, "init", "-q", "-b", "main");
    sh(dir, "add", "-A");
    sh(dir, "commit", "-q", "-m", "two services");
    const before = sh(dir, "rev-parse", "HEAD");
    writeFileSync(
      own,
      readFileSync(own, "utf8").replace("weight: 100,", "weight: 95,").replace("weight: 0,", "weight: 5,"),
    );
    const vs = join(dir, "deploy/resnet/virtualservice.yaml");
    writeFileSync(
      vs,
      readFileSync(vs, "utf8").replaceAll("weight: 100", "weight: 95").replaceAll("weight: 0", "weight: 5"),
    );
    sh(dir, "commit", "-q", "-am", "Rollout resnet: v1 95 % → v2 5 %");
    const after = sh(dir, "rev-parse", "HEAD");
    env(dir, { mode: "apply", token: "t", kubeconfig: kubeconfigFor(fake) }, "push", {
      ref: "refs/heads/main",
      before,
      after,
      repository: { default_branch: "main" },
    });
    const scope = nock(API);
    scope.get(`/repos/${OWNER}/${REPO}/commits/${after}/pulls`).reply(200, [
      {
        number: 43,
        html_url: "u",
        user: { login: "rollout-bot[bot]" },
        merged_at: "2026-11-25T10:00:00Z",
        merge_commit_sha: after,
        head: { ref: "rollout/resnet", sha: "e".repeat(40) },
        base: { ref: "main" },
      },
    ]);
    scope
      .get(`/repos/${OWNER}/${REPO}/pulls/43/commits`)
      .query(true)
      .reply(200, [
        { commit: { message: "Rollout resnet\n\nRequested by @alice in x#7: /rollout resnet v2 5" } },
      ]);
    scope
      .get(`/repos/${OWNER}/${REPO}/pulls/43/reviews`)
      .query(true)
      .reply(200, [
        {
          user: { login: "bob", type: "User" },
          state: "APPROVED",
          submitted_at: "2026-11-25T09:00:00Z",
          commit_id: "e".repeat(40),
          author_association: "MEMBER",
        },
      ]);
    scope.post(`/repos/${OWNER}/${REPO}/deployments`).reply(201, { id: 8 });
    scope.post(`/repos/${OWNER}/${REPO}/deployments/8/statuses`).times(2).reply(201, {});
    scope.get(`/repos/${OWNER}/${REPO}/issues/43/comments`).query(true).reply(200, []);
    scope.post(`/repos/${OWNER}/${REPO}/issues/43/comments`).reply(201, {});
    const summary = join(dir, "..", `${Date.now()}-summary.md`);
    writeFileSync(summary, "");
    process.env.GITHUB_STEP_SUMMARY = summary;

    await main({ octokitOptions: { throttle: false, retryAfterBaseValue: 1 } });

    expect(scope.isDone()).toBe(true);
    expect(process.exitCode).toBeUndefined();
    const applied = fake.find("VirtualService", "vision", "resnet") as {
      spec: { http: { route: { weight: number }[] }[] };
    };
    expect(applied.spec.http[0]?.route.map((r) => r.weight)).toEqual([95, 5]);
    expect(fake.find("VirtualService", "kubeflow", "mnist")).toBeUndefined();
  }, 20_000);

  it("a shallow checkout without the commit before the push is refused with the fix", async () => {
    const { dir, after } = checkout();
    env(dir, { mode: "apply", token: "t", kubeconfig: kubeconfigFor(fake) }, "push", {
      ref: "refs/heads/main",
      before: "d".repeat(40),
      after,
      repository: { default_branch: "main" },
    });
    await main({ octokitOptions: { throttle: false } });
    expect(process.exitCode).toBe(1);
    expect(log.join("")).toContain("fetch-depth: 2");
    expect(fake.requests()).toEqual([]);
  });

  it("ignores a push to another branch", async () => {
    const { dir } = checkout();
    env(dir, { mode: "apply", token: "t", kubeconfig: kubeconfigFor(fake) }, "push", {
      ref: "refs/heads/feature",
      after: "x",
    });
    await main({ octokitOptions: { throttle: false } });
    expect(process.exitCode).toBeUndefined();
    expect(fake.requests()).toEqual([]);
  });

  it("a bad kubeconfig fails the job with a message that quotes none of it", async () => {
    const { dir } = checkout();
    env(
      dir,
      {
        mode: "apply",
        token: "t",
        kubeconfig: "apiVersion: v1\nusers: [{ name: x, user: { token: hunter2-secret } }\n",
      },
      "push",
      {},
    );
    await main({ octokitOptions: { throttle: false } });
    expect(process.exitCode).toBe(1);
    const printed = log
      .join("")
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n");
    expect(printed).not.toContain("hunter2-secret");
  });
});

describe("the Action, mode: plan", () => {
  it("posts the dry-run diff and drift on the PR, and applies nothing", async () => {
    const { dir, before, after } = checkout();
    env(dir, { mode: "plan", token: "t", kubeconfig: kubeconfigFor(fake) }, "pull_request", {
      pull_request: { number: 43, head: { sha: after }, base: { sha: before } },
    });
    const scope = nock(API);
    let body = "";
    scope.get(`/repos/${OWNER}/${REPO}/issues/43/comments`).query(true).reply(200, []);
    scope
      .post(`/repos/${OWNER}/${REPO}/issues/43/comments`, (b: { body: string }) => {
        body = b.body;
        return true;
      })
      .reply(201, {});
    await main({ octokitOptions: { throttle: false } });
    expect(scope.isDone()).toBe(true);
    expect(body).toContain("VirtualService");
    expect(fake.objects()).toEqual([]);
    expect(fake.requests().filter((r) => r.method === "PATCH" && r.query.dryRun !== "All")).toEqual([]);
  });
});
