import type { CommentEvent } from "../handlers/rollout-command.js";

/**
 * The trust boundary for webhook payloads: the one place that reads GitHub's event JSON and
 * checks the fields the handlers rely on. Returns undefined for a payload that is not a
 * created comment.
 */
export function commentEventFrom(payload: unknown): CommentEvent | undefined {
  const p = payload as {
    action?: unknown;
    issue?: { number?: unknown; pull_request?: unknown };
    comment?: { node_id?: unknown; body?: unknown; user?: { login?: unknown; type?: unknown } };
    repository?: { name?: unknown; owner?: { login?: unknown }; default_branch?: unknown };
    sender?: { login?: unknown; type?: unknown };
  };
  const owner = p.repository?.owner?.login;
  const repo = p.repository?.name;
  const defaultBranch = p.repository?.default_branch;
  const number = p.issue?.number;
  const nodeId = p.comment?.node_id;
  const body = p.comment?.body;
  const login = p.sender?.login ?? p.comment?.user?.login;
  const type = p.sender?.type ?? p.comment?.user?.type;
  if (
    p.action !== "created" ||
    typeof owner !== "string" ||
    typeof repo !== "string" ||
    typeof defaultBranch !== "string" ||
    typeof number !== "number" ||
    typeof nodeId !== "string" ||
    typeof login !== "string"
  ) {
    return undefined;
  }
  return {
    owner,
    repo,
    defaultBranch,
    issueNumber: number,
    isPullRequest: p.issue?.pull_request !== undefined && p.issue.pull_request !== null,
    commentNodeId: nodeId,
    body: typeof body === "string" ? body : "",
    sender: { login, type: typeof type === "string" ? type : "User" },
  };
}
