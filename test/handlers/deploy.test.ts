// Merge-to-deploy end to end: nock for GitHub, a stateful fake Kubernetes API through the real
// client-node, and a real Prometheus for the bake check.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { githubAdapter, type OctokitLike } from "../../src/adapters/github/index.js";
import { kubernetesPort } from "../../src/adapters/kubernetes.js";
import { actionOctokit } from "../../src/adapters/octokit.js";
import { prometheusClient } from "../../src/adapters/prometheus.js";
import { deployOnMerge } from "../../src/handlers/deploy.js";
import { twoVersions } from "../fixtures/prometheus/generate.js";
import { type FakeKube, kubeconfigFor, startFakeKube } from "../helpers/fake-kube.js";
import { API, type GqlBody, gql, OWNER, REPO } from "../helpers/github.js";
import { usePrometheus } from "../helpers/prometheus.js";
import { renderedExample } from "../helpers/tree.js";

const SHA = "a".repeat(40);
const BEFORE = "b".repeat(40);
const HEAD = "c".repeat(40);
const prom = usePrometheus({ datasets: [twoVersions] });

let fake: FakeKube;
beforeEach(async () => {
  nock.cleanAll();
  fake = await startFakeKube({ availableAfterGets: 1 });
});
afterEach(async () => {
  await fake.close();
});

const noBake = (t: string) => t.replace("    policy:\n", "    policy:\n      bake: 0s\n");
const to8020 = (t: string) =>
  t.replace("v1: { weight: 90,", "v1: { weight: 80,").replace("v2: { weight: 10,", "v2: { weight: 20,");

function deps(after: Map<string, string>, before: Map<string, string>) {
  const octokit: OctokitLike = actionOctokit({ token: "t", throttle: false, retryAfterBaseValue: 1 });
  return {
    gh: githubAdapter(octokit, { owner: OWNER, name: REPO }),
    repo: { owner: OWNER, name: REPO },
    kube: kubernetesPort({ kubeconfig: kubeconfigFor(fake), retries: 1, backoffMs: 5 }),
    configPath: "rollout.yaml",
    defaultBranch: "main",
    sha: SHA,
    before: BEFORE,
    changedPaths: ["rollout.yaml", "deploy/mnist/virtualservice.yaml"] as const,
    filesAt: async (ref: string) => (ref === SHA ? after : before),
    wait: { timeoutMs: 2000, pollMs: 1 },
    sleep: async () => undefined,
  };
}

function mergedPr(scope: nock.Scope) {
  return scope.get(`/repos/${OWNER}/${REPO}/commits/${SHA}/pulls`).reply(200, [
    {
      number: 42,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/42`,
      user: { login: "rollout-bot[bot]" },
      merged_at: "2026-11-25T10:00:00Z",
      merge_commit_sha: SHA,
      head: { ref: "rollout/mnist", sha: HEAD },
      base: { ref: "main" },
    },
  ]);
}

function reviews(
  scope: nock.Scope,
  list: { login: string; state: string; commit?: string }[],
  requester = "alice",
) {
  scope
    .get(`/repos/${OWNER}/${REPO}/pulls/42/commits`)
    .query(true)
    .reply(200, [
      {
        commit: {
          message: `Rollout mnist: v1 80 % → v2 20 %\n\nRequested by @${requester} in ${OWNER}/${REPO}#7: /rollout v2 20`,
        },
      },
    ]);
  // policy.reviewers in the example is the team kubeflow/ml-platform.
  scope
    .get("/orgs/kubeflow/teams/ml-platform/members")
    .query(true)
    .optionally()
    .reply(200, [{ login: "ml-platform-team" }]);
  // The examples name the reviewers as a team (kubeflow/ml-platform) or a login: both answered.
  scope
    .get("/orgs/kubeflow/teams/ml-platform/members")
    .query(true)
    .optionally()
    .reply(200, [{ login: "ml-platform-team" }]);
  return scope
    .get(`/repos/${OWNER}/${REPO}/pulls/42/reviews`)
    .query(true)
    .reply(
      200,
      list.map((r, i) => ({
        user: { login: r.login, type: "User" },
        state: r.state,
        submitted_at: `2026-11-25T09:0${i}:00Z`,
        commit_id: r.commit ?? HEAD,
        author_association: "MEMBER",
      })),
    );
}

function comments(scope: nock.Scope, bodies: string[]) {
  scope.get(`/repos/${OWNER}/${REPO}/issues/42/comments`).query(true).reply(200, []);
  return scope
    .post(`/repos/${OWNER}/${REPO}/issues/42/comments`, (b: { body: string }) => {
      bodies.push(b.body);
      return true;
    })
    .reply(201, { id: 1 });
}

