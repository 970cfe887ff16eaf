// A stateful fake GitHub on 127.0.0.1 for end-to-end tests and the soak bench: the REST routes and
// GraphQL documents rollout-bot sends, answered from state (branches → commits → files, pull
// requests, comments, check runs, deployments), and webhooks sent back to the app as GitHub would
// (pull_request opened/synchronize on a new PR or commit, pull_request.closed on `merge`).
//
// Every GraphQL document is validated against GitHub's published schema (@octokit/graphql-schema)
// and executed by graphql-js against that schema, so a field GitHub does not have is an error here
// too; `problems` collects every invalid document and unknown route so a test can fail on them.
// As on GitHub, a mutation's root fields run in order and a failed one (a lost compare-and-swap)
// answers null with an error while the next ones still run (graphql-js: nullable payloads), so a
// test sees what a partly failed document did (test/app-race.test.ts).
// No jest imports: the bench loads it too.
import { createHash, createHmac, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { buildClientSchema, execute, type GraphQLError, type GraphQLSchema, parse, validate } from "graphql";

const require = createRequire(import.meta.url);

interface Example {
  action: string;
  installation?: { id: number; node_id?: string };
  [key: string]: unknown;
}
const EXAMPLES = require("@octokit/webhooks-examples/api.github.com/index.json") as {
  name: string;
  examples: Example[];
}[];

/** A real delivery of `event`/`action` (with an installation) from @octokit/webhooks-examples. */
export function webhookExample(event: string, action: string): Example {
  const list = EXAMPLES.find((e) => e.name === event)?.examples ?? [];
  const found =
    list.find((e) => e.action === action && e.installation) ?? list.find((e) => e.action === action);
  if (!found) throw new Error(`no ${event}.${action} example in @octokit/webhooks-examples`);
  return structuredClone(found);
}

let schemaCache: GraphQLSchema | undefined;
function schema(): GraphQLSchema {
  // @octokit/graphql-schema's schema.json, read from the package folder (its index reads it next to
  // itself at import, which a bundle — the bench — moves away from).
  schemaCache ??= buildClientSchema(
    JSON.parse(readFileSync(join(process.cwd(), "node_modules/@octokit/graphql-schema/schema.json"), "utf8")),
  );
  return schemaCache;
}

export type Files = ReadonlyMap<string, string>;

export interface Commit {
  readonly oid: string;
  readonly parents: readonly string[];
  readonly files: Files;
  readonly message: string;
}

export interface PullRequest {
  readonly number: number;
  readonly nodeId: string;
  title: string;
  body: string;
  readonly head: string;
  readonly base: string;
  readonly author: string;
  state: "open" | "closed";
  merged: boolean;
  mergeCommitSha: string | undefined;
  /** The merge base when merged (the files it changed are counted from it). */
  mergeBase: string | undefined;
  headShaAtMerge: string | undefined;
  readonly labels: string[];
  readonly requestedReviewers: string[];
  readonly requestedTeams: string[];
  readonly createdAt: string;
}

export interface Comment {
  readonly id: number;
  readonly nodeId: string;
  readonly issueNumber: number;
  body: string;
  readonly login: string;
  readonly createdAt: string;
  updatedAt: string;
  readonly reactions: string[];
}

export interface Review {
  readonly id: number;
  readonly login: string;
  readonly state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED";
  readonly commitId: string;
  readonly submittedAt: string;
}

export interface CheckRun {
  readonly id: number;
  readonly headSha: string;
  name: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  readonly history: string[];
}

export interface Deployment {
  readonly id: number;
  readonly ref: string;
  readonly sha: string;
  readonly environment: string;
  readonly description: string;
  readonly payload: unknown;
  readonly statuses: { state: string; description: string }[];
}

export interface Repo {
  readonly owner: string;
  readonly name: string;
  readonly nodeId: string;
  readonly defaultBranch: string;
  readonly commits: Map<string, Commit>;
  /** branch → head oid */
  readonly branches: Map<string, string>;
  readonly pulls: Map<number, PullRequest>;
  readonly comments: Comment[];
  readonly reviews: Map<number, Review[]>;
  readonly checkRuns: CheckRun[];
  readonly deployments: Deployment[];
  /** label name → node id */
  readonly labels: Map<string, string>;
  /** login → permission (admin, maintain, write, triage, read); others: read. */
  readonly permissions: Map<string, string>;
  nextNumber: number;
}

export interface WebhookDelivery {
  readonly event: string;
  readonly id: string;
  readonly payload: Record<string, unknown>;
}

export interface FakeGitHubOptions {
  /** Installation id in token requests and webhooks (the examples' is 1). */
  readonly installationId?: number;
  /** org/team → member logins. */
  readonly teams?: Readonly<Record<string, readonly string[]>>;
}

export interface FakeGitHub {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** host:port, for GHE_HOST (with GHE_PROTOCOL=http). */
  readonly host: string;
  readonly installationId: number;
  /** Invalid GraphQL documents, GraphQL errors that are not conflicts, and unknown routes. */
  readonly problems: string[];
  /** Every request, `METHOD path` (GraphQL as `GRAPHQL OperationName`). */
  readonly requests: string[];
  /** Webhooks sent, oldest first, with the HTTP status the app answered. */
  readonly delivered: (WebhookDelivery & { status: number | string })[];
  /** Where webhooks go (the app's webhook URL) and the secret that signs them; none until set. */
  setWebhookTarget(target: { url: string; secret: string } | undefined): void;
  /** Resolves when every webhook queued so far has been answered. */
  webhooksIdle(): Promise<void>;
  createRepo(params: { owner: string; name: string; files: Files; defaultBranch?: string }): Repo;
  repo(owner: string, name: string): Repo;
  /** A branch with one commit on `from` (default: the default branch) changing `files` (undefined deletes). */
  commitOnBranch(
    repo: Repo,
    params: {
      branch: string;
      from?: string;
      changes: Readonly<Record<string, string | undefined>>;
      message: string;
    },
  ): string;
  /** Opens a PR as `author` from `head` into the default branch and sends pull_request.opened. */
  openPr(repo: Repo, params: { head: string; title: string; body?: string; author: string }): PullRequest;
  /** A comment by `login` on issue/PR `issueNumber`, sent as issue_comment.created. */
  comment(repo: Repo, params: { issueNumber: number; body: string; login: string }): Comment;
  /** Records a review on the PR's head commit. */
  review(repo: Repo, params: { pr: number; login: string; state?: Review["state"] }): Review;
  /**
   * Merges the PR (fast-forward when the base did not move, else a merge commit; a path changed on
   * both sides differently is a conflict) and sends pull_request.closed (merged).
   */
  merge(repo: Repo, prNumber: number, params?: { by?: string }): string;
  /** Files at a branch or commit. */
  filesAt(repo: Repo, ref: string): Files;
  /** Payload of an issue_comment.created for a comment (for re-sending, or sending with a bad signature). */
  commentPayload(repo: Repo, comment: Comment): Record<string, unknown>;
  /** Signs and sends a webhook now, with the signature given (default: the right one); the app's answer. */
  send(delivery: { event: string; payload: unknown; id?: string; signature?: string }): Promise<number>;
  close(): Promise<void>;
}

/** A REST answer with a status other than the default (201 for POST, else 200). */
class WithStatus {
  constructor(
    readonly status: number,
    readonly data: unknown,
  ) {}
}

class GitHubHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A GraphQL error as GitHub words it, with its `type`. */
class GitHubGraphqlError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");
const iso = () => new Date().toISOString();

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const installationId = options.installationId ?? 1;
  const teams = new Map(Object.entries(options.teams ?? {}));
  const repos = new Map<string, Repo>();
  const problems: string[] = [];
  const requests: string[] = [];
  const delivered: FakeGitHub["delivered"] = [];
  let target: { url: string; secret: string } | undefined;
  let ids = 1000;
  let queue: Promise<void> = Promise.resolve();
  let url = "";

  const key = (owner: string, name: string) => `${owner}/${name}`.toLowerCase();
  const getRepo = (owner: string, name: string): Repo => {
    const r = repos.get(key(owner, name));
    if (!r) throw new GitHubHttpError(404, `Not Found: ${owner}/${name}`);
    return r;
  };

  const resolveRef = (repo: Repo, ref: string): string | undefined => {
    const r = ref.replace(/^refs\/heads\//, "");
    if (repo.branches.has(r)) return repo.branches.get(r);
    if (repo.commits.has(r)) return r;
    const prefix = [...repo.commits.keys()].filter((oid) => r.length >= 7 && oid.startsWith(r));
    return prefix.length === 1 ? prefix[0] : undefined;
  };
  const commitAt = (repo: Repo, ref: string): Commit => {
    const oid = resolveRef(repo, ref);
    const c = oid === undefined ? undefined : repo.commits.get(oid);
    if (!c) throw new GitHubHttpError(404, `No commit found for the ref ${ref}`);
    return c;
  };
  const addCommit = (repo: Repo, parents: string[], files: Files, message: string): string => {
    const oid = sha1(`${parents.join(",")}\n${message}\n${ids++}\n${JSON.stringify([...files])}`);
    repo.commits.set(oid, { oid, parents, files, message });
    return oid;
  };
  const ancestors = (repo: Repo, oid: string): Set<string> => {
    const out = new Set<string>();
    const stack = [oid];
    for (let o = stack.pop(); o !== undefined; o = stack.pop()) {
      if (out.has(o)) continue;
      out.add(o);
      stack.push(...(repo.commits.get(o)?.parents ?? []));
    }
    return out;
  };
  const mergeBase = (repo: Repo, a: string, b: string): string | undefined => {
    const ofA = ancestors(repo, a);
    // Breadth-first from b: the nearest common ancestor.
    const seen = new Set<string>();
    const q = [b];
    for (let o = q.shift(); o !== undefined; o = q.shift()) {
      if (seen.has(o)) continue;
      seen.add(o);
      if (ofA.has(o)) return o;
      q.push(...(repo.commits.get(o)?.parents ?? []));
    }
    return undefined;
  };
  const changedPaths = (from: Files, to: Files): string[] =>
    [...new Set([...from.keys(), ...to.keys()])].filter((p) => from.get(p) !== to.get(p)).sort();

  // ---- webhooks ----------------------------------------------------------------------------------
  const repositoryPayload = (repo: Repo) => {
    const base = webhookExample("issue_comment", "created").repository as Record<string, unknown>;
    return {
      ...base,
      name: repo.name,
      full_name: `${repo.owner}/${repo.name}`,
      node_id: repo.nodeId,
      owner: { ...(base.owner as object), login: repo.owner },
      default_branch: repo.defaultBranch,
      html_url: `${url}/${repo.owner}/${repo.name}`,
    };
  };
  const prPayload = (repo: Repo, pr: PullRequest) => {
    const headSha = pr.headShaAtMerge ?? repo.branches.get(pr.head) ?? "";
    const example = webhookExample("pull_request", "opened").pull_request as Record<string, unknown>;
    const fullRepo = repositoryPayload(repo);
    return {
      ...example,
      number: pr.number,
      node_id: pr.nodeId,
      title: pr.title,
      body: pr.body,
      state: pr.state,
      merged: pr.merged,
      merge_commit_sha: pr.mergeCommitSha ?? null,
      merged_at: pr.merged ? iso() : null,
      user: { ...(example.user as object), login: pr.author, type: "User" },
      head: { ...(example.head as object), ref: pr.head, sha: headSha, repo: fullRepo },
      base: { ...(example.base as object), ref: pr.base, sha: repo.branches.get(pr.base), repo: fullRepo },
      html_url: `${url}/${repo.owner}/${repo.name}/pull/${pr.number}`,
    };
  };
  const signature = (secret: string, body: string) =>
    `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

  const post = async (delivery: { event: string; payload: unknown; id?: string; signature?: string }) => {
    if (!target) throw new Error("fake GitHub: no webhook target set");
    const body = JSON.stringify(delivery.payload);
    const res = await fetch(target.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": delivery.event,
        "x-github-delivery": delivery.id ?? randomUUID(),
        "x-hub-signature-256": delivery.signature ?? signature(target.secret, body),
        "user-agent": "GitHub-Hookshot/fake",
      },
      body,
      signal: AbortSignal.timeout(60_000),
    });
    await res.arrayBuffer();
    return res.status;
  };
  /** Queued: webhooks go out one at a time, in order, after the response that caused them. */
  const emit = (event: string, payload: Record<string, unknown>) => {
    if (!target) return;
    const d = { event, id: randomUUID(), payload: { ...payload, installation: { id: installationId } } };
    queue = queue.then(async () => {
      const entry = { ...d, status: "pending" as number | string };
      delivered.push(entry);
      try {
        entry.status = await post(d);
      } catch (e) {
        entry.status = `error: ${(e as Error).message}`;
      }
    });
  };
  const emitPr = (repo: Repo, pr: PullRequest, action: string) =>
    setImmediate(() =>
      emit("pull_request", {
        action,
        number: pr.number,
        pull_request: prPayload(repo, pr),
        repository: repositoryPayload(repo),
        sender: { login: pr.author, type: "User" },
      }),
    );

  // ---- REST ----------------------------------------------------------------------------------------
  type Handler = (m: string[], q: URLSearchParams, body: Record<string, unknown>) => unknown;
  const routes: [string, RegExp, Handler][] = [];
  const route = (method: string, path: string, h: Handler) => {
    const re = new RegExp(`^${path.replace(/:(\w+)\+/g, "(.+)").replace(/:(\w+)/g, "([^/]+)")}$`);
    routes.push([method, re, h]);
  };
  const repoOf = (m: string[]) => getRepo(m[1] ?? "", m[2] ?? "");
  const page = <T>(items: readonly T[], q: URLSearchParams): T[] => {
    const per = Number(q.get("per_page") ?? 30);
    const p = Number(q.get("page") ?? 1);
    return items.slice((p - 1) * per, p * per);
  };
  const pr = (repo: Repo, n: string | number): PullRequest => {
    const p = repo.pulls.get(Number(n));
    if (!p) throw new GitHubHttpError(404, "Not Found");
    return p;
  };
  const restComment = (repo: Repo, c: Comment) => ({
    id: c.id,
    node_id: c.nodeId,
    body: c.body,
    user: { login: c.login, type: "User" },
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    html_url: `${url}/${repo.owner}/${repo.name}/pull/${c.issueNumber}#issuecomment-${c.id}`,
  });
  const restPr = (repo: Repo, p: PullRequest) => ({
    number: p.number,
    node_id: p.nodeId,
    html_url: `${url}/${repo.owner}/${repo.name}/pull/${p.number}`,
    title: p.title,
    body: p.body,
    state: p.state,
    user: { login: p.author },
    merged_at: p.merged ? p.createdAt : null,
    merge_commit_sha: p.mergeCommitSha ?? null,
    head: { ref: p.head, sha: p.headShaAtMerge ?? repo.branches.get(p.head) },
    base: { ref: p.base },
  });
  const prCommits = (repo: Repo, p: PullRequest): Commit[] => {
    const head = p.headShaAtMerge ?? repo.branches.get(p.head) ?? "";
    const base = p.mergeBase ?? mergeBase(repo, repo.branches.get(p.base) ?? "", head) ?? "";
    const onBase = ancestors(repo, base);
    return [...ancestors(repo, head)]
      .filter((o) => !onBase.has(o))
      .map((o) => repo.commits.get(o) as Commit)
      .reverse();
  };

  route("GET", "/app", () => ({ id: 1, slug: "rollout-bot", name: "rollout-bot" }));
  route("POST", "/app/installations/(\\d+)/access_tokens", () => ({
    token: `ghs_fake${ids++}`,
    expires_at: new Date(Date.now() + 3600_000).toISOString(),
    permissions: {},
    repository_selection: "all",
  }));
  route("GET", "/repos/:o/:r/installation", (m) => {
    repoOf(m);
    return { id: installationId, account: { login: m[1] } };
  });
  route("GET", "/repos/:o/:r/collaborators/:u/permission", (m) => {
    const perm = repoOf(m).permissions.get(m[3] ?? "") ?? "read";
    return { permission: perm, role_name: perm, user: { login: m[3] } };
  });
  route("GET", "/orgs/:org/teams/:slug/memberships/:u", (m) => {
    const members = teams.get(`${m[1]}/${m[2]}`);
    if (!members?.includes(m[3] ?? "")) throw new GitHubHttpError(404, "Not Found");
    return { state: "active", role: "member" };
  });
  route("GET", "/orgs/:org/teams/:slug/members", (m, q) => {
    const members = teams.get(`${m[1]}/${m[2]}`);
    if (!members) throw new GitHubHttpError(404, "Not Found");
    return page(
      members.map((login) => ({ login, type: "User" })),
      q,
    );
  });
  route("GET", "/repos/:o/:r/issues/(\\d+)/comments", (m, q) => {
    const repo = repoOf(m);
    return page(
      repo.comments.filter((c) => c.issueNumber === Number(m[3])).map((c) => restComment(repo, c)),
      q,
    );
  });
  route("POST", "/repos/:o/:r/issues/(\\d+)/comments", (m, _q, body) => {
    const repo = repoOf(m);
    const c = addComment(repo, Number(m[3]), String(body.body ?? ""), "rollout-bot[bot]");
    return restComment(repo, c);
  });
  route("PATCH", "/repos/:o/:r/issues/comments/(\\d+)", (m, _q, body) => {
    const repo = repoOf(m);
    const c = repo.comments.find((x) => x.id === Number(m[3]));
    if (!c) throw new GitHubHttpError(404, "Not Found");
    c.body = String(body.body ?? "");
    c.updatedAt = iso();
    return restComment(repo, c);
  });
  route("POST", "/repos/:o/:r/issues/comments/(\\d+)/reactions", (m, _q, body) => {
    const c = repoOf(m).comments.find((x) => x.id === Number(m[3]));
    if (!c) throw new GitHubHttpError(404, "Not Found");
    const content = String(body.content ?? "");
    const graphqlName: Record<string, string> = {
      eyes: "EYES",
      "+1": "THUMBS_UP",
      rocket: "ROCKET",
      confused: "CONFUSED",
    };
    const name = graphqlName[content] ?? content.toUpperCase();
    const again = c.reactions.includes(name);
    if (!again) c.reactions.push(name);
    // GitHub answers 200 when this app had already left the reaction, 201 when it is new.
    return new WithStatus(again ? 200 : 201, { id: ids++, content, user: { login: "rollout-bot[bot]" } });
  });
  route("POST", "/repos/:o/:r/issues/(\\d+)/labels", (m, _q, body) => {
    const repo = repoOf(m);
    const p = pr(repo, m[3] ?? "");
    for (const l of (body.labels as string[] | undefined) ?? []) {
      if (!repo.labels.has(l)) repo.labels.set(l, `LA_${ids++}`);
      if (!p.labels.includes(l)) p.labels.push(l);
    }
    return p.labels.map((name) => ({ name }));
  });
  route("POST", "/repos/:o/:r/pulls/(\\d+)/requested_reviewers", (m, _q, body) => {
    const repo = repoOf(m);
    const p = pr(repo, m[3] ?? "");
    const users = (body.reviewers as string[] | undefined) ?? [];
    const ts = (body.team_reviewers as string[] | undefined) ?? [];
    for (const u of users) {
      if (u === p.author || u.includes("/") || (repo.permissions.get(u) ?? "read") === "read")
        throw new GitHubHttpError(422, "Reviews may only be requested from collaborators.");
    }
    for (const t of ts) {
      if (
        ![...teams.keys()].some(
          (k) => k.toLowerCase() === `${repo.owner}/${t}`.toLowerCase() || k.endsWith(`/${t}`),
        )
      )
        throw new GitHubHttpError(422, "Reviews may only be requested from collaborators.");
    }
    p.requestedReviewers.push(...users);
    p.requestedTeams.push(...ts);
    return restPr(repo, p);
  });
  route("GET", "/repos/:o/:r/pulls/(\\d+)", (m) => {
    const repo = repoOf(m);
    return restPr(repo, pr(repo, m[3] ?? ""));
  });
  route("GET", "/repos/:o/:r/pulls", (m, q) => {
    const repo = repoOf(m);
    const state = q.get("state") ?? "open";
    return page(
      [...repo.pulls.values()]
        .filter((p) => state === "all" || p.state === state)
        .map((p) => restPr(repo, p)),
      q,
    );
  });
  route("GET", "/repos/:o/:r/pulls/(\\d+)/files", (m, q) => {
    const repo = repoOf(m);
    const p = pr(repo, m[3] ?? "");
    const head = p.headShaAtMerge ?? repo.branches.get(p.head) ?? "";
    const base = p.mergeBase ?? mergeBase(repo, repo.branches.get(p.base) ?? "", head) ?? head;
    const from = repo.commits.get(base)?.files ?? new Map();
    const to = repo.commits.get(head)?.files ?? new Map();
    return page(
      changedPaths(from, to).map((filename) => ({
        filename,
        status: !from.has(filename) ? "added" : !to.has(filename) ? "removed" : "modified",
      })),
      q,
    );
  });
  route("GET", "/repos/:o/:r/pulls/(\\d+)/commits", (m, q) => {
    const repo = repoOf(m);
    return page(
      prCommits(repo, pr(repo, m[3] ?? "")).map((c) => ({ sha: c.oid, commit: { message: c.message } })),
      q,
    );
  });
  route("GET", "/repos/:o/:r/pulls/(\\d+)/reviews", (m, q) => {
    const repo = repoOf(m);
    return page(
      (repo.reviews.get(Number(m[3])) ?? []).map((v) => ({
        id: v.id,
        user: { login: v.login, type: "User" },
        state: v.state,
        submitted_at: v.submittedAt,
        commit_id: v.commitId,
        author_association: "MEMBER",
      })),
      q,
    );
  });
  route("GET", "/repos/:o/:r/commits/:ref/check-runs", (m, q) => {
    const repo = repoOf(m);
    const sha = resolveRef(repo, decodeURIComponent(m[3] ?? ""));
    const name = q.get("check_name");
    const runs = repo.checkRuns.filter((c) => c.headSha === sha && (!name || c.name === name)).reverse();
    return {
      total_count: runs.length,
      check_runs: runs.map((c) => ({
        id: c.id,
        name: c.name,
        head_sha: c.headSha,
        status: c.status,
        conclusion: c.conclusion,
      })),
    };
  });
  route("GET", "/repos/:o/:r/commits/:sha/pulls", (m) => {
    const repo = repoOf(m);
    const sha = resolveRef(repo, m[3] ?? "");
    if (!sha) throw new GitHubHttpError(422, `No commit found for SHA: ${m[3]}`);
    return [...repo.pulls.values()]
      .filter((p) => p.mergeCommitSha === sha || prCommits(repo, p).some((c) => c.oid === sha))
      .map((p) => restPr(repo, p));
  });
  route("GET", "/repos/:o/:r/commits/:ref", (m) => {
    const repo = repoOf(m);
    const c = commitAt(repo, decodeURIComponent(m[3] ?? ""));
    return { sha: c.oid, commit: { message: c.message }, parents: c.parents.map((sha) => ({ sha })) };
  });
  route("POST", "/repos/:o/:r/check-runs", (m, _q, body) => {
    const repo = repoOf(m);
    const run: CheckRun = {
      id: ids++,
      headSha: String(body.head_sha),
      name: String(body.name),
      status: String(body.status ?? "queued"),
      conclusion: (body.conclusion as string | undefined) ?? null,
      output: (body.output as CheckRun["output"]) ?? {},
      history: [String(body.conclusion ?? body.status)],
    };
    repo.checkRuns.push(run);
    return { id: run.id, name: run.name, head_sha: run.headSha };
  });
  route("PATCH", "/repos/:o/:r/check-runs/(\\d+)", (m, _q, body) => {
    const run = repoOf(m).checkRuns.find((c) => c.id === Number(m[3]));
    if (!run) throw new GitHubHttpError(404, "Not Found");
    if (body.status) run.status = String(body.status);
    if (body.conclusion) run.conclusion = String(body.conclusion);
    if (body.output) run.output = body.output as CheckRun["output"];
    run.history.push(String(body.conclusion ?? body.status));
    return { id: run.id };
  });
  route("GET", "/repos/:o/:r/git/trees/:sha", (m) => {
    const repo = repoOf(m);
    const c = commitAt(repo, decodeURIComponent(m[3] ?? ""));
    const dirs = new Set<string>();
    for (const p of c.files.keys()) {
      const parts = p.split("/");
      for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
    }
    return {
      sha: c.oid,
      truncated: false,
      tree: [
        ...[...dirs].map((path) => ({ path, type: "tree", mode: "040000", sha: sha1(path) })),
        ...[...c.files].map(([path, text]) => ({
          path,
          type: "blob",
          mode: "100644",
          sha: sha1(text),
          size: text.length,
        })),
      ].sort((a, b) => a.path.localeCompare(b.path)),
    };
  });
  route("GET", "/repos/:o/:r/contents/:path+", (m, q) => {
    const repo = repoOf(m);
    const c = commitAt(repo, q.get("ref") ?? repo.defaultBranch);
    const path = decodeURIComponent(m[3] ?? "");
    const text = c.files.get(path);
    if (text === undefined) throw new GitHubHttpError(404, "Not Found");
    return { raw: text };
  });
  route("POST", "/repos/:o/:r/deployments", (m, _q, body) => {
    const repo = repoOf(m);
    const sha = resolveRef(repo, String(body.ref));
    if (!sha) throw new GitHubHttpError(422, `No ref found for: ${body.ref}`);
    const d: Deployment = {
      id: ids++,
      ref: String(body.ref),
      sha,
      environment: String(body.environment ?? "production"),
      description: String(body.description ?? ""),
      payload: body.payload,
      statuses: [],
    };
    repo.deployments.push(d);
    return { id: d.id, sha, ref: d.ref, environment: d.environment };
  });
  route("POST", "/repos/:o/:r/deployments/(\\d+)/statuses", (m, _q, body) => {
    const d = repoOf(m).deployments.find((x) => x.id === Number(m[3]));
    if (!d) throw new GitHubHttpError(404, "Not Found");
    d.statuses.push({ state: String(body.state), description: String(body.description ?? "") });
    return { id: ids++, state: body.state };
  });
  route("GET", "/repos/:o/:r/deployments", (m) =>
    repoOf(m).deployments.map((d) => ({
      id: d.id,
      sha: d.sha,
      ref: d.ref,
      environment: d.environment,
      payload: d.payload,
    })),
  );
  route("GET", "/repos/:o/:r/deployments/(\\d+)/statuses", (m) => {
    const d = repoOf(m).deployments.find((x) => x.id === Number(m[3]));
    if (!d) throw new GitHubHttpError(404, "Not Found");
    return [...d.statuses].reverse();
  });

  const addComment = (repo: Repo, issueNumber: number, body: string, login: string): Comment => {
    const id = ids++;
    const c: Comment = {
      id,
      nodeId: `IC_fake${id}`,
      issueNumber,
      body,
      login,
      createdAt: iso(),
      updatedAt: iso(),
      reactions: [],
    };
    repo.comments.push(c);
    return c;
  };

  // ---- GraphQL -------------------------------------------------------------------------------------
  const findNode = (id: string) => {
    for (const repo of repos.values()) {
      if (repo.nodeId === id) return { repo, kind: "repo" as const };
      const c = repo.comments.find((x) => x.nodeId === id);
      if (c) return { repo, kind: "comment" as const, comment: c };
      const p = [...repo.pulls.values()].find((x) => x.nodeId === id);
      if (p) return { repo, kind: "pr" as const, pr: p };
      for (const b of repo.branches.keys())
        if (refId(repo, b) === id) return { repo, kind: "ref" as const, branch: b };
    }
    throw new GitHubGraphqlError("NOT_FOUND", `Could not resolve to a node with the global id of '${id}'`);
  };
  const refId = (repo: Repo, branch: string) => `REF_${sha1(`${repo.nodeId}:${branch}`).slice(0, 16)}`;

  const gqlPr = (repo: Repo, p: PullRequest) => ({
    __typename: "PullRequest",
    id: p.nodeId,
    number: p.number,
    url: `${url}/${repo.owner}/${repo.name}/pull/${p.number}`,
    title: p.title,
    baseRefName: p.base,
    headRefName: p.head,
    headRefOid: repo.branches.get(p.head) ?? p.headShaAtMerge,
    isCrossRepository: false,
  });
  const gqlRef = (repo: Repo, branch: string) => ({
    __typename: "Ref",
    id: refId(repo, branch),
    name: branch,
    prefix: "refs/heads/",
    target: () => ({ __typename: "Commit", oid: repo.branches.get(branch) }),
    associatedPullRequests: (args: { states?: string[]; first?: number }) => {
      const nodes = [...repo.pulls.values()]
        .filter((p) => p.head === branch && (!args.states || args.states.includes(p.state.toUpperCase())))
        .slice(0, args.first ?? 100)
        .map((p) => gqlPr(repo, p));
      return { nodes, totalCount: nodes.length };
    },
  });
  const gqlObject = (repo: Repo, expression: string) => {
    const i = expression.indexOf(":");
    const ref = i < 0 ? expression : expression.slice(0, i);
    const path = i < 0 ? "" : expression.slice(i + 1).replace(/\/+$/, "");
    const oid = resolveRef(repo, ref);
    const c = oid === undefined ? undefined : repo.commits.get(oid);
    if (!c) return null;
    if (i < 0) return { __typename: "Commit", oid: c.oid };
    const text = c.files.get(path);
    const blob = (t: string) => ({
      __typename: "Blob",
      text: t,
      isBinary: false,
      byteSize: Buffer.byteLength(t),
    });
    if (text !== undefined) return blob(text);
    const prefix = path === "" ? "" : `${path}/`;
    const entries = new Map<string, { path: string; name: string; type: string; object: unknown }>();
    for (const [p, t] of c.files) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const name = rest.split("/")[0] ?? rest;
      const full = prefix + name;
      if (rest.includes("/"))
        entries.set(full, { path: full, name, type: "tree", object: { __typename: "Tree", entries: [] } });
      else entries.set(full, { path: full, name, type: "blob", object: blob(t) });
    }
    if (entries.size === 0) return null;
    return {
      __typename: "Tree",
      entries: [...entries.values()].sort((a, b) => a.name.localeCompare(b.name)),
    };
  };
  const gqlRepo = (repo: Repo) => ({
    __typename: "Repository",
    id: repo.nodeId,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    url: `${url}/${repo.owner}/${repo.name}`,
    defaultBranchRef: () => gqlRef(repo, repo.defaultBranch),
    object: (args: { expression: string }) => gqlObject(repo, args.expression),
    ref: (args: { qualifiedName: string }) => {
      const b = args.qualifiedName.replace(/^refs\/heads\//, "");
      return repo.branches.has(b) ? gqlRef(repo, b) : null;
    },
    refs: (args: { refPrefix: string; first?: number }) => {
      const prefix = args.refPrefix.replace(/^refs\/heads\//, "");
      const nodes = [...repo.branches.keys()]
        .filter((b) => b.startsWith(prefix))
        .sort()
        .slice(0, args.first ?? 100)
        .map((b) => ({ ...gqlRef(repo, b), name: b.slice(prefix.length) }));
      return { nodes, totalCount: nodes.length };
    },
    collaborators: (args: { login?: string }) => {
      // As the permission API: a login with a permission set is a collaborator; others are not listed.
      const edges = [...repo.permissions]
        .filter(([login]) => args.login === undefined || login.toLowerCase() === args.login.toLowerCase())
        .map(([login, permission]) => ({ permission: permission.toUpperCase(), node: { login } }));
      return { edges, totalCount: edges.length };
    },
    label: (args: { name: string }) => {
      const id = repo.labels.get(args.name);
      return id ? { __typename: "Label", id, name: args.name } : null;
    },
  });
  const branchOf = (b: { repositoryNameWithOwner?: string; branchName?: string }) => {
    const [owner = "", name = ""] = (b.repositoryNameWithOwner ?? "").split("/");
    return { repo: getRepoGql(owner, name), branch: b.branchName ?? "" };
  };
  const getRepoGql = (owner: string, name: string) => {
    const r = repos.get(key(owner, name));
    if (!r)
      throw new GitHubGraphqlError(
        "NOT_FOUND",
        `Could not resolve to a Repository with the name '${owner}/${name}'.`,
      );
    return r;
  };
  const commentNode = (repo: Repo, c: Comment) => {
    const p = repo.pulls.get(c.issueNumber);
    return {
      __typename: "IssueComment",
      id: c.nodeId,
      url: `${url}/${repo.owner}/${repo.name}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      body: c.body,
      pullRequest: p ? gqlPr(repo, p) : null,
      repository: gqlRepo(repo),
      // Every reaction the fake records is the app's own (the viewer's).
      reactionGroups: c.reactions.map((content) => ({ content, viewerHasReacted: true })),
    };
  };

  const teamId = (org: string, slug: string) => `T_${org}/${slug}`;
  const root = {
    node: (args: { id: string }) => {
      try {
        const n = findNode(args.id);
        if (n.kind === "comment") return commentNode(n.repo, n.comment);
        if (n.kind === "pr") return gqlPr(n.repo, n.pr);
        if (n.kind === "repo") return gqlRepo(n.repo);
        return gqlRef(n.repo, n.branch);
      } catch {
        return null;
      }
    },
    user: (args: { login: string }) => ({ __typename: "User", id: `U_${args.login}`, login: args.login }),
    organization: (args: { login: string }) => ({
      __typename: "Organization",
      login: args.login,
      team: (a: { slug: string }) => {
        const found = [...teams.keys()].find(
          (k) => k.toLowerCase() === `${args.login}/${a.slug}`.toLowerCase(),
        );
        return found ? { __typename: "Team", id: teamId(args.login, a.slug), slug: a.slug } : null;
      },
    }),
    requestReviews: (args: { input: { pullRequestId: string; userIds?: string[]; teamIds?: string[] } }) => {
      const n = findNode(args.input.pullRequestId);
      if (n.kind !== "pr") throw new GitHubGraphqlError("NOT_FOUND", "not a pull request");
      const users = (args.input.userIds ?? []).map((id) => id.replace(/^U_/, ""));
      const ts = (args.input.teamIds ?? []).map((id) => id.replace(/^T_[^/]*\//, ""));
      // As the REST route: the author, a login without write access, or an unknown team refuses all.
      for (const u of users)
        if (u === n.pr.author || (n.repo.permissions.get(u) ?? "read") === "read")
          throw new GitHubGraphqlError("UNPROCESSABLE", "Reviews may only be requested from collaborators.");
      for (const t of args.input.teamIds ?? [])
        if (![...teams.keys()].some((k) => teamId(...(k.split("/") as [string, string])) === t))
          throw new GitHubGraphqlError("UNPROCESSABLE", "Reviews may only be requested from collaborators.");
      n.pr.requestedReviewers.push(...users);
      n.pr.requestedTeams.push(...ts);
      return { clientMutationId: null, pullRequest: gqlPr(n.repo, n.pr) };
    },
    updateIssueComment: (args: { input: { id: string; body: string } }) => {
      const n = findNode(args.input.id);
      if (n.kind !== "comment") throw new GitHubGraphqlError("NOT_FOUND", "not an issue comment");
      n.comment.body = args.input.body;
      n.comment.updatedAt = iso();
      return { issueComment: commentNode(n.repo, n.comment) };
    },
    repository: (args: { owner: string; name: string }) => {
      const r = repos.get(key(args.owner, args.name));
      if (!r)
        throw new GitHubGraphqlError(
          "NOT_FOUND",
          `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`,
        );
      return gqlRepo(r);
    },
    addReaction: (args: { input: { subjectId: string; content: string } }) => {
      const n = findNode(args.input.subjectId);
      if (n.kind !== "comment") throw new GitHubGraphqlError("NOT_FOUND", "subject is not reactable here");
      if (!n.comment.reactions.includes(args.input.content)) n.comment.reactions.push(args.input.content);
      return { reaction: { content: args.input.content }, subject: commentNode(n.repo, n.comment) };
    },
    addComment: (args: { input: { subjectId: string; body: string } }) => {
      const n = findNode(args.input.subjectId);
      const issue = n.kind === "pr" ? n.pr.number : n.kind === "comment" ? n.comment.issueNumber : undefined;
      if (issue === undefined) throw new GitHubGraphqlError("NOT_FOUND", "subject cannot be commented on");
      const c = addComment(n.repo, issue, args.input.body, "rollout-bot[bot]");
      return { commentEdge: { node: commentNode(n.repo, c) } };
    },
    createRef: (args: { input: { repositoryId: string; name: string; oid: string } }) => {
      const n = findNode(args.input.repositoryId);
      const b = args.input.name.replace(/^refs\/heads\//, "");
      if (n.repo.branches.has(b))
        throw new GitHubGraphqlError(
          "UNPROCESSABLE",
          `A ref named "${args.input.name}" already exists in the repository.`,
        );
      if (!n.repo.commits.has(args.input.oid))
        throw new GitHubGraphqlError("UNPROCESSABLE", "Object does not exist");
      n.repo.branches.set(b, args.input.oid);
      return { ref: gqlRef(n.repo, b) };
    },
    updateRef: (args: { input: { refId: string; oid: string; force?: boolean } }) => {
      const n = findNode(args.input.refId);
      if (n.kind !== "ref") throw new GitHubGraphqlError("NOT_FOUND", "not a ref");
      n.repo.branches.set(n.branch, args.input.oid);
      return { ref: gqlRef(n.repo, n.branch) };
    },
    deleteRef: (args: { input: { refId: string } }) => {
      const n = findNode(args.input.refId);
      if (n.kind !== "ref") throw new GitHubGraphqlError("NOT_FOUND", "not a ref");
      n.repo.branches.delete(n.branch);
      return { clientMutationId: null };
    },
    createCommitOnBranch: (args: {
      input: {
        branch: { repositoryNameWithOwner?: string; branchName?: string };
        message: { headline: string; body?: string };
        fileChanges?: { additions?: { path: string; contents: string }[]; deletions?: { path: string }[] };
        expectedHeadOid: string;
      };
    }) => {
      const { repo, branch } = branchOf(args.input.branch);
      const head = repo.branches.get(branch);
      if (head === undefined) throw new GitHubGraphqlError("NOT_FOUND", `Branch '${branch}' not found`);
      if (head !== args.input.expectedHeadOid)
        throw new GitHubGraphqlError(
          "STALE_DATA",
          `Expected branch to point to "${args.input.expectedHeadOid}" but it did not. Pull and try again.`,
        );
      const files = new Map(repo.commits.get(head)?.files ?? []);
      for (const a of args.input.fileChanges?.additions ?? [])
        files.set(a.path, Buffer.from(a.contents, "base64").toString("utf8"));
      for (const d of args.input.fileChanges?.deletions ?? []) files.delete(d.path);
      const message = [args.input.message.headline, args.input.message.body].filter(Boolean).join("\n\n");
      const oid = addCommit(repo, [head], files, message);
      repo.branches.set(branch, oid);
      for (const p of repo.pulls.values())
        if (p.state === "open" && p.head === branch) emitPr(repo, p, "synchronize");
      return {
        commit: { __typename: "Commit", oid, url: `${url}/${repo.owner}/${repo.name}/commit/${oid}` },
      };
    },
    createPullRequest: (args: {
      input: { repositoryId: string; baseRefName: string; headRefName: string; title: string; body?: string };
    }) => {
      const n = findNode(args.input.repositoryId);
      const repo = n.repo;
      const head = args.input.headRefName;
      if (!repo.branches.has(head))
        throw new GitHubGraphqlError("UNPROCESSABLE", `Head sha can't be blank, Head ref must be a branch`);
      if (
        [...repo.pulls.values()].some(
          (p) => p.state === "open" && p.head === head && p.base === args.input.baseRefName,
        )
      )
        throw new GitHubGraphqlError(
          "UNPROCESSABLE",
          `A pull request already exists for ${repo.owner}:${head}.`,
        );
      const p = newPr(repo, {
        head,
        base: args.input.baseRefName,
        title: args.input.title,
        body: args.input.body ?? "",
        author: "rollout-bot[bot]",
      });
      return { pullRequest: gqlPr(repo, p) };
    },
    updatePullRequest: (args: { input: { pullRequestId: string; title?: string; body?: string } }) => {
      const n = findNode(args.input.pullRequestId);
      if (n.kind !== "pr") throw new GitHubGraphqlError("NOT_FOUND", "not a pull request");
      if (args.input.title !== undefined) n.pr.title = args.input.title;
      if (args.input.body !== undefined) n.pr.body = args.input.body;
      return { pullRequest: gqlPr(n.repo, n.pr) };
    },
    addLabelsToLabelable: (args: { input: { labelableId: string; labelIds: string[] } }) => {
      const n = findNode(args.input.labelableId);
      if (n.kind !== "pr") throw new GitHubGraphqlError("NOT_FOUND", "not labelable");
      for (const id of args.input.labelIds) {
        const name = [...n.repo.labels].find(([, v]) => v === id)?.[0];
        if (!name)
          throw new GitHubGraphqlError(
            "NOT_FOUND",
            `Could not resolve to a node with the global id of '${id}'`,
          );
        if (!n.pr.labels.includes(name)) n.pr.labels.push(name);
      }
      return { clientMutationId: null, labelable: gqlPr(n.repo, n.pr) };
    },
  };

  const newPr = (
    repo: Repo,
    p: { head: string; base: string; title: string; body: string; author: string },
  ): PullRequest => {
    const number = repo.nextNumber++;
    const pull: PullRequest = {
      number,
      nodeId: `PR_fake${repo.nodeId}_${number}`,
      title: p.title,
      body: p.body,
      head: p.head,
      base: p.base,
      author: p.author,
      state: "open",
      merged: false,
      mergeCommitSha: undefined,
      mergeBase: undefined,
      headShaAtMerge: undefined,
      labels: [],
      requestedReviewers: [],
      requestedTeams: [],
      createdAt: iso(),
    };
    repo.pulls.set(number, pull);
    emitPr(repo, pull, "opened");
    return pull;
  };

  const graphql = (body: { query?: unknown; variables?: unknown }) => {
    const query = typeof body.query === "string" ? body.query : "";
    const name = /\b(?:mutation|query)\s+(\w+)/.exec(query)?.[1] ?? "(anonymous)";
    requests.push(`GRAPHQL ${name}`);
    let doc: ReturnType<typeof parse>;
    try {
      doc = parse(query);
    } catch (e) {
      problems.push(`GraphQL ${name} does not parse: ${(e as Error).message}`);
      return { errors: [{ message: (e as Error).message }] };
    }
    const invalid = validate(schema(), doc);
    if (invalid.length > 0) {
      problems.push(
        `GraphQL ${name} is invalid against GitHub's schema: ${invalid.map((e) => e.message).join("; ")}`,
      );
      return { errors: invalid.map((e) => ({ message: e.message, locations: e.locations })) };
    }
    const result = execute({
      schema: schema(),
      document: doc,
      rootValue: root,
      variableValues: (body.variables as Record<string, unknown> | undefined) ?? {},
    }) as { data?: unknown; errors?: readonly GraphQLError[] };
    if (!result.errors?.length) return { data: result.data };
    const errors = result.errors.map((e) => {
      const original = e.originalError;
      const type = original instanceof GitHubGraphqlError ? original.type : undefined;
      if (!(original instanceof GitHubGraphqlError))
        problems.push(`GraphQL ${name} failed in the fake: ${e.message}`);
      return { message: e.message, path: e.path, locations: e.locations, ...(type ? { type } : {}) };
    });
    return { data: result.data ?? null, errors };
  };

  // ---- HTTP ---------------------------------------------------------------------------------------
  const answer = (res: ServerResponse, status: number, data: unknown, raw = false) => {
    const text = raw ? String(data) : JSON.stringify(data);
    res.writeHead(status, {
      "content-type": raw ? "application/vnd.github.raw; charset=utf-8" : "application/json; charset=utf-8",
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "4999",
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
      "x-github-request-id": randomUUID(),
    });
    res.end(text);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const u = new URL(req.url ?? "/", "http://fake");
    const path = u.pathname.replace(/^\/api\/v3(?=\/)/, "");
    const method = req.method ?? "GET";
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      return answer(res, 400, { message: "Problems parsing JSON" });
    }
    if (method === "POST" && (path === "/graphql" || u.pathname === "/api/graphql"))
      return answer(res, 200, graphql(body));
    requests.push(`${method} ${path}`);
    for (const [m, re, h] of routes) {
      if (m !== method) continue;
      const match = re.exec(path);
      if (!match) continue;
      try {
        const data = h([...match], u.searchParams, body) as unknown;
        if (data instanceof WithStatus) return answer(res, data.status, data.data);
        if (data && typeof data === "object" && "raw" in data && Object.keys(data).length === 1)
          return answer(res, 200, (data as { raw: string }).raw, true);
        return answer(res, method === "POST" ? 201 : 200, data);
      } catch (e) {
        if (e instanceof GitHubHttpError)
          return answer(res, e.status, { message: e.message, status: String(e.status) });
        problems.push(`REST ${method} ${path} failed in the fake: ${(e as Error).stack}`);
        return answer(res, 500, { message: (e as Error).message });
      }
    }
    problems.push(`REST ${method} ${path}: no such route in the fake`);
    return answer(res, 404, { message: "Not Found (fake GitHub has no such route)" });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      problems.push(`fake GitHub crashed: ${(e as Error).stack}`);
      if (!res.headersSent) answer(res, 500, { message: "fake crashed" });
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  url = `http://127.0.0.1:${port}`;

  const fake: FakeGitHub = {
    url,
    host: `127.0.0.1:${port}`,
    installationId,
    problems,
    requests,
    delivered,
    setWebhookTarget: (t) => {
      target = t;
    },
    webhooksIdle: async () => {
      for (let q = queue; ; q = queue) {
        await q;
        await new Promise((r) => setImmediate(r));
        if (q === queue) return;
      }
    },
    createRepo: ({ owner, name, files, defaultBranch = "main" }) => {
      const repo: Repo = {
        owner,
        name,
        nodeId: `R_fake${ids++}`,
        defaultBranch,
        commits: new Map(),
        branches: new Map(),
        pulls: new Map(),
        comments: [],
        reviews: new Map(),
        checkRuns: [],
        deployments: [],
        labels: new Map([["rollout", `LA_${ids++}`]]),
        permissions: new Map(),
        nextNumber: 1,
      };
      const oid = addCommit(repo, [], new Map(files), "Initial commit");
      repo.branches.set(defaultBranch, oid);
      repos.set(key(owner, name), repo);
      return repo;
    },
    repo: getRepo,
    commitOnBranch: (repo, p) => {
      const from = resolveRef(repo, p.from ?? repo.defaultBranch);
      if (!from) throw new Error(`no ref ${p.from}`);
      const files = new Map(repo.commits.get(from)?.files ?? []);
      for (const [path, text] of Object.entries(p.changes)) {
        if (text === undefined) files.delete(path);
        else files.set(path, text);
      }
      const parent = repo.branches.get(p.branch) ?? from;
      const oid = addCommit(repo, [parent], files, p.message);
      repo.branches.set(p.branch, oid);
      return oid;
    },
    openPr: (repo, p) =>
      newPr(repo, {
        head: p.head,
        base: repo.defaultBranch,
        title: p.title,
        body: p.body ?? "",
        author: p.author,
      }),
    comment: (repo, p) => {
      const c = addComment(repo, p.issueNumber, p.body, p.login);
      emit("issue_comment", fake.commentPayload(repo, c));
      return c;
    },
    commentPayload: (repo, c) => {
      const ex = webhookExample("issue_comment", "created");
      const p = repo.pulls.get(c.issueNumber);
      const issue = ex.issue as Record<string, unknown>;
      return {
        ...ex,
        action: "created",
        issue: {
          ...issue,
          number: c.issueNumber,
          pull_request: p ? { url: `${url}/repos/${repo.owner}/${repo.name}/pulls/${p.number}` } : undefined,
        },
        comment: {
          ...(ex.comment as object),
          id: c.id,
          node_id: c.nodeId,
          body: c.body,
          user: { login: c.login, type: "User" },
        },
        repository: repositoryPayload(repo),
        sender: { ...(ex.sender as object), login: c.login, type: "User" },
        installation: { id: installationId },
      };
    },
    review: (repo, p) => {
      const pull = pr(repo, p.pr);
      const v: Review = {
        id: ids++,
        login: p.login,
        state: p.state ?? "APPROVED",
        commitId: repo.branches.get(pull.head) ?? "",
        submittedAt: iso(),
      };
      repo.reviews.set(p.pr, [...(repo.reviews.get(p.pr) ?? []), v]);
      return v;
    },
    merge: (repo, n) => {
      const p = pr(repo, n);
      if (p.state !== "open") throw new Error(`PR #${n} is not open`);
      const head = repo.branches.get(p.head);
      const base = repo.branches.get(p.base);
      if (!head || !base) throw new Error(`PR #${n}: branch missing`);
      const mb = mergeBase(repo, base, head);
      let merged: string;
      if (mb === base) {
        merged = addCommit(
          repo,
          [base, head],
          repo.commits.get(head)?.files ?? new Map(),
          `Merge pull request #${n} from ${p.head}`,
        );
      } else {
        const ancestor = repo.commits.get(mb ?? "")?.files ?? new Map<string, string>();
        const ours = repo.commits.get(base)?.files ?? new Map<string, string>();
        const theirs = repo.commits.get(head)?.files ?? new Map<string, string>();
        const files = new Map(ours);
        for (const path of changedPaths(ancestor, theirs)) {
          if (ours.get(path) !== ancestor.get(path) && ours.get(path) !== theirs.get(path))
            throw new Error(`PR #${n}: merge conflict in ${path}`);
          const t = theirs.get(path);
          if (t === undefined) files.delete(path);
          else files.set(path, t);
        }
        merged = addCommit(repo, [base, head], files, `Merge pull request #${n} from ${p.head}`);
      }
      repo.branches.set(p.base, merged);
      p.state = "closed";
      p.merged = true;
      p.mergeCommitSha = merged;
      p.mergeBase = mb;
      p.headShaAtMerge = head;
      emitPr(repo, p, "closed");
      return merged;
    },
    filesAt: (repo, ref) => commitAt(repo, ref).files,
    send: (d) => post(d),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
