// An in-process OctokitLike for the bench: answers every REST route and GraphQL operation rollout-bot
// uses instantly, from canned responses shaped like GitHub's (the shapes of test/helpers/github.ts,
// copied here because that module pulls in nock and generates an RSA key on import), and records
// every call. No network, no installation token: what it counts is what a command sends once the
// token is cached.
import type { OctokitLike } from "../src/adapters/github/index.js";
import type { CommentEvent } from "../src/handlers/rollout-command.js";

export const OWNER = "Codertocat";
export const REPO = "Hello-World";
export const COMMENT_NODE_ID = "IC_kwDOrolloutbot";
export const PR_NODE_ID = "PR_kwDOcommented";
export const REPO_NODE_ID = "R_kgDOhello";
export const DEFAULT_HEAD = "1111111111111111111111111111111111111111";
export const BRANCH_HEAD = "2222222222222222222222222222222222222222";
const NEW_PR = 42;

/** The `issue_comment` event as the handler reads it: `body` on pull request #7, by a User. */
export function commentEvent(body: string): CommentEvent {
  return {
    owner: OWNER,
    repo: REPO,
    defaultBranch: "main",
    issueNumber: 7,
    isPullRequest: true,
    commentNodeId: COMMENT_NODE_ID,
    body,
    sender: { login: "alice", type: "User" },
  };
}

/** RolloutRead: the comment on PR #7 (no 👀 yet), the repository, rollout.yaml on main, alice's write access. */
export function ackReply(params: { configText?: string }) {
  return {
    data: {
      comment: { pullRequest: { id: PR_NODE_ID, number: 7 }, reactionGroups: [] },
      repository: {
        id: REPO_NODE_ID,
        url: `https://github.com/${OWNER}/${REPO}`,
        defaultBranchRef: { name: "main", target: { oid: DEFAULT_HEAD } },
        config: params.configText === undefined ? null : { text: params.configText },
        collaborators: { edges: [{ permission: "WRITE", node: { login: "alice" } }] },
      },
    },
  };
}

function tree(files: Readonly<Record<string, string>> | undefined) {
  if (!files) return null;
  return {
    entries: Object.entries(files).map(([path, text]) => ({
      path,
      type: "blob",
      object: { text, isBinary: false },
    })),
  };
}

/**
 * RolloutReadService, answered from the request's variables: the rollout branch (and its open PR),
 * each `o<i>` object (`ref:path`: rollout.yaml on the branch, the manifests folder on either
 * branch), the `rollout` label, and an id for each reviewer (`u<i>` users, `t<i>` teams).
 */
export function readServiceReply(params: {
  service: string;
  openPr?: { number: number };
  branchConfig?: string;
  defaultFolder?: Readonly<Record<string, string>>;
  branchFolder?: Readonly<Record<string, string>>;
  labelId?: string;
}): (variables: Readonly<Record<string, unknown>>) => unknown {
  const { openPr } = params;
  const branch = `rollout/${params.service}`;
  return (variables) => {
    const repository: Record<string, unknown> = {
      ref: openPr
        ? {
            id: "REF_rollout",
            target: { oid: BRANCH_HEAD },
            associatedPullRequests: {
              nodes: [
                {
                  id: `PR_rollout${openPr.number}`,
                  number: openPr.number,
                  url: `https://github.com/${OWNER}/${REPO}/pull/${openPr.number}`,
                  baseRefName: "main",
                },
              ],
            },
          }
        : null,
      label: params.labelId === undefined ? null : { id: params.labelId },
    };
    const data: Record<string, unknown> = { comment: { reactionGroups: [] }, repository };
    for (const [name, value] of Object.entries(variables)) {
      const v = String(value);
      if (/^o\d+$/.test(name)) {
        const [ref, path] = [v.slice(0, v.indexOf(":")), v.slice(v.indexOf(":") + 1)];
        const onBranch = ref === branch;
        repository[name] =
          onBranch && !openPr
            ? null
            : /\.ya?ml$/.test(path)
              ? onBranch && params.branchConfig !== undefined
                ? { text: params.branchConfig, isBinary: false }
                : null
              : tree(onBranch ? params.branchFolder : params.defaultFolder);
      } else if (/^u\d+$/.test(name)) data[name] = { id: `U_${v}` };
      else if (/^t\d+org$/.test(name)) data[name.slice(0, -3)] = { team: { id: `T_${v}` } };
    }
    return { data };
  };
}

