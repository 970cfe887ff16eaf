import { describe, expect, it } from "@jest/globals";
import { evaluateApproval, type PullRequestReview } from "../../src/core/approval.js";

const HEAD = "a".repeat(40);
const OLD = "b".repeat(40);

let clock = 0;
/** A review as GitHub lists it; each call is one minute after the previous. */
function review(
  login: string,
  state: string,
  more: Partial<PullRequestReview> & { type?: string } = {},
): PullRequestReview {
  clock += 1;
  const { type, ...rest } = more;
  return {
    user: { login, type: type ?? "User" },
    state,
    submitted_at: new Date(Date.UTC(2025, 0, 1, 0, clock)).toISOString(),
    commit_id: HEAD,
    author_association: "MEMBER",
    ...rest,
  };
}

const TEAMS = new Map([["kubeflow/ml-platform", ["carol", "Dave"]]]);

type Case = {
  name: string;
  reviews: PullRequestReview[] | undefined;
  required?: number;
  reviewers?: string[];
  headSha?: string;
  excluded?: string[];
  roles?: Record<string, "admin" | "write" | "read" | "none">;
  expected: { ok: boolean; reason?: string; approvedBy: string[] };
};

const cases: Case[] = [
  {
    name: "admin merge without review: 0 reviews → refused",
    reviews: [],
    expected: { ok: false, reason: "not-enough-approvals", approvedBy: [] },
  },
  {
    name: "no PR (direct push) with approvals required",
    reviews: undefined,
    expected: { ok: false, reason: "no-pr", approvedBy: [] },
  },
  { name: "no PR and approvals: 0", reviews: undefined, required: 0, expected: { ok: true, approvedBy: [] } },
  { name: "approvals: 0 and no review", reviews: [], required: 0, expected: { ok: true, approvedBy: [] } },
  { name: "one approval", reviews: [review("bob", "APPROVED")], expected: { ok: true, approvedBy: ["bob"] } },
  {
    name: "COMMENTED after APPROVED keeps the approval",
    reviews: [review("bob", "APPROVED"), review("bob", "COMMENTED")],
    expected: { ok: true, approvedBy: ["bob"] },
  },
  {
    name: "DISMISSED removes the approval",
    reviews: [review("bob", "DISMISSED")],
    expected: { ok: false, reason: "not-enough-approvals", approvedBy: [] },
  },
  {
    name: "approval after a dismissed review counts",
    reviews: [review("bob", "DISMISSED"), review("bob", "APPROVED")],
    expected: { ok: true, approvedBy: ["bob"] },
  },
  {
    name: "PENDING (no submitted_at) is ignored",
    reviews: [{ ...review("bob", "APPROVED"), state: "PENDING", submitted_at: null }],
    expected: { ok: false, reason: "not-enough-approvals", approvedBy: [] },
  },
  {
    name: "the author's own approval never counts",
    reviews: [review("Alice", "APPROVED")],
    expected: { ok: false, reason: "not-enough-approvals", approvedBy: [] },
  },
  {
    name: "the requester (excluded) does not count",
    reviews: [review("erin", "APPROVED")],
    excluded: ["ERIN"],
    expected: { ok: false, reason: "not-enough-approvals", approvedBy: [] },
  },
  {
    name: "bots do not count",
    reviews: [review("dependabot[bot]", "APPROVED", { type: "Bot" })],
    expected: { ok: false, reason: "not-enough-approvals", approvedBy: [] },
  },
  {
    name: "outstanding CHANGES_REQUESTED refuses despite enough approvals",
    reviews: [review("bob", "APPROVED"), review("carol", "APPROVED"), review("dave", "CHANGES_REQUESTED")],
    expected: { ok: false, reason: "changes-requested", approvedBy: ["bob", "carol"] },
  },
  {
    name: "CHANGES_REQUESTED then APPROVED by the same reviewer is resolved",
    reviews: [review("bob", "CHANGES_REQUESTED"), review("bob", "APPROVED")],
    expected: { ok: true, approvedBy: ["bob"] },
  },
  {
    name: "APPROVED then CHANGES_REQUESTED by the same reviewer refuses",
    reviews: [review("bob", "APPROVED"), review("bob", "CHANGES_REQUESTED")],
    expected: { ok: false, reason: "changes-requested", approvedBy: [] },
  },
  {
    name: "a dismissed change request no longer blocks",
    reviews: [review("bob", "DISMISSED"), review("carol", "APPROVED")],
    expected: { ok: true, approvedBy: ["carol"] },
  },
  {
    name: "reviewers: only listed users and team members count (any case)",
    reviews: [review("bob", "APPROVED"), review("dave", "APPROVED"), review("Frank", "APPROVED")],
    required: 2,
    reviewers: ["frank", "kubeflow/ml-platform"],
    expected: { ok: true, approvedBy: ["dave", "Frank"] },
  },
  {
    name: "reviewers: not enough from the listed ones",
    reviews: [review("bob", "APPROVED"), review("carol", "APPROVED")],
    required: 2,
    reviewers: ["ml-platform-team", "kubeflow/ml-platform"],
    expected: { ok: false, reason: "not-enough-approvals", approvedBy: ["carol"] },
  },
  {
    name: "a team the caller did not resolve has no members",
    reviews: [review("carol", "APPROVED")],
    reviewers: ["kubeflow/other"],
    expected: { ok: false, reason: "not-enough-approvals", approvedBy: [] },
  },
  {
    name: "headSha: an approval of an earlier commit does not count",
    reviews: [review("bob", "APPROVED", { commit_id: OLD }), review("carol", "APPROVED")],
    required: 2,
    headSha: HEAD,
    expected: { ok: false, reason: "not-enough-approvals", approvedBy: ["carol"] },
  },
  {
    name: "no reviewers listed: someone without write access does not count",
    reviews: [review("mallory", "APPROVED", { author_association: "NONE" })],
    expected: { ok: false, reason: "not-enough-approvals", approvedBy: [] },
  },
  {
    name: "roles override author_association",
    reviews: [
      review("mallory", "APPROVED", { author_association: "CONTRIBUTOR" }),
      review("reader", "APPROVED", { author_association: "MEMBER" }),
    ],
    roles: { Mallory: "write", reader: "read" },
    expected: { ok: true, approvedBy: ["mallory"] },
  },
  {
    name: "order is by submitted_at, not list order",
    reviews: [
      { ...review("bob", "APPROVED"), submitted_at: "2025-01-02T00:00:00Z" },
      { ...review("bob", "CHANGES_REQUESTED"), submitted_at: "2025-01-01T00:00:00Z" },
    ],
    expected: { ok: true, approvedBy: ["bob"] },
  },
  {
    name: "a deleted account (user null) is skipped",
    reviews: [{ ...review("x", "APPROVED"), user: null }],
    expected: { ok: false, reason: "not-enough-approvals", approvedBy: [] },
  },
];

