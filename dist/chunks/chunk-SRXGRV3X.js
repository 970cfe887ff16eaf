import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);

// src/core/authorize.ts
var CAN_WRITE = ["write", "maintain", "admin"];
function teamsToCheck(reviewers) {
  const seen = /* @__PURE__ */ new Set();
  const teams = [];
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
function authorize(params) {
  const { senderType, login, role, force, reviewers, memberOfTeams } = params;
  if (senderType === "Bot") {
    return {
      ok: false,
      reason: "bot",
      message: `\`${login}\` is a bot: rollout-bot never runs commands from bots, so no automation moves traffic on its own. A person with write access must comment the command.`
    };
  }
  if (!CAN_WRITE.includes(role)) {
    const has = role === "none" ? "no role on this repository" : `the \`${role}\` role on this repository`;
    return {
      ok: false,
      reason: "insufficient-permission",
      message: `@${login} has ${has}; \`/rollout\` commands need write access to the repository. Ask an admin to give you the write (or maintain) role, or ask someone who has it to comment the command.`
    };
  }
  if (!force || reviewers.length === 0) return { ok: true };
  const me = login.toLowerCase();
  const mine = new Set(memberOfTeams.map((t) => t.toLowerCase()));
  const allowed = reviewers.some(
    (r) => r.includes("/") ? mine.has(r.toLowerCase()) : r.toLowerCase() === me
  );
  if (allowed) return { ok: true };
  const who = reviewers.map((r) => r.includes("/") ? `members of \`${r}\`` : `\`${r}\``);
  const last = who.pop() ?? "";
  const list = who.length > 0 ? `${who.join(", ")} or ${last}` : last;
  return {
    ok: false,
    reason: "force-not-allowed",
    message: `@${login} may not use \`--force\` here; policy.reviewers lets only ${list} use it. Ask one of them to comment the command, or take a step within policy.maxStep without \`--force\`.`
  };
}

// src/core/requested-by.ts
function requestedByLine(params) {
  return `Requested by @${params.login} in ${params.owner}/${params.repo}#${params.issueNumber}: ${params.command}`;
}
function requestersOf(messages) {
  const logins = messages.flatMap(
    (m) => [...m.matchAll(/^Requested by @([A-Za-z0-9-]+)/gm)].map((x) => x[1] ?? "")
  );
  return [...new Set(logins.filter(Boolean))];
}

export {
  teamsToCheck,
  authorize,
  requestedByLine,
  requestersOf
};
