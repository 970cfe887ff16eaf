// The app with cluster credentials: merge-to-deploy on pull_request.closed, and /rollout plan.
import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import type { Probot } from "probot";
import { kubernetesPort } from "../src/adapters/kubernetes.js";
import { renderChanges } from "../src/core/changes.js";
import { loadConfig } from "../src/core/config.js";
import { type FakeKube, kubeconfigFor, startFakeKube } from "./helpers/fake-kube.js";
import { API, ackReply, commentPayload, type GqlBody, gql, OWNER, REPO } from "./helpers/github.js";
import { probotWithApp } from "./helpers/probot.js";
import { EXAMPLES, readTree, renderedExample } from "./helpers/tree.js";

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as {
  name: string;
  examples: Record<string, unknown>[];
}[];

const SHA = "a".repeat(40);
const BEFORE = "b".repeat(40);
const HEAD = "c".repeat(40);

let fake: FakeKube;
let probot: Probot;
beforeEach(async () => {
  nock.cleanAll();
  fake = await startFakeKube({ availableAfterGets: 1 });
  probot = await probotWithApp({
    kube: kubernetesPort({ kubeconfig: kubeconfigFor(fake), retries: 1, backoffMs: 5 }),
    wait: { timeoutMs: 2000, pollMs: 1 },
    sleep: async () => undefined,
  });
});
afterEach(async () => {
  await fake.close();
});

/** The example with bake off (this app test judges no gate), edited and re-rendered. */
function files(edit: (t: string) => string = (t) => t): Map<string, string> {
  return renderedExample((t) => edit(t).replace("    policy:\n", "    policy:\n      bake: 0s\n"));
}

/** GitHub's answers for reading a commit's files without a checkout. */
function serveFiles(scope: nock.Scope, ref: string, tree: Map<string, string>) {
  scope
    .get(`/repos/${OWNER}/${REPO}/contents/rollout.yaml`)
    .query({ ref })
    .reply(200, tree.get("rollout.yaml"));
  scope
    .get(`/repos/${OWNER}/${REPO}/git/trees/${ref}`)
    .query({ recursive: "1" })
    .reply(200, {
      tree: [...tree.keys()].map((path) => ({ path, type: "blob" })),
    });
  for (const [path, text] of tree) {
    if (path === "rollout.yaml") continue;
    scope.get(`/repos/${OWNER}/${REPO}/contents/${path}`).query({ ref }).reply(200, text);
  }
}

describe("merge-to-deploy in the app", () => {
  it("a merged, approved rollout PR is applied to the cluster", async () => {
    const payload = structuredClone(
      examples
        .find((e) => e.name === "pull_request")
        ?.examples.find((e) => e.action === "closed" && e.installation),
    ) as {
      pull_request: { number: number; merged: boolean; merge_commit_sha: string; base: { ref: string } };
      repository: { default_branch: string; owner: { login: string }; name: string };
    };
    payload.pull_request.merged = true;
    payload.pull_request.merge_commit_sha = SHA;
    payload.pull_request.base.ref = "main";
    payload.repository.default_branch = "main";
    const n = payload.pull_request.number;
    const owner = payload.repository.owner.login;
    const repo = payload.repository.name;
    expect(`${owner}/${repo}`).toBe(`${OWNER}/${REPO}`);

    const scope = nock(API)
      .post(/\/app\/installations\/\d+\/access_tokens/)
      .reply(201, { token: "t", permissions: {} });
    scope.get(`/repos/${OWNER}/${REPO}/commits/${SHA}`).reply(200, { parents: [{ sha: BEFORE }] });
    scope
      .get(`/repos/${OWNER}/${REPO}/pulls/${n}/files`)
      .query(true)
      .reply(200, [{ filename: "rollout.yaml" }, { filename: "deploy/mnist/virtualservice.yaml" }]);
    scope.get(`/repos/${OWNER}/${REPO}/commits/${SHA}/pulls`).reply(200, [
      {
        number: n,
        html_url: "u",
        user: { login: "rollout-bot[bot]" },
        merged_at: "2026-11-25T10:00:00Z",
        merge_commit_sha: SHA,
        head: { ref: "rollout/mnist", sha: HEAD },
        base: { ref: "main" },
      },
    ]);
    serveFiles(
      scope,
      SHA,
      files((t) => t.replace("weight: 90,", "weight: 80,").replace("weight: 10,", "weight: 20,")),
    );
    serveFiles(scope, BEFORE, files());
    scope
      .get(`/repos/${OWNER}/${REPO}/pulls/${n}/commits`)
      .query(true)
      .reply(200, [{ commit: { message: "Rollout mnist\n\nRequested by @alice in x#7: /rollout v2 20" } }]);
    // policy.reviewers in the example is the team kubeflow/ml-platform.
    scope
      .get("/orgs/kubeflow/teams/ml-platform/members")
      .query(true)
      .optionally()
      .reply(200, [{ login: "ml-platform-team" }]);
    scope
      .get(`/repos/${OWNER}/${REPO}/pulls/${n}/reviews`)
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
    scope.post(`/repos/${OWNER}/${REPO}/deployments`).reply(201, { id: 7 });
    scope.post(`/repos/${OWNER}/${REPO}/deployments/7/statuses`).times(2).reply(201, {});
    scope.get(`/repos/${OWNER}/${REPO}/issues/${n}/comments`).query(true).reply(200, []);
    scope.post(`/repos/${OWNER}/${REPO}/issues/${n}/comments`).reply(201, {});

    await probot.receive({ name: "pull_request", id: "d1", payload: payload as never });

    expect(scope.isDone()).toBe(true);
    const vs = fake.find("VirtualService", "kubeflow", "mnist") as {
      spec: { http: { route: { weight: number }[] }[] };
    };
    expect(vs.spec.http[0]?.route.map((r) => r.weight)).toEqual([80, 20]);
  });
});

