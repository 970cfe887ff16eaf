// The bake survives its process: merge-to-deploy in the app's mode (apply, write the bake record,
// return), the process dropped mid-bake, then fresh processes over the same fake cluster resume it.
// GitHub is nock (every call counted: an unexpected second revert PR fails the test), the cluster
// the stateful fake through the real client-node, the gate a real Prometheus. The clock is injected.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import { githubAdapter } from "../../src/adapters/github/index.js";
import { kubernetesPort } from "../../src/adapters/kubernetes.js";
import { actionOctokit } from "../../src/adapters/octokit.js";
import { prometheusClient } from "../../src/adapters/prometheus.js";
import { applyMarker } from "../../src/core/deploy-report.js";
import type { PromPort } from "../../src/core/ports.js";
import { promDuration } from "../../src/core/promql.js";
import { type BakeDeps, resumeBakes } from "../../src/handlers/bake.js";
import { deployOnMerge } from "../../src/handlers/deploy.js";
import { twoVersions } from "../fixtures/prometheus/generate.js";
import { type FakeKube, kubeconfigFor, startFakeKube } from "../helpers/fake-kube.js";
import { API, OWNER, REPO } from "../helpers/github.js";

/** One GraphQL request whose document declares `operation` (other bodies never match). */
function gql(scope: nock.Scope, operation: string, reply: nock.Body): nock.Scope {
  return scope
    .post(
      "/graphql",
      (body: { query?: unknown }) => typeof body?.query === "string" && body.query.includes(` ${operation}(`),
    )
    .reply(200, reply);
}

import { usePrometheus } from "../helpers/prometheus.js";
import { renderedExample } from "../helpers/tree.js";

const SHA = "a".repeat(40);
const BEFORE = "b".repeat(40);
const HEAD = "c".repeat(40);
const prom = usePrometheus({ datasets: [twoVersions] });
/** The example's bake is 5m: applied 5 minutes before the end of the data, judged at its end. */
const APPLIED_AT = twoVersions.end - 300;

let fake: FakeKube;
let clock: number;
beforeEach(async () => {
  nock.cleanAll();
  fake = await startFakeKube({ availableAfterGets: 1 });
  clock = APPLIED_AT;
});
afterEach(async () => {
  await fake.close();
  nock.cleanAll();
});

const to8020 = (t: string) =>
  t.replace("v1: { weight: 90,", "v1: { weight: 80,").replace("v2: { weight: 10,", "v2: { weight: 20,");
/** A second service `mnistb` beside mnist (its own host; see sameTraffic). */
const twoServices = (t: string) => {
  const block = t.slice(t.indexOf("  mnist:"));
  return `${t}${block.replace("  mnist:", "  mnistb:").replace("manifests: deploy/mnist", "manifests: deploy/mnistb").replace("/models/mnist", "/models/mnistb").replace("host: mnist-service", "host: mnistb-service")}`;
};

/** What GitHub was asked, across every client of the test (calls.* are filled from here). */
let calls: Calls;

function gh() {
  const octokit = actionOctokit({ token: "t", throttle: false, retryAfterBaseValue: 1 });
  (
    octokit as unknown as {
      hook: {
        after(
          name: string,
          fn: (res: unknown, options: { method: string; url: string; [k: string]: unknown }) => void,
        ): void;
      };
    }
  ).hook.after("request", (_res, o) => {
    const url = String(o.url);
    const id =
      (/\/deployments\/(\d+)\/statuses$/.exec(url)?.[1] ??
      /\/deployments\/\{deployment_id\}\/statuses$/.test(url))
        ? String(o.deployment_id)
        : undefined;
    if (o.method === "POST" && url.endsWith("/statuses") && id !== undefined)
      calls.statuses.get(Number(id))?.push(`${String(o.state)}: ${String(o.description)}`);
    if (o.method === "PATCH" && url.includes("/issues/comments/")) calls.bodies.push(String(o.body));
    if (url.endsWith("/graphql") && String(o.query).includes(" RolloutCreate(")) calls.revertPrs++;
  });
  return githubAdapter(octokit, { owner: OWNER, name: REPO });
}

