/** The first read of a command, and the commenter's access (GraphQL; REST only when GraphQL cannot say). */
import type { RepoRole } from "../../core/chatops.js";
import type { CommandRead, GitHubRolloutsPort } from "../../core/ports.js";
import { repoRoleOf } from "../../core/repo-role.js";
import { blobText, graphqlTolerating, httpStatus, type RepoClient } from "./client.js";
import { READ_COMMAND } from "./command-queries.js";

interface ReactionGroup {
  readonly content: string;
  readonly viewerHasReacted: boolean;
}

/** rollout-bot's own 👀 among a comment's reaction groups. */
export function viewerAcked(comment: unknown): boolean {
  const groups = (comment as { reactionGroups?: ReactionGroup[] | null } | null | undefined)?.reactionGroups;
  return (groups ?? []).some((g) => g.content === "EYES" && g.viewerHasReacted);
}

interface ReadCommandData {
  comment: { pullRequest?: { id: string; number: number } | null; reactionGroups?: ReactionGroup[] } | null;
  repository: {
    id: string;
    url: string;
    defaultBranchRef: { name: string; target: { oid: string } } | null;
    config: { text?: string } | null;
    guess?: { text?: string } | null;
    collaborators?: { edges: { permission: string; node: { login: string } }[] } | null;
  };
}

export function commandReads(c: RepoClient): Pick<GitHubRolloutsPort, "readCommand" | "isTeamMember"> {
  /** The permission API: its answer covers org base permissions and custom roles (by their base). */
  const role = async (login: string): Promise<RepoRole> => {
    try {
      const r = await c.rest("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
        username: login,
      });
      const d = r.data as { role_name?: string; permission?: string };
      return repoRoleOf([d.role_name, d.permission]);
    } catch (e) {
      if (httpStatus(e) === 404) return "none";
      throw e;
    }
  };

  return {
    async readCommand(params): Promise<CommandRead> {
      const guess = params.guess;
      const { data } = await graphqlTolerating<ReadCommandData>(
        c.octokit.graphql(READ_COMMAND, {
          owner: c.repo.owner,
          name: c.repo.name,
          commentId: params.commentNodeId,
          config: `${params.defaultBranch}:${params.configPath}`,
          login: params.login ?? "",
          withRole: params.login !== undefined,
          guess: guess === undefined ? "" : `${params.defaultBranch}:${guess}`,
          withGuess: guess !== undefined,
        }),
        // A token that may not list collaborators gets a null there, not a failed command.
        (path) => path[0] === "repository" && path[1] === "collaborators",
      );
      const r = data.repository;
      const branch = r.defaultBranchRef;
      if (!branch) throw new Error(`${c.repo.owner}/${c.repo.name} has no default branch`);
      const guessed = blobText(r.guess);
      const login = params.login;
      const edge = r.collaborators?.edges.find((e) => e.node.login.toLowerCase() === login?.toLowerCase());
      // No edge (no access to the list, or access through the organization only): the REST
      // permission API answers; it costs a request only then.
      const commenterRole: RepoRole =
        login === undefined ? "none" : edge ? repoRoleOf([edge.permission]) : await role(login);
      return {
        repositoryId: r.id,
        url: r.url,
        defaultBranch: branch.name,
        defaultHeadOid: branch.target.oid,
        configText: blobText(r.config),
        pullRequest: data.comment?.pullRequest ?? undefined,
        answered: viewerAcked(data.comment),
        role: commenterRole,
        guessed: new Map(guess !== undefined && guessed !== undefined ? [[guess, guessed]] : []),
      };
    },

    async isTeamMember(params) {
      try {
        const r = await c.octokit.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
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
  };
}
