// The durable bake across processes (README "Merge-to-deploy", step 8): the bake record lives in the
// cluster, so an app killed mid-bake is finished by a fresh process, and two replicas resuming the
// same record roll back once. Real HTTP as in story.test.ts; every wait polls the fakes' state with
// a generous bound, and nothing asserts how long anything took.

import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "@jest/globals";
import { type FakeGitHub, type Repo, startFakeGitHub } from "../helpers/fake-github-server.js";
import { type FakeKube, kubeconfigFor, startFakeKube } from "../helpers/fake-kube.js";
import { usePrometheus } from "../helpers/prometheus.js";
import { type AppProcess, startApp } from "./harness.js";
import { BAD_NS, FAILING, initialFiles, live, scenario, withV2 } from "./scenario.js";

const prometheus = usePrometheus({ datasets: [live("liveBad", BAD_NS, FAILING)] });

/** Long enough to kill the app after the apply and before the deadline; short enough for CI. */
const BAKE = "20s";
/** How often each app process resumes bakes (ROLLOUT_BOT_BAKE_INTERVAL_MS). */
const INTERVAL_MS = "500";
const RECORD = "rollout-bot-bake-mnist";

let github: FakeGitHub;
let kube: FakeKube;
let apps: AppProcess[] = [];
const repos: Repo[] = [];

const { until, liveWeights, finalDeploymentState, appliedOrFinal, humanChange, command, approveAndMerge } =
  scenario(() => ({
    github,
    kube,
    repos,
    appLog: () => apps.map((a, i) => `--- app ${i + 1} ---\n${a.output().slice(-3000)}`).join("\n"),
  }));

afterEach(async () => {
  for (const a of apps) await a.stop();
  apps = [];
  await kube?.close();
  await github?.close();
});

async function fakes(): Promise<void> {
  github = await startFakeGitHub({ teams: { "kubeflow/ml-platform": ["bob"] } });
  kube = await startFakeKube();
}

async function app(secret: string): Promise<AppProcess> {
  const a = await startApp({
    githubHost: github.host,
    prometheusUrl: prometheus.url,
    kubeconfig: kubeconfigFor(kube),
    env: { WEBHOOK_SECRET: secret, ROLLOUT_BOT_BAKE_INTERVAL_MS: INTERVAL_MS },
  });
  apps.push(a);
  return a;
}

function target(a: AppProcess): void {
  github.setWebhookTarget({ url: a.webhookUrl, secret: a.secret });
}

/** The bake record of mnist in the cluster, parsed. */
function record(): { state: string; sha: string; claimedBy?: string } | undefined {
  const o = kube.find("ConfigMap", BAD_NS, RECORD) as
    | { metadata?: { annotations?: Record<string, string> } }
    | undefined;
  const text = o?.metadata?.annotations?.["rollout-bot/bake"];
  return text === undefined ? undefined : JSON.parse(text);
}

const revertPrs = (repo: Repo) => [...repo.pulls.values()].filter((p) => p.head.startsWith("revert/mnist-"));

/** Server-side applies (not dry runs) of the VirtualService, from request `from` of the fake's log on. */
function virtualServiceApplies(from: number): number {
  return kube
    .requests()
    .slice(from)
    .filter(
      (r) =>
        r.method === "PATCH" &&
        r.path.endsWith(`/namespaces/${BAD_NS}/virtualservices/mnist`) &&
        (r.contentType ?? "").startsWith("application/apply-patch") &&
        r.query.dryRun !== "All",
    ).length;
}

/** Passes over the bake records (LISTs with their label selector) from request `from` on. */
function resumePasses(from: number): number {
  return kube
    .requests()
    .slice(from)
    .filter(
      (r) =>
        r.method === "GET" &&
        r.path.endsWith("/configmaps") &&
        (r.query.labelSelector ?? "").includes("bake"),
    ).length;
}

/**
 * v1 alone, then v2 at 0 % (both without a bake: nothing to judge), then the bake set to `BAKE`; then
 * `/rollout v2 10`, whose gate fails, merged anyway. Resolves once the merge is applied (90/10)
 * and its bake record is written (the Deployment says it is baking).
 */
