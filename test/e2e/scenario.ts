// What the end-to-end stories share: the live Prometheus data around now (a healthy and a failing
// canary), the repository files of each step, and the helpers that drive the fake GitHub and read
// the fake cluster. No jest imports: each test file starts its own Prometheus with `live(...)`.
import { dataset, LATENCY, type Spec } from "../fixtures/prometheus/generate.js";
import type { CheckRun, FakeGitHub, PullRequest, Repo } from "../helpers/fake-github-server.js";
import type { FakeKube } from "../helpers/fake-kube.js";
import { renderedExample } from "../helpers/tree.js";
import { waitFor } from "./harness.js";

export const SERVICE = "mnist-service";
export const GOOD_NS = "kubeflow";
export const BAD_NS = "kubeflow-canary";

// Live data around now: the app judges the gate at the wall clock. 1 h before, 1 h after.
const NOW = Math.floor(Date.now() / 1000 / 15) * 15;
const HEALTHY = { rps: 9, priorRps: 9, codes: { "200": 0.995, "503": 0.005 }, latency: LATENCY.fast };
export const CANARY = { rps: 2, priorRps: 2, codes: { "200": 0.995, "503": 0.005 }, latency: LATENCY.fast };
export const FAILING = { rps: 2, priorRps: 2, codes: { "200": 0.8, "503": 0.2 }, latency: LATENCY.tail };
/** A dataset for `usePrometheus`: v1 healthy, v2 as given, in `namespace`. */
export const live = (name: string, namespace: string, v2: Spec["versions"][string]) =>
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

export const WAIT = { timeoutMs: 90_000 };

/** examples/mnist with only v1 (100 %), in `namespace`, a short gate window and a short bake. */
export function initialFiles(namespace: string, bake = "1s"): Map<string, string> {
  return renderedExample((t) =>
    t
      .replace("namespace: kubeflow", `namespace: ${namespace}`)
      .replace(/^ {6}v1: \{ weight: 90,/m, "      v1: { weight: 100,")
      .replace(/^ {6}v2: .*\n/m, "")
      .replace("maxStep: 30", "maxStep: 50")
      .replace(/window: 10m \}/, `window: 5m }\n      bake: ${bake}`),
  );
}

/** The same with v2 added at 0 %. */
export function withV2(namespace: string, bake = "1s"): Map<string, string> {
  return renderedExample((t) =>
    t
      .replace("namespace: kubeflow", `namespace: ${namespace}`)
      .replace(/^ {6}v1: \{ weight: 90,/m, "      v1: { weight: 100,")
      .replace(/^( {6}v2: \{ weight: )10,/m, "$10,")
      .replace("maxStep: 30", "maxStep: 50")
      .replace(/window: 10m \}/, `window: 5m }\n      bake: ${bake}`),
  );
}

/** After the promotion, v1 removed: v2 alone and stable. */
export function onlyV2(namespace: string, bake = "1s"): Map<string, string> {
  return renderedExample((t) =>
    t
      .replace("namespace: kubeflow", `namespace: ${namespace}`)
      .replace(/^ {6}v1: .*\n/m, "")
      .replace(/^( {6}v2: \{ weight: )10,/m, "$1100,")
      .replace("stable: v1", "stable: v2")
      .replace("maxStep: 30", "maxStep: 50")
      .replace(/window: 10m \}/, `window: 5m }\n      bake: ${bake}`),
  );
}

/** What the helpers act on, read at each call (the test file starts and replaces them). */
export interface Scene {
  readonly github: FakeGitHub;
  readonly kube: FakeKube;
  /** The repositories created so far (for diagnostics). */
  readonly repos: readonly Repo[];
  /** The app's log (of every app process, for diagnostics). */
  readonly appLog: () => string;
}

/** The helpers over the scene `get` returns. */
export function scenario(get: () => Scene) {
  const diagnostics = () => {
    const { github, repos, appLog } = get();
    return [
      `problems: ${github.problems.join("\n") || "none"}`,
      `webhooks: ${github.delivered.map((d) => `${d.event}.${String(d.payload.action)} → ${d.status}`).join(", ")}`,
      `deployments: ${repos.map((r) => r.deployments.map((d) => `${r.name}@${d.sha.slice(0, 7)}: ${d.statuses.map((x) => `${x.state} (${x.description})`).join(" → ")}`).join("; ")).join("; ")}`,
      `app log (tail):\n${appLog().slice(-6000)}`,
    ].join("\n");
  };

  const until = <T>(what: string, probe: () => T | undefined | false) =>
    waitFor(what, probe, { ...WAIT, diagnostics });

  /** Live weights of the VirtualService's HTTP route, by subset. */
  function liveWeights(namespace: string): Record<string, number> {
    const vs = get().kube.find("VirtualService", namespace, "mnist") as
      | { spec?: { http?: { route?: { destination?: { subset?: string }; weight?: number }[] }[] } }
      | undefined;
    const out: Record<string, number> = {};
    const routes = vs?.spec?.http?.[0]?.route ?? [];
    // A lone destination may leave its weight out: it takes all the traffic.
    for (const r of routes) out[r.destination?.subset ?? "?"] = r.weight ?? (routes.length === 1 ? 100 : 0);
    return out;
  }

  function deploymentsOf(namespace: string): string[] {
    return get()
      .kube.objects()
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

  /** A merge's GitHub Deployment: applied (in progress while it bakes), or already final. */
  function appliedOrFinal(repo: Repo, sha: string): string | undefined {
    const d = repo.deployments.filter((x) => x.sha === sha).at(-1);
    return d?.statuses.at(-1)?.state;
  }

  /** A human PR (branch, commit, PR), approved by bob, merged; resolves with the merge commit. */
  function humanChange(
    repo: Repo,
    files: Map<string, string>,
    title: string,
  ): { pr: PullRequest; sha: string } {
    const { github } = get();
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
  async function command(
    repo: Repo,
    on: number,
    body: string,
  ): Promise<{ pr: PullRequest; check: CheckRun }> {
    const before = repo.comments.length;
    const headBefore = repo.branches.get("rollout/mnist");
    get().github.comment(repo, { issueNumber: on, body, login: "alice" });
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
    const { github } = get();
    github.review(repo, { pr: pr.number, login: "bob" });
    const sha = github.merge(repo, pr.number);
    await until(
      `weights ${JSON.stringify(weights)} in the cluster after merging #${pr.number}`,
      () => JSON.stringify(liveWeights(namespace)) === JSON.stringify(weights),
    );
    return sha;
  }

  return {
    diagnostics,
    until,
    liveWeights,
    deploymentsOf,
    finalDeploymentState,
    appliedOrFinal,
    humanChange,
    command,
    approveAndMerge,
  };
}
