/** GraphQL for the first read of every command (static text: test/adapters/github-queries.test.ts validates it). */

/**
 * Everything a command needs first, in one request: the comment (its PR, and whether rollout-bot's
 * 👀 is on it already), the repository and rollout.yaml on the default branch, and the commenter's
 * permission (the collaborator edge of exactly `$login`; base permission, as custom roles map to),
 * and `$guess`: where an `include:` repository would keep the named service's file, read before
 * rollout.yaml says whether it has one (null when not there), so a command on one service of a
 * big repository still costs one read before the service read.
 */
export const READ_COMMAND = /* GraphQL */ `
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
`;
