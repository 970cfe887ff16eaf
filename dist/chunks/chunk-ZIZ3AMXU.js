import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);

// src/adapters/events.ts
function commentEventFrom(payload) {
  const p = payload;
  const owner = p.repository?.owner?.login;
  const repo = p.repository?.name;
  const defaultBranch = p.repository?.default_branch;
  const number = p.issue?.number;
  const nodeId = p.comment?.node_id;
  const body = p.comment?.body;
  const login = p.sender?.login ?? p.comment?.user?.login;
  const type = p.sender?.type ?? p.comment?.user?.type;
  if (p.action !== "created" || typeof owner !== "string" || typeof repo !== "string" || typeof defaultBranch !== "string" || typeof number !== "number" || typeof nodeId !== "string" || typeof login !== "string") {
    return void 0;
  }
  return {
    owner,
    repo,
    defaultBranch,
    issueNumber: number,
    isPullRequest: p.issue?.pull_request !== void 0 && p.issue.pull_request !== null,
    commentNodeId: nodeId,
    ...typeof p.comment?.id === "number" ? { commentId: p.comment.id } : {},
    body: typeof body === "string" ? body : "",
    sender: { login, type: typeof type === "string" ? type : "User" }
  };
}
function rolloutPr(repository, pr) {
  const owner = repository?.owner?.login;
  const repo = repository?.name;
  const defaultBranch = repository?.default_branch;
  const number = pr?.number;
  const headSha = pr?.head?.sha;
  const headRef = pr?.head?.ref;
  if (typeof owner !== "string" || typeof repo !== "string" || typeof defaultBranch !== "string" || typeof number !== "number" || typeof headSha !== "string" || typeof headRef !== "string") {
    return void 0;
  }
  const headRepo = pr?.head?.repo?.full_name;
  if (!headRef.startsWith("rollout/") || headRepo !== void 0 && headRepo !== repository?.full_name)
    return void 0;
  return { owner, repo, defaultBranch, number, headSha, headRef, service: headRef.slice("rollout/".length) };
}
function rolloutPrEventFrom(payload) {
  const p = payload;
  return rolloutPr(p.repository, p.pull_request);
}
function gateRerunFrom(payload) {
  const p = payload;
  if (p.check_run?.name !== "rollout/gate") return void 0;
  const pr = p.check_run.pull_requests?.[0];
  if (!pr) return void 0;
  return rolloutPr(p.repository, {
    number: pr.number,
    head: { sha: p.check_run.head_sha, ref: pr.head?.ref }
  });
}
function mergedPrFrom(payload) {
  const p = payload;
  const pr = p.pull_request;
  const owner = p.repository?.owner?.login;
  const repo = p.repository?.name;
  const defaultBranch = p.repository?.default_branch;
  if (pr?.merged !== true || typeof pr.number !== "number" || typeof pr.merge_commit_sha !== "string" || typeof owner !== "string" || typeof repo !== "string" || typeof defaultBranch !== "string" || pr.base?.ref !== defaultBranch) {
    return void 0;
  }
  return { owner, repo, defaultBranch, number: pr.number, sha: pr.merge_commit_sha };
}

export {
  commentEventFrom,
  rolloutPrEventFrom,
  gateRerunFrom,
  mergedPrFrom
};