/** examples/include (rollout.yaml, rollout.d/{mnist,resnet}.yaml), bake off, resnet's file edited and all re-rendered. */
function includeFiles(edit: (t: string) => string = (t) => t): Map<string, string> {
  const tree = readTree(`${EXAMPLES}include`);
  for (const key of ["mnist", "resnet"]) {
    const path = `rollout.d/${key}.yaml`;
    const text = (tree.get(path) ?? "").replace("policy:\n", "policy:\n  bake: 0s\n");
    tree.set(path, key === "resnet" ? edit(text) : text);
  }
  const loaded = loadConfig({ text: tree.get("rollout.yaml") ?? "", file: "rollout.yaml", included: tree });
  if (!loaded.ok) throw new Error(loaded.message);
  const r = renderChanges({ loaded: loaded.loaded, files: tree });
  if (!r.ok) throw new Error(r.message);
  for (const c of r.changes) {
    if (c.after === undefined) tree.delete(c.path);
    else tree.set(c.path, c.after);
  }
  return tree;
}

/** As serveFiles, for an include repository: the included files come in one GraphQL read of rollout.d/. */
function serveIncludeFiles(scope: nock.Scope, ref: string, tree: Map<string, string>, sent: GqlBody[]) {
  scope
    .get(`/repos/${OWNER}/${REPO}/contents/rollout.yaml`)
    .query({ ref })
    .reply(200, tree.get("rollout.yaml"));
  scope
    .get(`/repos/${OWNER}/${REPO}/git/trees/${ref}`)
    .query({ recursive: "1" })
    .reply(200, { tree: [...tree.keys()].map((path) => ({ path, type: "blob" })) });
  gql(
    scope,
    "RolloutReadFiles",
    (body: GqlBody) => {
      expect(body.variables).toMatchObject({ o0: `${ref}:rollout.d` });
      const entries = [...tree]
        .filter(([p]) => p.startsWith("rollout.d/"))
        .map(([path, text]) => ({ path, type: "blob", object: { text, isBinary: false } }));
      return { data: { repository: { o0: { entries } } } };
    },
    sent,
  );
  for (const [path, text] of tree) {
    if (path === "rollout.yaml" || path.startsWith("rollout.d/")) continue;
    scope.get(`/repos/${OWNER}/${REPO}/contents/${path}`).query({ ref }).reply(200, text);
  }
}

