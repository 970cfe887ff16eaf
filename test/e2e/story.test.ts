// The whole story over real HTTP: the app started as in production (a child process with the
// README's settings), signed webhooks from a stateful fake GitHub, the fake Kubernetes API and a real
// Prometheus. Every wait is event-driven (poll the fakes' state) with generous bounds; nothing here
// depends on how fast the machine is.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { dataset, LATENCY, type Spec } from "../fixtures/prometheus/generate.js";
import {
  type CheckRun,
  type FakeGitHub,
  type PullRequest,
  type Repo,
  startFakeGitHub,
} from "../helpers/fake-github-server.js";
import { type FakeKube, kubeconfigFor, startFakeKube } from "../helpers/fake-kube.js";
import { usePrometheus } from "../helpers/prometheus.js";
import { renderedExample } from "../helpers/tree.js";
import { type AppProcess, startApp, waitFor } from "./harness.js";

const SERVICE = "mnist-service";
const GOOD_NS = "kubeflow";
const BAD_NS = "kubeflow-canary";

// Live data around now: the app judges the gate at the wall clock. 1 h before, 1 h after.
const NOW = Math.floor(Date.now() / 1000 / 15) * 15;
const HEALTHY = { rps: 9, priorRps: 9, codes: { "200": 0.995, "503": 0.005 }, latency: LATENCY.fast };
const CANARY = { rps: 2, priorRps: 2, codes: { "200": 0.995, "503": 0.005 }, latency: LATENCY.fast };
const FAILING = { rps: 2, priorRps: 2, codes: { "200": 0.8, "503": 0.2 }, latency: LATENCY.tail };
const live = (name: string, namespace: string, v2: Spec["versions"][string]) =>
  dataset({
    name,
    service: SERVICE,
    namespace,
    start: NOW - 3600,
    end: NOW + 3600,
    latencySource: "milliseconds",
    versions: { v1: HEALTHY, v2 },
    decoys: false,
  });
const prometheus = usePrometheus({
  datasets: [live("liveGood", GOOD_NS, CANARY), live("liveBad", BAD_NS, FAILING)],
});

const WAIT = { timeoutMs: 90_000 };

let github: FakeGitHub;
let kube: FakeKube;
let app: AppProcess;

beforeAll(async () => {
  github = await startFakeGitHub({ teams: { "kubeflow/ml-platform": ["bob"] } });
  kube = await startFakeKube();
  app = await startApp({
    githubHost: github.host,
    prometheusUrl: prometheus.url,
    kubeconfig: kubeconfigFor(kube),
  });
  github.setWebhookTarget({ url: app.webhookUrl, secret: app.secret });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await kube?.close();
  await github?.close();
});

/** examples/mnist with only v1 (100 %), in `namespace`, a short gate window and a tiny bake. */
function initialFiles(namespace: string): Map<string, string> {
  return renderedExample((t) =>
    t
      .replace("namespace: kubeflow", `namespace: ${namespace}`)
      .replace(/^ {6}v1: \{ weight: 90,/m, "      v1: { weight: 100,")
      .replace(/^ {6}v2: .*\n/m, "")
      .replace("maxStep: 30", "maxStep: 50")
      .replace(/window: 10m \}/, "window: 5m }\n      bake: 1s"),
  );
}