const addComment = {
  commentEdge: { node: { id: "IC_reply", url: `https://github.com/${OWNER}/${REPO}/pull/7#c1` } },
};
const addReaction = { clientMutationId: null };

/** The mutations' answers (app.test.ts). */
export const MUTATION_REPLIES = {
  RolloutCreate: {
    data: {
      createRef: { ref: { id: "REF_new" } },
      createCommitOnBranch: { commit: { oid: "3333333333333333333333333333333333333333" } },
      createPullRequest: {
        pullRequest: {
          id: `PR_rollout${NEW_PR}`,
          number: NEW_PR,
          url: `https://github.com/${OWNER}/${REPO}/pull/${NEW_PR}`,
        },
      },
    },
  },
  RolloutUpdate: {
    data: {
      createCommitOnBranch: { commit: { oid: "4444444444444444444444444444444444444444" } },
      updatePullRequest: { pullRequest: { id: `PR_rollout${NEW_PR}` } },
      addComment,
      addReaction,
    },
  },
  RolloutFinish: {
    data: {
      addLabelsToLabelable: { clientMutationId: null },
      requestReviews: { clientMutationId: null },
      addComment,
      addReaction,
    },
  },
  RolloutReply: { data: { addComment, addReaction } },
} as const;

/** REST answers by route, as `octokit.request` resolves them. */
export const REST_REPLIES: Readonly<Record<string, { status: number; data: unknown }>> = {
  "GET /repos/{owner}/{repo}/collaborators/{username}/permission": {
    status: 200,
    data: { permission: "write", role_name: "write", user: { login: "alice" } },
  },
  "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers": { status: 201, data: {} },
  "POST /repos/{owner}/{repo}/issues/{issue_number}/labels": { status: 200, data: [] },
};

/** One request the handler sent. */
export interface RecordedCall {
  readonly kind: "REST" | "GraphQL";
  /** The REST route, or the GraphQL operation name. */
  readonly name: string;
  readonly variables: Readonly<Record<string, unknown>>;
  /** JSON bytes sent and received (only with `measureBytes`). */
  readonly sentBytes?: number;
  readonly receivedBytes?: number;
}

export interface FakeOptions {
  /** Record JSON sizes of each request and response (costs a stringify per call). */
  readonly measureBytes?: boolean;
  /**
   * Encode each request body and decode each response from JSON text, as a real client does, so
   * timings include that CPU work (still no network).
   */
  readonly jsonRoundTrip?: boolean;
}

/** The GraphQL operation a document declares: `mutation RolloutCreate(` → RolloutCreate. */
export function operationName(query: string): string {
  return /\b(?:mutation|query)\s+(\w+)/.exec(query)?.[1] ?? "(anonymous)";
}

/**
 * An OctokitLike that answers from `graphqlReplies` (by operation name) and REST_REPLIES. Each call
 * gets a round-trip number: calls sent while an earlier one is still unanswered (Promise.all)
 * share one, so the count of round trips is what a command waits on.
 */
export class FakeOctokit implements OctokitLike {
  readonly calls: (RecordedCall & { readonly roundTrip: number })[] = [];
  readonly #graphql: ReadonlyMap<string, unknown>;
  readonly #rest: ReadonlyMap<string, { value: { status: number; data: unknown }; text: string }>;
  #settled = 0;
  #roundTrip = 0;

