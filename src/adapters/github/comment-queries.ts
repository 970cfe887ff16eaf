/** GraphQL for answering a comment (static text: test/adapters/github-queries.test.ts validates it). */

/** Answer the commenter (refusals, status, help) and, when `$withAck`, put 👀 on the comment answered. */
export const REPLY = /* GraphQL */ `
  mutation RolloutReply($replyTo: ID!, $reply: String!, $commentId: ID!, $withAck: Boolean!) {
    addComment(input: { subjectId: $replyTo, body: $reply }) {
      commentEdge {
        node {
          url
        }
      }
    }
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
