// `include:` through the GitHub paths, against the stateful fake GitHub (every GraphQL document
// validated and executed against GitHub's schema): a command on one service of an include
// repository reads and commits only rollout.yaml, that service's own file and its manifests; the
// deploy's snapshot and the metrics report read the included files; `status` shows them all.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { Octokit } from "@octokit/core";
import { githubAdapter } from "../src/adapters/github/index.js";
import { changedServices } from "../src/core/apply-plan.js";
import { renderChanges } from "../src/core/changes.js";
import { loadConfig } from "../src/core/config.js";
import type { GitHubPort } from "../src/core/ports.js";
import { revertChanges } from "../src/handlers/bake.js";
import { filesAt, serviceConfigAt } from "../src/handlers/files-at.js";
import { reportOnPr } from "../src/handlers/report-metrics.js";
import { type CommentEvent, handleRolloutComment } from "../src/handlers/rollout-command.js";
import { type FakeGitHub, type Repo, startFakeGitHub } from "./helpers/fake-github-server.js";
import { EXAMPLES, readTree } from "./helpers/tree.js";

const OWNER = "acme";

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterAll(async () => {
  await fake.close();
});

/** The GraphQL documents sent (operation and variables), for what was read. */
interface Sent {
  readonly operation: string;
  readonly variables: Record<string, unknown>;
}

function client(repo: Repo): { gh: GitHubPort; sent: Sent[] } {
  const octokit = new Octokit({ baseUrl: fake.url, auth: "token" });
  const sent: Sent[] = [];
  const recording = {
    request: (route: string, params?: Record<string, unknown>) => {
      sent.push({ operation: route, variables: params ?? {} });
      return octokit.request(route, params);
    },
    graphql: (query: string, variables?: Record<string, unknown>) => {
      sent.push({
        operation: /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? "?",
        variables: variables ?? {},
      });
      return octokit.graphql(query, variables);
    },
  };
  return { gh: githubAdapter(recording, { owner: repo.owner, name: repo.name }), sent };
}

/** examples/include as a repository (rollout.yaml, rollout.d/{mnist,resnet}.yaml, deploy/*), `edit` applied. */
function includeRepo(name: string, edit?: (files: Map<string, string>) => void): Repo {
  const files = readTree(`${EXAMPLES}include`);
  edit?.(files);
  return fake.createRepo({ owner: OWNER, name, files });
}

/** A PR to comment on (a feature branch's). */
function featurePr(repo: Repo): number {
  const branch = `feature/${repo.nextNumber}`;
  fake.commitOnBranch(repo, { branch, changes: { "NOTES.md": `${branch}\n` }, message: "notes" });
  return fake.openPr(repo, { head: branch, title: "feature", author: "alice" }).number;
}

/** A comment on PR `pr` (a new feature PR when omitted), as rollout-bot's handler reads it. */
function commentOn(repo: Repo, body: string, pr: number = featurePr(repo)): CommentEvent {
  const c = fake.comment(repo, { issueNumber: pr, body, login: "alice" });
  return {
    owner: repo.owner,
    repo: repo.name,
    defaultBranch: repo.defaultBranch,
    issueNumber: pr,
    isPullRequest: true,
    commentNodeId: c.nodeId,
    body,
    sender: { login: "alice", type: "User" },
  };
}

/** Every `ref:path` the documents sent asked GitHub for. */
const expressions = (sent: readonly Sent[]) =>
  sent.flatMap((s) =>
    Object.entries(s.variables)
      .filter(([k, v]) => /^(o\d+|config|guess)$/.test(k) && typeof v === "string" && v !== "")
      .map(([, v]) => String(v).replace(/^[^:]*:/, "")),
  );

/** Paths that differ between two snapshots. */
function changed(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((p) => a.get(p) !== b.get(p)).sort();
}