  constructor(
    graphqlReplies: Readonly<Record<string, unknown>>,
    readonly options: FakeOptions = {},
  ) {
    this.#graphql = new Map(Object.entries(graphqlReplies));
    this.#rest = new Map(
      Object.entries(REST_REPLIES).map(([k, v]) => [k, { value: v, text: JSON.stringify(v.data) }]),
    );
  }

  /** Forgets the calls so far (between timed runs). */
  reset(): void {
    this.calls.length = 0;
    this.#settled = 0;
    this.#roundTrip = 0;
  }

  #record<T>(call: RecordedCall, answer: () => T): Promise<T> {
    const roundTrip = this.#settled < this.calls.length ? this.#roundTrip : ++this.#roundTrip;
    this.calls.push({ ...call, roundTrip });
    const p = new Promise<T>((resolve) => resolve(answer()));
    const settle = () => {
      this.#settled++;
    };
    p.then(settle, settle);
    return p;
  }

  #sizes(sent: string, received: string) {
    return this.options.measureBytes
      ? { sentBytes: Buffer.byteLength(sent), receivedBytes: Buffer.byteLength(received) }
      : {};
  }

  request(route: string, params: Record<string, unknown> = {}): Promise<{ status: number; data: unknown }> {
    const reply = this.#rest.get(route);
    if (!reply) return Promise.reject(new Error(`fake GitHub: no canned answer for REST ${route}`));
    const sent = this.options.jsonRoundTrip || this.options.measureBytes ? JSON.stringify(params) : "";
    return this.#record(
      { kind: "REST", name: route, variables: params, ...this.#sizes(sent, reply.text) },
      () =>
        this.options.jsonRoundTrip
          ? { status: reply.value.status, data: JSON.parse(reply.text) }
          : reply.value,
    );
  }

  graphql(query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
    const name = operationName(query);
    const canned = this.#graphql.get(name);
    if (canned === undefined)
      return Promise.reject(new Error(`fake GitHub: no canned answer for GraphQL ${name}`));
    // A function answers from the request's variables (the service read's aliases).
    const value = (typeof canned === "function" ? canned(variables) : canned) as { data: unknown };
    const needText = this.options.jsonRoundTrip || this.options.measureBytes;
    const text = needText ? JSON.stringify(value) : "";
    const sent = needText ? JSON.stringify({ query, variables }) : "";
    // @octokit/graphql resolves with the response's `data`.
    return this.#record({ kind: "GraphQL", name, variables, ...this.#sizes(sent, text) }, () =>
      this.options.jsonRoundTrip ? (JSON.parse(text) as { data: unknown }).data : value.data,
    );
  }
}

/** Decodes a createCommitOnBranch `fileChanges` to path → text. */
export function decodeAdditions(vars: Readonly<Record<string, unknown>>): Record<string, string> {
  const fc = vars.fileChanges as { additions: { path: string; contents: string }[] };
  return Object.fromEntries(
    fc.additions.map((a) => [a.path, Buffer.from(a.contents, "base64").toString("utf8")]),
  );
}

/** What `object(expression:)` answers from a snapshot: the blob, a folder's direct files, or null. */
function objectAt(files: ReadonlyMap<string, string>, path: string): unknown {
  const text = files.get(path);
  if (text !== undefined) return { text, isBinary: false };
  const prefix = path === "" ? "" : `${path}/`;
  const entries = [...files]
    .filter(([p]) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/"))
    .map(([p, t]) => ({ path: p, type: "blob", object: { text: t, isBinary: false } }));
  return entries.length > 0 ? { entries } : null;
}

/**
 * The reads answered from whole snapshots (path → text) of the default branch and, with an open
 * rollout PR, of rollout/<service>: RolloutRead (rollout.yaml and the guessed path),
 * RolloutReadFiles and RolloutReadService (each `o<i>` `ref:path` from the ref's snapshot). For
 * the include layout, where which paths are asked for is the point.
 */
export function snapshotReplies(params: {
  service: string;
  main: ReadonlyMap<string, string>;
  branch?: ReadonlyMap<string, string>;
  openPr?: { number: number };
  labelId?: string;
}): Record<string, (variables: Readonly<Record<string, unknown>>) => unknown> {
  const branchName = `rollout/${params.service}`;
  const at = (expression: string) => {
    const i = expression.indexOf(":");
    const ref = expression.slice(0, i);
    const files = ref === branchName ? params.branch : params.main;
    return files ? objectAt(files, expression.slice(i + 1)) : null;
  };
  const objects = (variables: Readonly<Record<string, unknown>>) =>
    Object.fromEntries(
      Object.entries(variables)
        .filter(([name]) => /^o\d+$/.test(name))
        .map(([name, v]) => [name, at(String(v))]),
    );
  const service = readServiceReply({
    service: params.service,
    ...(params.openPr ? { openPr: params.openPr } : {}),
    ...(params.labelId ? { labelId: params.labelId } : {}),
  });
  return {
    RolloutRead: (variables) => {
      const ack = ackReply({ configText: undefined });
      const repository = ack.data.repository as Record<string, unknown>;
      repository.config = at(String(variables.config));
      if (variables.withGuess) repository.guess = at(String(variables.guess));
      return ack;
    },
    RolloutReadFiles: (variables) => ({ data: { repository: objects(variables) } }),
    RolloutReadService: (variables) => {
      const reply = service(variables) as { data: { repository: Record<string, unknown> } };
      Object.assign(reply.data.repository, objects(variables));
      return reply;
    },
  };
}
