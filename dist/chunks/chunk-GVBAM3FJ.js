import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  broughtPath,
  directlyIn,
  loadConfig,
  repoPath
} from "./chunk-B3LP6RV3.js";

// src/adapters/github-queries.ts
var ACK_AND_READ = (
  /* GraphQL */
  `
  mutation RolloutAckAndRead($commentId: ID!, $config: String!) {
    addReaction(input: { subjectId: $commentId, content: EYES }) {
      subject {
        ... on IssueComment {
          pullRequest {
            id
            number
            isCrossRepository
          }
          repository {
            id
            nameWithOwner
            url
            defaultBranchRef {
              name
              target {
                oid
              }
            }
            config: object(expression: $config) {
              ... on Blob {
                text
              }
            }
          }
        }
      }
    }
  }
`
);
var FOLDER_FIELDS = (
  /* GraphQL */
  `
  ... on Tree {
    entries {
      path
      type
      object {
        ... on Blob {
          text
          isBinary
        }
      }
    }
  }
`
);
var READ_SERVICE = (
  /* GraphQL */
  `
  query RolloutReadService(
    $owner: String!
    $name: String!
    $rolloutRef: String!
    $branchConfig: String!
    $defaultFolder: String!
    $branchFolder: String!
    $withFolder: Boolean!
    $defaultFile: String!
    $branchFile: String!
    $withFile: Boolean!
  ) {
    repository(owner: $owner, name: $name) {
      ref(qualifiedName: $rolloutRef) {
        id
        name
        target {
          oid
        }
        associatedPullRequests(states: OPEN, first: 1) {
          nodes {
            id
            number
            url
            title
            baseRefName
          }
        }
      }
      branchConfig: object(expression: $branchConfig) {
        ... on Blob {
          text
        }
      }
      defaultFolder: object(expression: $defaultFolder) @include(if: $withFolder) {
        ${FOLDER_FIELDS}
      }
      branchFolder: object(expression: $branchFolder) @include(if: $withFolder) {
        ${FOLDER_FIELDS}
      }
      defaultFile: object(expression: $defaultFile) @include(if: $withFile) {
        ... on Blob {
          text
        }
      }
      branchFile: object(expression: $branchFile) @include(if: $withFile) {
        ... on Blob {
          text
        }
      }
      label(name: "rollout") {
        id
      }
    }
  }
`
);
var READ_ROLLOUT_PRS = (
  /* GraphQL */
  `
  query RolloutReadOpenPrs($owner: String!, $name: String!) {
    repository(owner: $owner, name: $name) {
      refs(refPrefix: "refs/heads/rollout/", first: 100) {
        nodes {
          name
          associatedPullRequests(states: OPEN, first: 1) {
            nodes {
              number
              url
              title
              headRefOid
            }
          }
        }
      }
    }
  }
`
);
var COMMIT_AND_OPEN_PR_VARIABLES = `
    $baseOid: GitObjectID!
    $branch: CommittableBranch!
    $message: CommitMessage!
    $fileChanges: FileChanges!
    $baseRefName: String!
    $headRefName: String!
    $title: String!
    $body: String!`;
var COMMIT_AND_OPEN_PR = `
    createCommitOnBranch(
      input: { branch: $branch, message: $message, fileChanges: $fileChanges, expectedHeadOid: $baseOid }
    ) {
      commit {
        oid
      }
    }
    createPullRequest(
      input: {
        repositoryId: $repositoryId
        baseRefName: $baseRefName
        headRefName: $headRefName
        title: $title
        body: $body
      }
    ) {
      pullRequest {
        id
        number
        url
      }
    }`;
