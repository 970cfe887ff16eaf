import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);

// src/adapters/github/checks.ts
function checks(c) {
  return {
    async upsertCheckRun(params) {
      const found = await c.rest("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
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
        await c.rest("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
          check_run_id: existing.id,
          ...body
        });
        return "updated";
      }
      await c.rest("POST /repos/{owner}/{repo}/check-runs", { head_sha: params.headSha, ...body });
      return "created";
    }
  };
}

// src/adapters/github/client.ts
function repoClient(octokit, repo) {
  return {
    octokit,
    repo,
    rest: (route, params = {}) => octokit.request(route, { owner: repo.owner, repo: repo.name, ...params })
  };
}
function graphqlFailure(e) {
  if (typeof e !== "object" || e === null || !("errors" in e) || !Array.isArray(e.errors)) return void 0;
  const data = "data" in e && typeof e.data === "object" && e.data !== null ? e.data : {};
  return { errors: e.errors, data };
}
async function graphqlTolerating(call, tolerated) {
  try {
    return { data: await call, errors: [] };
  } catch (e) {
    const failure = graphqlFailure(e);
    if (!failure) throw e;
    if (!failure.errors.every((x) => x.path !== void 0 && tolerated(x.path))) throw e;
    return { data: failure.data, errors: failure.errors };
  }
}
function isConflict(err) {
  return err.type === "STALE_DATA" || /already exists|expected branch to point to|pull and try again|is at .* but expected|reference update failed/i.test(
    err.message
  );
}
function httpStatus(e) {
  return typeof e === "object" && e !== null && "status" in e && typeof e.status === "number" ? e.status : void 0;
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
function objectFiles(path, node, into) {
  if (typeof node !== "object" || node === null) return;
  const o = node;
  if (typeof o.text === "string" && o.isBinary !== true) into.set(path, o.text);
  for (const e of o.entries ?? []) {
    if (e.type === "blob" && typeof e.object?.text === "string" && !e.object.isBinary)
      into.set(e.path, e.object.text);
  }
}
function blobText(node) {
  const text = node?.text;
  return typeof text === "string" ? text : void 0;
}
var MAX_PAGES = 100;

// src/core/repo-role.ts
var KNOWN = ["admin", "maintain", "write", "triage", "read"];
function repoRoleOf(names) {
  for (const n of names) {
    const lower = n?.toLowerCase();
    const known = KNOWN.find((k) => k === lower);
    if (known) return known;
  }
  return "none";
}

// src/adapters/github/command-queries.ts
var READ_COMMAND = (
  /* GraphQL */
  `
  query RolloutRead(
    $owner: String!
    $name: String!
    $commentId: ID!
    $config: String!
    $login: String!
    $withRole: Boolean!
    $guess: String!
    $withGuess: Boolean!
  ) {
    comment: node(id: $commentId) {
      ... on IssueComment {
        pullRequest {
          id
          number
        }
        reactionGroups {
          content
          viewerHasReacted
        }
      }
    }
    repository(owner: $owner, name: $name) {
      id
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
      guess: object(expression: $guess) @include(if: $withGuess) {
        ... on Blob {
          text
        }
      }
      collaborators(login: $login, first: 1) @include(if: $withRole) {
        edges {
          permission
          node {
            login
          }
        }
      }
    }
  }
`
);

// src/adapters/github/command.ts
function viewerAcked(comment) {
  const groups = comment?.reactionGroups;
  return (groups ?? []).some((g) => g.content === "EYES" && g.viewerHasReacted);
}
function commandReads(c) {
  const role = async (login) => {
    try {
      const r = await c.rest("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
        username: login
      });
      const d = r.data;
      return repoRoleOf([d.role_name, d.permission]);
    } catch (e) {
      if (httpStatus(e) === 404) return "none";
      throw e;
    }
  };
  return {
    async readCommand(params) {
      const guess = params.guess;
      const { data } = await graphqlTolerating(
        c.octokit.graphql(READ_COMMAND, {
          owner: c.repo.owner,
          name: c.repo.name,
          commentId: params.commentNodeId,
          config: `${params.defaultBranch}:${params.configPath}`,
          login: params.login ?? "",
          withRole: params.login !== void 0,
          guess: guess === void 0 ? "" : `${params.defaultBranch}:${guess}`,
          withGuess: guess !== void 0
        }),
        // A token that may not list collaborators gets a null there, not a failed command.
        (path) => path[0] === "repository" && path[1] === "collaborators"
      );
      const r = data.repository;
      const branch = r.defaultBranchRef;
      if (!branch) throw new Error(`${c.repo.owner}/${c.repo.name} has no default branch`);
      const guessed = blobText(r.guess);
      const login = params.login;
      const edge = r.collaborators?.edges.find((e) => e.node.login.toLowerCase() === login?.toLowerCase());
      const commenterRole = login === void 0 ? "none" : edge ? repoRoleOf([edge.permission]) : await role(login);
      return {
        repositoryId: r.id,
        url: r.url,
        defaultBranch: branch.name,
        defaultHeadOid: branch.target.oid,
        configText: blobText(r.config),
        pullRequest: data.comment?.pullRequest ?? void 0,
        answered: viewerAcked(data.comment),
        role: commenterRole,
        guessed: new Map(guess !== void 0 && guessed !== void 0 ? [[guess, guessed]] : [])
      };
    },
    async isTeamMember(params) {
      try {
        const r = await c.octokit.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
          org: params.org,
          team_slug: params.slug,
          username: params.login
        });
        return r.data.state === "active";
      } catch (e) {
        if (httpStatus(e) === 404) return false;
        throw e;
      }
    }
  };
}

