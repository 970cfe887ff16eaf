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

/** Intercepts one GraphQL request whose document declares `operation`, recording what was sent. */
export function gql(
  scope: nock.Scope,
  operation: string,
  reply: unknown,
  sent?: GqlBody[],
  status = 200,
): nock.Scope {
  return scope
    .post("/graphql", (body: GqlBody) => {
      if (!body.query.includes(` ${operation}(`)) return false;
      sent?.push(body);
      return true;
    })
    .reply(status, reply as nock.Body);
}

export function ackReply(params: { configText?: string; onPullRequest?: boolean }) {
  return {
    data: {
      addReaction: {
        subject: {
          pullRequest:
            params.onPullRequest === false ? null : { id: PR_NODE_ID, number: 7, isCrossRepository: false },
          repository: {
            id: REPO_NODE_ID,
            nameWithOwner: `${OWNER}/${REPO}`,
            url: `https://github.com/${OWNER}/${REPO}`,
            defaultBranchRef: { name: "main", target: { oid: DEFAULT_HEAD } },
            config: params.configText === undefined ? null : { text: params.configText },
          },
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

export function readServiceReply(params: {
  openPr?: { number: number; id?: string };
  leftoverBranch?: boolean;
  branchConfig?: string;
  defaultFolder?: Record<string, string>;
  branchFolder?: Record<string, string>;
  defaultFile?: string;
  branchFile?: string;
  labelId?: string | null;
}) {
  const hasRef = params.openPr !== undefined || params.leftoverBranch === true;
  return {
    data: {
      repository: {
        ref: hasRef
          ? {
              id: "REF_rollout",
              name: "mnist",
              target: { oid: BRANCH_HEAD },
              associatedPullRequests: {
                nodes: params.openPr
                  ? [
                      {
                        id: params.openPr.id ?? `PR_rollout${params.openPr.number}`,
                        number: params.openPr.number,
                        url: `https://github.com/${OWNER}/${REPO}/pull/${params.openPr.number}`,
                        title: "Rollout mnist: v1 80 % → v2 20 %",
                        baseRefName: "main",
                      },
                    ]
                  : [],
              },
            }
          : null,
        branchConfig: params.branchConfig === undefined ? null : { text: params.branchConfig },
        defaultFolder: tree(params.defaultFolder),
        branchFolder: tree(params.branchFolder),
        defaultFile: params.defaultFile === undefined ? null : { text: params.defaultFile },
        branchFile: params.branchFile === undefined ? null : { text: params.branchFile },
        label: params.labelId === null || params.labelId === undefined ? null : { id: params.labelId },
      },
    },
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