async function badCanaryMerged(name: string): Promise<{ repo: Repo; sha: string }> {
  const repo = github.createRepo({ owner: "Codertocat", name, files: new Map([["README.md", "# mnist\n"]]) });
  repos.push(repo);
  for (const u of ["alice", "bob", "carol"]) repo.permissions.set(u, "write");
  const first = humanChange(repo, initialFiles(BAD_NS, "0s"), "v1");
  await until("v1 applied", () => finalDeploymentState(repo, first.sha));
  const added = humanChange(repo, withV2(BAD_NS, "0s"), "Add v2 at 0 %");
  await until("v2 at 0 % applied", () => finalDeploymentState(repo, added.sha));
  expect(liveWeights(BAD_NS)).toEqual({ v1: 100, v2: 0 });
  const longer = humanChange(repo, withV2(BAD_NS, BAKE), `Bake ${BAKE}`);
  await until(`bake ${BAKE} merged`, () => appliedOrFinal(repo, longer.sha));

  const ten = await command(repo, added.pr.number, "/rollout v2 10");
  expect(ten.check.conclusion).toBe("failure");
  const sha = await approveAndMerge(repo, ten.pr, BAD_NS, { v1: 90, v2: 10 });
  await until("the bake record of the merge", () => {
    const d = repo.deployments.filter((x) => x.sha === sha).at(-1);
    const last = d?.statuses.at(-1);
    return last?.state === "in_progress" && /baking/.test(last.description ?? "") && record()?.sha === sha;
  });
  expect(revertPrs(repo)).toEqual([]);
  return { repo, sha };
}

/** Waits for the rollback to finish, then for `passes` more resume passes over the done record. */
async function rolledBack(repo: Repo, sha: string, passes: number): Promise<void> {
  await until("the revert PR", () => revertPrs(repo).length > 0);
  await until(
    "the rollback in the cluster",
    () => JSON.stringify(liveWeights(BAD_NS)) === '{"v1":100,"v2":0}',
  );
  await until("the deployment's final state", () => finalDeploymentState(repo, sha));
  await until("the bake record done", () => record()?.state === "done");
  // Nothing is left to do; give every running process a few passes to prove it does nothing more.
  const mark = kube.requests().length;
  await until(`${passes} resume passes after the record is done`, () => resumePasses(mark) >= passes);
}

function expectOneRollback(repo: Repo, sha: string, from: number): void {
  expect(revertPrs(repo)).toHaveLength(1);
  expect(revertPrs(repo)[0]?.state).toBe("open");
  expect(liveWeights(BAD_NS)).toEqual({ v1: 100, v2: 0 });
  const last = repo.deployments
    .filter((x) => x.sha === sha)
    .at(-1)
    ?.statuses.at(-1);
  expect(last?.state).toBe("failure");
  expect(last?.description).toMatch(/rolled back/);
  expect(virtualServiceApplies(from)).toBe(1);
  expect(github.problems).toEqual([]);
}

describe("the bake outlives the app process", () => {
  it("killed mid-bake: a fresh process rolls back once and opens one revert PR", async () => {
    await fakes();
    const secret = randomBytes(16).toString("hex");
    const first = await app(secret);
    target(first);
    const { repo, sha } = await badCanaryMerged("killed");

    const exited = new Promise((resolve) => first.child.once("exit", resolve));
    first.child.kill("SIGKILL");
    await exited;
    // Killed before the deadline: the record is still baking, nobody claimed it, nothing rolled back.
    expect(record()).toMatchObject({ state: "baking", sha });
    expect(record()?.claimedBy).toBeUndefined();
    expect(revertPrs(repo)).toEqual([]);
    expect(liveWeights(BAD_NS)).toEqual({ v1: 90, v2: 10 });
    const afterKill = kube.requests().length;

    const second = await app(secret);
    target(second);
    await rolledBack(repo, sha, 4);
    expectOneRollback(repo, sha, afterKill);
    expect(second.output()).toMatch(/"kind":"rolled-back"/);
  }, 300_000);

  it("two replicas: both resume the bake, one rolls back", async () => {
    await fakes();
    const secret = randomBytes(16).toString("hex");
    const a = await app(secret);
    const b = await app(secret);
    target(a);
    const { repo, sha } = await badCanaryMerged("replicas");
    const afterApply = kube.requests().length;

    await rolledBack(repo, sha, 8);
    expectOneRollback(repo, sha, afterApply);
    // Both were running their resume timers throughout; exactly one of them judged the bake.
    expect([a.child.exitCode, b.child.exitCode]).toEqual([null, null]);
    const judged = [a, b].map((x) => (x.output().match(/"kind":"rolled-back"/g) ?? []).length);
    expect(judged.reduce((x, y) => x + y, 0)).toBe(1);
  }, 300_000);
});