// src/adapters/github/comment-queries.ts
var REPLY_OR_EDIT = `
    addComment(input: { subjectId: $replyTo, body: $reply }) @skip(if: $edit) {
      commentEdge {
        node {
          id
          url
        }
      }
    }
    updateIssueComment(input: { id: $replyId, body: $reply }) @include(if: $edit) {
      issueComment {
        id
      }
    }`;
var REPLY = (
  /* GraphQL */
  `
  mutation RolloutReply(
    $replyTo: ID!
    $reply: String!
    $commentId: ID!
    $withAck: Boolean!
    $edit: Boolean!
    $replyId: ID!
  ) {
${REPLY_OR_EDIT}
    addReaction(input: { subjectId: $commentId, content: EYES }) @include(if: $withAck) {
      clientMutationId
    }
  }
`
);
var EDIT_COMMENT = (
  /* GraphQL */
  `
  mutation RolloutEditReply($id: ID!, $body: String!) {
    updateIssueComment(input: { id: $id, body: $body }) {
      issueComment {
        id
      }
    }
  }
`
);

// src/adapters/github/comments.ts
function normalizeBody(body) {
  return body.replace(/\r\n/g, "\n").trim();
}
function comments(c) {
  const findComment = async (issueNumber, match) => {
    for (let page = 1; page <= 10; page++) {
      const r = await c.rest("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        issue_number: issueNumber,
        per_page: 100,
        page
      });
      const list = r.data;
      const found = list.find((x) => typeof x.body === "string" && match(x.body));
      if (found) return found;
      if (list.length < 100) return void 0;
    }
    return void 0;
  };
  const postComment = (params) => c.rest("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    issue_number: params.issueNumber,
    body: params.body
  });
  return {
    async reply(params) {
      await c.octokit.graphql(REPLY, {
        replyTo: params.replyTo,
        reply: params.body,
        commentId: params.commentNodeId ?? "",
        withAck: params.commentNodeId !== void 0,
        edit: params.editReplyId !== void 0,
        replyId: params.editReplyId ?? ""
      });
    },
    async comment(params) {
      const want = normalizeBody(params.body);
      if (await findComment(params.issueNumber, (body) => normalizeBody(body) === want)) return "exists";
      await postComment(params);
      return "created";
    },
    async upsertStickyComment(params) {
      const mine = await findComment(params.issueNumber, (body) => body.startsWith(params.marker));
      if (mine) {
        await c.rest("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
          comment_id: mine.id,
          body: params.body
        });
        return "updated";
      }
      await postComment(params);
      return "created";
    }
  };
}

