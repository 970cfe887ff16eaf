/** Rollout branches and PRs: the service read, the writes that open or update a rollout PR, revert PRs. */
import type { GitHubRolloutsPort, OpenPr, RolloutPr, ServiceRead } from "../../core/ports.js";
import {
  fileChanges,
  graphqlFailure,
  graphqlTolerating,
  httpStatus,
  isConflict,
  objectFiles,
  type RepoClient,
} from "./client.js";
import { viewerAcked } from "./command.js";
import { EDIT_COMMENT } from "./comment-queries.js";
import {
  CREATE_ROLLOUT,
  DELETE_REF,
  FINISH_NEW_PR,
  objectAlias,
  READ_BRANCH,
  READ_ROLLOUT_PRS,
  REQUEST_REVIEW,
  RESET_ROLLOUT,
  readServiceQuery,
  teamAlias,
  UPDATE_ROLLOUT,
  userAlias,
} from "./rollout-queries.js";

type OpenPrNode = OpenPr & { baseRefName: string };

/** The finishing request's fields whose refusal is said in the reply, not a failed command. */
const FINISH_EXTRAS = new Set(["requestReviews", "addLabelsToLabelable", "addReaction"]);
/** The answer to readServiceQuery, with its aliases. */
interface ReadServiceData {
  comment: unknown;
  repository: {
    ref: { id: string; target: { oid: string }; associatedPullRequests: { nodes: OpenPrNode[] } } | null;
    label: { id: string } | null;
    [alias: string]: unknown;
  };
  [alias: string]: unknown;
}

/** REPLY_OR_EDIT's variables: a new reply, or the one an earlier attempt posted rewritten. */
const replyVars = (editReplyId: string | undefined) => ({
  edit: editReplyId !== undefined,
  replyId: editReplyId ?? "",
});

/** The reply REPLY_OR_EDIT's fields left in an answer (or partial answer), by node id. */
function postedReply(data: Record<string, unknown>, editReplyId: string | undefined): string | undefined {
  if (editReplyId !== undefined) return editReplyId;
  const added = data.addComment as
    | { commentEdge?: { node?: { id?: string } | null } | null }
    | null
    | undefined;
  return added?.commentEdge?.node?.id ?? undefined;
}

/** A requestReviews refusal: the reviewers' names for the reply. */
const refusedNote = (refused: readonly string[]) =>
  `Could not request a review from ${refused.map((r) => `\`${r}\``).join(", ")} (GitHub refused it). Check that policy.reviewers names people, or teams as \`org/team\`, with access to this repository.`;

