import type { AuthorizeResult, RepoRole } from "./chatops.js";

const CAN_WRITE: readonly RepoRole[] = ["write", "maintain", "admin"];

/** The `org/team` entries of `policy.reviewers`, whose membership the caller must look up. */
export function teamsToCheck(reviewers: readonly string[]): { org: string; slug: string }[] {
  const seen = new Set<string>();
  const teams: { org: string; slug: string }[] = [];
  for (const entry of reviewers) {
    const slash = entry.indexOf("/");
    if (slash < 0) continue;
    const key = entry.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    teams.push({ org: entry.slice(0, slash), slug: entry.slice(slash + 1) });
  }
  return teams;
}

/**
 * May this sender run a `/rollout` command? Bots never may (a bot's reply could otherwise
 * trigger another command). Everyone else needs write access; `--force` also needs to be in
 * `reviewers` (a user, or a member of an `org/team` listed there) when `reviewers` is not empty.
 * `memberOfTeams` holds the `org/team` entries the caller verified the sender belongs to.
 */
export function authorize(params: {
  readonly senderType: string;
  readonly login: string;
  readonly role: RepoRole;
  readonly force: boolean;
  readonly reviewers: readonly string[];
  readonly memberOfTeams: readonly string[];
}): AuthorizeResult {
  const { senderType, login, role, force, reviewers, memberOfTeams } = params;
  if (senderType === "Bot") {
    return {
      ok: false,
      reason: "bot",
      message: `\`${login}\` is a bot: rollout-bot never runs commands from bots, so no automation moves traffic on its own. A person with write access must comment the command.`,
    };
  }
  if (!CAN_WRITE.includes(role)) {
    const has = role === "none" ? "no role on this repository" : `the \`${role}\` role on this repository`;
    return {
      ok: false,
      reason: "insufficient-permission",
      message: `@${login} has ${has}; \`/rollout\` commands need write access to the repository. Ask an admin to give you the write (or maintain) role, or ask someone who has it to comment the command.`,
    };
  }
  if (!force || reviewers.length === 0) return { ok: true };
  const me = login.toLowerCase();
  const mine = new Set(memberOfTeams.map((t) => t.toLowerCase()));
  const allowed = reviewers.some((r) =>
    r.includes("/") ? mine.has(r.toLowerCase()) : r.toLowerCase() === me,
  );
  if (allowed) return { ok: true };
  // Code spans, not @-mentions: a refusal should not ping every reviewer and team.
  const who = reviewers.map((r) => (r.includes("/") ? `members of \`${r}\`` : `\`${r}\``));
  const last = who.pop() ?? "";
  const list = who.length > 0 ? `${who.join(", ")} or ${last}` : last;
  return {
    ok: false,
    reason: "force-not-allowed",
    message: `@${login} may not use \`--force\` here; policy.reviewers lets only ${list} use it. Ask one of them to comment the command, or take a step within policy.maxStep without \`--force\`.`,
  };
}
