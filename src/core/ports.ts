/**
 * The ports: everything rollout-bot asks of the outside world, declared in one place. The
 * adapters in src/adapters/ implement them and decide nothing; the handlers take them as
 * parameters, so tests pass fakes.
 */
import type { PullRequestReview } from "./approval.js";
import type { FileChange } from "./changes.js";
import type { RepoRole } from "./chatops.js";
import type { KubeResult, ObjectRef } from "./deploy.js";
import type { CommitPullRequest } from "./merged-pr.js";
import type { K8sObject } from "./render.js";
import type { ServiceFiles } from "./service-files.js";

// ---- Kubernetes (src/adapters/kubernetes.ts) ----------------------------------------------------

/** The narrow port the apply pipeline uses; src/adapters/kubernetes.ts implements it with client-node. */
export interface KubePort {
  /**
   * Server-side apply with field manager `rollout-bot`; `dryRun` asks the server to validate only.
   * The answer is the object as stored, or with `dryRun` as it would be: then without
   * `metadata.resourceVersion` when it does not exist yet (core/apply-plan.ts `wouldCreate`).
   */
  apply(params: { object: K8sObject; dryRun: boolean; force: boolean }): Promise<KubeResult<K8sObject>>;
  get(ref: ObjectRef): Promise<KubeResult<K8sObject | undefined>>;
  delete(ref: ObjectRef): Promise<KubeResult<void>>;
  /** Objects of a kind in a namespace (every namespace when omitted) matching a label selector such as `a=b,c=d`. */
  list(params: {
    apiVersion: string;
    kind: string;
    namespace?: string;
    labelSelector: string;
  }): Promise<KubeResult<K8sObject[]>>;
  /** Creates an object (POST); `conflict` when it already exists. For rollout-bot's own records. */
  create(object: K8sObject): Promise<KubeResult<K8sObject>>;
  /**
   * Replaces an object (PUT) if it is still at `object.metadata.resourceVersion`: `conflict` when
   * someone changed it since (compare-and-swap), `not-found` when it is gone.
   */
  replace(object: K8sObject): Promise<KubeResult<K8sObject>>;
}

// ---- Prometheus (src/adapters/prometheus.ts) ----------------------------------------------------

/** What the metrics pipeline needs from Prometheus (src/adapters/prometheus.ts provides it). */
export type PromAnswer =
  | { readonly ok: true; readonly data: { readonly resultType: string; readonly result: unknown } }
  | {
      readonly ok: false;
      readonly reason: "unreachable" | "timeout" | "error" | "bad-response";
      readonly message: string;
    };

export interface PromPort {
  query(params: { promql: string; time: number }): Promise<PromAnswer>;
  queryRange(params: { promql: string; start: number; end: number; step: number }): Promise<PromAnswer>;
}

// ---- GitHub (src/adapters/github/) --------------------------------------------------------------

/** A pull request rollout-bot writes to: node id (for mutations), number and URL. */
export interface OpenPr {
  readonly id: string;
  readonly number: number;
  readonly url: string;
}

/**
 * The first read of every command (one request): the repository, rollout.yaml on the default
 * branch, the commented PR, the commenter's role, and whether the comment was already answered.
 */
export interface CommandRead {
  readonly repositoryId: string;
  readonly url: string;
  readonly defaultBranch: string;
  readonly defaultHeadOid: string;
  /** rollout.yaml on the default branch; undefined when missing. */
  readonly configText: string | undefined;
  /** The PR commented on (node id for replies); undefined for a plain issue. */
  readonly pullRequest: { readonly id: string; readonly number: number } | undefined;
  /** rollout-bot's 👀 is on the comment: another delivery of it was (or is being) answered. */
  readonly answered: boolean;
  /** The commenter's role ("none" when not asked: a bot). */
  readonly role: RepoRole;
  /**
   * The `guess` path's text on the default branch (path → text); a guessed path missing here
   * does not exist there. Empty when nothing was guessed.
   */
  readonly guessed: ReadonlyMap<string, string>;
}

/** Reviewers to look up while reading a service: logins, and teams as org/slug. */
export interface ReviewerNames {
  readonly users: readonly string[];
  readonly teams: readonly { readonly org: string; readonly slug: string }[];
}