// src/adapters/github/rollout-queries.ts
var OBJECT_FIELDS = (
  /* GraphQL */
  `
        ... on Blob {
          text
          isBinary
        }
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
        }`
);
var objectAlias = (i) => `o${i}`;
var userAlias = (i) => `u${i}`;
var teamAlias = (i) => `t${i}`;
function readServiceQuery(counts) {
  const range = (n) => Array.from({ length: n }, (_, i) => i);
  const vars = [
    ...range(counts.objects).map((i) => `$${objectAlias(i)}: String!`),
    ...range(counts.users).map((i) => `$${userAlias(i)}: String!`),
    ...range(counts.teams).flatMap((i) => [`$${teamAlias(i)}org: String!`, `$${teamAlias(i)}slug: String!`])
  ];
  const objects = range(counts.objects).map(
    (i) => `      ${objectAlias(i)}: object(expression: $${objectAlias(i)}) {${OBJECT_FIELDS}
      }`
  );
  const users = range(counts.users).map(
    (i) => `    ${userAlias(i)}: user(login: $${userAlias(i)}) {
      id
    }`
  );
  const teams = range(counts.teams).map(
    (i) => `    ${teamAlias(i)}: organization(login: $${teamAlias(i)}org) {
      team(slug: $${teamAlias(i)}slug) {
        id
      }
    }`
  );
  return (
    /* GraphQL */
    `
  query RolloutReadService(
    $owner: String!
    $name: String!
    $rolloutRef: String!
    $commentId: ID!${vars.map((v) => `
    ${v}`).join("")}
  ) {
    comment: node(id: $commentId) {
      ... on IssueComment {
        reactionGroups {
          content
          viewerHasReacted
        }
      }
    }
    repository(owner: $owner, name: $name) {
      ref(qualifiedName: $rolloutRef) {
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
${objects.join("\n")}
      label(name: "rollout") {
        id
      }
    }
${[...users, ...teams].join("\n")}
  }
`
  );
}
function readFilesQuery(objects) {
  const range = Array.from({ length: objects }, (_, i) => i);
  return (
    /* GraphQL */
    `
  query RolloutReadFiles(
    $owner: String!
    $name: String!${range.map((i) => `
    $${objectAlias(i)}: String!`).join("")}
  ) {
    repository(owner: $owner, name: $name) {
${range.map((i) => `      ${objectAlias(i)}: object(expression: $${objectAlias(i)}) {${OBJECT_FIELDS}
      }`).join("\n")}
    }
  }
`
  );
}
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
    $commentId: ID!
    $edit: Boolean!
    $replyId: ID!
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
${REPLY_OR_EDIT}
    addReaction(input: { subjectId: $commentId, content: EYES }) {
      clientMutationId
    }
  }
`
);
var FINISH_NEW_PR = (
  /* GraphQL */
  `
  mutation RolloutFinish(
    $pullRequestId: ID!
    $labelIds: [ID!]!
    $withLabel: Boolean!
    $userIds: [ID!]!
    $teamIds: [ID!]!
    $withReviewers: Boolean!
    $replyTo: ID!
    $reply: String!
    $commentId: ID!
    $edit: Boolean!
    $replyId: ID!
  ) {
    addLabelsToLabelable(input: { labelableId: $pullRequestId, labelIds: $labelIds }) @include(if: $withLabel) {
      clientMutationId
    }
    requestReviews(input: { pullRequestId: $pullRequestId, userIds: $userIds, teamIds: $teamIds, union: true })
      @include(if: $withReviewers) {
      clientMutationId
    }
${REPLY_OR_EDIT}
    addReaction(input: { subjectId: $commentId, content: EYES }) {
      clientMutationId
    }
  }