/** Prometheus, where mnistb's host reads mnist's series (the data set has one service; both canaries fail). */
/** Every instant query's PromQL, in order: the bake's evidence range shows in them. */
const asked: string[] = [];

function sameTraffic(url: string): PromPort {
  const p = prometheusClient({ url });
  const as = (q: string) => q.replaceAll("mnistb-service", "mnist-service");
  return {
    query: (x) => {
      asked.push(x.promql);
      return p.query({ ...x, promql: as(x.promql) });
    },
    queryRange: (x) => p.queryRange({ ...x, promql: as(x.promql) }),
  };
}

/** One process: its own cluster client (as after a restart), GitHub client and id. */
function processDeps(
  replica: string,
  files: { after: Map<string, string>; before: Map<string, string> },
): BakeDeps {
  const g = gh();
  return {
    kube: kubernetesPort({ kubeconfig: kubeconfigFor(fake), retries: 1, backoffMs: 5 }),
    github: async () => ({ gh: g, filesAt: async (ref) => (ref === SHA ? files.after : files.before) }),
    prom: sameTraffic,
    prometheusUrl: prom.url,
    now: () => clock,
    replica,
    wait: { timeoutMs: 2000, pollMs: 1 },
    sleep: async () => undefined,
  };
}

interface Calls {
  statuses: Map<number, string[]>;
  revertPrs: number;
  bodies: string[];
}

