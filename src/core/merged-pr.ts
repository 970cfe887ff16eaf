/**
 * Which pull request's approvals gate a deploy of a commit on the default branch: GitHub lists
 * every PR that holds the commit; this picks the one that produced it.
 */

/** A pull request as GitHub lists it for a commit. */
export interface CommitPullRequest {
  readonly number: number;
  readonly url: string;
  /** The author's login ("ghost" for a deleted account). */
  readonly author: string;
  readonly merged: boolean;
  readonly mergeCommitSha: string | undefined;
  readonly headRef: string;
  /** The PR's head commit: the one its approvals were given on. */
  readonly headSha: string;
  readonly baseRef: string;
}

/**
 * The PR that produced commit `sha`: a merged PR whose merge commit is `sha` (merge, squash or
 * rebase), else any merged PR holding it, else the first PR listed (then `merged` is false: the
 * caller treats it as no PR). Undefined when none is listed.
 */
export function pullRequestForCommit(params: {
  readonly sha: string;
  readonly pullRequests: readonly CommitPullRequest[];
}): CommitPullRequest | undefined {
  const prs = params.pullRequests;
  return prs.find((p) => p.merged && p.mergeCommitSha === params.sha) ?? prs.find((p) => p.merged) ?? prs[0];
}