describe("a command on one service of an include repository", () => {
  it("reads rollout.yaml with the guessed rollout.d/<key>.yaml in the first read, and commits only that file and its manifests (4 requests, 4 round trips)", async () => {
    const repo = includeRepo("guess");
    repo.permissions.set("alice", "write");
    const { gh, sent } = client(repo);
    const pr = featurePr(repo);
    const outcome = await handleRolloutComment({ event: commentOn(repo, "/rollout resnet v2 20", pr), gh });
    expect(outcome).toMatchObject({ kind: "answered", result: "done", created: true });
    expect(fake.problems).toEqual([]);
    expect(sent.map((s) => s.operation)).toEqual([
      "RolloutRead",
      "RolloutReadService",
      "RolloutCreate",
      "RolloutFinish",
    ]);
    // Nothing of mnist's was asked for.
    expect(expressions(sent).sort()).toEqual([
      "deploy/resnet",
      "deploy/resnet",
      "rollout.d/resnet.yaml",
      "rollout.d/resnet.yaml",
      "rollout.yaml",
      "rollout.yaml",
    ]);
    const main = fake.filesAt(repo, repo.defaultBranch);
    const branch = fake.filesAt(repo, "rollout/resnet");
    expect(changed(main, branch)).toEqual(["deploy/resnet/virtualservice.yaml", "rollout.d/resnet.yaml"]);
    expect(branch.get("rollout.d/resnet.yaml")).toContain("v1: { weight: 80,");
    expect(branch.get("rollout.d/resnet.yaml")).toContain("v2: { weight: 20,");
    expect(branch.get("rollout.yaml")).toBe(main.get("rollout.yaml"));

    // Again on the open rollout PR: read → service read (the branch's copies) → commit.
    const again = client(repo);
    const update = await handleRolloutComment({
      event: commentOn(repo, "/rollout resnet v2 40", pr),
      gh: again.gh,
    });
    expect(update).toMatchObject({ kind: "answered", result: "done", created: false });
    expect(again.sent.map((s) => s.operation)).toEqual([
      "RolloutRead",
      "RolloutReadService",
      "RolloutUpdate",
    ]);
    const after = fake.filesAt(repo, "rollout/resnet");
    expect(changed(main, after)).toEqual(["deploy/resnet/virtualservice.yaml", "rollout.d/resnet.yaml"]);
    expect(after.get("rollout.d/resnet.yaml")).toContain("v2: { weight: 40,");
    expect(fake.problems).toEqual([]);
  });

  it("under another include pattern the guess misses and one more read brings the file (5 round trips)", async () => {
    const repo = includeRepo("pattern", (files) => {
      for (const key of ["mnist", "resnet"]) {
        files.set(`services/${key}.yml`, files.get(`rollout.d/${key}.yaml`) ?? "");
        files.delete(`rollout.d/${key}.yaml`);
      }
      files.set(
        "rollout.yaml",
        (files.get("rollout.yaml") ?? "").replace("rollout.d/*.yaml", "services/*.yml"),
      );
    });
    repo.permissions.set("alice", "write");
    const { gh, sent } = client(repo);
    const outcome = await handleRolloutComment({ event: commentOn(repo, "/rollout resnet v2 20"), gh });
    expect(outcome).toMatchObject({ kind: "answered", result: "done", created: true });
    expect(sent.map((s) => s.operation)).toEqual([
      "RolloutRead",
      "RolloutReadFiles",
      "RolloutReadService",
      "RolloutCreate",
      "RolloutFinish",
    ]);
    expect(expressions(sent).filter((p) => p.includes("mnist"))).toEqual([]);
    const main = fake.filesAt(repo, repo.defaultBranch);
    expect(changed(main, fake.filesAt(repo, "rollout/resnet"))).toEqual([
      "deploy/resnet/virtualservice.yaml",
      "services/resnet.yml",
    ]);
    expect(fake.problems).toEqual([]);
  });

  it("a service neither in rollout.yaml nor in rollout.d/ is refused by name, with what was looked for", async () => {
    const repo = includeRepo("unknown");
    repo.permissions.set("alice", "write");
    const { gh, sent } = client(repo);
    const outcome = await handleRolloutComment({ event: commentOn(repo, "/rollout resnett v2 20"), gh });
    expect(outcome).toMatchObject({ kind: "answered", result: "refused", reason: "unknown-service" });
    expect(sent.map((s) => s.operation)).toEqual(["RolloutRead", "RolloutReply"]);
    const reply = repo.comments.at(-1)?.body ?? "";
    expect(reply).toContain("rollout.d/resnett.yaml");
    expect(reply).toContain("resnet");
  });

  it("status reads every included file and shows each service", async () => {
    const repo = includeRepo("status");
    repo.permissions.set("alice", "write");
    const { gh, sent } = client(repo);
    const outcome = await handleRolloutComment({ event: commentOn(repo, "/rollout status"), gh });
    expect(outcome).toMatchObject({ kind: "answered", result: "status" });
    expect(sent.map((s) => s.operation)).toEqual([
      "RolloutRead",
      "RolloutReadFiles",
      "RolloutReadOpenPrs",
      "RolloutReply",
    ]);
    const reply = repo.comments.at(-1)?.body ?? "";
    expect(reply).toContain("mnist");
    expect(reply).toContain("resnet");
    expect(fake.problems).toEqual([]);
  });
});

