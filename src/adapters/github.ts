import { broughtPath } from "../core/apply-plan.js";
import type { PullRequestReview } from "../core/approval.js";
import type { FileChange } from "../core/changes.js";
import type { RepoRole } from "../core/chatops.js";
import { directlyIn, loadConfig, repoPath } from "../core/config.js";
import {
  ACK_AND_READ,
  CREATE_ROLLOUT,
  DELETE_REF,
  LABEL_AND_REPLY,
  READ_BRANCH,
  READ_ROLLOUT_PRS,
  READ_SERVICE,
  REPLY,
  RESET_ROLLOUT,
  UPDATE_ROLLOUT,
} from "./github-queries.js";

/** The two Octokit calls rollout-bot uses; Probot's and @actions/github's clients both fit. */
export interface OctokitLike {
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
  graphql(query: string, variables?: Record<string, unknown>): Promise<unknown>;
}

export interface RepoId {
  readonly owner: string;
  readonly name: string;
}

export interface OpenPr {
  readonly id: string;
  readonly number: number;
  readonly url: string;
}

/** What the first request of every command returns. */
export interface AckRead {
  readonly repositoryId: string;
  readonly url: string;
  readonly defaultBranch: string;
  readonly defaultHeadOid: string;
  /** rollout.yaml on the default branch; undefined when missing. */
  readonly configText: string | undefined;
  /** The PR commented on (node id for replies); undefined for a plain issue. */
  readonly pullRequest: { readonly id: string; readonly number: number } | undefined;
}

/** One service's state: rollout branch, open PR, and its files on both branches. */
export interface ServiceRead {
  readonly rolloutRef: { readonly id: string; readonly headOid: string } | undefined;
  readonly openPr: OpenPr | undefined;
  readonly branchConfigText: string | undefined;
  /** Files in the manifests folder (path → text), on each branch. */
  readonly defaultFolder: ReadonlyMap<string, string>;
  readonly branchFolder: ReadonlyMap<string, string>;
  readonly defaultFile: string | undefined;
  readonly branchFile: string | undefined;
  readonly labelId: string | undefined;
}

/** An open rollout PR as `status` and the metrics report see it. */
export interface RolloutPr {
  readonly number: number;
  readonly url: string;
  readonly title: string;
  readonly headRefOid: string;
}

export type WriteResult =
  | { readonly ok: true; readonly pr: OpenPr }
  | { readonly ok: false; readonly reason: "conflict"; readonly message: string };

/** A commit rollout-bot makes: message plus file changes. */
export interface RolloutCommit {
  readonly headline: string;
  readonly body: string;
  readonly changes: readonly FileChange[];
}

interface GraphqlErrorLike {
  readonly type?: string;
  readonly message: string;
  readonly path?: readonly (string | number)[];
}

/** GraphQL failures carry `errors` and the partial `data` of the fields that ran. */
function graphqlFailure(
  e: unknown,
): { errors: readonly GraphqlErrorLike[]; data: Record<string, unknown> } | undefined {
  if (typeof e !== "object" || e === null || !("errors" in e) || !Array.isArray(e.errors)) return undefined;
  const data =
    "data" in e && typeof e.data === "object" && e.data !== null ? (e.data as Record<string, unknown>) : {};
  return { errors: e.errors as GraphqlErrorLike[], data };
}

/** Another writer got there first: a branch or PR that now exists, or a head that moved. */
function isConflict(err: GraphqlErrorLike): boolean {
  return (
    err.type === "STALE_DATA" ||
    /already exists|expected branch to point to|pull and try again|is at .* but expected|reference update failed/i.test(
      err.message,
    )
  );
}

function base64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

function fileChanges(changes: readonly FileChange[]) {
  return {
    additions: changes
      .filter((c) => c.after !== undefined)
      .map((c) => ({ path: c.path, contents: base64(c.after ?? "") })),
    deletions: changes.filter((c) => c.after === undefined).map((c) => ({ path: c.path })),
  };
}