export function rollouts(c: RepoClient): Omit<GitHubRolloutsPort, "readCommand" | "isTeamMember"> {
  const { octokit, repo } = c;
  const nameWithOwner = `${repo.owner}/${repo.name}`;

  /** Commit + PR on a new or reset branch; a branch this call created is removed on a later failure. */
  const createOrReset = async (params: {
    leftoverRefId: string | undefined;
    vars: Record<string, unknown>;
    branch: string;
  }): Promise<
    | { ok: true; pr: OpenPr }
    | { ok: false; conflict: string; failure: unknown }
    | { ok: false; error: unknown }
  > => {
    try {
      const data = (await (params.leftoverRefId
        ? octokit.graphql(RESET_ROLLOUT, { ...params.vars, refId: params.leftoverRefId })
        : octokit.graphql(CREATE_ROLLOUT, { ...params.vars, refName: `refs/heads/${params.branch}` }))) as {
        createPullRequest: { pullRequest: OpenPr };
      };
      return { ok: true, pr: data.createPullRequest.pullRequest };
    } catch (e) {
      const failure = graphqlFailure(e);
      if (!failure) throw e;
      // GitHub runs every field: a createRef that lost to another writer's createRef is harmless
      // when this commit (on the base, by expectedHeadOid) and this PR still went through.
      const pr = (failure.data.createPullRequest as { pullRequest?: OpenPr | null } | null | undefined)
        ?.pullRequest;
      if (pr && failure.data.createCommitOnBranch) return { ok: true, pr };
      const conflict = failure.errors.find(isConflict);
      if (conflict) return { ok: false, conflict: conflict.message, failure: e };
      const created = (failure.data.createRef as { ref?: { id?: string } } | null | undefined)?.ref?.id;
      if (created) await octokit.graphql(DELETE_REF, { refId: created });
      return { ok: false, error: e };
    }
  };

  return {
    async readService(params): Promise<ServiceRead> {
      const branch = `rollout/${params.service}`;
      const known = new Set(params.knownOnDefault);
      const wanted = [...params.files.files, ...params.files.folders];
      // Every path on the rollout branch; on the default branch only what the first read did not bring.
      const objects = [
        ...wanted.filter((p) => !known.has(p)).map((path) => ({ path, ref: params.defaultBranch })),
        ...wanted.map((path) => ({ path, ref: branch })),
      ];
      const { users, teams } = params.reviewers;
      const vars: Record<string, unknown> = {
        owner: repo.owner,
        name: repo.name,
        rolloutRef: `refs/heads/${branch}`,
        commentId: params.commentNodeId,
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
      const reviewerAliases = new Set([
        ...users.map((_, i) => userAlias(i)),
        ...teams.map((_, i) => teamAlias(i)),
      ]);
      const { data } = await graphqlTolerating<ReadServiceData>(
        octokit.graphql(
          readServiceQuery({ objects: objects.length, users: users.length, teams: teams.length }),
          vars,
        ),
        // An unknown user or team answers null with an error: no id, so it is named as refused.
        (path) => typeof path[0] === "string" && reviewerAliases.has(path[0]),
      );
      const r = data.repository;
      const defaultFiles = new Map<string, string>();
      const branchFiles = new Map<string, string>();
      objects.forEach((o, i) => {
        objectFiles(o.path, r[objectAlias(i)], o.ref === branch ? branchFiles : defaultFiles);
      });
      const userIds = new Map<string, string>();
      users.forEach((u, i) => {
        const id = (data[userAlias(i)] as { id?: string } | null | undefined)?.id;
        if (id) userIds.set(u, id);
      });
      const teamIds = new Map<string, string>();
      teams.forEach((t, i) => {
        const id = (data[teamAlias(i)] as { team?: { id?: string } | null } | null | undefined)?.team?.id;
        if (id) teamIds.set(`${t.org}/${t.slug}`, id);
      });
      const pr = r.ref?.associatedPullRequests.nodes.find((p) => p.baseRefName === params.defaultBranch);
      return {
        rolloutRef: r.ref ? { id: r.ref.id, headOid: r.ref.target.oid } : undefined,
        openPr: pr ? { id: pr.id, number: pr.number, url: pr.url } : undefined,
        defaultFiles,
        branchFiles,
        labelId: r.label?.id,
        reviewerIds: { users: userIds, teams: teamIds },
        answered: viewerAcked(data.comment),
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
          body: params.body,
        },
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
          ...replyVars(params.editReplyId),
        });
        return { ok: true, pr: params.pr };
      } catch (e) {
        const failure = graphqlFailure(e);
        if (!failure) throw e;
        // GitHub ran the fields after the failed one: the reply may be out, saying "done" for a
        // commit that did not happen. Its id goes back so the next answer rewrites it.
        const replyId = postedReply(failure.data, params.editReplyId);
        const conflict = failure.errors.find(isConflict);
        if (conflict && !failure.data.createCommitOnBranch) {
          return {
            ok: false,
            reason: "conflict",
            message: conflict.message,
            ...(replyId ? { replyId } : {}),
          };
        }
        if (!replyId) throw e;
        return {
          ok: false,
          reason: "failed",
          message: failure.errors.map((x) => x.message).join("; "),
          replyId,
        };
      }
    },

    async finishNewPr(params) {
      const { reviewers, reviewerIds } = params;
      // Reviewers GitHub does not know (no id in the read) are named at once; the rest are asked together.
      const asked = [
        ...reviewers.users.map((u) => ({ label: u, user: reviewerIds.users.get(u), team: undefined })),
        ...reviewers.teams.map((t) => {
          const label = `${t.org}/${t.slug}`;
          return { label, user: undefined, team: reviewerIds.teams.get(label) };
        }),
      ];
      const unknown = asked.filter((a) => a.user === undefined && a.team === undefined).map((a) => a.label);
      const known = asked.filter((a) => a.user !== undefined || a.team !== undefined);
      const idsOf = (list: typeof known) => ({
        userIds: list.flatMap((a) => (a.user ? [a.user] : [])),
        teamIds: list.flatMap((a) => (a.team ? [a.team] : [])),
      });
      const body = (refused: readonly string[]) =>
        params.reply(refused.length > 0 ? [refusedNote(refused)] : []);
      const finish = octokit.graphql(FINISH_NEW_PR, {
        pullRequestId: params.pr.id,
        labelIds: params.labelId ? [params.labelId] : [],
        withLabel: params.labelId !== undefined,
        ...idsOf(known),
        withReviewers: known.length > 0,
        replyTo: params.replyTo,
        reply: body(unknown),
        commentId: params.commentNodeId,
        ...replyVars(params.editReplyId),
      });
      // No `rollout` label yet (the repository's first rollout PR): the REST route creates it.
      const label = params.labelId
        ? undefined
        : c.rest("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
            issue_number: params.pr.number,
            labels: ["rollout"],
          });
      // GitHub runs every field of the document: a refused reviewer, label or 👀 does not stop the
      // reply, and the PR exists — so they are said in the reply, never as a failed command.
      const [finished] = await Promise.all([
        graphqlTolerating<Record<string, unknown>>(finish, (path) => FINISH_EXTRAS.has(String(path[0]))),
        label,
      ]);
      if (finished.errors.length === 0) return;
      const failedAt = (field: string) => finished.errors.filter((e) => e.path?.[0] === field);
      const replyId = postedReply(finished.data, params.editReplyId);
      // Without a reply out there is nowhere to say it: the command fails and says so instead.
      if (!replyId)
        throw new Error(
          `GitHub refused to finish PR #${params.pr.number}: ${finished.errors.map((e) => e.message).join("; ")}`,
        );
      let refused = [...unknown];
      if (failedAt("requestReviews").length > 0) {
        // GitHub refused the reviewers together (one without access, the PR's author, …): ask each
        // alone, so the others are still requested, and name the refused in the reply.
        const answers = await Promise.all(
          known.map((a) =>
            octokit.graphql(REQUEST_REVIEW, { pullRequestId: params.pr.id, ...idsOf([a]) }).then(
              () => true,
              (e: unknown) => {
                if (!graphqlFailure(e) && httpStatus(e) !== 422) throw e;
                return false;
              },
            ),
          ),
        );
        refused = [...unknown, ...known.filter((_, i) => !answers[i]).map((a) => a.label)];
      }
      const labelRefused = failedAt("addLabelsToLabelable")[0];
      const notes = [
        ...(refused.length > 0 ? [refusedNote(refused)] : []),
        ...(labelRefused
          ? [
              `Could not add the \`rollout\` label to #${params.pr.number} (GitHub: ${labelRefused.message}); add it by hand if you filter on it.`,
            ]
          : []),
      ];
      // A refused 👀 alone changes nothing the reader needs to know.
      if (refused.length > unknown.length || labelRefused)
        await octokit.graphql(EDIT_COMMENT, { id: replyId, body: params.reply(notes) });
    },

    async openRolloutPrs() {
      const data = (await octokit.graphql(READ_ROLLOUT_PRS, { owner: repo.owner, name: repo.name })) as {
        repository: { refs: { nodes: { name: string; associatedPullRequests: { nodes: RolloutPr[] } }[] } };
      };
      const out = new Map<string, RolloutPr>();
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
        const data = (await octokit.graphql(READ_BRANCH, {
          owner: repo.owner,
          name: repo.name,
          ref: `refs/heads/${branch}`,
        })) as {
          repository: {
            id: string;
            ref: { id: string; associatedPullRequests: { nodes: OpenPrNode[] } } | null;
          };
        };
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
          body: params.body,
        },
      });
      if (w.ok) return { number: w.pr.number, url: w.pr.url, created: true };
      if ("conflict" in w) {
        // A concurrent run made the branch first: its PR is the one.
        const again = await read();
        if (again.open) return { number: again.open.number, url: again.open.url, created: false };
        throw w.failure;
      }
      throw w.error;
    },
  };
}
