/** GraphQL for answering a comment (static text: test/adapters/github-queries.test.ts validates it). */

/**
 * The reply, as root fields of a mutation taking `$replyTo`, `$reply`, `$edit` and `$replyId`: a
 * new comment, or with `$edit` the reply an earlier attempt of the same command posted, rewritten.
 * GitHub runs a document's later fields after a failed one, so an attempt that lost a race may
 * have posted its reply anyway; rewriting it keeps the command at one reply.
 */
export const REPLY_OR_EDIT = `
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

/** Answer the commenter (refusals, status, help) and, when `$withAck`, put 👀 on the comment answered. */
export const REPLY = /* GraphQL */ `
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
`;

/** Rewrites a reply rollout-bot posted (to name reviewers GitHub refused after the reply went out). */
export const EDIT_COMMENT = /* GraphQL */ `
  mutation RolloutEditReply($id: ID!, $body: String!) {
    updateIssueComment(input: { id: $id, body: $body }) {
      issueComment {
        id
      }
    }
  }
`;
