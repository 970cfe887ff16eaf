/**
 * rollout-bot's GitHub adapter: one module per resource, composed into the GitHubPort
 * (src/core/ports.ts). The modules talk to GitHub and read its answers; what to ask for and what
 * the answers mean is decided in src/core/.
 */
import type { GitHubPort } from "../../core/ports.js";
import { checks } from "./checks.js";
import { type OctokitLike, type RepoId, repoClient } from "./client.js";
import { commandReads } from "./command.js";
import { comments } from "./comments.js";
import { contents } from "./contents.js";
import { deployments } from "./deployments.js";
import { pulls } from "./pulls.js";
import { rollouts } from "./rollouts.js";

export type { OctokitLike, RepoId } from "./client.js";

/** The GitHub port over one repository. */
export function githubAdapter(octokit: OctokitLike, repo: RepoId): GitHubPort {
  const c = repoClient(octokit, repo);
  return {
    ...commandReads(c),
    ...rollouts(c),
    ...comments(c),
    ...checks(c),
    ...contents(c),
    ...pulls(c),
    ...deployments(c),
  };
}