var CREATE_ROLLOUT = (
  /* GraphQL */
  `
  mutation RolloutCreate(
    $repositoryId: ID!
    $refName: String!
${COMMIT_AND_OPEN_PR_VARIABLES}
  ) {
    createRef(input: { repositoryId: $repositoryId, name: $refName, oid: $baseOid }) {
      ref {
        id
      }
    }
${COMMIT_AND_OPEN_PR}
  }
`
);
var RESET_ROLLOUT = (
  /* GraphQL */
  `
  mutation RolloutReset(
    $refId: ID!
    $repositoryId: ID!
${COMMIT_AND_OPEN_PR_VARIABLES}
  ) {
    updateRef(input: { refId: $refId, oid: $baseOid, force: true }) {
      ref {
        id
      }
    }
${COMMIT_AND_OPEN_PR}
  }
`
);
var UPDATE_ROLLOUT = (
  /* GraphQL */
  `
  mutation RolloutUpdate(
    $branch: CommittableBranch!
    $message: CommitMessage!
    $fileChanges: FileChanges!
    $expectedHeadOid: GitObjectID!
    $pullRequestId: ID!
    $title: String!
    $body: String!
    $replyTo: ID!
    $reply: String!
  ) {
    createCommitOnBranch(
      input: { branch: $branch, message: $message, fileChanges: $fileChanges, expectedHeadOid: $expectedHeadOid }
    ) {
      commit {
        oid
      }
    }
    updatePullRequest(input: { pullRequestId: $pullRequestId, title: $title, body: $body }) {
      pullRequest {
        id
      }
    }
    addComment(input: { subjectId: $replyTo, body: $reply }) {
      commentEdge {
        node {
          url
        }
      }
    }
  }
`
);
var LABEL_AND_REPLY = (
  /* GraphQL */
  `
  mutation RolloutLabelAndReply($labelableId: ID!, $labelIds: [ID!]!, $replyTo: ID!, $reply: String!) {
    addLabelsToLabelable(input: { labelableId: $labelableId, labelIds: $labelIds }) {
      clientMutationId
    }
    addComment(input: { subjectId: $replyTo, body: $reply }) {
      commentEdge {
        node {
          url
        }
      }
    }
  }
`
);
var REPLY = (
  /* GraphQL */
  `
  mutation RolloutReply($replyTo: ID!, $reply: String!) {
    addComment(input: { subjectId: $replyTo, body: $reply }) {
      commentEdge {
        node {
          url
        }
      }
    }
  }
`
);
var DELETE_REF = (
  /* GraphQL */
  `
  mutation RolloutDeleteRef($refId: ID!) {
    deleteRef(input: { refId: $refId }) {
      clientMutationId
    }
  }
`
);
var READ_BRANCH = (
  /* GraphQL */
  `
  query RolloutReadBranch($owner: String!, $name: String!, $ref: String!) {
    repository(owner: $owner, name: $name) {
      id
      ref(qualifiedName: $ref) {
        id
        target {
          oid
        }
        associatedPullRequests(states: OPEN, first: 5) {
          nodes {
            id
            number
            url
            baseRefName
          }
        }
      }
    }
  }
`
);