`
);
var REQUEST_REVIEW = (
  /* GraphQL */
  `
  mutation RolloutRequestReview($pullRequestId: ID!, $userIds: [ID!]!, $teamIds: [ID!]!) {
    requestReviews(input: { pullRequestId: $pullRequestId, userIds: $userIds, teamIds: $teamIds, union: true }) {
      clientMutationId
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

// src/adapters/github/contents.ts
function contents(c) {
  return {
    async readFile(params) {
      try {
        const r = await c.rest("GET /repos/{owner}/{repo}/contents/{+path}", {
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
    async blobPaths(ref) {
      const tree = await c.rest("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
        tree_sha: ref,
        recursive: "1"
      });
      const entries = tree.data.tree ?? [];
      return entries.filter((e) => e.type === "blob").map((e) => e.path);
    },
    async readFiles(params) {
      const out = /* @__PURE__ */ new Map();
      const paths = [.../* @__PURE__ */ new Set([...params.files, ...params.folders])];
      if (paths.length === 0) return out;
      const vars = { owner: c.repo.owner, name: c.repo.name };
      paths.forEach((path, i) => {
        vars[objectAlias(i)] = `${params.ref}:${path}`;
      });
      const data = await c.octokit.graphql(readFilesQuery(paths.length), vars);
      paths.forEach((path, i) => {
        objectFiles(path, data.repository[objectAlias(i)], out);
      });
      return out;
    }
  };
}

// src/adapters/github/deployments.ts
var DEPLOYMENT_DESCRIPTION_LIMIT = 140;
function cut(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function deployments(c) {
  return {
    /** A GitHub Deployment of `ref` to `environment`; its id. Never merges, never waits on checks. */
    async createDeployment(params) {
      const r = await c.rest("POST /repos/{owner}/{repo}/deployments", {
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
      await c.rest("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        deployment_id: params.id,
        state: params.state,
        description: cut(params.description, DEPLOYMENT_DESCRIPTION_LIMIT),
        ...params.environmentUrl ? { environment_url: params.environmentUrl } : {},
        ...params.logUrl ? { log_url: params.logUrl } : {}
      });
    }
  };
}

// src/adapters/github/pulls.ts
function pulls(c) {
  return {
    async prFiles(prNumber) {
      const out = [];
      for (let page = 1; page <= 30; page++) {
        const r = await c.rest("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
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
    async commitMessages(prNumber) {
      const r = await c.rest("GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", {
        pull_number: prNumber,
        per_page: 100
      });
      return r.data.map((x) => x.commit?.message ?? "");
    },
    async parentOf(sha) {
      const r = await c.rest("GET /repos/{owner}/{repo}/commits/{ref}", { ref: sha });
      return r.data.parents?.[0]?.sha;
    },
    async pullRequestsOfCommit(sha) {
      let prs;
      try {
        const r = await c.rest("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { commit_sha: sha });
        prs = r.data;
      } catch (e) {
        const status = httpStatus(e);
        if (status === 404 || status === 422) return [];
        throw e;
      }
      return prs.map((pr) => ({
        number: pr.number,
        url: pr.html_url,
        author: pr.user?.login ?? "ghost",
        merged: Boolean(pr.merged_at),
        mergeCommitSha: pr.merge_commit_sha ?? void 0,
        headRef: pr.head.ref,
        headSha: pr.head.sha,
        baseRef: pr.base.ref
      }));
    },
    async reviews(prNumber) {
      const out = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const r = await c.rest("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
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
    async teamMembers(params) {
      const out = [];
      try {
        for (let page = 1; page <= MAX_PAGES; page++) {
          const r = await c.octokit.request("GET /orgs/{org}/teams/{team_slug}/members", {
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
    }
  };
}

// src/adapters/github/rollouts.ts
var FINISH_EXTRAS = /* @__PURE__ */ new Set(["requestReviews", "addLabelsToLabelable", "addReaction"]);
var replyVars = (editReplyId) => ({
  edit: editReplyId !== void 0,
  replyId: editReplyId ?? ""
});
function postedReply(data, editReplyId) {
  if (editReplyId !== void 0) return editReplyId;
  const added = data.addComment;
  return added?.commentEdge?.node?.id ?? void 0;
}
var refusedNote = (refused) => `Could not request a review from ${refused.map((r) => `\`${r}\``).join(", ")} (GitHub refused it). Check that policy.reviewers names people, or teams as \`org/team\`, with access to this repository.`;
function rollouts(c) {
  const { octokit, repo } = c;
  const nameWithOwner = `${repo.owner}/${repo.name}`;
  const createOrReset = async (params) => {
    try {
      const data = await (params.leftoverRefId ? octokit.graphql(RESET_ROLLOUT, { ...params.vars, refId: params.leftoverRefId }) : octokit.graphql(CREATE_ROLLOUT, { ...params.vars, refName: `refs/heads/${params.branch}` }));
      return { ok: true, pr: data.createPullRequest.pullRequest };
    } catch (e) {
      const failure = graphqlFailure(e);
      if (!failure) throw e;
      const pr = failure.data.createPullRequest?.pullRequest;
      if (pr && failure.data.createCommitOnBranch) return { ok: true, pr };
      const conflict = failure.errors.find(isConflict);
      if (conflict) return { ok: false, conflict: conflict.message, failure: e };
      const created = failure.data.createRef?.ref?.id;
      if (created) await octokit.graphql(DELETE_REF, { refId: created });
      return { ok: false, error: e };
    }
  };
  return {
    async readService(params) {
      const branch = `rollout/${params.service}`;
      const known = new Set(params.knownOnDefault);
      const wanted = [...params.files.files, ...params.files.folders];
      const objects = [
        ...wanted.filter((p) => !known.has(p)).map((path) => ({ path, ref: params.defaultBranch })),
        ...wanted.map((path) => ({ path, ref: branch }))
      ];
      const { users, teams } = params.reviewers;
      const vars = {
        owner: repo.owner,
        name: repo.name,
        rolloutRef: `refs/heads/${branch}`,
        commentId: params.commentNodeId
      };
      objects.forEach((o, i) => {
        vars[objectAlias(i)] = `${o.ref}:${o.path}`;
      });
      users.forEach((u, i) => {
        vars[userAlias(i)] = u;
      });
      teams.forEach((t, i) => {
        vars[`${teamAlias(i)}org`] = t.org;
        vars[`${teamAlias(i)}slug`] = t.slug;
      });
      const reviewerAliases = /* @__PURE__ */ new Set([
        ...users.map((_, i) => userAlias(i)),
        ...teams.map((_, i) => teamAlias(i))
      ]);
      const { data } = await graphqlTolerating(
        octokit.graphql(
          readServiceQuery({ objects: objects.length, users: users.length, teams: teams.length }),
          vars
        ),
        // An unknown user or team answers null with an error: no id, so it is named as refused.
        (path) => typeof path[0] === "string" && reviewerAliases.has(path[0])
      );
      const r = data.repository;
      const defaultFiles = /* @__PURE__ */ new Map();
      const branchFiles = /* @__PURE__ */ new Map();
      objects.forEach((o, i) => {
        objectFiles(o.path, r[objectAlias(i)], o.ref === branch ? branchFiles : defaultFiles);
      });
      const userIds = /* @__PURE__ */ new Map();
      users.forEach((u, i) => {
        const id = data[userAlias(i)]?.id;
        if (id) userIds.set(u, id);
      });
      const teamIds = /* @__PURE__ */ new Map();
      teams.forEach((t, i) => {
        const id = data[teamAlias(i)]?.team?.id;
        if (id) teamIds.set(`${t.org}/${t.slug}`, id);
      });
      const pr = r.ref?.associatedPullRequests.nodes.find((p) => p.baseRefName === params.defaultBranch);
      return {
        rolloutRef: r.ref ? { id: r.ref.id, headOid: r.ref.target.oid } : void 0,
        openPr: pr ? { id: pr.id, number: pr.number, url: pr.url } : void 0,
        defaultFiles,
        branchFiles,
        labelId: r.label?.id,
        reviewerIds: { users: userIds, teams: teamIds },
        answered: viewerAcked(data.comment)
      };
    },
    async openRollout(params) {
      const branch = `rollout/${params.service}`;
      const w = await createOrReset({
        leftoverRefId: params.leftoverRefId,
        branch,
        vars: {
          repositoryId: params.repositoryId,
          baseOid: params.baseOid,
          branch: { repositoryNameWithOwner: nameWithOwner, branchName: branch },
          message: { headline: params.commit.headline, body: params.commit.body },
          fileChanges: fileChanges(params.commit.changes),
          baseRefName: params.defaultBranch,
          headRefName: branch,
          title: params.title,
          body: params.body
        }
      });
      if (w.ok) return w;
      if ("conflict" in w) return { ok: false, reason: "conflict", message: w.conflict };
      throw w.error;
    },
    async updateRollout(params) {
      try {
        await octokit.graphql(UPDATE_ROLLOUT, {
          branch: { repositoryNameWithOwner: nameWithOwner, branchName: `rollout/${params.service}` },
          message: { headline: params.commit.headline, body: params.commit.body },
          fileChanges: fileChanges(params.commit.changes),
          expectedHeadOid: params.expectedHeadOid,
          pullRequestId: params.pr.id,
          title: params.title,
          body: params.body,
          replyTo: params.replyTo,
          reply: params.reply,
          commentId: params.commentNodeId,
          ...replyVars(params.editReplyId)
        });
        return { ok: true, pr: params.pr };
      } catch (e) {
        const failure = graphqlFailure(e);
        if (!failure) throw e;
        const replyId = postedReply(failure.data, params.editReplyId);
        const conflict = failure.errors.find(isConflict);
        if (conflict && !failure.data.createCommitOnBranch) {
          return {
            ok: false,
            reason: "conflict",
            message: conflict.message,
            ...replyId ? { replyId } : {}
          };
        }
        if (!replyId) throw e;
        return {
          ok: false,
          reason: "failed",
          message: failure.errors.map((x) => x.message).join("; "),
          replyId
        };
      }
    },
    async finishNewPr(params) {
      const { reviewers, reviewerIds } = params;
      const asked = [
        ...reviewers.users.map((u) => ({ label: u, user: reviewerIds.users.get(u), team: void 0 })),
        ...reviewers.teams.map((t) => {
          const label2 = `${t.org}/${t.slug}`;
          return { label: label2, user: void 0, team: reviewerIds.teams.get(label2) };
        })
      ];
      const unknown = asked.filter((a) => a.user === void 0 && a.team === void 0).map((a) => a.label);
      const known = asked.filter((a) => a.user !== void 0 || a.team !== void 0);
      const idsOf = (list) => ({
        userIds: list.flatMap((a) => a.user ? [a.user] : []),
        teamIds: list.flatMap((a) => a.team ? [a.team] : [])
      });
      const body = (refused2) => params.reply(refused2.length > 0 ? [refusedNote(refused2)] : []);
      const finish = octokit.graphql(FINISH_NEW_PR, {
        pullRequestId: params.pr.id,
        labelIds: params.labelId ? [params.labelId] : [],
        withLabel: params.labelId !== void 0,
        ...idsOf(known),
        withReviewers: known.length > 0,
        replyTo: params.replyTo,
        reply: body(unknown),
        commentId: params.commentNodeId,
        ...replyVars(params.editReplyId)
      });
      const label = params.labelId ? void 0 : c.rest("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
        issue_number: params.pr.number,
        labels: ["rollout"]
      });
      const [finished] = await Promise.all([
        graphqlTolerating(finish, (path) => FINISH_EXTRAS.has(String(path[0]))),
        label
      ]);
      if (finished.errors.length === 0) return;
      const failedAt = (field) => finished.errors.filter((e) => e.path?.[0] === field);
      const replyId = postedReply(finished.data, params.editReplyId);
      if (!replyId)
        throw new Error(
          `GitHub refused to finish PR #${params.pr.number}: ${finished.errors.map((e) => e.message).join("; ")}`
        );
      let refused = [...unknown];
      if (failedAt("requestReviews").length > 0) {
        const answers = await Promise.all(
          known.map(
            (a) => octokit.graphql(REQUEST_REVIEW, { pullRequestId: params.pr.id, ...idsOf([a]) }).then(
              () => true,
              (e) => {
                if (!graphqlFailure(e) && httpStatus(e) !== 422) throw e;
                return false;
              }
            )
          )
        );
        refused = [...unknown, ...known.filter((_, i) => !answers[i]).map((a) => a.label)];
      }
      const labelRefused = failedAt("addLabelsToLabelable")[0];
      const notes = [
        ...refused.length > 0 ? [refusedNote(refused)] : [],
        ...labelRefused ? [
          `Could not add the \`rollout\` label to #${params.pr.number} (GitHub: ${labelRefused.message}); add it by hand if you filter on it.`
        ] : []
      ];
      if (refused.length > unknown.length || labelRefused)
        await octokit.graphql(EDIT_COMMENT, { id: replyId, body: params.reply(notes) });
    },
    async openRolloutPrs() {
      const data = await octokit.graphql(READ_ROLLOUT_PRS, { owner: repo.owner, name: repo.name });
      const out = /* @__PURE__ */ new Map();
      for (const ref of data.repository.refs.nodes) {
        const pr = ref.associatedPullRequests.nodes[0];
        if (pr) out.set(ref.name.replace(/^rollout\//, ""), pr);
      }
      return out;
    },
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
      const w = await createOrReset({
        leftoverRefId: found.refId,
        branch,
        vars: {
          repositoryId: found.repositoryId,
          baseOid: params.baseOid,
          branch: { repositoryNameWithOwner: nameWithOwner, branchName: branch },
          message: { headline: params.title },
          fileChanges: fileChanges(params.files),
          baseRefName: params.defaultBranch,
          headRefName: branch,
          title: params.title,
          body: params.body
        }
      });
      if (w.ok) return { number: w.pr.number, url: w.pr.url, created: true };
      if ("conflict" in w) {
        const again = await read();
        if (again.open) return { number: again.open.number, url: again.open.url, created: false };
        throw w.failure;
      }
      throw w.error;
    }
  };
}

// src/adapters/github/index.ts
function githubAdapter(octokit, repo) {
  const c = repoClient(octokit, repo);
  return {
    ...commandReads(c),
    ...rollouts(c),
    ...comments(c),
    ...checks(c),
    ...contents(c),
    ...pulls(c),
    ...deployments(c)
  };
}

export {
  githubAdapter
};