describe("evaluateApproval", () => {
  it.each(cases)("$name", (c) => {
    const r = evaluateApproval({
      reviews: c.reviews,
      required: c.required ?? 1,
      reviewers: c.reviewers ?? [],
      teamMembers: TEAMS,
      author: "alice",
      headSha: c.headSha,
      excluded: c.excluded,
      roles: c.roles,
    });
    expect({ ok: r.ok, reason: r.ok ? undefined : r.reason, approvedBy: r.approvedBy }).toEqual({
      reason: undefined,
      ...c.expected,
    });
    expect(r.message).not.toMatch(/undefined|NaN|\[object/);
  });

  it("accepts teamMembers as a plain object", () => {
    const r = evaluateApproval({
      reviews: [review("carol", "APPROVED")],
      required: 1,
      reviewers: ["Kubeflow/ML-Platform"],
      teamMembers: { "kubeflow/ml-platform": ["carol"] },
      author: "alice",
    });
    expect(r.ok).toBe(true);
  });
});

describe("evaluateApproval messages", () => {
  const run = (p: Partial<Parameters<typeof evaluateApproval>[0]>) =>
    evaluateApproval({ reviews: [], required: 1, reviewers: [], teamMembers: TEAMS, author: "alice", ...p })
      .message;

  it("says who approved, how many more are needed and from whom", () => {
    expect(
      run({
        reviews: [review("bob", "APPROVED"), review("alice", "APPROVED"), review("zed", "APPROVED")],
        required: 2,
        reviewers: ["ml-platform-team", "bob", "kubeflow/ml-platform"],
      }),
    ).toMatchInlineSnapshot(
      `"Needs 2 approvals from \`ml-platform-team\`, \`bob\` or a member of \`kubeflow/ml-platform\`; has 1 (@bob), so 1 more is needed. Not counted: @zed (not in policy.reviewers)."`,
    );
  });

  it("admin merge without any review", () => {
    expect(run({ reviews: [] })).toMatchInlineSnapshot(
      `"Needs 1 approval from anyone with write access; has none, so 1 more is needed. The PR was merged without any review (an admin merge bypasses branch protection)."`,
    );
  });

  it("direct push", () => {
    expect(run({ reviews: undefined, required: 2, reviewers: ["ml-platform-team"] })).toMatchInlineSnapshot(
      `"No merged pull request produced this commit (a direct push?), so it has no reviews; policy.approvals needs 2 approvals from \`ml-platform-team\`."`,
    );
  });

  it("change requested", () => {
    expect(
      run({ reviews: [review("bob", "APPROVED"), review("carol", "CHANGES_REQUESTED", { commit_id: OLD })] }),
    ).toMatchInlineSnapshot(
      `"Changes requested by @carol on \`bbbbbbb\`, and not resolved: nothing is applied while a change request stands, whatever the approvals. Approvals: 1 (@bob)."`,
    );
  });

  it("approved, with stale and bot approvals named", () => {
    expect(
      run({
        reviews: [
          review("bob", "APPROVED"),
          review("carol", "APPROVED"),
          review("dave", "APPROVED", { commit_id: OLD }),
          review("renovate[bot]", "APPROVED", { type: "Bot" }),
        ],
        required: 2,
        headSha: HEAD,
      }),
    ).toMatchInlineSnapshot(
      `"Approved by @bob and @carol: 2 of the 2 approvals policy.approvals requires from anyone with write access. Not counted: @dave (approved \`bbbbbbb\`, not the merged head \`aaaaaaa\`), @renovate[bot] (a bot)."`,
    );
  });

  it("no approval required", () => {
    expect(run({ required: 0, reviews: [review("bob", "APPROVED")] })).toMatchInlineSnapshot(
      `"policy.approvals is 0, so no approval is required. Approved by @bob."`,
    );
  });
});