// src/adapters/github.ts
function graphqlFailure(e) {
  if (typeof e !== "object" || e === null || !("errors" in e) || !Array.isArray(e.errors)) return void 0;
  const data = "data" in e && typeof e.data === "object" && e.data !== null ? e.data : {};
  return { errors: e.errors, data };
}
function isConflict(err) {
  return err.type === "STALE_DATA" || /already exists|expected branch to point to|pull and try again|is at .* but expected|reference update failed/i.test(
    err.message
  );
}
function base64(text) {
  return Buffer.from(text, "utf8").toString("base64");
}
function fileChanges(changes) {
  return {
    additions: changes.filter((c) => c.after !== void 0).map((c) => ({ path: c.path, contents: base64(c.after ?? "") })),
    deletions: changes.filter((c) => c.after === void 0).map((c) => ({ path: c.path }))
  };
}
function folderFiles(node) {
  const out = /* @__PURE__ */ new Map();
  const entries = node?.entries;
  for (const e of entries ?? []) {
    if (e.type === "blob" && typeof e.object?.text === "string" && !e.object.isBinary)
      out.set(e.path, e.object.text);
  }
  return out;
}
function blobText(node) {
  const text = node?.text;
  return typeof text === "string" ? text : void 0;
}
function httpStatus(e) {
  return typeof e === "object" && e !== null && "status" in e && typeof e.status === "number" ? e.status : void 0;
}
function githubAdapter(octokit, repo) {
  const rest = (route, params = {}) => octokit.request(route, { owner: repo.owner, repo: repo.name, ...params });
  const findComment = async (issueNumber, match) => {
    for (let page = 1; page <= 10; page++) {
      const r = await rest("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        issue_number: issueNumber,
        per_page: 100,
        page
      });
      const comments = r.data;
      const found = comments.find((c) => typeof c.body === "string" && match(c.body));
      if (found) return found;
      if (comments.length < 100) return void 0;
    }
    return void 0;
  };
  const postComment = (params) => rest("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    issue_number: params.issueNumber,
    body: params.body
  });
  return {
    /**
     * 👀 on the comment by REST, which answers 201 when the reaction is new and 200 when this
     * app had already left it: false means another delivery of the comment is (or was) answered.
     * A refusal (no access to reactions, say) does not stop the command.
     */
    async claimComment(commentId) {
      try {
        const r = await rest("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
          comment_id: commentId,
          content: "eyes"
        });
        return r.status !== 200;
      } catch (e) {
        const status = httpStatus(e);
        if (status !== void 0 && status >= 400 && status < 500) return true;
        throw e;
      }
    },
    /** 👀 on the comment and the repository basics in one request. */
    async ackAndRead(params) {
      const data = await octokit.graphql(ACK_AND_READ, {
        commentId: params.commentNodeId,
        config: `${params.defaultBranch}:${params.configPath}`
      });
      const subject = data.addReaction.subject;
      const branch = subject.repository.defaultBranchRef;
      if (!branch) throw new Error(`${repo.owner}/${repo.name} has no default branch`);
      return {
        repositoryId: subject.repository.id,
        url: subject.repository.url,
        defaultBranch: branch.name,
        defaultHeadOid: branch.target.oid,
        configText: blobText(subject.repository.config),
        pullRequest: subject.pullRequest ?? void 0
      };
    },
    /** The commenter's role from the permission API (author_association misreports org members). */
    async role(login) {
      try {
        const r = await rest("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
          username: login
        });
        const d = r.data;
        const known = ["admin", "maintain", "write", "triage", "read"];
        const role = [d.role_name, d.permission].find((r2) => r2 !== void 0 && known.includes(r2)) ?? "none";
        return role;
      } catch (e) {
        if (httpStatus(e) === 404) return "none";
        throw e;
      }
    },
    async isTeamMember(params) {
      try {
        const r = await octokit.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
          org: params.org,
          team_slug: params.slug,
          username: params.login
        });
        return r.data.state === "active";
      } catch (e) {
        if (httpStatus(e) === 404) return false;
        throw e;
      }
    },
    async readService(params) {
      const branch = `rollout/${params.service}`;
      const data = await octokit.graphql(READ_SERVICE, {
        owner: repo.owner,
        name: repo.name,
        rolloutRef: `refs/heads/${branch}`,
        branchConfig: `${branch}:${params.configPath}`,
        defaultFolder: `${params.defaultBranch}:${params.folder ?? ""}`,
        branchFolder: `${branch}:${params.folder ?? ""}`,
        withFolder: params.folder !== void 0,
        defaultFile: `${params.defaultBranch}:${params.file ?? ""}`,
        branchFile: `${branch}:${params.file ?? ""}`,
        withFile: params.file !== void 0
      });
      const r = data.repository;
      const pr = r.ref?.associatedPullRequests.nodes.find((p) => p.baseRefName === params.defaultBranch);
      return {
        rolloutRef: r.ref ? { id: r.ref.id, headOid: r.ref.target.oid } : void 0,
        openPr: pr ? { id: pr.id, number: pr.number, url: pr.url } : void 0,
        branchConfigText: blobText(r.branchConfig),
        defaultFolder: folderFiles(r.defaultFolder),
        branchFolder: folderFiles(r.branchFolder),
        defaultFile: blobText(r.defaultFile),
        branchFile: blobText(r.branchFile),
        labelId: r.label?.id
      };
    },
    /**
     * Creates (or resets a leftover) `rollout/<service>` branch at the default head, commits, and
     * opens the PR. A conflict means another writer won the race; any other failure after the
     * branch was made removes it again.
     */
    async openRollout(params) {
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
        body: params.body
      };
      try {
        const data = await (params.leftoverRefId ? octokit.graphql(RESET_ROLLOUT, { ...vars, refId: params.leftoverRefId }) : octokit.graphql(CREATE_ROLLOUT, { ...vars, refName: `refs/heads/${branch}` }));
        return { ok: true, pr: data.createPullRequest.pullRequest };
      } catch (e) {
        const failure = graphqlFailure(e);
        if (!failure) throw e;
        const conflict = failure.errors.find(isConflict);
        if (conflict) return { ok: false, reason: "conflict", message: conflict.message };
        const created = failure.data.createRef?.ref?.id;
        if (created) await octokit.graphql(DELETE_REF, { refId: created });
        throw e;
      }
    },
    /** One more commit on the open rollout PR, its title/body, and the reply, in one request. */
    async updateRollout(params) {
      try {
        await octokit.graphql(UPDATE_ROLLOUT, {
          branch: {
            repositoryNameWithOwner: `${repo.owner}/${repo.name}`,
            branchName: `rollout/${params.service}`
          },
          message: { headline: params.commit.headline, body: params.commit.body },
          fileChanges: fileChanges(params.commit.changes),
          expectedHeadOid: params.expectedHeadOid,
          pullRequestId: params.pr.id,
          title: params.title,
          body: params.body,
          replyTo: params.replyTo,
          reply: params.reply
        });
        return { ok: true, pr: params.pr };
      } catch (e) {
        const failure = graphqlFailure(e);
        const conflict = failure?.errors.find(isConflict);
        if (conflict && !failure?.data.createCommitOnBranch) {
          return { ok: false, reason: "conflict", message: conflict.message };
        }
        throw e;
      }
    },
    /** Reviewers and the `rollout` label on a new PR, then the reply. */
    async finishNewPr(params) {
      const notes = [];
      if (params.users.length > 0 || params.teams.length > 0) {
        const request = (reviewers, team_reviewers) => rest("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
          pull_number: params.pr.number,
          reviewers: [...reviewers],
          team_reviewers: [...team_reviewers]
        });
        try {
          await request(params.users, params.teams);
        } catch (e) {
          if (httpStatus(e) !== 422) throw e;
          const refused = [];
          const one = [
            ...params.users.map((u) => ({ label: u, users: [u], teams: [] })),
            ...params.teams.map((t) => ({ label: `${repo.owner}/${t}`, users: [], teams: [t] }))
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
              `Could not request a review from ${refused.map((r) => `\`${r}\``).join(", ")} (GitHub refused: 422). Check that policy.reviewers names people, or teams as \`org/team\`, with access to this repository.`
            );
          }
        }
      }
      if (params.labelId) {
        await octokit.graphql(LABEL_AND_REPLY, {
          labelableId: params.pr.id,
          labelIds: [params.labelId],
          replyTo: params.replyTo,
          reply: params.reply(notes)
        });
        return;
      }
      await rest("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
        issue_number: params.pr.number,
        labels: ["rollout"]
      });
      await octokit.graphql(REPLY, { replyTo: params.replyTo, reply: params.reply(notes) });
    },
    async reply(params) {
      await octokit.graphql(REPLY, { replyTo: params.replyTo, reply: params.body });
    },
    /** A file's text on a branch, or undefined when it does not exist. */
    async readFile(params) {
      try {
        const r = await rest("GET /repos/{owner}/{repo}/contents/{+path}", {
          path: params.path,
          ref: params.ref,
          mediaType: { format: "raw" }
        });
        return typeof r.data === "string" ? r.data : void 0;
      } catch (e) {
        if (httpStatus(e) === 404) return void 0;
        throw e;
      }
    },
    /**
     * Edits the comment that starts with `marker` on the PR, or posts it: one sticky comment per
     * service, never a new one per update.
     */
    async upsertStickyComment(params) {
      const mine = await findComment(params.issueNumber, (body) => body.startsWith(params.marker));
      if (mine) {
        await rest("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
          comment_id: mine.id,
          body: params.body
        });
        return "updated";
      }
      await postComment(params);
      return "created";
    },
    /** Creates or completes the `rollout/gate` check run on a commit. */
    async upsertCheckRun(params) {
      const found = await rest("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
        ref: params.headSha,
        check_name: params.name,
        filter: "latest"
      });
      const existing = found.data.check_runs?.[0];
      const body = {
        name: params.name,
        status: "completed",
        conclusion: params.conclusion,
        completed_at: (/* @__PURE__ */ new Date()).toISOString(),
        output: params.output,
        ...params.detailsUrl ? { details_url: params.detailsUrl } : {}
      };
      if (existing) {
        await rest("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
          check_run_id: existing.id,
          ...body
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
    async filesAt(params) {
      const out = /* @__PURE__ */ new Map();
      const config = await this.readFile({ ref: params.ref, path: params.configPath });
      if (config === void 0) return out;
      out.set(params.configPath, config);
      const tree = await rest("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
        tree_sha: params.ref,
        recursive: "1"
      });
      const entries = tree.data.tree ?? [];
      const loaded = loadConfig({ text: config, file: params.configPath });
      if (!loaded.ok) return out;
      const wanted = /* @__PURE__ */ new Set();
      const folders = [];
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
        if (t !== void 0) out.set(p, t);
      });
      return out;
    },
    /** Paths a PR changed (for merge-to-deploy in the app). */
    async prFiles(prNumber) {
      const out = [];
      for (let page = 1; page <= 30; page++) {
        const r = await rest("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
          pull_number: prNumber,
          per_page: 100,
          page
        });
        const batch = r.data;
        for (const f of batch) out.push(f.filename, ...f.previous_filename ? [f.previous_filename] : []);
        if (batch.length < 100) break;
      }
      return out;
    },
    /** Who asked for a rollout PR's changes: the `Requested by @login` lines of its commits. */
    async requesters(prNumber) {
      const r = await rest("GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", {
        pull_number: prNumber,
        per_page: 100
      });
      const messages = r.data.map((c) => c.commit?.message ?? "");
      const logins = messages.flatMap(
        (m) => [...m.matchAll(/^Requested by @([A-Za-z0-9-]+)/gm)].map((x) => x[1] ?? "")
      );
      return [...new Set(logins.filter(Boolean))];
    },
    /** A commit's first parent (the default branch before a merge). */
    async parentOf(sha) {
      const r = await rest("GET /repos/{owner}/{repo}/commits/{ref}", { ref: sha });
      return r.data.parents?.[0]?.sha;
    },
    /** Open rollout PRs by service key, for `status`. */
    async openRolloutPrs() {
      const data = await octokit.graphql(READ_ROLLOUT_PRS, { owner: repo.owner, name: repo.name });
      const out = /* @__PURE__ */ new Map();
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
    async pullRequestForCommit(sha) {
      let prs;
      try {
        const r = await rest("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { commit_sha: sha });
        prs = r.data;
      } catch (e) {
        const status = httpStatus(e);
        if (status === 404 || status === 422) return void 0;
        throw e;
      }
      const pr = prs.find((p) => p.merged_at && p.merge_commit_sha === sha) ?? prs.find((p) => p.merged_at) ?? prs[0];
      if (!pr) return void 0;
      return {
        number: pr.number,
        url: pr.html_url,
        author: pr.user?.login ?? "ghost",
        merged: Boolean(pr.merged_at),
        mergeCommitSha: pr.merge_commit_sha ?? void 0,
        headRef: pr.head.ref,
        headSha: pr.head.sha,
        baseRef: pr.base.ref
      };
    },
    /** Every review of a PR, oldest first, as evaluateApproval reads them. */
    async reviews(prNumber) {
      const out = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const r = await rest("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
          pull_number: prNumber,
          per_page: 100,
          page
        });
        const batch = r.data;
        for (const v of batch)
          out.push({
            user: v.user ? { login: v.user.login, type: v.user.type } : null,
            state: v.state,
            submitted_at: v.submitted_at ?? null,
            commit_id: v.commit_id ?? null,
            author_association: v.author_association
          });
        if (batch.length < 100) break;
      }
      return out;
    },
    /** Logins of a team's members (child teams included); empty when the team is not found. */
    async teamMembers(params) {
      const out = [];
      try {
        for (let page = 1; page <= MAX_PAGES; page++) {
          const r = await octokit.request("GET /orgs/{org}/teams/{team_slug}/members", {
            org: params.org,
            team_slug: params.slug,
            per_page: 100,
            page
          });
          const batch = r.data;
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
    async createDeployment(params) {
      const r = await rest("POST /repos/{owner}/{repo}/deployments", {
        ref: params.ref,
        environment: params.environment,
        description: params.description,
        payload: params.payload,
        auto_merge: false,
        required_contexts: [],
        transient_environment: false
      });
      const d = r.data;
      if (typeof d.id !== "number")
        throw new Error(
          `GitHub did not create the deployment of ${params.ref}: ${typeof d.message === "string" ? d.message : `status ${r.status}`}`
        );
      return d.id;
    },
    async deploymentStatus(params) {
      await rest("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        deployment_id: params.id,
        state: params.state,
        description: cut(params.description, DEPLOYMENT_DESCRIPTION_LIMIT),
        ...params.environmentUrl ? { environment_url: params.environmentUrl } : {},
        ...params.logUrl ? { log_url: params.logUrl } : {}
      });
    },
    /**
     * Opens a PR on `revert/<service>-<short baseOid>` with one commit on `baseOid` (the default
     * head) holding `files`. A re-run finds the PR it opened before (`created: false`); a leftover
     * branch without an open PR is reset; a branch this call made is removed if a later step fails.
     */
    async openRevertPr(params) {
      if (params.files.length === 0) throw new Error("openRevertPr: no file changes to commit");
      const branch = `revert/${params.service}-${params.baseOid.slice(0, 7)}`;
      const read = async () => {
        const data = await octokit.graphql(READ_BRANCH, {
          owner: repo.owner,
          name: repo.name,
          ref: `refs/heads/${branch}`
        });
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
        body: params.body
      };
      try {
        const data = await (found.refId ? octokit.graphql(RESET_ROLLOUT, { ...vars, refId: found.refId }) : octokit.graphql(CREATE_ROLLOUT, { ...vars, refName: `refs/heads/${branch}` }));
        const pr = data.createPullRequest.pullRequest;
        return { number: pr.number, url: pr.url, created: true };
      } catch (e) {
        const failure = graphqlFailure(e);
        if (!failure) throw e;
        if (failure.errors.some(isConflict)) {
          const again = await read();
          if (again.open) return { number: again.open.number, url: again.open.url, created: false };
          throw e;
        }
        const created = failure.data.createRef?.ref?.id;
        if (created) await octokit.graphql(DELETE_REF, { refId: created });
        throw e;
      }
    },
    /** Posts `body` on an issue or PR unless a comment with the same text is there already. */
    async comment(params) {
      const want = normalizeBody(params.body);
      if (await findComment(params.issueNumber, (body) => normalizeBody(body) === want)) return "exists";
      await postComment(params);
      return "created";
    }
  };
}
var MAX_PAGES = 100;
var DEPLOYMENT_DESCRIPTION_LIMIT = 140;
function cut(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function normalizeBody(body) {
  return body.replace(/\r\n/g, "\n").trim();
}

// src/core/authorize.ts
var CAN_WRITE = ["write", "maintain", "admin"];
function teamsToCheck(reviewers) {
  const seen = /* @__PURE__ */ new Set();
  const teams = [];
  for (const entry of reviewers) {
    const slash = entry.indexOf("/");
    if (slash < 0) continue;
    const key = entry.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    teams.push({ org: entry.slice(0, slash), slug: entry.slice(slash + 1) });
  }
  return teams;
}
function authorize(params) {
  const { senderType, login, role, force, reviewers, memberOfTeams } = params;
  if (senderType === "Bot") {
    return {
      ok: false,
      reason: "bot",
      message: `\`${login}\` is a bot: rollout-bot never runs commands from bots, so no automation moves traffic on its own. A person with write access must comment the command.`
    };
  }
  if (!CAN_WRITE.includes(role)) {
    const has = role === "none" ? "no role on this repository" : `the \`${role}\` role on this repository`;
    return {
      ok: false,
      reason: "insufficient-permission",
      message: `@${login} has ${has}; \`/rollout\` commands need write access to the repository. Ask an admin to give you the write (or maintain) role, or ask someone who has it to comment the command.`
    };
  }
  if (!force || reviewers.length === 0) return { ok: true };
  const me = login.toLowerCase();
  const mine = new Set(memberOfTeams.map((t) => t.toLowerCase()));
  const allowed = reviewers.some(
    (r) => r.includes("/") ? mine.has(r.toLowerCase()) : r.toLowerCase() === me
  );
  if (allowed) return { ok: true };
  const who = reviewers.map((r) => r.includes("/") ? `members of \`${r}\`` : `\`${r}\``);
  const last = who.pop() ?? "";
  const list = who.length > 0 ? `${who.join(", ")} or ${last}` : last;
  return {
    ok: false,
    reason: "force-not-allowed",
    message: `@${login} may not use \`--force\` here; policy.reviewers lets only ${list} use it. Ask one of them to comment the command, or take a step within policy.maxStep without \`--force\`.`
  };
}

export {
  githubAdapter,
  teamsToCheck,
  authorize
};
