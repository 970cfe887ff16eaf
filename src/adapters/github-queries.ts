/**
 * Every GraphQL document rollout-bot sends. Static text with variables, so a test validates each
 * against GitHub's published schema (@octokit/graphql-schema).
 */

/** Acknowledge the comment (👀) and read what every command needs, in one request. */
export const ACK_AND_READ = /* GraphQL */ `
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
`;

const FOLDER_FIELDS = /* GraphQL */ `
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
`;

/**
 * One service's state: its rollout branch and open PR, and its files on both the default branch
 * and the rollout branch (whichever the command builds on), plus the `rollout` label's id.
 */
export const READ_SERVICE = /* GraphQL */ `
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
`;

/** Every open rollout PR, for `/rollout status`. */
export const READ_ROLLOUT_PRS = /* GraphQL */ `
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
`;

/** What creating and resetting a rollout branch share: the commit on it, then its PR (serial). */
const COMMIT_AND_OPEN_PR_VARIABLES = `
    $baseOid: GitObjectID!
    $branch: CommittableBranch!
    $message: CommitMessage!
    $fileChanges: FileChanges!
    $baseRefName: String!
    $headRefName: String!
    $title: String!
    $body: String!`;

const COMMIT_AND_OPEN_PR = `
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

/** A new rollout branch, its commit and its PR — serial, in one request. */
export const CREATE_ROLLOUT = /* GraphQL */ `
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
`;

/** Reuses a leftover rollout branch that has no open PR: reset it to the default head, then as CREATE_ROLLOUT. */
export const RESET_ROLLOUT = /* GraphQL */ `
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
`;

/** One more commit on an open rollout PR, its new title/body, and the reply — in one request. */
export const UPDATE_ROLLOUT = /* GraphQL */ `
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
`;

/** Label a new rollout PR and answer the commenter. */
export const LABEL_AND_REPLY = /* GraphQL */ `
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
`;

/** Answer the commenter (refusals, status, help). */
export const REPLY = /* GraphQL */ `
  mutation RolloutReply($replyTo: ID!, $reply: String!) {
    addComment(input: { subjectId: $replyTo, body: $reply }) {
      commentEdge {
        node {
          url
        }
      }
    }
  }
`;

/** Removes a branch this run created when a later step failed, so nothing half-made is left. */
export const DELETE_REF = /* GraphQL */ `
  mutation RolloutDeleteRef($refId: ID!) {
    deleteRef(input: { refId: $refId }) {
      clientMutationId
    }
  }
`;

/**
 * A branch by name and the repository's id, for opening a revert PR: the open PR from the branch
 * (a re-run finds it again), or a leftover branch to reset, or neither.
 */
export const READ_BRANCH = /* GraphQL */ `
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
`;

export const ALL_DOCUMENTS = {
  ACK_AND_READ,
  READ_SERVICE,
  READ_ROLLOUT_PRS,
  CREATE_ROLLOUT,
  RESET_ROLLOUT,
  UPDATE_ROLLOUT,
  LABEL_AND_REPLY,
  REPLY,
  DELETE_REF,
  READ_BRANCH,
} as const;