function folderFiles(node: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const entries = (
    node as {
      entries?: { path: string; type: string; object?: { text?: string | null; isBinary?: boolean } }[];
    } | null
  )?.entries;
  for (const e of entries ?? []) {
    if (e.type === "blob" && typeof e.object?.text === "string" && !e.object.isBinary)
      out.set(e.path, e.object.text);
  }
  return out;
}

function blobText(node: unknown): string | undefined {
  const text = (node as { text?: unknown } | null | undefined)?.text;
  return typeof text === "string" ? text : undefined;
}

function httpStatus(e: unknown): number | undefined {
  return typeof e === "object" && e !== null && "status" in e && typeof e.status === "number"
    ? e.status
    : undefined;
}

/** rollout-bot's GitHub operations over one repository. */
export function githubAdapter(octokit: OctokitLike, repo: RepoId) {
  const rest = (route: string, params: Record<string, unknown> = {}) =>
    octokit.request(route, { owner: repo.owner, repo: repo.name, ...params });

  /** The first comment on an issue or PR whose body matches (up to 1,000 comments). */
  const findComment = async (issueNumber: number, match: (body: string) => boolean) => {
    for (let page = 1; page <= 10; page++) {
      const r = await rest("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        issue_number: issueNumber,
        per_page: 100,
        page,
      });
      const comments = r.data as { id: number; body?: string | null }[];
      const found = comments.find((c) => typeof c.body === "string" && match(c.body));
      if (found) return found;
      if (comments.length < 100) return undefined;
    }
    return undefined;
  };

  const postComment = (params: { issueNumber: number; body: string }) =>
    rest("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      issue_number: params.issueNumber,
      body: params.body,
    });

  return {
    /**
     * 👀 on the comment by REST, which answers 201 when the reaction is new and 200 when this
     * app had already left it: false means another delivery of the comment is (or was) answered.
     * A refusal (no access to reactions, say) does not stop the command.
     */
    async claimComment(commentId: number): Promise<boolean> {
      try {
        const r = await rest("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
          comment_id: commentId,
          content: "eyes",
        });
        return r.status !== 200;
      } catch (e) {
        const status = httpStatus(e);
        if (status !== undefined && status >= 400 && status < 500) return true;
        throw e;
      }
    },

    /** 👀 on the comment and the repository basics in one request. */
    async ackAndRead(params: {
      commentNodeId: string;
      defaultBranch: string;
      configPath: string;
    }): Promise<AckRead> {
      const data = (await octokit.graphql(ACK_AND_READ, {
        commentId: params.commentNodeId,
        config: `${params.defaultBranch}:${params.configPath}`,
      })) as {
        addReaction: {
          subject: {
            pullRequest: { id: string; number: number } | null;
            repository: {
              id: string;
              url: string;
              defaultBranchRef: { name: string; target: { oid: string } } | null;
              config: { text?: string } | null;
            };
          };
        };
      };
      const subject = data.addReaction.subject;
      const branch = subject.repository.defaultBranchRef;
      if (!branch) throw new Error(`${repo.owner}/${repo.name} has no default branch`);
      return {
        repositoryId: subject.repository.id,
        url: subject.repository.url,
        defaultBranch: branch.name,
        defaultHeadOid: branch.target.oid,
        configText: blobText(subject.repository.config),
        pullRequest: subject.pullRequest ?? undefined,
      };
    },

    /** The commenter's role from the permission API (author_association misreports org members). */
    async role(login: string): Promise<RepoRole> {
      try {
        const r = await rest("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
          username: login,
        });
        const d = r.data as { role_name?: string; permission?: string };
        const known = ["admin", "maintain", "write", "triage", "read"];
        // A custom repository role has its own name; its base permission is in `permission`.
        const role = [d.role_name, d.permission].find((r) => r !== undefined && known.includes(r)) ?? "none";
        return role as RepoRole;
      } catch (e) {
        if (httpStatus(e) === 404) return "none";
        throw e;
      }
    },

    async isTeamMember(params: { org: string; slug: string; login: string }): Promise<boolean> {
      try {
        const r = await octokit.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
          org: params.org,
          team_slug: params.slug,
          username: params.login,
        });
        return (r.data as { state?: string }).state === "active";
      } catch (e) {
        if (httpStatus(e) === 404) return false;
        throw e;
      }
    },

    async readService(params: {
      service: string;
      defaultBranch: string;
      configPath: string;
      folder: string | undefined;
      file: string | undefined;
    }): Promise<ServiceRead> {
      const branch = `rollout/${params.service}`;
      const data = (await octokit.graphql(READ_SERVICE, {
        owner: repo.owner,
        name: repo.name,
        rolloutRef: `refs/heads/${branch}`,
        branchConfig: `${branch}:${params.configPath}`,
        defaultFolder: `${params.defaultBranch}:${params.folder ?? ""}`,
        branchFolder: `${branch}:${params.folder ?? ""}`,
        withFolder: params.folder !== undefined,
        defaultFile: `${params.defaultBranch}:${params.file ?? ""}`,
        branchFile: `${branch}:${params.file ?? ""}`,
        withFile: params.file !== undefined,
      })) as {
        repository: {
          ref: {
            id: string;
            target: { oid: string };
            associatedPullRequests: { nodes: (OpenPr & { baseRefName: string })[] };
          } | null;
          branchConfig: unknown;
          defaultFolder?: unknown;
          branchFolder?: unknown;
          defaultFile?: unknown;
          branchFile?: unknown;
          label: { id: string } | null;
        };
      };
      const r = data.repository;
      const pr = r.ref?.associatedPullRequests.nodes.find((p) => p.baseRefName === params.defaultBranch);
      return {
        rolloutRef: r.ref ? { id: r.ref.id, headOid: r.ref.target.oid } : undefined,
        openPr: pr ? { id: pr.id, number: pr.number, url: pr.url } : undefined,
        branchConfigText: blobText(r.branchConfig),
        defaultFolder: folderFiles(r.defaultFolder),
        branchFolder: folderFiles(r.branchFolder),
        defaultFile: blobText(r.defaultFile),
        branchFile: blobText(r.branchFile),
        labelId: r.label?.id,
      };
    },

    /**
     * Creates (or resets a leftover) `rollout/<service>` branch at the default head, commits, and
     * opens the PR. A conflict means another writer won the race; any other failure after the
     * branch was made removes it again.
     */
    async openRollout(params: {
      service: string;
      repositoryId: string;
      defaultBranch: string;
      baseOid: string;
      leftoverRefId: string | undefined;
      commit: RolloutCommit;
      title: string;
      body: string;
    }): Promise<WriteResult> {
      const branch = `rollout/${params.service}`;
      const vars = {
        repositoryId: params.repositoryId,
        baseOid: params.baseOid,
        branch: { repositoryNameWithOwner: `${repo.owner}/${repo.name}`, branchName: branch },
        message: { headline: params.commit.headline, body: params.commit.body },
        fileChanges: fileChanges(params.commit.changes),
        baseRefName: params.defaultBranch,
        headRefName: branch,
        title: params.title,
        body: params.body,
      };
      try {
        const data = (await (params.leftoverRefId
          ? octokit.graphql(RESET_ROLLOUT, { ...vars, refId: params.leftoverRefId })
          : octokit.graphql(CREATE_ROLLOUT, { ...vars, refName: `refs/heads/${branch}` }))) as {
          createPullRequest: { pullRequest: OpenPr };
        };
        return { ok: true, pr: data.createPullRequest.pullRequest };
      } catch (e) {
        const failure = graphqlFailure(e);
        if (!failure) throw e;
        const conflict = failure.errors.find(isConflict);
        if (conflict) return { ok: false, reason: "conflict", message: conflict.message };
        const created = (failure.data.createRef as { ref?: { id?: string } } | null | undefined)?.ref?.id;
        if (created) await octokit.graphql(DELETE_REF, { refId: created });
        throw e;
      }
    },

    /** One more commit on the open rollout PR, its title/body, and the reply, in one request. */
    async updateRollout(params: {
      service: string;
      expectedHeadOid: string;
      pr: OpenPr;
      commit: RolloutCommit;
      title: string;
      body: string;
      replyTo: string;
      reply: string;
    }): Promise<WriteResult> {
      try {
        await octokit.graphql(UPDATE_ROLLOUT, {
          branch: {
            repositoryNameWithOwner: `${repo.owner}/${repo.name}`,
            branchName: `rollout/${params.service}`,
          },
          message: { headline: params.commit.headline, body: params.commit.body },
          fileChanges: fileChanges(params.commit.changes),
          expectedHeadOid: params.expectedHeadOid,
          pullRequestId: params.pr.id,
          title: params.title,
          body: params.body,
          replyTo: params.replyTo,
          reply: params.reply,
        });
        return { ok: true, pr: params.pr };
      } catch (e) {
        const failure = graphqlFailure(e);
        const conflict = failure?.errors.find(isConflict);
        // The commit failed first (fields run in order), so nothing was changed or said.
        if (conflict && !failure?.data.createCommitOnBranch) {
          return { ok: false, reason: "conflict", message: conflict.message };
        }
        throw e;
      }
    },

    /** Reviewers and the `rollout` label on a new PR, then the reply. */
    async finishNewPr(params: {
      pr: OpenPr;
      labelId: string | undefined;
      users: readonly string[];
      teams: readonly string[];
      replyTo: string;
      reply: (notes: readonly string[]) => string;
    }): Promise<void> {
      const notes: string[] = [];
      if (params.users.length > 0 || params.teams.length > 0) {
        const request = (reviewers: readonly string[], team_reviewers: readonly string[]) =>
          rest("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
            pull_number: params.pr.number,
            reviewers: [...reviewers],
            team_reviewers: [...team_reviewers],
          });
        try {
          await request(params.users, params.teams);
        } catch (e) {
          // GitHub refuses the whole request (422) when one reviewer cannot be asked (no access,
          // no such user or team, a team given as a user, the PR's author): ask each one alone,
          // so the others are still requested and the reply names the ones refused.
          if (httpStatus(e) !== 422) throw e;
          const refused: string[] = [];
          const one = [
            ...params.users.map((u) => ({ label: u, users: [u], teams: [] as string[] })),
            ...params.teams.map((t) => ({ label: `${repo.owner}/${t}`, users: [] as string[], teams: [t] })),
          ];
          for (const r of one) {
            try {
              await request(r.users, r.teams);
            } catch (e1) {
              if (httpStatus(e1) !== 422) throw e1;
              refused.push(r.label);
            }
          }
          if (refused.length > 0) {
            notes.push(
              `Could not request a review from ${refused.map((r) => `\`${r}\``).join(", ")} (GitHub refused: 422). Check that policy.reviewers names people, or teams as \`org/team\`, with access to this repository.`,
            );
          }
        }
      }
      if (params.labelId) {
        await octokit.graphql(LABEL_AND_REPLY, {
          labelableId: params.pr.id,
          labelIds: [params.labelId],
          replyTo: params.replyTo,
          reply: params.reply(notes),
        });
        return;
      }
      // The label does not exist yet: the REST endpoint creates it.
      await rest("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
        issue_number: params.pr.number,
        labels: ["rollout"],
      });
      await octokit.graphql(REPLY, { replyTo: params.replyTo, reply: params.reply(notes) });
    },

    async reply(params: { replyTo: string; body: string }): Promise<void> {
      await octokit.graphql(REPLY, { replyTo: params.replyTo, reply: params.body });
    },

    /** A file's text on a branch, or undefined when it does not exist. */
    async readFile(params: { ref: string; path: string }): Promise<string | undefined> {
      try {
        const r = await rest("GET /repos/{owner}/{repo}/contents/{+path}", {
          path: params.path,
          ref: params.ref,
          mediaType: { format: "raw" },
        });
        return typeof r.data === "string" ? r.data : undefined;
      } catch (e) {
        if (httpStatus(e) === 404) return undefined;
        throw e;
      }
    },

    /**
     * Edits the comment that starts with `marker` on the PR, or posts it: one sticky comment per
     * service, never a new one per update.
     */
    async upsertStickyComment(params: {
      issueNumber: number;
      marker: string;
      body: string;
    }): Promise<"created" | "updated"> {
      const mine = await findComment(params.issueNumber, (body) => body.startsWith(params.marker));
      if (mine) {
        await rest("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
          comment_id: mine.id,
          body: params.body,
        });
        return "updated";
      }
      await postComment(params);
      return "created";
    },

    /** Creates or completes the `rollout/gate` check run on a commit. */
    async upsertCheckRun(params: {
      headSha: string;
      name: string;
      conclusion: "success" | "failure" | "neutral";
      output: { title: string; summary: string; text?: string };
      detailsUrl?: string;
    }): Promise<"created" | "updated"> {
      const found = await rest("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
        ref: params.headSha,
        check_name: params.name,
        filter: "latest",
      });
      const existing = (found.data as { check_runs?: { id: number }[] }).check_runs?.[0];
      const body = {
        name: params.name,
        status: "completed",
        conclusion: params.conclusion,
        completed_at: new Date().toISOString(),
        output: params.output,
        ...(params.detailsUrl ? { details_url: params.detailsUrl } : {}),
      };
      if (existing) {
        await rest("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
          check_run_id: existing.id,
          ...body,
        });
        return "updated";
      }
      await rest("POST /repos/{owner}/{repo}/check-runs", { head_sha: params.headSha, ...body });
      return "created";
    },

    /**
     * rollout.yaml and every file it refers to (manifests folders, brought routing files) at a
     * commit: one tree request, then one request per file. For apps without a checkout.
     */
    async filesAt(params: { ref: string; configPath: string }): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      const config = await this.readFile({ ref: params.ref, path: params.configPath });
      if (config === undefined) return out;
      out.set(params.configPath, config);
      const tree = await rest("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
        tree_sha: params.ref,
        recursive: "1",
      });
      const entries = (tree.data as { tree?: { path: string; type: string }[] }).tree ?? [];
      const loaded = loadConfig({ text: config, file: params.configPath });
      if (!loaded.ok) return out;
      const wanted = new Set<string>();
      const folders: string[] = [];
      for (const s of Object.values(loaded.loaded.config.services)) {
        const brought = broughtPath(params.configPath, s);
        if (brought) wanted.add(brought);
        if (s.manifests) folders.push(repoPath(params.configPath, s.manifests));
      }
      for (const e of entries) {
        if (e.type !== "blob") continue;
        if (folders.some((f) => directlyIn(f, e.path))) wanted.add(e.path);
      }
      const paths = [...wanted].filter((p) => p !== params.configPath);
      const texts = await Promise.all(paths.map((path) => this.readFile({ ref: params.ref, path })));
      paths.forEach((p, i) => {
        const t = texts[i];
        if (t !== undefined) out.set(p, t);
      });
      return out;
    },

    /** Paths a PR changed (for merge-to-deploy in the app). */
    async prFiles(prNumber: number): Promise<string[]> {
      const out: string[] = [];
      for (let page = 1; page <= 30; page++) {
        const r = await rest("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
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

    /** Who asked for a rollout PR's changes: the `Requested by @login` lines of its commits. */
    async requesters(prNumber: number): Promise<string[]> {
      const r = await rest("GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", {
        pull_number: prNumber,
        per_page: 100,
      });
      const messages = (r.data as { commit?: { message?: string } }[]).map((c) => c.commit?.message ?? "");
      const logins = messages.flatMap((m) =>
        [...m.matchAll(/^Requested by @([A-Za-z0-9-]+)/gm)].map((x) => x[1] ?? ""),
      );
      return [...new Set(logins.filter(Boolean))];
    },

    /** A commit's first parent (the default branch before a merge). */
    async parentOf(sha: string): Promise<string | undefined> {
      const r = await rest("GET /repos/{owner}/{repo}/commits/{ref}", { ref: sha });
      return (r.data as { parents?: { sha: string }[] }).parents?.[0]?.sha;
    },

    /** Open rollout PRs by service key, for `status`. */
    async openRolloutPrs(): Promise<Map<string, RolloutPr>> {
      const data = (await octokit.graphql(READ_ROLLOUT_PRS, { owner: repo.owner, name: repo.name })) as {
        repository: {
          refs: {
            nodes: {
              name: string;
              associatedPullRequests: { nodes: RolloutPr[] };
            }[];
          };
        };
      };
      const out = new Map<string, RolloutPr>();
      for (const ref of data.repository.refs.nodes) {
        const pr = ref.associatedPullRequests.nodes[0];
        if (pr) out.set(ref.name.replace(/^rollout\//, ""), pr);
      }
      return out;
    },

    /**
     * The pull request that produced commit `sha` on the default branch: a merged PR whose merge
     * commit is `sha` (merge, squash or rebase), else any merged PR holding it, else the first PR
     * GitHub lists (then `merged` is false: treat it as no PR). Undefined when there is none.
     */
    async pullRequestForCommit(sha: string): Promise<CommitPullRequest | undefined> {
      let prs: RestPullRequest[];
      try {
        const r = await rest("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { commit_sha: sha });
        prs = r.data as RestPullRequest[];
      } catch (e) {
        // 422: GitHub knows no such commit.
        const status = httpStatus(e);
        if (status === 404 || status === 422) return undefined;
        throw e;
      }
      const pr =
        prs.find((p) => p.merged_at && p.merge_commit_sha === sha) ?? prs.find((p) => p.merged_at) ?? prs[0];
      if (!pr) return undefined;
      return {
        number: pr.number,
        url: pr.html_url,
        author: pr.user?.login ?? "ghost",
        merged: Boolean(pr.merged_at),
        mergeCommitSha: pr.merge_commit_sha ?? undefined,
        headRef: pr.head.ref,
        headSha: pr.head.sha,
        baseRef: pr.base.ref,
      };
    },

    /** Every review of a PR, oldest first, as evaluateApproval reads them. */
    async reviews(prNumber: number): Promise<PullRequestReview[]> {
      const out: PullRequestReview[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const r = await rest("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
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

    /** Logins of a team's members (child teams included); empty when the team is not found. */
    async teamMembers(params: { org: string; slug: string }): Promise<string[]> {
      const out: string[] = [];
      try {
        for (let page = 1; page <= MAX_PAGES; page++) {
          const r = await octokit.request("GET /orgs/{org}/teams/{team_slug}/members", {
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

    /** A GitHub Deployment of `ref` to `environment`; its id. Never merges, never waits on checks. */
    async createDeployment(params: {
      ref: string;
      environment: string;
      description: string;
      payload: Record<string, unknown>;
    }): Promise<number> {
      const r = await rest("POST /repos/{owner}/{repo}/deployments", {
        ref: params.ref,
        environment: params.environment,
        description: params.description,
        payload: params.payload,
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
      });
      const d = r.data as { id?: unknown; message?: unknown };
      if (typeof d.id !== "number")
        throw new Error(
          `GitHub did not create the deployment of ${params.ref}: ${typeof d.message === "string" ? d.message : `status ${r.status}`}`,
        );
      return d.id;
    },

    async deploymentStatus(params: {
      id: number;
      state: "in_progress" | "success" | "failure" | "error" | "inactive";
      description: string;
      environmentUrl?: string;
      logUrl?: string;
    }): Promise<void> {
      await rest("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        deployment_id: params.id,
        state: params.state,
        description: cut(params.description, DEPLOYMENT_DESCRIPTION_LIMIT),
        ...(params.environmentUrl ? { environment_url: params.environmentUrl } : {}),
        ...(params.logUrl ? { log_url: params.logUrl } : {}),
      });
    },

    /**
     * Opens a PR on `revert/<service>-<short baseOid>` with one commit on `baseOid` (the default
     * head) holding `files`. A re-run finds the PR it opened before (`created: false`); a leftover
     * branch without an open PR is reset; a branch this call made is removed if a later step fails.
     */
    async openRevertPr(params: {
      service: string;
      baseOid: string;
      defaultBranch: string;
      files: readonly FileChange[];
      title: string;
      body: string;
    }): Promise<{ number: number; url: string; created: boolean }> {
      if (params.files.length === 0) throw new Error("openRevertPr: no file changes to commit");
      const branch = `revert/${params.service}-${params.baseOid.slice(0, 7)}`;
      const read = async () => {
        const data = (await octokit.graphql(READ_BRANCH, {
          owner: repo.owner,
          name: repo.name,
          ref: `refs/heads/${branch}`,
        })) as {
          repository: {
            id: string;
            ref: {
              id: string;
              associatedPullRequests: { nodes: (OpenPr & { baseRefName: string })[] };
            } | null;
          };
        };
        const r = data.repository;
        const open = r.ref?.associatedPullRequests.nodes.find((p) => p.baseRefName === params.defaultBranch);
        return { repositoryId: r.id, refId: r.ref?.id, open };
      };
      const found = await read();
      if (found.open) return { number: found.open.number, url: found.open.url, created: false };
      const vars = {
        repositoryId: found.repositoryId,
        baseOid: params.baseOid,
        branch: { repositoryNameWithOwner: `${repo.owner}/${repo.name}`, branchName: branch },
        message: { headline: params.title },
        fileChanges: fileChanges(params.files),
        baseRefName: params.defaultBranch,
        headRefName: branch,
        title: params.title,
        body: params.body,
      };
      try {
        const data = (await (found.refId
          ? octokit.graphql(RESET_ROLLOUT, { ...vars, refId: found.refId })
          : octokit.graphql(CREATE_ROLLOUT, { ...vars, refName: `refs/heads/${branch}` }))) as {
          createPullRequest: { pullRequest: OpenPr };
        };
        const pr = data.createPullRequest.pullRequest;
        return { number: pr.number, url: pr.url, created: true };
      } catch (e) {
        const failure = graphqlFailure(e);
        if (!failure) throw e;
        if (failure.errors.some(isConflict)) {
          // A concurrent run made the branch first: its PR is the one.
          const again = await read();
          if (again.open) return { number: again.open.number, url: again.open.url, created: false };
          throw e;
        }
        const created = (failure.data.createRef as { ref?: { id?: string } } | null | undefined)?.ref?.id;
        if (created) await octokit.graphql(DELETE_REF, { refId: created });
        throw e;
      }
    },

    /** Posts `body` on an issue or PR unless a comment with the same text is there already. */
    async comment(params: { issueNumber: number; body: string }): Promise<"created" | "exists"> {
      const want = normalizeBody(params.body);
      if (await findComment(params.issueNumber, (body) => normalizeBody(body) === want)) return "exists";
      await postComment(params);
      return "created";
    },
  };
}

export type GitHubAdapter = ReturnType<typeof githubAdapter>;

/** The pull request behind a commit on the default branch. */
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

/** Pages of 100 read at most from a list endpoint (10,000 items). */
const MAX_PAGES = 100;

/** GitHub's limit for a deployment status description. */
const DEPLOYMENT_DESCRIPTION_LIMIT = 140;

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

function normalizeBody(body: string): string {
  return body.replace(/\r\n/g, "\n").trim();
}
