import type { RepoRole } from "./chatops.js";

/** A pull request review as GitHub's REST API returns it (the fields rollout-bot reads). */
export interface PullRequestReview {
  /** null for a deleted account ("ghost"). */
  readonly user: { readonly login: string; readonly type?: string } | null;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING. */
  readonly state: string;
  /** null or missing while PENDING. */
  readonly submitted_at?: string | null;
  /** The PR head the review was given on. */
  readonly commit_id?: string | null;
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE…; the fallback for write access. */
  readonly author_association?: string;
}

export type ApprovalRefusal = "no-pr" | "not-enough-approvals" | "changes-requested";

export type ApprovalResult =
  | {
      readonly ok: true;
      /** Logins whose approvals counted, in the order they approved. */
      readonly approvedBy: readonly string[];
      readonly message: string;
    }
  | {
      readonly ok: false;
      readonly reason: ApprovalRefusal;
      readonly message: string;
      readonly approvedBy: readonly string[];
    };

/** Team members by `org/team` (any case), as the caller resolved them. */
export type TeamMembers =
  | ReadonlyMap<string, readonly string[]>
  | Readonly<Record<string, readonly string[]>>;

const DECISIVE = new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
const CAN_WRITE: readonly RepoRole[] = ["write", "maintain", "admin"];
/** author_association values that imply access to the repository (MEMBER: of its organization). */
const WRITE_ASSOCIATIONS = new Set(["OWNER", "MEMBER", "COLLABORATOR"]);

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function andList(items: readonly string[], word = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items.at(-1)}`;
}

const mention = (login: string) => `@${login}`;
const short = (sha: string | null | undefined) => (sha ? `\`${sha.slice(0, 7)}\`` : "an earlier commit");

function isBot(review: PullRequestReview): boolean {
  const user = review.user;
  return user?.type === "Bot" || (user?.login.endsWith("[bot]") ?? false);
}

/** `policy.reviewers` as prose, in code spans so a refusal does not ping every reviewer. */
function fromWhom(reviewers: readonly string[]): string {
  if (reviewers.length === 0) return "anyone with write access";
  return andList(
    reviewers.map((r) => (r.includes("/") ? `a member of \`${r}\`` : `\`${r}\``)),
    "or",
  );
}

function membersOf(teamMembers: TeamMembers, team: string): readonly string[] {
  const key = team.toLowerCase();
  const entries: Iterable<readonly [string, readonly string[]]> =
    teamMembers instanceof Map ? teamMembers.entries() : Object.entries(teamMembers);
  for (const [name, logins] of entries) if (name.toLowerCase() === key) return logins;
  return [];
}

/**
 * Does a merged PR have the approvals its policy requires? Per reviewer only the latest
 * APPROVED / CHANGES_REQUESTED / DISMISSED review counts (COMMENTED and PENDING change
 * nothing; DISMISSED leaves no decision). Never counted: the PR author, `excluded` (e.g. whoever
 * asked for the change with `/rollout`), bots, approvals of a commit other than `headSha` (when
 * given), and — when `reviewers` (policy.reviewers) is not empty — anyone who is not listed
 * there or a member of a listed `org/team` (`teamMembers`). With `reviewers` empty, an approval
 * counts only from someone with write access: per `roles` when it has the login, else per the
 * review's `author_association` (OWNER, MEMBER, COLLABORATOR). An outstanding change request
 * from anyone but the author refuses, whatever the count. `reviews` undefined: no PR was found.
 */
