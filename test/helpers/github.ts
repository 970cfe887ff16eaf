import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type nock from "nock";

const require = createRequire(import.meta.url);

interface Example {
  action: string;
  installation?: { id: number };
  issue: Record<string, unknown>;
  comment: Record<string, unknown>;
  repository: { owner: { login: string }; name: string; default_branch: string };
  sender: Record<string, unknown>;
}

const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as {
  name: string;
  examples: Example[];
}[];

/** A real `issue_comment.created` delivery (with an installation) from @octokit/webhooks-examples. */
function realCommentExample(): Example {
  const found = examples
    .find((e) => e.name === "issue_comment")
    ?.examples.find((e) => e.action === "created" && e.installation);
  if (!found) throw new Error("no issue_comment.created example with an installation");
  return structuredClone(found);
}

export const OWNER = "Codertocat";
export const REPO = "Hello-World";
export const API = "https://api.github.com";
export const COMMENT_NODE_ID = "IC_kwDOrolloutbot";
export const PR_NODE_ID = "PR_kwDOcommented";
export const REPO_NODE_ID = "R_kgDOhello";
export const DEFAULT_HEAD = "1111111111111111111111111111111111111111";
export const BRANCH_HEAD = "2222222222222222222222222222222222222222";

/** The example comment, moved onto pull request #7, with our body and sender. */
export function commentPayload(params: {
  body: string;
  login?: string;
  type?: "User" | "Bot";
  onPullRequest?: boolean;
  /** The comment's REST id; by default the example's (492700400). */
  commentId?: number;
}): Example {
  const p = realCommentExample();
  p.issue.number = 7;
  if (params.onPullRequest !== false) {
    p.issue.pull_request = {
      url: `${API}/repos/${OWNER}/${REPO}/pulls/7`,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/7`,
    };
  }
  p.comment.body = params.body;
  p.comment.node_id = COMMENT_NODE_ID;
  if (params.commentId !== undefined) p.comment.id = params.commentId;
  p.sender = { ...p.sender, login: params.login ?? "alice", type: params.type ?? "User" };
  p.repository.default_branch = "main";
  return p;
}

export const PRIVATE_KEY = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
  type: "pkcs1",
  format: "pem",
}) as string;

export function examplesFile(path: string): string {
  return readFileSync(new URL(`../../examples/${path}`, import.meta.url), "utf8");
}

/** A GraphQL request body as sent. */
export interface GqlBody {
  query: string;
  variables: Record<string, unknown>;
}

/** A canned GraphQL answer, or one computed from the request (the service read's aliases). */
export type GqlReply = unknown | ((body: GqlBody) => unknown);

/** Intercepts one GraphQL request whose document declares `operation`, recording what was sent. */
export function gql(
  scope: nock.Scope,
  operation: string,
  reply: GqlReply,
  sent?: GqlBody[],
  status = 200,
): nock.Scope {
  return scope
    .post("/graphql", (body: GqlBody) => {
      if (!body.query.includes(` ${operation}(`)) return false;
      sent?.push(body);
      return true;
    })
    .reply(
      status,
      typeof reply === "function"
        ? // nock 15 hands a reply function the fetch Request (one parameter: no callback).
          async (request: Request) => reply((await request.clone().json()) as GqlBody) as nock.Body
        : (reply as nock.Body),
    );
}

/** The operation names of the GraphQL requests sent, in order. */
export function operations(sent: readonly GqlBody[]): (string | undefined)[] {
  return sent.map((b) => b.query.match(/(mutation|query) (\w+)/)?.[2]);
}

/**
 * RolloutRead: the comment (on PR #7 unless `onPullRequest` is false; `answered` when rollout-bot's
 * 👀 is on it), the repository, rollout.yaml on main, and `login`'s permission (`role`; none
 * listed when undefined, as for a bot or a non-collaborator).
 */
export function ackReply(params: {
  configText?: string;
  onPullRequest?: boolean;
  login?: string;
  role?: string;
  answered?: boolean;
}) {
  return {
    data: {
      comment: {
        pullRequest: params.onPullRequest === false ? null : { id: PR_NODE_ID, number: 7 },
        reactionGroups: params.answered ? [{ content: "EYES", viewerHasReacted: true }] : [],
      },
      repository: {
        id: REPO_NODE_ID,
        url: `https://github.com/${OWNER}/${REPO}`,
        defaultBranchRef: { name: "main", target: { oid: DEFAULT_HEAD } },
        config: params.configText === undefined ? null : { text: params.configText },
        collaborators:
          params.role === undefined
            ? { edges: [] }
            : {
                edges: [{ permission: params.role.toUpperCase(), node: { login: params.login ?? "alice" } }],
              },
      },
    },
  };
}

