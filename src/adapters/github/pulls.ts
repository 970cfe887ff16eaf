/** Pull requests as the deploy on merge reads them: files, commits, the PRs of a commit, reviews, teams. */
import type { PullRequestReview } from "../../core/approval.js";
import type { CommitPullRequest } from "../../core/merged-pr.js";
import type { GitHubPullsPort } from "../../core/ports.js";
import { httpStatus, MAX_PAGES, type RepoClient } from "./client.js";

interface RestPullRequest {
  number: number;
  html_url: string;
  user: { login: string } | null;
  merged_at: string | null;
  merge_commit_sha: string | null;
  head: { ref: string; sha: string };
  base: { ref: string };
}

interface RestReview {
  user: { login: string; type?: string } | null;
  state: string;
  submitted_at?: string | null;
  commit_id?: string | null;
  author_association?: string;
}

export function pulls(c: RepoClient): GitHubPullsPort {
  return {
    async prFiles(prNumber) {
      const out: string[] = [];
      for (let page = 1; page <= 30; page++) {
        const r = await c.rest("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
          pull_number: prNumber,
          per_page: 100,
          page,
        });
        const batch = r.data as { filename: string; previous_filename?: string }[];
        for (const f of batch) out.push(f.filename, ...(f.previous_filename ? [f.previous_filename] : []));
        if (batch.length < 100) break;
      }
      return out;
    },

    async commitMessages(prNumber) {
      const r = await c.rest("GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", {
        pull_number: prNumber,
        per_page: 100,
      });
      return (r.data as { commit?: { message?: string } }[]).map((x) => x.commit?.message ?? "");
    },

    async parentOf(sha) {
      const r = await c.rest("GET /repos/{owner}/{repo}/commits/{ref}", { ref: sha });
      return (r.data as { parents?: { sha: string }[] }).parents?.[0]?.sha;
    },

    async pullRequestsOfCommit(sha): Promise<CommitPullRequest[]> {
      let prs: RestPullRequest[];
      try {
        const r = await c.rest("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { commit_sha: sha });
        prs = r.data as RestPullRequest[];
      } catch (e) {
        // 422: GitHub knows no such commit.
        const status = httpStatus(e);
        if (status === 404 || status === 422) return [];
        throw e;
      }
      return prs.map((pr) => ({
        number: pr.number,
        url: pr.html_url,
        author: pr.user?.login ?? "ghost",
        merged: Boolean(pr.merged_at),
        mergeCommitSha: pr.merge_commit_sha ?? undefined,
        headRef: pr.head.ref,
        headSha: pr.head.sha,
        baseRef: pr.base.ref,
      }));
    },

    async reviews(prNumber) {
      const out: PullRequestReview[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const r = await c.rest("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
          pull_number: prNumber,
          per_page: 100,
          page,
        });
        const batch = r.data as RestReview[];
        for (const v of batch)
          out.push({
            user: v.user ? { login: v.user.login, type: v.user.type } : null,
            state: v.state,
            submitted_at: v.submitted_at ?? null,
            commit_id: v.commit_id ?? null,
            author_association: v.author_association,
          });
        if (batch.length < 100) break;
      }
      return out;
    },

    async teamMembers(params) {
      const out: string[] = [];
      try {
        for (let page = 1; page <= MAX_PAGES; page++) {
          const r = await c.octokit.request("GET /orgs/{org}/teams/{team_slug}/members", {
            org: params.org,
            team_slug: params.slug,
            per_page: 100,
            page,
          });
          const batch = r.data as { login: string }[];
          out.push(...batch.map((m) => m.login));
          if (batch.length < 100) break;
        }
      } catch (e) {
        if (httpStatus(e) === 404) return [];
        throw e;
      }
      return out;
    },
  };
}
