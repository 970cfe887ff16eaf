// The whole story over real HTTP: the app started as in production (a child process with the
// README's settings), signed webhooks from a stateful fake GitHub, the fake Kubernetes API and a real
// Prometheus. Every wait is event-driven (poll the fakes' state) with generous bounds; nothing here
// depends on how fast the machine is.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type FakeGitHub, type Repo, startFakeGitHub } from "../helpers/fake-github-server.js";
import { type FakeKube, kubeconfigFor, startFakeKube } from "../helpers/fake-kube.js";
import { usePrometheus } from "../helpers/prometheus.js";
import { type AppProcess, startApp } from "./harness.js";
import {
  BAD_NS,
  CANARY,
  FAILING,
  GOOD_NS,
  initialFiles,
  live,
  onlyV2,
  scenario,
  withV2,
} from "./scenario.js";

const prometheus = usePrometheus({
  datasets: [live("liveGood", GOOD_NS, CANARY), live("liveBad", BAD_NS, FAILING)],
});

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

const repos: Repo[] = [];
const {
  until,
  liveWeights,
  deploymentsOf,
  finalDeploymentState,
  appliedOrFinal,
  humanChange,
  command,
  approveAndMerge,
} = scenario(() => ({ github, kube, repos, appLog: () => app.output() }));

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
