/**
 * GraphQL for rollout branches and PRs. Static text with variables, except the service read,
 * whose aliases depend on how many files and reviewers a service has: readServiceQuery builds it
 * from the counts only (never from names), and the tests validate it at several counts.
 */

import { REPLY_OR_EDIT } from "./comment-queries.js";

const OBJECT_FIELDS = /* GraphQL */ `
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
        }`;

/** The aliases readServiceQuery uses: o<i> for objects, u<i> for users, t<i> for teams. */
export const objectAlias = (i: number) => `o${i}`;
export const userAlias = (i: number) => `u${i}`;
export const teamAlias = (i: number) => `t${i}`;

/**
 * One service's state in one request: its rollout branch and open PR, `objects` files or folders
 * (`$o<i>`: `ref:path` expressions), the `rollout` label's id, and the node ids of `users` logins
 * (`$u<i>`) and `teams` (`$t<i>org`, `$t<i>slug`) for requestReviews; plus the comment's 👀 again.
 */
export function readServiceQuery(counts: { objects: number; users: number; teams: number }): string {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const vars = [
    ...range(counts.objects).map((i) => `$${objectAlias(i)}: String!`),
    ...range(counts.users).map((i) => `$${userAlias(i)}: String!`),
    ...range(counts.teams).flatMap((i) => [`$${teamAlias(i)}org: String!`, `$${teamAlias(i)}slug: String!`]),
  ];
  const objects = range(counts.objects).map(
    (i) => `      ${objectAlias(i)}: object(expression: $${objectAlias(i)}) {${OBJECT_FIELDS}
      }`,
  );
  const users = range(counts.users).map(
    (i) => `    ${userAlias(i)}: user(login: $${userAlias(i)}) {
      id
    }`,
  );
  const teams = range(counts.teams).map(
    (i) => `    ${teamAlias(i)}: organization(login: $${teamAlias(i)}org) {
      team(slug: $${teamAlias(i)}slug) {
        id
      }
    }`,
  );
  return /* GraphQL */ `
  query RolloutReadService(
    $owner: String!
    $name: String!
    $rolloutRef: String!
    $commentId: ID!${vars.map((v) => `\n    ${v}`).join("")}
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
`;
}

/**
 * Files and folders at one ref in one request (`$o<i>`: `ref:path` expressions, as in the
 * service read): the included files a command or a deploy needs before it can load rollout.yaml.
 */
export function readFilesQuery(objects: number): string {
  const range = Array.from({ length: objects }, (_, i) => i);
  return /* GraphQL */ `
  query RolloutReadFiles(
    $owner: String!
    $name: String!${range.map((i) => `\n    $${objectAlias(i)}: String!`).join("")}
  ) {
    repository(owner: $owner, name: $name) {
${range.map((i) => `      ${objectAlias(i)}: object(expression: $${objectAlias(i)}) {${OBJECT_FIELDS}\n      }`).join("\n")}
    }
  }
`;
}

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

/**
 * One more commit on an open rollout PR, its new title/body, the reply and the 👀 on the comment —
 * in one request. The 👀 comes after the commit: it marks the comment answered only once written.
 */
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
`;

/**
 * A new rollout PR's label and reviewers (ids from the service read), the reply and the 👀, in one
 * request. Without the label's id the label is added by REST alongside (it creates the label).
 */
export const FINISH_NEW_PR = /* GraphQL */ `
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
`;

/** One reviewer asked alone, after GitHub refused them all together (to name the refused). */
export const REQUEST_REVIEW = /* GraphQL */ `
  mutation RolloutRequestReview($pullRequestId: ID!, $userIds: [ID!]!, $teamIds: [ID!]!) {
    requestReviews(input: { pullRequestId: $pullRequestId, userIds: $userIds, teamIds: $teamIds, union: true }) {
      clientMutationId
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