describe("what the app fetches at a commit of an include repository", () => {
  it("filesAt brings the included files and their manifests; a change to rollout.d/resnet.yaml deploys resnet", async () => {
    const repo = includeRepo("deploy");
    const before = repo.branches.get(repo.defaultBranch) ?? "";
    const head = fake.commitOnBranch(repo, {
      branch: repo.defaultBranch,
      changes: {
        "rollout.d/resnet.yaml": (fake.filesAt(repo, before).get("rollout.d/resnet.yaml") ?? "")
          .replace("v1: { weight: 100,", "v1: { weight: 90,")
          .replace("v2: { weight: 0,", "v2: { weight: 10,"),
      },
      message: "resnet v2 10",
    });
    const { gh } = client(repo);
    const files = await filesAt({ gh, ref: head, configPath: "rollout.yaml" });
    expect([...files.keys()].filter((p) => !p.startsWith("deploy/")).sort()).toEqual([
      "rollout.d/mnist.yaml",
      "rollout.d/resnet.yaml",
      "rollout.yaml",
    ]);
    expect([...files.keys()].filter((p) => p.startsWith("deploy/resnet/")).length).toBe(5);
    const loaded = loadConfig({
      text: files.get("rollout.yaml") ?? "",
      file: "rollout.yaml",
      included: files,
    });
    if (!loaded.ok) throw new Error(loaded.message);
    const prior = await filesAt({ gh, ref: before, configPath: "rollout.yaml" });
    const was = loadConfig({ text: prior.get("rollout.yaml") ?? "", file: "rollout.yaml", included: prior });
    if (!was.ok) throw new Error(was.message);
    expect(
      changedServices({
        configFile: "rollout.yaml",
        after: loaded.loaded.config.services,
        before: was.loaded.config.services,
        changedPaths: ["rollout.d/resnet.yaml"],
        included: loaded.loaded.included,
      }),
    ).toEqual(["resnet"]);
    expect(fake.problems).toEqual([]);
  });

  it("serviceConfigAt (the metrics report's load) reads rollout.yaml and that service's file only", async () => {
    const repo = includeRepo("report");
    const { gh, sent } = client(repo);
    const r = await serviceConfigAt({
      gh,
      ref: repo.defaultBranch,
      configPath: "rollout.yaml",
      key: "resnet",
    });
    expect(r?.ok && Object.keys(r.loaded.config.services)).toEqual(["resnet"]);
    expect(sent.map((s) => s.variables.path)).toEqual(["rollout.yaml", "rollout.d/resnet.yaml"]);
  });

  it("the metrics report on a rollout PR loads the service from its own file on both sides", async () => {
    const repo = includeRepo("metrics");
    repo.permissions.set("alice", "write");
    const made = client(repo);
    const pr = featurePr(repo);
    const opened = await handleRolloutComment({
      event: commentOn(repo, "/rollout resnet v2 20", pr),
      gh: made.gh,
    });
    if (opened.kind !== "answered" || !opened.prUrl) throw new Error(JSON.stringify(opened));
    const number = Number(opened.prUrl.split("/").at(-1));
    const { gh, sent } = client(repo);
    // No traffic yet: every query answers an empty vector (the report says so; it still posts).
    const empty = { ok: true as const, data: { resultType: "vector", result: [] } };
    const outcome = await reportOnPr({
      gh,
      prom: () => ({
        query: async () => empty,
        queryRange: async () => ({ ...empty, data: { resultType: "matrix", result: [] } }),
      }),
      prometheusUrl: "http://prometheus.test",
      configPath: "rollout.yaml",
      defaultBranch: repo.defaultBranch,
      key: "resnet",
      pr: { number, headSha: repo.branches.get("rollout/resnet") ?? "", headRef: "rollout/resnet" },
      at: Date.parse("2026-12-01T12:00:00Z") / 1000,
    });
    expect(outcome).toMatchObject({ ok: true, service: "resnet" });
    const reads = sent.filter((s) => s.operation.includes("/contents/")).map((s) => s.variables.path);
    expect(reads.sort()).toEqual([
      "rollout.d/resnet.yaml",
      "rollout.d/resnet.yaml",
      "rollout.yaml",
      "rollout.yaml",
    ]);
    expect(repo.comments.some((c) => c.issueNumber === number && c.body.includes("resnet"))).toBe(true);
    expect(repo.checkRuns.length).toBeGreaterThan(0);
    expect(fake.problems).toEqual([]);
  });

  it("the bake's revert restores the service's own file and manifests, read through filesAt, and leaves rollout.yaml", async () => {
    const repo = includeRepo("revert");
    const before = repo.branches.get(repo.defaultBranch) ?? "";
    const was = fake.filesAt(repo, before);
    const next = new Map(was);
    next.set(
      "rollout.d/resnet.yaml",
      (was.get("rollout.d/resnet.yaml") ?? "")
        .replace("v1: { weight: 100,", "v1: { weight: 80,")
        .replace("v2: { weight: 0,", "v2: { weight: 20,"),
    );
    const nextLoaded = loadConfig({
      text: next.get("rollout.yaml") ?? "",
      file: "rollout.yaml",
      included: next,
    });
    if (!nextLoaded.ok) throw new Error(nextLoaded.message);
    const rendered = renderChanges({ loaded: nextLoaded.loaded, files: next });
    if (!rendered.ok) throw new Error(rendered.message);
    const changes = Object.fromEntries([
      ["rollout.d/resnet.yaml", next.get("rollout.d/resnet.yaml")],
      ...rendered.changes.map((c) => [c.path, c.after]),
    ]);
    const head = fake.commitOnBranch(repo, { branch: repo.defaultBranch, changes, message: "resnet v2 20" });
    const { gh } = client(repo);
    const now = await filesAt({ gh, ref: head, configPath: "rollout.yaml" });
    const previous = await filesAt({ gh, ref: before, configPath: "rollout.yaml" });
    const loaded = loadConfig({ text: now.get("rollout.yaml") ?? "", file: "rollout.yaml", included: now });
    if (!loaded.ok) throw new Error(loaded.message);
    const service = loaded.loaded.config.services.resnet;
    if (!service) throw new Error("no resnet");
    const revert = revertChanges({
      configFile: "rollout.yaml",
      service,
      now,
      previous,
      entryFile: loaded.loaded.included.get("resnet")?.file,
    });
    expect(revert.map((c) => c.path)).toEqual(["deploy/resnet/virtualservice.yaml", "rollout.d/resnet.yaml"]);
    expect(revert.every((c) => c.after === was.get(c.path))).toBe(true);
  });
});