/** Reviewers' node ids as found; a name GitHub does not know has none. */
export interface ReviewerIds {
  readonly users: ReadonlyMap<string, string>;
  /** `org/slug` → id */
  readonly teams: ReadonlyMap<string, string>;
}

/** One service's state: rollout branch, open PR, its files on both branches, label and reviewer ids. */
export interface ServiceRead {
  readonly rolloutRef: { readonly id: string; readonly headOid: string } | undefined;
  readonly openPr: OpenPr | undefined;
  /** The files asked for and the folders' direct files (path → text), on each branch. */
  readonly defaultFiles: ReadonlyMap<string, string>;
  readonly branchFiles: ReadonlyMap<string, string>;
  readonly labelId: string | undefined;
  readonly reviewerIds: ReviewerIds;
  /** As CommandRead.answered, read again (a retry after a conflict checks it). */
  readonly answered: boolean;
}

/** An open rollout PR as `status` and the metrics report see it. */
export interface RolloutPr {
  readonly number: number;
  readonly url: string;
  readonly title: string;
  readonly headRefOid: string;
}

export type WriteResult =
  | { readonly ok: true; readonly pr: OpenPr }
  | {
      readonly ok: false;
      /** `conflict`: another writer moved the branch first (retry); `failed`: any other refusal. */
      readonly reason: "conflict" | "failed";
      readonly message: string;
      /**
       * rollout-bot's reply (node id) the failed write posted or rewrote anyway — GitHub runs a
       * mutation's later fields after a failed one — for the next answer to rewrite, not repeat.
       */
      readonly replyId?: string;
    };

/** A commit rollout-bot makes: message plus file changes. */
export interface RolloutCommit {
  readonly headline: string;
  readonly body: string;
  readonly changes: readonly FileChange[];
}

/** The chat command's reads and writes (src/adapters/github/rollouts.ts, command.ts). */
export interface GitHubRolloutsPort {
  /** The first read of a command; `login` undefined skips the role (bots are refused anyway). */
  readCommand(params: {
    commentNodeId: string;
    defaultBranch: string;
    configPath: string;
    login: string | undefined;
    /** A path to read on the default branch in the same request, before rollout.yaml is known (see `guessPath`). */
    guess?: string | undefined;
  }): Promise<CommandRead>;
  /** Team membership, for `--force` by a reviewer named as a team. */
  isTeamMember(params: { org: string; slug: string; login: string }): Promise<boolean>;
  /** rollout/<service>: the branch, its open PR, `files` on both branches, label and reviewer ids. */
  readService(params: {
    service: string;
    defaultBranch: string;
    commentNodeId: string;
    files: ServiceFiles;
    /** Paths already read on the default branch (rollout.yaml, by readCommand): not read again there. */
    knownOnDefault: readonly string[];
    reviewers: ReviewerNames;
  }): Promise<ServiceRead>;
  /** Creates (or resets a leftover) rollout branch at the default head, commits, opens the PR. */
  openRollout(params: {
    service: string;
    repositoryId: string;
    defaultBranch: string;
    baseOid: string;
    leftoverRefId: string | undefined;
    commit: RolloutCommit;
    title: string;
    body: string;
  }): Promise<WriteResult>;
  /** One more commit on the open rollout PR, its title/body, the reply and the 👀, in one request. */
  updateRollout(params: {
    service: string;
    expectedHeadOid: string;
    pr: OpenPr;
    commit: RolloutCommit;
    title: string;
    body: string;
    replyTo: string;
    reply: string;
    commentNodeId: string;
    /** The reply an earlier attempt of this command posted: rewritten to `reply`, no new one. */
    editReplyId?: string | undefined;
  }): Promise<WriteResult>;
  /** Label, reviewers, reply and 👀 on a new PR in one request; refused reviewers are named after. */
  finishNewPr(params: {
    pr: OpenPr;
    labelId: string | undefined;
    reviewers: ReviewerNames;
    reviewerIds: ReviewerIds;
    replyTo: string;
    commentNodeId: string;
    reply: (notes: readonly string[]) => string;
    /** The reply an earlier attempt of this command posted: rewritten, no new one. */
    editReplyId?: string | undefined;
  }): Promise<void>;
  /** Open rollout PRs by service key, for `status`. */
  openRolloutPrs(): Promise<Map<string, RolloutPr>>;
  /** A revert PR on `revert/<service>-<short baseOid>`; a re-run finds the one it opened. */
  openRevertPr(params: {
    service: string;
    baseOid: string;
    defaultBranch: string;
    files: readonly FileChange[];
    title: string;
    body: string;
  }): Promise<{ number: number; url: string; created: boolean }>;
}