describe("merge-to-deploy in an include repository", () => {
  it("a merged change to rollout.d/resnet.yaml deploys resnet, and only resnet", async () => {
    const payload = structuredClone(
      examples
        .find((e) => e.name === "pull_request")
        ?.examples.find((e) => e.action === "closed" && e.installation),
    ) as {
      pull_request: { number: number; merged: boolean; merge_commit_sha: string; base: { ref: string } };
      repository: { default_branch: string };
    };
    payload.pull_request.merged = true;
    payload.pull_request.merge_commit_sha = SHA;
    payload.pull_request.base.ref = "main";
    payload.repository.default_branch = "main";
    const n = payload.pull_request.number;
    const sent: GqlBody[] = [];
    const scope = nock(API)
      .post(/\/app\/installations\/\d+\/access_tokens/)
      .reply(201, { token: "t", permissions: {} });
    scope.get(`/repos/${OWNER}/${REPO}/commits/${SHA}`).reply(200, { parents: [{ sha: BEFORE }] });
    scope
      .get(`/repos/${OWNER}/${REPO}/pulls/${n}/files`)
      .query(true)
      .reply(200, [{ filename: "rollout.d/resnet.yaml" }, { filename: "deploy/resnet/virtualservice.yaml" }]);
    scope.get(`/repos/${OWNER}/${REPO}/commits/${SHA}/pulls`).reply(200, [
      {
        number: n,
        html_url: "u",
        user: { login: "rollout-bot[bot]" },
        merged_at: "2026-11-25T10:00:00Z",
        merge_commit_sha: SHA,
        head: { ref: "rollout/resnet", sha: HEAD },
        base: { ref: "main" },
      },
    ]);
    serveIncludeFiles(
      scope,
      SHA,
      includeFiles((t) =>
        t.replace("v1: { weight: 100,", "v1: { weight: 80,").replace("v2: { weight: 0,", "v2: { weight: 20,"),
      ),
      sent,
    );
    serveIncludeFiles(scope, BEFORE, includeFiles(), sent);
    scope
      .get(`/repos/${OWNER}/${REPO}/pulls/${n}/commits`)
      .query(true)
      .reply(200, [
        { commit: { message: "Rollout resnet\n\nRequested by @alice in x#7: /rollout resnet v2 20" } },
      ]);
    scope
      .get(`/repos/${OWNER}/${REPO}/pulls/${n}/reviews`)
      .query(true)
      .reply(200, [
        {
          user: { login: "bob", type: "User" },
          state: "APPROVED",
          submitted_at: "2026-11-25T09:00:00Z",
          commit_id: HEAD,
          author_association: "MEMBER",
        },
      ]);
    scope.post(`/repos/${OWNER}/${REPO}/deployments`).reply(201, { id: 7 });
    scope.post(`/repos/${OWNER}/${REPO}/deployments/7/statuses`).times(2).reply(201, {});
    scope.get(`/repos/${OWNER}/${REPO}/issues/${n}/comments`).query(true).reply(200, []);
    scope.post(`/repos/${OWNER}/${REPO}/issues/${n}/comments`).reply(201, {});

    await probot.receive({ name: "pull_request", id: "d2", payload: payload as never });

    expect(scope.isDone()).toBe(true);
    expect(sent).toHaveLength(2);
    const vs = fake.find("VirtualService", "vision", "resnet") as {
      spec: { http: { route: { weight: number }[] }[] };
    };
    expect(vs.spec.http[0]?.route.map((r) => r.weight)).toEqual([80, 20]);
    expect(fake.find("VirtualService", "kubeflow", "mnist")).toBeUndefined();
  });
});

describe("/rollout plan with cluster credentials", () => {
  it("replies with the server-side dry-run diff of the service and its drift", async () => {
    const sent: GqlBody[] = [];
    const tree = files();
    const config = tree.get("rollout.yaml") ?? "";
    const scope = nock(API)
      .post("/app/installations/1/access_tokens")
      .reply(201, { token: "t", permissions: {} });
    gql(scope, "RolloutRead", ackReply({ configText: config, role: "write" }), sent);
    gql(scope, "RolloutReadOpenPrs", { data: { repository: { refs: { nodes: [] } } } }, sent);
    serveFiles(scope, "main", tree);
    gql(scope, "RolloutReply", { data: { addComment: { commentEdge: { node: { url: "u" } } } } }, sent);

    await probot.receive({
      name: "issue_comment",
      id: "d2",
      payload: commentPayload({ body: "/rollout plan mnist" }) as never,
    });

    expect(scope.isDone()).toBe(true);
    const reply = String(sent.at(-1)?.variables.reply);
    expect(reply).toContain("VirtualService");
    expect(fake.objects()).toEqual([]);
  });
});
