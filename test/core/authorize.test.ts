import { describe, expect, it } from "@jest/globals";
import { authorize, teamsToCheck } from "../../src/core/authorize.js";
import type { RepoRole } from "../../src/core/chatops.js";

const REVIEWERS = ["alice", "kubeflow/ml-platform"];

function check(params: {
  senderType?: string;
  login?: string;
  role?: RepoRole;
  force?: boolean;
  reviewers?: readonly string[];
  memberOfTeams?: readonly string[];
}) {
  return authorize({
    senderType: params.senderType ?? "User",
    login: params.login ?? "bob",
    role: params.role ?? "write",
    force: params.force ?? false,
    reviewers: params.reviewers ?? REVIEWERS,
    memberOfTeams: params.memberOfTeams ?? [],
  });
}

describe("authorize", () => {
  it.each([
    ["write", { role: "write" }],
    ["maintain", { role: "maintain" }],
    ["admin", { role: "admin" }],
    ["an organization member with write", { senderType: "Organization" }],
    ["--force by a listed user", { login: "alice", force: true }],
    ["--force by a listed user, any case", { login: "Alice", force: true }],
    ["--force by a team member", { force: true, memberOfTeams: ["kubeflow/ml-platform"] }],
    ["--force by a team member, any case", { force: true, memberOfTeams: ["Kubeflow/ML-Platform"] }],
    ["--force with no reviewers listed", { force: true, reviewers: [] }],
    ["a reviewer without --force", { login: "alice" }],
  ] as const)("%s → allowed", (_, params) => {
    expect(check(params)).toEqual({ ok: true });
  });

  it.each([
    ["a bot", { senderType: "Bot", login: "dependabot[bot]", role: "admin" }, "bot"],
    ["a bot listed as a reviewer", { senderType: "Bot", login: "alice", force: true }, "bot"],
    ["read", { role: "read" }, "insufficient-permission"],
    ["triage", { role: "triage" }, "insufficient-permission"],
    ["none", { role: "none" }, "insufficient-permission"],
    ["a reviewer with read access", { login: "alice", role: "read", force: true }, "insufficient-permission"],
    ["--force by someone else", { force: true }, "force-not-allowed"],
    // a user entry never matches a team, nor a team entry a login
    ["--force by a user named like the team", { login: "ml-platform", force: true }, "force-not-allowed"],
    [
      "--force by a member of another team",
      { force: true, memberOfTeams: ["kubeflow/infra"] },
      "force-not-allowed",
    ],
  ] as const)("%s → %s", (_, params, reason) => {
    const r = check(params);
    expect(r.ok ? "ok" : r.reason).toBe(reason);
  });

  it("says who, what they have, and what to do", () => {
    expect(check({ senderType: "Bot", login: "rollout-bot[bot]" })).toMatchInlineSnapshot(`
{
  "message": "\`rollout-bot[bot]\` is a bot: rollout-bot never runs commands from bots, so no automation moves traffic on its own. A person with write access must comment the command.",
  "ok": false,
  "reason": "bot",
}
`);
    expect(check({ role: "read" })).toMatchInlineSnapshot(`
{
  "message": "@bob has the \`read\` role on this repository; \`/rollout\` commands need write access to the repository. Ask an admin to give you the write (or maintain) role, or ask someone who has it to comment the command.",
  "ok": false,
  "reason": "insufficient-permission",
}
`);
    expect(check({ role: "none", login: "mallory" })).toMatchInlineSnapshot(`
{
  "message": "@mallory has no role on this repository; \`/rollout\` commands need write access to the repository. Ask an admin to give you the write (or maintain) role, or ask someone who has it to comment the command.",
  "ok": false,
  "reason": "insufficient-permission",
}
`);
    expect(check({ force: true })).toMatchInlineSnapshot(`
{
  "message": "@bob may not use \`--force\` here; policy.reviewers lets only \`alice\` or members of \`kubeflow/ml-platform\` use it. Ask one of them to comment the command, or take a step within policy.maxStep without \`--force\`.",
  "ok": false,
  "reason": "force-not-allowed",
}
`);
    expect(check({ force: true, reviewers: ["carol"] })).toMatchInlineSnapshot(`
{
  "message": "@bob may not use \`--force\` here; policy.reviewers lets only \`carol\` use it. Ask one of them to comment the command, or take a step within policy.maxStep without \`--force\`.",
  "ok": false,
  "reason": "force-not-allowed",
}
`);
  });
});

describe("teamsToCheck", () => {
  it.each([
    [[], []],
    [["alice", "bob"], []],
    [["alice", "kubeflow/ml-platform"], [{ org: "kubeflow", slug: "ml-platform" }]],
    [
      ["kubeflow/ml-platform", "Kubeflow/ML-Platform", "acme/sre"],
      [
        { org: "kubeflow", slug: "ml-platform" },
        { org: "acme", slug: "sre" },
      ],
    ],
  ])("%j → %j", (reviewers, teams) => {
    expect(teamsToCheck(reviewers)).toEqual(teams);
  });
});