/** Comments on issues and PRs (src/adapters/github/comments.ts). */
export interface GitHubCommentsPort {
  /** Answers on a PR (GraphQL node id); with `commentNodeId`, 👀 on the comment answered, same request. */
  reply(params: {
    replyTo: string;
    body: string;
    commentNodeId?: string;
    /** A reply rollout-bot already posted to this command: rewritten to `body` instead of a new one. */
    editReplyId?: string | undefined;
  }): Promise<void>;
  /** Posts `body` unless a comment with the same text is there already. */
  comment(params: { issueNumber: number; body: string }): Promise<"created" | "exists">;
  /** Edits the comment that starts with `marker`, or posts it. */
  upsertStickyComment(params: {
    issueNumber: number;
    marker: string;
    body: string;
  }): Promise<"created" | "updated">;
}

/** Check runs (src/adapters/github/checks.ts). */
export interface GitHubChecksPort {
  upsertCheckRun(params: {
    headSha: string;
    name: string;
    conclusion: "success" | "failure" | "neutral";
    output: { title: string; summary: string; text?: string };
    detailsUrl?: string;
  }): Promise<"created" | "updated">;
}

/** Repository contents (src/adapters/github/contents.ts). */
export interface GitHubContentsPort {
  /** A file's text at a ref, or undefined when it does not exist. */
  readFile(params: { ref: string; path: string }): Promise<string | undefined>;
  /** Every blob path at a ref (recursive tree). */
  blobPaths(ref: string): Promise<string[]>;
  /**
   * Files and the direct files of folders at a ref (a branch name or commit), in one request:
   * path → text; missing paths and binary files are absent.
   */
  readFiles(params: {
    ref: string;
    files: readonly string[];
    folders: readonly string[];
  }): Promise<Map<string, string>>;
}

/** Pull requests, reviews and teams (src/adapters/github/pulls.ts). */
export interface GitHubPullsPort {
  /** Paths a PR changed (renames: both names). */
  prFiles(prNumber: number): Promise<string[]>;
  /** The messages of a PR's commits, oldest first. */
  commitMessages(prNumber: number): Promise<string[]>;
  /** A commit's first parent. */
  parentOf(sha: string): Promise<string | undefined>;
  /** The PRs GitHub lists for a commit (empty when GitHub knows no such commit). */
  pullRequestsOfCommit(sha: string): Promise<CommitPullRequest[]>;
  /** Every review of a PR, oldest first. */
  reviews(prNumber: number): Promise<PullRequestReview[]>;
  /** Logins of a team's members; empty when the team is not found. */
  teamMembers(params: { org: string; slug: string }): Promise<string[]>;
}

/** GitHub Deployments (src/adapters/github/deployments.ts). */
export interface GitHubDeploymentsPort {
  createDeployment(params: {
    ref: string;
    environment: string;
    description: string;
    payload: Record<string, unknown>;
  }): Promise<number>;
  deploymentStatus(params: {
    id: number;
    state: "in_progress" | "success" | "failure" | "error" | "inactive";
    description: string;
    environmentUrl?: string;
    logUrl?: string;
  }): Promise<void>;
}

/** Everything rollout-bot asks of GitHub about one repository; src/adapters/github/index.ts implements it. */
export interface GitHubPort
  extends GitHubRolloutsPort,
    GitHubCommentsPort,
    GitHubChecksPort,
    GitHubContentsPort,
    GitHubPullsPort,
    GitHubDeploymentsPort {}

/**
 * When the current weights of a service went live, as GitHub remembers it: the newest GitHub
 * Deployment to the service's environment whose payload names the service (deploy-on-merge
 * creates one per applied merge, `payload.service` = the service's key). The judge counts its
 * evidence from there. One REST read; decides nothing beyond picking that Deployment.
 */
export type StepStartReader = (params: {
  /** The Deployment environment: the namespace, or `<cluster>/<namespace>` (see handlers/deploy.ts). */
  readonly environment: string;
  /** The service's key in rollout.yaml. */
  readonly service: string;
}) => Promise<number | undefined>;