/** The same with v2 added at 0 %. */
function withV2(namespace: string): Map<string, string> {
  return renderedExample((t) =>
    t
      .replace("namespace: kubeflow", `namespace: ${namespace}`)
      .replace(/^ {6}v1: \{ weight: 90,/m, "      v1: { weight: 100,")
      .replace(/^( {6}v2: \{ weight: )10,/m, "$10,")
      .replace("maxStep: 30", "maxStep: 50")
      .replace(/window: 10m \}/, "window: 5m }\n      bake: 1s"),
  );
}

/** After the promotion, v1 removed: v2 alone and stable. */
function onlyV2(namespace: string): Map<string, string> {
  return renderedExample((t) =>
    t
      .replace("namespace: kubeflow", `namespace: ${namespace}`)
      .replace(/^ {6}v1: .*\n/m, "")
      .replace(/^( {6}v2: \{ weight: )10,/m, "$1100,")
      .replace("stable: v1", "stable: v2")
      .replace("maxStep: 30", "maxStep: 50")
      .replace(/window: 10m \}/, "window: 5m }\n      bake: 1s"),
  );
}

const diagnostics = () =>
  [
    `problems: ${github.problems.join("\n") || "none"}`,
    `webhooks: ${github.delivered.map((d) => `${d.event}.${String(d.payload.action)} → ${d.status}`).join(", ")}`,
    `deployments: ${[...github_repos()].map((r) => r.deployments.map((d) => `${r.name}@${d.sha.slice(0, 7)}: ${d.statuses.map((x) => `${x.state} (${x.description})`).join(" → ")}`).join("; ")).join("; ")}`,
    `app log (tail):\n${app.output().slice(-6000)}`,
  ].join("\n");

const repos: Repo[] = [];
const github_repos = () => repos;

const until = <T>(what: string, probe: () => T | undefined | false) =>
  waitFor(what, probe, { ...WAIT, diagnostics });

/** Live weights of the VirtualService's HTTP route, by subset. */
function liveWeights(namespace: string): Record<string, number> {
  const vs = kube.find("VirtualService", namespace, "mnist") as
    | { spec?: { http?: { route?: { destination?: { subset?: string }; weight?: number }[] }[] } }
    | undefined;
  const out: Record<string, number> = {};
  const routes = vs?.spec?.http?.[0]?.route ?? [];
  // A lone destination may leave its weight out: it takes all the traffic.
  for (const r of routes) out[r.destination?.subset ?? "?"] = r.weight ?? (routes.length === 1 ? 100 : 0);
  return out;
}

function deploymentsOf(namespace: string): string[] {
  return kube
    .objects()
    .map((o) => o as { kind?: string; metadata?: { namespace?: string; name?: string } })
    .filter((o) => o.kind === "Deployment" && o.metadata?.namespace === namespace)
    .map((o) => String(o.metadata?.name))
    .sort();
}

/** The last status of the GitHub Deployment of `sha`, once it is final. */
function finalDeploymentState(repo: Repo, sha: string): string | undefined {
  const d = repo.deployments.filter((x) => x.sha === sha).at(-1);
  const last = d?.statuses.at(-1)?.state;
  return last === "success" || last === "failure" || last === "error" ? last : undefined;
}

/** A human PR (branch, commit, PR), approved by bob, merged; resolves with the merge commit. */
function humanChange(
  repo: Repo,
  files: Map<string, string>,
  title: string,
): { pr: PullRequest; sha: string } {
  const current = github.filesAt(repo, repo.defaultBranch);
  const changes: Record<string, string | undefined> = {};
  for (const [p, t] of files) if (current.get(p) !== t) changes[p] = t;
  // The files the change no longer has are deleted, as a re-render deletes a dropped version's.
  for (const p of current.keys()) if (!files.has(p)) changes[p] = undefined;
  const branch = `carol/${title.replace(/\W+/g, "-").toLowerCase()}`;
  github.commitOnBranch(repo, { branch, changes, message: title });
  const pr = github.openPr(repo, { head: branch, title, author: "carol" });
  github.review(repo, { pr: pr.number, login: "bob" });
  return { pr, sha: github.merge(repo, pr.number) };
}

/** `/rollout …` by alice on PR `on`; resolves with the open rollout PR (a new commit on it) and its gate check. */
async function command(repo: Repo, on: number, body: string): Promise<{ pr: PullRequest; check: CheckRun }> {
  const before = repo.comments.length;
  const headBefore = repo.branches.get("rollout/mnist");
  github.comment(repo, { issueNumber: on, body, login: "alice" });
  const replies = () =>
    repo.comments
      .slice(before)
      .filter((c) => c.login === "rollout-bot[bot]")
      .map((c) => c.body)
      .join("\n---\n");
  const pr = await waitFor(
    `a rollout PR after "${body}"`,
    () => {
      const head = repo.branches.get("rollout/mnist");
      if (head === undefined || head === headBefore) return undefined;
      return [...repo.pulls.values()].find((p) => p.state === "open" && p.head === "rollout/mnist");
    },
    { ...WAIT, diagnostics: () => `bot comments since:\n${replies()}\n${diagnostics()}` },
  );
  const head = repo.branches.get(pr.head);
  const check = await until(`the rollout/gate check on ${head}`, () =>
    repo.checkRuns.find((c) => c.headSha === head && c.name === "rollout/gate" && c.status === "completed"),
  );
  return { pr, check };
}

/** Approve (bob), merge, and wait until the cluster's weights are `weights` (the merge was applied). */
async function approveAndMerge(
  repo: Repo,
  pr: PullRequest,
  namespace: string,
  weights: Record<string, number>,
): Promise<string> {
  github.review(repo, { pr: pr.number, login: "bob" });
  const sha = github.merge(repo, pr.number);
  await until(
    `weights ${JSON.stringify(weights)} in the cluster after merging #${pr.number}`,
    () => JSON.stringify(liveWeights(namespace)) === JSON.stringify(weights),
  );
  return sha;
}

/** A merge's GitHub Deployment: applied (in progress while it bakes), or already final. */
function appliedOrFinal(repo: Repo, sha: string): string | undefined {
  const d = repo.deployments.filter((x) => x.sha === sha).at(-1);
  return d?.statuses.at(-1)?.state;
}

/** Bake assertions need the durable bake (src/handlers/bake.ts): E2E_BAKE=0 skips them while it lands. */
const BAKE = process.env.E2E_BAKE !== "0";

describe("the story, over real HTTP", () => {
  it("add v2 at 0 % → 10 % → next → next → promote v2 → v1 pruned", async () => {
    const t0 = performance.now();
    const repo = github.createRepo({
      owner: "Codertocat",
      name: "mnist",
      files: new Map([["README.md", "# mnist\n"]]),
    });
    repos.push(repo);
    for (const u of ["alice", "bob", "carol"]) repo.permissions.set(u, "write");

    // v1 only, then a human PR adds v2 at 0 %: merged and applied.
    const first = humanChange(repo, initialFiles(GOOD_NS), "v1");
    await until("v1 applied", () => liveWeights(GOOD_NS).v1 === 100 && appliedOrFinal(repo, first.sha));
    const added = humanChange(repo, withV2(GOOD_NS), "Add v2 at 0 %");
    await until("v2 applied", () => deploymentsOf(GOOD_NS).length === 2 && liveWeights(GOOD_NS).v2 === 0);
    expect(deploymentsOf(GOOD_NS)).toEqual(["mnist-v1", "mnist-v2"]);
    expect(liveWeights(GOOD_NS)).toEqual({ v1: 100, v2: 0 });

    // `/rollout v2 10` → a rollout PR, its gate (the real Prometheus: a healthy canary) → merge.
    const ten = await command(repo, added.pr.number, "/rollout v2 10");
    expect(ten.pr.labels).toContain("rollout");
    expect(ten.check.conclusion).toBe("success");
    const tenSha = await approveAndMerge(repo, ten.pr, GOOD_NS, { v1: 90, v2: 10 });
    if (BAKE) {
      // Bake (policy.bake 1s): the gate holds, the Deployment ends in success.
      expect(await until("the bake of v2 10 %", () => finalDeploymentState(repo, tenSha))).toBe("success");
    }

    for (const want of [25, 50]) {
      const step = await command(repo, ten.pr.number, "/rollout next");
      expect(step.check.conclusion).toBe("success");
      const sha = await approveAndMerge(repo, step.pr, GOOD_NS, { v1: 100 - want, v2: want });
      if (BAKE)
        expect(await until(`the bake of v2 ${want} %`, () => finalDeploymentState(repo, sha))).toBe(
          "success",
        );
    }

    // promote: v2 100 % and stable; v1 stays described at 0 % until a PR removes it.
    const promote = await command(repo, ten.pr.number, "/rollout promote v2");
    const promoteSha = await approveAndMerge(repo, promote.pr, GOOD_NS, { v1: 0, v2: 100 });
    expect(github.filesAt(repo, repo.defaultBranch).get("rollout.yaml")).toMatch(/stable: v2/);
    if (BAKE)
      expect(await until("the bake of the promotion", () => finalDeploymentState(repo, promoteSha))).toBe(
        "success",
      );
    expect(deploymentsOf(GOOD_NS)).toEqual(["mnist-v1", "mnist-v2"]);
    humanChange(repo, onlyV2(GOOD_NS), "Remove v1");
    await until("v1 pruned", () => deploymentsOf(GOOD_NS).join() === "mnist-v2");
    expect(liveWeights(GOOD_NS)).toEqual({ v2: 100 });
    expect(deploymentsOf(GOOD_NS)).toEqual(["mnist-v2"]);

    expect(github.problems).toEqual([]);
    process.stdout.write(`story: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }, 600_000);

  it("a bad canary fails the gate; a forced merge fails the bake → rollback → revert PR", async () => {
    const t0 = performance.now();
    const repo = github.createRepo({
      owner: "Codertocat",
      name: "canary",
      files: new Map([["README.md", "# mnist\n"]]),
    });
    repos.push(repo);
    for (const u of ["alice", "bob", "carol"]) repo.permissions.set(u, "write");
    humanChange(repo, initialFiles(BAD_NS), "v1");
    await until("v1 applied", () => liveWeights(BAD_NS).v1 === 100);
    const added = humanChange(repo, withV2(BAD_NS), "Add v2 at 0 %");
    await until("v2 applied", () => deploymentsOf(BAD_NS).length === 2 && liveWeights(BAD_NS).v2 === 0);

    const ten = await command(repo, added.pr.number, "/rollout v2 10");
    expect(ten.check.conclusion).toBe("failure");

    // Merged anyway (an admin bypasses the required check; the review is there): applied, then baked.
    const sha = await approveAndMerge(repo, ten.pr, BAD_NS, { v1: 90, v2: 10 });
    if (!BAKE) return;
    const revert = await until("the revert PR", () =>
      [...repo.pulls.values()].find((p) => p.state === "open" && p.head.startsWith("revert/mnist-")),
    );
    await until("the rollback in the cluster", () => liveWeights(BAD_NS).v2 === 0);
    expect(liveWeights(BAD_NS)).toEqual({ v1: 100, v2: 0 });
    expect(github.filesAt(repo, revert.head).get("rollout.yaml")).toBe(withV2(BAD_NS).get("rollout.yaml"));
    expect(await until("the deployment's final state", () => finalDeploymentState(repo, sha))).not.toBe(
      "success",
    );
    expect(github.problems).toEqual([]);
    process.stdout.write(`failure story: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }, 600_000);
});