/** GitHub for the merge of #42 (approved), one Deployment per service (ids from 7). */
function github(services: readonly string[]): { scope: nock.Scope; calls: Calls } {
  const scope = nock(API);
  calls = { statuses: new Map(), revertPrs: 0, bodies: [] };
  scope.get(`/repos/${OWNER}/${REPO}/commits/${SHA}/pulls`).reply(200, [
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
  scope
    .get(`/repos/${OWNER}/${REPO}/pulls/42/commits`)
    .query(true)
    .reply(200, [{ commit: { message: "Rollout mnist\n\nRequested by @alice in x#7: /rollout v2 20" } }]);
  scope
    .get(`/repos/${OWNER}/${REPO}/pulls/42/reviews`)
    .query(true)
    .reply(200, [
      {
        user: { login: "ml-platform-team", type: "User" },
        state: "APPROVED",
        submitted_at: "2026-11-25T09:00:00Z",
        commit_id: HEAD,
        author_association: "MEMBER",
      },
    ]);
  scope
    .get("/orgs/kubeflow/teams/ml-platform/members")
    .query(true)
    .optionally()
    .times(services.length)
    .reply(200, [{ login: "ml-platform-team" }]);
  services.forEach((key, i) => {
    const id = 7 + i;
    calls.statuses.set(id, []);
    scope
      .post(
        `/repos/${OWNER}/${REPO}/deployments`,
        (b: { payload: { service: string } }) => b.payload?.service === key,
      )
      .reply(201, { id });
    scope.post(`/repos/${OWNER}/${REPO}/deployments/${id}/statuses`).times(3).reply(201, {});
  });
  // The apply report, then each rollback edits it.
  scope.get(`/repos/${OWNER}/${REPO}/issues/42/comments`).query(true).reply(200, []);
  scope.post(`/repos/${OWNER}/${REPO}/issues/42/comments`).reply(201, { id: 5 });
  scope
    .get(`/repos/${OWNER}/${REPO}/issues/42/comments`)
    .query(true)
    .times(services.length)
    .reply(200, [{ id: 5, body: `${applyMarker(SHA)}\n…` }]);
  scope.patch(`/repos/${OWNER}/${REPO}/issues/comments/5`).times(services.length).reply(200, {});
  // One revert PR per service: a second attempt for the same service finds no interceptor and fails.
  services.forEach((_key, i) => {
    gql(scope, "RolloutReadBranch", { data: { repository: { id: "R_kgDOhello", ref: null } } });
    gql(scope, "RolloutCreate", {
      data: {
        createRef: { ref: { id: `REF_revert${i}` } },
        createCommitOnBranch: { commit: { oid: "e".repeat(40) } },
        createPullRequest: {
          pullRequest: {
            id: `PR_revert${i}`,
            number: 61 + i,
            url: `https://github.com/${OWNER}/${REPO}/pull/${61 + i}`,
          },
        },
      },
    });
  });
  return { scope, calls };
}

/** The first process: merge-to-deploy as the app runs it (background bake), then it is gone. */
async function mergeAndDie(files: { after: Map<string, string>; before: Map<string, string> }) {
  const out = await deployOnMerge({
    gh: gh(),
    repo: { owner: OWNER, name: REPO, installationId: 1 },
    kube: kubernetesPort({ kubeconfig: kubeconfigFor(fake), retries: 1, backoffMs: 5 }),
    configPath: "rollout.yaml",
    defaultBranch: "main",
    sha: SHA,
    before: BEFORE,
    changedPaths: "all",
    filesAt: async (ref) => (ref === SHA ? files.after : files.before),
    wait: { timeoutMs: 2000, pollMs: 1 },
    sleep: async () => {
      throw new Error("the app's webhook must not sleep through the bake");
    },
    metrics: { prom: (url) => prometheusClient({ url }), prometheusUrl: prom.url, now: () => clock },
    bake: { mode: "background", replica: "pod-a" },
  });
  expect(out.kind).toBe("applied");
  expect(out.message).toMatch(/baking until/);
}

function weights(name: string): number[] | undefined {
  const vs = fake.find("VirtualService", "kubeflow", name) as
    | { spec: { http: { route: { weight: number }[] }[] } }
    | undefined;
  return vs?.spec.http[0]?.route.map((r) => r.weight);
}

function record(service: string): Record<string, unknown> {
  const cm = fake.find("ConfigMap", "kubeflow", `rollout-bot-bake-${service}`) as
    | { metadata: { annotations: Record<string, string> } }
    | undefined;
  return JSON.parse(cm?.metadata.annotations["rollout-bot/bake"] ?? "{}");
}

/** Successful compare-and-swap writes of a bake record that claimed it. */
function claims(service: string): number {
  return fake
    .requests()
    .filter(
      (r) =>
        r.method === "PUT" &&
        r.path.endsWith(`/configmaps/rollout-bot-bake-${service}`) &&
        r.status === 200 &&
        (
          JSON.parse(
            ((r.body as { metadata: { annotations: Record<string, string> } }).metadata.annotations[
              "rollout-bot/bake"
            ] as string) ?? "{}",
          ) as { state: string }
        ).state === "judging",
    ).length;
}

describe("a bake that outlives its process", () => {
  it("killed mid-bake: a fresh process waits for the deadline, then rolls back and opens the revert PR once", async () => {
    const files = { after: renderedExample(to8020), before: renderedExample() };
    const { scope, calls } = github(["mnist"]);
    await mergeAndDie(files);
    // Applied and baking; the Deployment says so, not `success`.
    expect(weights("mnist")).toEqual([80, 20]);
    expect(calls.statuses.get(7)).toEqual([
      "in_progress: applying mnist",
      "in_progress: applied; baking 5m, then the gate is judged",
    ]);
    expect(record("mnist")).toMatchObject({
      state: "baking",
      sha: SHA,
      previous: BEFORE,
      deadline: APPLIED_AT + 300,
      deploymentId: 7,
      prNumber: 42,
    });

    // A new process starts before the deadline: nothing to do yet.
    clock = APPLIED_AT + 299;
    const early = await resumeBakes(processDeps("pod-b", files));
    expect(early).toEqual({
      ok: true,
      results: [expect.objectContaining({ service: "mnist", kind: "waiting", until: APPLIED_AT + 300 })],
    });
    expect(weights("mnist")).toEqual([80, 20]);

    // Its timer fires after the deadline: the gate fails (v2's 2 % 5xx), it rolls back.
    clock = twoVersions.end;
    const due = await resumeBakes(processDeps("pod-b", files));
    expect(due.ok && due.results).toEqual([
      expect.objectContaining({
        service: "mnist",
        kind: "rolled-back",
        revertPr: expect.objectContaining({ number: 61 }),
      }),
    ]);
    expect(weights("mnist")).toEqual([90, 10]);
    expect(calls.revertPrs).toBe(1);
    expect(calls.statuses.get(7)?.[2]).toMatch(
      /^failure: rolled back: the gate failed after 5m of bake; revert PR #61/,
    );
    expect(record("mnist")).toMatchObject({
      state: "done",
      claimedBy: "pod-b",
      result: { kind: "rolled-back" },
    });
    expect(calls.bodies.at(-1)).toContain("#61");
    // The gate counted its evidence from the apply, not only the last window.
    expect(asked.some((q) => q.includes(`[${promDuration(twoVersions.end - APPLIED_AT)}]`))).toBe(true);

    // Later passes (this process or another) find it done: no second rollback.
    clock += 3600;
    const later = await resumeBakes(processDeps("pod-c", files));
    expect(later).toEqual({ ok: true, results: [] });
    expect(calls.revertPrs).toBe(1);
    expect(claims("mnist")).toBe(1);
    expect(scope.isDone()).toBe(true);
  });

  it("two processes resuming at once: the compare-and-swap claim lets exactly one act", async () => {
    const files = { after: renderedExample(to8020), before: renderedExample() };
    const { scope, calls } = github(["mnist"]);
    await mergeAndDie(files);
    clock = twoVersions.end;
    const [b, c] = await Promise.all([
      resumeBakes(processDeps("pod-b", files)),
      resumeBakes(processDeps("pod-c", files)),
    ]);
    const kinds = [b, c].flatMap((r) => (r.ok ? r.results.map((x) => x.kind) : ["failed"])).sort();
    expect(kinds).toEqual(["lost", "rolled-back"]);
    expect(calls.revertPrs).toBe(1);
    expect(claims("mnist")).toBe(1);
    expect(calls.statuses.get(7)?.filter((s) => s.startsWith("failure"))).toHaveLength(1);
    expect(weights("mnist")).toEqual([90, 10]);
    expect(scope.isDone()).toBe(true);
  });

  it("two failing services of one merge: both rolled back, both Deployments say so", async () => {
    const files = {
      after: renderedExample((t) =>
        twoServices(t)
          .replaceAll("v1: { weight: 90,", "v1: { weight: 80,")
          .replaceAll("v2: { weight: 10,", "v2: { weight: 20,"),
      ),
      before: renderedExample(twoServices),
    };
    const { scope, calls } = github(["mnist", "mnistb"]);
    await mergeAndDie(files);
    expect(weights("mnist")).toEqual([80, 20]);
    expect(weights("mnistb")).toEqual([80, 20]);
    clock = twoVersions.end;
    const [b, c] = await Promise.all([
      resumeBakes(processDeps("pod-b", files)),
      resumeBakes(processDeps("pod-c", files)),
    ]);
    const results = [b, c].flatMap((r) => (r.ok ? r.results : []));
    expect(
      results
        .filter((r) => r.kind === "rolled-back")
        .map((r) => r.service)
        .sort(),
    ).toEqual(["mnist", "mnistb"]);
    expect(weights("mnist")).toEqual([90, 10]);
    expect(weights("mnistb")).toEqual([90, 10]);
    expect(calls.revertPrs).toBe(2);
    for (const id of [7, 8]) {
      const states = calls.statuses.get(id) ?? [];
      expect(states.filter((s) => s.startsWith("failure: rolled back"))).toHaveLength(1);
    }
    // The merged PR's report names both rollbacks (the last edit has both).
    expect(
      calls.bodies.some(
        (body) =>
          body.includes("`mnist`") &&
          body.includes("`mnistb`") &&
          body.includes("#61") &&
          body.includes("#62"),
      ),
    ).toBe(true);
    expect(scope.isDone()).toBe(true);
  });
});