function tree(files: Record<string, string> | undefined) {
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
 * RolloutReadService, answered from the request's own variables: each `o<i>` (`ref:path`) from the
 * folders and files given for that branch, each reviewer `u<i>`/`t<i>` with an id (U_login,
 * T_org/slug) unless listed in `unknownReviewers`.
 */
export function readServiceReply(params: {
  openPr?: { number: number; id?: string };
  leftoverBranch?: boolean;
  branchConfig?: string;
  defaultFolder?: Record<string, string>;
  branchFolder?: Record<string, string>;
  defaultFile?: string;
  branchFile?: string;
  labelId?: string | null;
  answered?: boolean;
  unknownReviewers?: readonly string[];
  configPath?: string;
}): (body: GqlBody) => unknown {
  const hasRef = params.openPr !== undefined || params.leftoverBranch === true;
  const configPath = params.configPath ?? "rollout.yaml";
  return (body) => {
    const vars = body.variables;
    const repository: Record<string, unknown> = {
      ref: hasRef
        ? {
            id: "REF_rollout",
            target: { oid: BRANCH_HEAD },
            associatedPullRequests: {
              nodes: params.openPr
                ? [
                    {
                      id: params.openPr.id ?? `PR_rollout${params.openPr.number}`,
                      number: params.openPr.number,
                      url: `https://github.com/${OWNER}/${REPO}/pull/${params.openPr.number}`,
                      baseRefName: "main",
                    },
                  ]
                : [],
            },
          }
        : null,
      label: params.labelId === null || params.labelId === undefined ? null : { id: params.labelId },
    };
    const out: Record<string, unknown> = {
      comment: { reactionGroups: params.answered ? [{ content: "EYES", viewerHasReacted: true }] : [] },
      repository,
    };
    const errors: { message: string; type: string; path: string[] }[] = [];
    for (const [name, value] of Object.entries(vars)) {
      if (/^o\d+$/.test(name)) {
        const expr = String(value);
        const ref = expr.slice(0, expr.indexOf(":"));
        const path = expr.slice(expr.indexOf(":") + 1);
        const onMain = ref === "main";
        const blob = (text: string | undefined) => (text === undefined ? null : { text, isBinary: false });
        // A path without a YAML extension is a manifests folder.
        const isFolder = !/\.ya?ml$/.test(path);
        repository[name] =
          !onMain && !hasRef
            ? null
            : isFolder
              ? tree(onMain ? params.defaultFolder : params.branchFolder)
              : path === configPath
                ? blob(onMain ? undefined : params.branchConfig)
                : blob(onMain ? params.defaultFile : params.branchFile);
      } else if (/^u\d+$/.test(name)) {
        const login = String(value);
        if (params.unknownReviewers?.includes(login)) {
          out[name] = null;
          errors.push({
            message: `Could not resolve to a User with the login of '${login}'.`,
            type: "NOT_FOUND",
            path: [name],
          });
        } else out[name] = { id: `U_${login}` };
      } else if (/^t\d+org$/.test(name)) {
        const alias = name.slice(0, -3);
        const team = `${String(value)}/${String(vars[`${alias}slug`])}`;
        out[alias] = { team: params.unknownReviewers?.includes(team) ? null : { id: `T_${team}` } };
      }
    }
    return errors.length > 0 ? { data: out, errors } : { data: out };
  };
}

/** The files under `examples/<name>/<folder>` keyed by repository path `<folder>/<file>`. */
export function exampleFolder(
  example: string,
  folder: string,
  files: readonly string[],
): Record<string, string> {
  return Object.fromEntries(files.map((f) => [`${folder}/${f}`, examplesFile(`${example}/${folder}/${f}`)]));
}

export const MNIST_FILES = [
  "deployment-v1.yaml",
  "deployment-v2.yaml",
  "destinationrule.yaml",
  "service.yaml",
  "virtualservice.yaml",
] as const;

/** Decodes a createCommitOnBranch `fileChanges` to path → text. */
export function decodeAdditions(vars: Record<string, unknown>): Record<string, string> {
  const fc = vars.fileChanges as { additions: { path: string; contents: string }[] };
  return Object.fromEntries(
    fc.additions.map((a) => [a.path, Buffer.from(a.contents, "base64").toString("utf8")]),
  );
}
