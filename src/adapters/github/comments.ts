/** Comments on issues and PRs: replies (GraphQL, with the 👀), and REST comments found by their text. */
import type { GitHubCommentsPort } from "../../core/ports.js";
import type { RepoClient } from "./client.js";
import { REPLY } from "./comment-queries.js";

function normalizeBody(body: string): string {
  return body.replace(/\r\n/g, "\n").trim();
}

export function comments(c: RepoClient): GitHubCommentsPort {
  /** The first comment on an issue or PR whose body matches (up to 1,000 comments). */
  const findComment = async (issueNumber: number, match: (body: string) => boolean) => {
    for (let page = 1; page <= 10; page++) {
      const r = await c.rest("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        issue_number: issueNumber,
        per_page: 100,
        page,
      });
      const list = r.data as { id: number; body?: string | null }[];
      const found = list.find((x) => typeof x.body === "string" && match(x.body));
      if (found) return found;
      if (list.length < 100) return undefined;
    }
    return undefined;
  };

  const postComment = (params: { issueNumber: number; body: string }) =>
    c.rest("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      issue_number: params.issueNumber,
      body: params.body,
    });

  return {
    async reply(params) {
      await c.octokit.graphql(REPLY, {
        replyTo: params.replyTo,
        reply: params.body,
        commentId: params.commentNodeId ?? "",
        withAck: params.commentNodeId !== undefined,
        edit: params.editReplyId !== undefined,
        replyId: params.editReplyId ?? "",
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
          body: params.body,
        });
        return "updated";
      }
      await postComment(params);
      return "created";
    },
  };
}
