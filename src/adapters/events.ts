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
    comment?: { id?: unknown; node_id?: unknown; body?: unknown; user?: { login?: unknown; type?: unknown } };
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
    ...(typeof p.comment?.id === "number" ? { commentId: p.comment.id } : {}),
    body: typeof body === "string" ? body : "",
    sender: { login, type: typeof type === "string" ? type : "User" },
  };
}

/** A rollout PR event (opened, updated, reopened, or its gate re-run) as the metrics report needs it. */
export interface RolloutPrEvent {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly number: number;
  readonly headSha: string;
  readonly headRef: string;
  /** The service key from the `rollout/<service>` branch name. */
  readonly service: string;
}

function rolloutPr(
  repository:
    | { name?: unknown; owner?: { login?: unknown }; default_branch?: unknown; full_name?: unknown }
    | undefined,
  pr:
    | { number?: unknown; head?: { sha?: unknown; ref?: unknown; repo?: { full_name?: unknown } | null } }
    | undefined,
): RolloutPrEvent | undefined {
  const owner = repository?.owner?.login;
  const repo = repository?.name;
  const defaultBranch = repository?.default_branch;
  const number = pr?.number;
  const headSha = pr?.head?.sha;
  const headRef = pr?.head?.ref;
  if (
    typeof owner !== "string" ||
    typeof repo !== "string" ||
    typeof defaultBranch !== "string" ||
    typeof number !== "number" ||
    typeof headSha !== "string" ||
    typeof headRef !== "string"
  ) {
    return undefined;
  }
  // Only the bot's own branches in this repository; a fork's `rollout/x` is not a rollout PR.
  const headRepo = pr?.head?.repo?.full_name;
  if (!headRef.startsWith("rollout/") || (headRepo !== undefined && headRepo !== repository?.full_name))
    return undefined;
  return { owner, repo, defaultBranch, number, headSha, headRef, service: headRef.slice("rollout/".length) };
}

/** `pull_request` opened/synchronize/reopened on a `rollout/<service>` branch. */
export function rolloutPrEventFrom(payload: unknown): RolloutPrEvent | undefined {
  const p = payload as {
    repository?: Parameters<typeof rolloutPr>[0];
    pull_request?: Parameters<typeof rolloutPr>[1];
  };
  return rolloutPr(p.repository, p.pull_request);
}

/** `check_run.rerequested` of `rollout/gate`: the PR it belongs to. */
export function gateRerunFrom(payload: unknown): RolloutPrEvent | undefined {
  const p = payload as {
    repository?: Parameters<typeof rolloutPr>[0];
    check_run?: {
      name?: unknown;
      head_sha?: unknown;
      pull_requests?: { number?: unknown; head?: { ref?: unknown; sha?: unknown } }[];
    };
  };
  if (p.check_run?.name !== "rollout/gate") return undefined;
  const pr = p.check_run.pull_requests?.[0];
  if (!pr) return undefined;
  return rolloutPr(p.repository, {
    number: pr.number,
    head: { sha: p.check_run.head_sha, ref: pr.head?.ref },
  });
}

/** `pull_request.closed` that merged into the default branch: what merge-to-deploy needs. */
export function mergedPrFrom(
  payload: unknown,
): { owner: string; repo: string; defaultBranch: string; number: number; sha: string } | undefined {
  const p = payload as {
    pull_request?: {
      number?: unknown;
      merged?: unknown;
      merge_commit_sha?: unknown;
      base?: { ref?: unknown };
    };
    repository?: { name?: unknown; owner?: { login?: unknown }; default_branch?: unknown };
  };
  const pr = p.pull_request;
  const owner = p.repository?.owner?.login;
  const repo = p.repository?.name;
  const defaultBranch = p.repository?.default_branch;
  if (
    pr?.merged !== true ||
    typeof pr.number !== "number" ||
    typeof pr.merge_commit_sha !== "string" ||
    typeof owner !== "string" ||
    typeof repo !== "string" ||
    typeof defaultBranch !== "string" ||
    pr.base?.ref !== defaultBranch
  ) {
    return undefined;
  }
  return { owner, repo, defaultBranch, number: pr.number, sha: pr.merge_commit_sha };
}
