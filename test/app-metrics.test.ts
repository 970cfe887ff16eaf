// The metrics report on rollout PRs: real Probot, real payloads, nock for GitHub, and a real
// Prometheus holding the twoVersions dataset (v2 at 98 % success fails the 99 % gate).
import { createRequire } from "node:module";
import { beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import type { Probot } from "probot";
import { metricsMarker } from "../src/core/summary.js";
import { twoVersions } from "./fixtures/prometheus/generate.js";
import { API, examplesFile } from "./helpers/github.js";
import { probotWithApp } from "./helpers/probot.js";
import { usePrometheus } from "./helpers/prometheus.js";

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as {
  name: string;
  examples: Record<string, unknown>[];
}[];

function example(name: string, action: string): Record<string, unknown> {
  const found = examples
    .find((e) => e.name === name)
    ?.examples.find((e) => e.action === action && e.installation);
  if (!found) throw new Error(`no ${name}.${action} example`);
  return structuredClone(found);
}

const server = usePrometheus({ datasets: [twoVersions] });
const HEAD = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
const MNIST = examplesFile("mnist/rollout.yaml");
const PROPOSED = MNIST.replace("weight: 90,", "weight: 80,").replace("weight: 10,", "weight: 20,");

let probot: Probot;
beforeEach(async () => {
  nock.cleanAll();
  probot = await probotWithApp({ now: () => twoVersions.end, prometheusUrl: server.url });
});

/** The example `pull_request.opened`, moved onto branch rollout/mnist of the same repository. */
function rolloutPrOpened(): Record<string, unknown> {
  const p = example("pull_request", "opened") as {
    pull_request: { number: number; head: { ref: string; sha: string; repo: { full_name: string } } };
    repository: { full_name: string; default_branch: string; owner: { login: string }; name: string };
  };
  p.pull_request.head.ref = "rollout/mnist";
  p.repository.default_branch = "main";
  return p as unknown as Record<string, unknown>;
}

function github(owner: string, repo: string, number: number) {
  const scope = nock(API)
    .post(/\/app\/installations\/\d+\/access_tokens/)
    .reply(201, { token: "ghs_test", permissions: {} });
  scope.get(`/repos/${owner}/${repo}/contents/rollout.yaml`).query({ ref: "main" }).reply(200, MNIST);
  scope.get(`/repos/${owner}/${repo}/contents/rollout.yaml`).query({ ref: HEAD }).reply(200, PROPOSED);
  return { scope, comments: `/repos/${owner}/${repo}/issues/${number}/comments` };
}

describe("metrics report on a rollout PR", () => {
  it("opened: posts the sticky summary and a failing rollout/gate check run on the head commit", async () => {
    const payload = rolloutPrOpened() as {
      pull_request: { number: number };
      repository: { owner: { login: string }; name: string };
    };
    const owner = payload.repository.owner.login;
    const repo = payload.repository.name;
    const { scope, comments } = github(owner, repo, payload.pull_request.number);
    let posted = "";
    let check: Record<string, unknown> = {};
    scope
      .get(comments)
      .query(true)
      .reply(200, [{ id: 1, body: "LGTM" }]);
    scope
      .post(comments, (b: { body: string }) => {
        posted = b.body;
        return true;
      })
      .reply(201, { id: 2 });
    scope
      .get(`/repos/${owner}/${repo}/commits/${HEAD}/check-runs`)
      .query({ check_name: "rollout/gate", filter: "latest" })
      .reply(200, { total_count: 0, check_runs: [] });
    scope
      .post(`/repos/${owner}/${repo}/check-runs`, (b: Record<string, unknown>) => {
        check = b;
        return true;
      })
      .reply(201, { id: 9 });

    await probot.receive({ name: "pull_request", id: "d1", payload: payload as never });

    expect(scope.isDone()).toBe(true);
    expect(posted.startsWith(metricsMarker("mnist"))).toBe(true);
    expect(posted).toContain("| `v2` (canary) | 10 % | 1.00 | 600 | 98.00 %");
    expect(check).toMatchObject({
      name: "rollout/gate",
      head_sha: HEAD,
      status: "completed",
      conclusion: "failure",
    });
    expect(String((check.output as { title: string }).title)).toContain("mnist");
  });

  it("counts the evidence from the service's newest GitHub Deployment (when its weights went live)", async () => {
    const payload = rolloutPrOpened() as {
      pull_request: { number: number };
      repository: { owner: { login: string }; name: string };
    };
    const owner = payload.repository.owner.login;
    const repo = payload.repository.name;
    const { scope, comments } = github(owner, repo, payload.pull_request.number);
    const iso = (t: number) => new Date(t * 1000).toISOString();
    scope
      .get(`/repos/${owner}/${repo}/deployments`)
      .query({ environment: "kubeflow", per_page: "30" })
      .reply(200, [
        // Another service's deployment to the same namespace, newer: not this step.
        { id: 3, created_at: iso(twoVersions.end - 5 * 60), payload: { service: "iris" } },
        { id: 2, created_at: iso(twoVersions.end - 25 * 60), payload: { service: "mnist" } },
        { id: 1, created_at: iso(twoVersions.end - 29 * 60), payload: { service: "mnist" } },
      ]);
    let posted = "";
    scope.get(comments).query(true).reply(200, []);
    scope
      .post(comments, (b: { body: string }) => {
        posted = b.body;
        return true;
      })
      .reply(201, { id: 2 });
    scope
      .get(`/repos/${owner}/${repo}/commits/${HEAD}/check-runs`)
      .query({ check_name: "rollout/gate", filter: "latest" })
      .reply(200, { total_count: 0, check_runs: [] });
    scope.post(`/repos/${owner}/${repo}/check-runs`).reply(201, { id: 9 });

    await probot.receive({ name: "pull_request", id: "d9", payload: payload as never });

    expect(scope.isDone()).toBe(true);
    expect(posted).toContain("since the step started 25 min ago");
  });

  it("synchronize: edits the same comment and check run instead of adding new ones", async () => {
    const payload = rolloutPrOpened() as {
      action: string;
      pull_request: { number: number };
      repository: { owner: { login: string }; name: string };
    };
    payload.action = "synchronize";
    const owner = payload.repository.owner.login;
    const repo = payload.repository.name;
    const { scope, comments } = github(owner, repo, payload.pull_request.number);
    scope
      .get(comments)
      .query(true)
      .reply(200, [
        { id: 1, body: "LGTM" },
        { id: 5, body: `${metricsMarker("mnist")}\nold` },
      ]);
    scope
      .patch(`/repos/${owner}/${repo}/issues/comments/5`, (b: { body: string }) =>
        b.body.startsWith(metricsMarker("mnist")),
      )
      .reply(200, {});
    scope
      .get(`/repos/${owner}/${repo}/commits/${HEAD}/check-runs`)
      .query(true)
      .reply(200, { total_count: 1, check_runs: [{ id: 77 }] });
    scope
      .patch(
        `/repos/${owner}/${repo}/check-runs/77`,
        (b: { conclusion: string }) => b.conclusion === "failure",
      )
      .reply(200, {});

    await probot.receive({ name: "pull_request", id: "d2", payload: payload as never });

    expect(scope.isDone()).toBe(true);
  });

  it("a PR from any other branch is left alone", async () => {
    const payload = example("pull_request", "opened");
    await probot.receive({ name: "pull_request", id: "d3", payload: payload as never });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("check_run.rerequested on rollout/gate runs the report again", async () => {
    const payload = example("check_run", "rerequested") as {
      check_run: { name: string; head_sha: string; pull_requests: unknown[] };
      repository: { owner: { login: string }; name: string; default_branch: string };
    };
    payload.check_run.name = "rollout/gate";
    payload.check_run.head_sha = HEAD;
    payload.check_run.pull_requests = [{ number: 42, head: { ref: "rollout/mnist", sha: HEAD } }];
    payload.repository.default_branch = "main";
    const owner = payload.repository.owner.login;
    const repo = payload.repository.name;
    const { scope, comments } = github(owner, repo, 42);
    scope.get(comments).query(true).reply(200, []);
    scope.post(comments).reply(201, { id: 3 });
    scope
      .get(`/repos/${owner}/${repo}/commits/${HEAD}/check-runs`)
      .query(true)
      .reply(200, { total_count: 1, check_runs: [{ id: 78 }] });
    scope.patch(`/repos/${owner}/${repo}/check-runs/78`).reply(200, {});

    await probot.receive({ name: "check_run", id: "d4", payload: payload as never });

    expect(scope.isDone()).toBe(true);
  });
});