function deployment(scope: nock.Scope, states: string[], times = 2) {
  scope
    .post(
      `/repos/${OWNER}/${REPO}/deployments`,
      (b: { ref: string; environment: string }) => b.ref === SHA && b.environment === "kubeflow",
    )
    .reply(201, { id: 7 });
  return scope
    .post(`/repos/${OWNER}/${REPO}/deployments/7/statuses`)
    .times(times)
    .reply(201, {})
    .on("request", (_req: unknown, interceptor: { path: string }, body: string) => {
      if (!interceptor.path.endsWith("/statuses")) return;
      const b = JSON.parse(body) as { state: string; description: string };
      // The state, and for a failure what it says.
      states.push(b.state === "failure" ? `${b.state}: ${b.description}` : b.state);
    });
}

describe("deployOnMerge", () => {
  it("an approved merge applies in order, records a GitHub Deployment and comments what was applied", async () => {
    const scope = nock(API);
    const bodies: string[] = [];
    const states: string[] = [];
    mergedPr(scope);
    reviews(scope, [{ login: "ml-platform-team", state: "APPROVED" }]);
    deployment(scope, states);
    comments(scope, bodies);
    const out = await deployOnMerge(
      deps(
        renderedExample((t) => noBake(to8020(t))),
        renderedExample(noBake),
      ),
    );
    expect(scope.isDone()).toBe(true);
    expect(out.kind).toBe("applied");
    expect(states).toEqual(["in_progress", "success"]);

    expect(bodies[0]).toContain("mnist");
    expect(bodies[0]).toContain("80");
    expect(fake.find("VirtualService", "kubeflow", "mnist")).toBeDefined();
  });

  it("names the GitHub Deployment environment <cluster>/<namespace> when rollout.yaml names the cluster", async () => {
    const scope = nock(API);
    mergedPr(scope);
    reviews(scope, [{ login: "ml-platform-team", state: "APPROVED" }]);
    scope
      .post(
        `/repos/${OWNER}/${REPO}/deployments`,
        (b: { environment: string }) => b.environment === "prod-eu/kubeflow",
      )
      .reply(201, { id: 8 });
    scope.post(`/repos/${OWNER}/${REPO}/deployments/8/statuses`).times(2).reply(201, {});
    comments(scope, []);
    const named = (t: string) => `cluster: prod-eu\n${noBake(t)}`;
    const out = await deployOnMerge(
      deps(
        renderedExample((t) => named(to8020(t))),
        renderedExample(named),
      ),
    );
    expect(scope.isDone()).toBe(true);
    expect(out.kind).toBe("applied");
  });

  it("an unapproved (admin) merge is refused, commented, and moves no traffic", async () => {
    const scope = nock(API);
    const bodies: string[] = [];
    mergedPr(scope);
    reviews(scope, []);
    comments(scope, bodies);
    const out = await deployOnMerge(
      deps(
        renderedExample((t) => noBake(to8020(t))),
        renderedExample(noBake),
      ),
    );
    expect(scope.isDone()).toBe(true);
    expect(out.kind).toBe("refused");
    expect(out.kind === "refused" && out.reason).toBe("not-enough-approvals");
    expect(bodies[0]).toContain("kubeflow/ml-platform");
    expect(fake.requests().filter((r) => r.method === "PATCH")).toEqual([]);
  });

  it("an approval of an earlier commit of the rollout PR does not count", async () => {
    const scope = nock(API);
    mergedPr(scope);
    reviews(scope, [{ login: "ml-platform-team", state: "APPROVED", commit: "d".repeat(40) }]);
    comments(scope, []);
    const out = await deployOnMerge(
      deps(
        renderedExample((t) => noBake(to8020(t))),
        renderedExample(noBake),
      ),
    );
    expect(out.kind).toBe("refused");
  });

  it("whoever asked for the change cannot approve it", async () => {
    const scope = nock(API);
    const bodies: string[] = [];
    mergedPr(scope);
    reviews(scope, [{ login: "ml-platform-team", state: "APPROVED" }], "ml-platform-team");
    comments(scope, bodies);
    const out = await deployOnMerge(
      deps(
        renderedExample((t) => noBake(to8020(t))),
        renderedExample(noBake),
      ),
    );
    expect(scope.isDone()).toBe(true);
    expect(out.kind === "refused" && out.reason).toBe("not-enough-approvals");
    expect(fake.requests().filter((r) => r.method === "PATCH")).toEqual([]);
  });

  it("a push that touches no service is a no-op without a single GitHub request", async () => {
    // nock refuses any request to the API without an interceptor, so this also proves none was made.
    const out = await deployOnMerge({
      ...deps(renderedExample(), renderedExample()),
      changedPaths: ["README.md"],
    });
    expect(out.kind).toBe("no-op");
    expect(fake.requests().filter((r) => r.method === "PATCH")).toEqual([]);
  });

  it("a push that did not come from a merged PR is refused before anything is applied", async () => {
    const scope = nock(API).get(`/repos/${OWNER}/${REPO}/commits/${SHA}/pulls`).reply(200, []);
    const out = await deployOnMerge(deps(renderedExample(to8020), renderedExample()));
    expect(scope.isDone()).toBe(true);
    expect(out.kind === "refused" && out.reason).toBe("no-pr");
    expect(fake.requests().filter((r) => r.method === "PATCH")).toEqual([]);
  });

  it("a failing gate after bake re-applies the previous weights and opens a revert PR", async () => {
    const scope = nock(API);
    const bodies: string[] = [];
    const states: string[] = [];
    const sent: GqlBody[] = [];
    mergedPr(scope);
    reviews(scope, [{ login: "ml-platform-team", state: "APPROVED" }]);
    deployment(scope, states, 3);
    comments(scope, bodies);
    gql(scope, "RolloutReadBranch", { data: { repository: { id: "R_kgDOhello", ref: null } } }, sent);
    gql(
      scope,
      "RolloutCreate",
      {
        data: {
          createRef: { ref: { id: "REF_revert" } },
          createCommitOnBranch: { commit: { oid: "e".repeat(40) } },
          createPullRequest: {
            pullRequest: { id: "PR_revert", number: 61, url: `https://github.com/${OWNER}/${REPO}/pull/61` },
          },
        },
      },
      sent,
    );
    // The rollback edits the apply report of this commit instead of adding a second comment.
    scope
      .get(`/repos/${OWNER}/${REPO}/issues/42/comments`)
      .query(true)
      .reply(200, () => [{ id: 5, body: bodies[0] }]);
    scope
      .patch(`/repos/${OWNER}/${REPO}/issues/comments/5`, (b: { body: string }) => {
        bodies.push(b.body);
        return true;
      })
      .reply(200, {});
    const after = renderedExample(to8020);
    const before = renderedExample();
    // The bake's clock: applied 5 minutes (the default bake) before the dataset's end, judged at
    // its end, so the comparisons count the canary's requests since the apply.
    let clock = twoVersions.end - 300;
    const out = await deployOnMerge({
      ...deps(after, before),
      sleep: async (ms: number) => {
        clock += ms / 1000;
      },
      metrics: {
        prom: (url) => prometheusClient({ url }),
        prometheusUrl: prom.url,
        now: () => clock,
      },
    });
    expect(scope.isDone()).toBe(true);
    expect(out.kind).toBe("rolled-back");
    expect(out.kind === "rolled-back" && out.revertPr?.number).toBe(61);
    // The cluster is back at 90/10 …
    const vs = fake.find("VirtualService", "kubeflow", "mnist") as {
      spec: { http: { route: { weight: number }[] }[] };
    };
    expect(vs.spec.http[0]?.route.map((r) => r.weight)).toEqual([90, 10]);
    // … and the revert PR puts git back there too.
    const create = sent.find((s) => s.query.includes("RolloutCreate("));
    const additions =
      (create?.variables.fileChanges as { additions: { path: string; contents: string }[] } | undefined)
        ?.additions ?? [];
    const config = Buffer.from(
      additions.find((a) => a.path === "rollout.yaml")?.contents ?? "",
      "base64",
    ).toString();
    expect(config).toContain("v2: { weight: 10,");
    expect(bodies.at(-1)).toContain("#61");
    // Applying, baking, then rolled back: the Deployment says so.
    expect(states.slice(0, 2)).toEqual(["in_progress", "in_progress"]);
    expect(states[2]).toMatch(/^failure: rolled back: the gate failed after 5m of bake; revert PR #61/);
    // The bake record is done, and says what happened.
    const record = fake.find("ConfigMap", "kubeflow", "rollout-bot-bake-mnist") as {
      metadata: { annotations: Record<string, string> };
    };
    const saved = JSON.parse(record.metadata.annotations["rollout-bot/bake"] ?? "{}");
    expect(saved).toMatchObject({ state: "done", result: { kind: "rolled-back", revertPr: { number: 61 } } });
  });
});