export function evaluateApproval(params: {
  readonly reviews: readonly PullRequestReview[] | undefined;
  /** policy.approvals */
  readonly required: number;
  /** policy.reviewers: users (`alice`) and teams (`org/team`). */
  readonly reviewers: readonly string[];
  readonly teamMembers: TeamMembers;
  /** The PR author's login. */
  readonly author: string | undefined;
  /** The PR's head commit: approvals given on another commit do not count. */
  readonly headSha?: string;
  /** Further logins whose approvals do not count. */
  readonly excluded?: readonly string[];
  /** Repository roles by login (any case), for the write-access rule. */
  readonly roles?: Readonly<Record<string, RepoRole>>;
}): ApprovalResult {
  const { reviews, required, reviewers, teamMembers, headSha } = params;
  const from = fromWhom(reviewers);
  const need = `${plural(required, "approval")} from ${from}`;

  if (reviews === undefined) {
    if (required <= 0)
      return {
        ok: true,
        approvedBy: [],
        message: "No pull request produced this commit; policy.approvals is 0, so none is required.",
      };
    return {
      ok: false,
      reason: "no-pr",
      approvedBy: [],
      message: `No merged pull request produced this commit (a direct push?), so it has no reviews; policy.approvals needs ${need}.`,
    };
  }

  const author = params.author?.toLowerCase();
  const excluded = new Set((params.excluded ?? []).map((l) => l.toLowerCase()));
  const roles = new Map(Object.entries(params.roles ?? {}).map(([l, r]) => [l.toLowerCase(), r]));

  // Latest decisive review per reviewer; GitHub lists reviews oldest first, ties keep that order.
  const timed = reviews
    .map((r, i) => ({ r, i, at: r.submitted_at ? Date.parse(r.submitted_at) : Number.NaN }))
    .filter((x) => x.r.user !== null && DECISIVE.has(x.r.state) && !Number.isNaN(x.at))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const latest = new Map<string, PullRequestReview>();
  for (const { r } of timed) {
    const login = r.user?.login.toLowerCase();
    if (login !== undefined && login !== author) latest.set(login, r);
  }

  const allowed = new Set<string>();
  for (const entry of reviewers) {
    if (!entry.includes("/")) allowed.add(entry.toLowerCase());
    else for (const m of membersOf(teamMembers, entry)) allowed.add(m.toLowerCase());
  }
  const canWrite = (r: PullRequestReview, login: string) => {
    const role = roles.get(login);
    if (role !== undefined) return CAN_WRITE.includes(role);
    return r.author_association !== undefined && WRITE_ASSOCIATIONS.has(r.author_association);
  };

  const approvedBy: string[] = [];
  const notCounted: string[] = [];
  const blocking: PullRequestReview[] = [];
  for (const [login, r] of latest) {
    const name = r.user?.login ?? login;
    if (r.state === "CHANGES_REQUESTED") blocking.push(r);
    if (r.state !== "APPROVED") continue;
    const why = excluded.has(login)
      ? "asked for this change"
      : isBot(r)
        ? "a bot"
        : headSha !== undefined && r.commit_id !== headSha
          ? `approved ${short(r.commit_id)}, not the merged head ${short(headSha)}`
          : reviewers.length > 0 && !allowed.has(login)
            ? "not in policy.reviewers"
            : reviewers.length === 0 && !canWrite(r, login)
              ? "no write access"
              : undefined;
    if (why === undefined) approvedBy.push(name);
    else notCounted.push(`${mention(name)} (${why})`);
  }

  const has = approvedBy.length === 0 ? "none" : `${approvedBy.length} (${andList(approvedBy.map(mention))})`;
  const ignored = notCounted.length > 0 ? ` Not counted: ${notCounted.join(", ")}.` : "";

  if (blocking.length > 0) {
    const who = andList(
      blocking.map(
        (r) => `${mention(r.user?.login ?? "ghost")}${r.commit_id ? ` on ${short(r.commit_id)}` : ""}`,
      ),
    );
    return {
      ok: false,
      reason: "changes-requested",
      approvedBy,
      message: `Changes requested by ${who}, and not resolved: nothing is applied while a change request stands, whatever the approvals. Approvals: ${has}.${ignored}`,
    };
  }

  if (approvedBy.length >= required) {
    const message =
      required <= 0
        ? `policy.approvals is 0, so no approval is required.${approvedBy.length > 0 ? ` Approved by ${andList(approvedBy.map(mention))}.` : ""}`
        : `Approved by ${andList(approvedBy.map(mention))}: ${approvedBy.length} of the ${plural(required, "approval")} policy.approvals requires from ${from}.`;
    return { ok: true, approvedBy, message: `${message}${ignored}` };
  }

  const missing = required - approvedBy.length;
  const unreviewed =
    reviews.length === 0
      ? " The PR was merged without any review (an admin merge bypasses branch protection)."
      : "";
  return {
    ok: false,
    reason: "not-enough-approvals",
    approvedBy,
    message: `Needs ${need}; has ${has}, so ${plural(missing, "more is", "more are")} needed.${unreviewed}${ignored}`,
  };
}
