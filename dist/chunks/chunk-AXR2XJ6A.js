import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  teamsToCheck
} from "./chunk-MBDYEDST.js";
import {
  summarise
} from "./chunk-LF3TXAVL.js";
import {
  applyComment,
  refusalComment
} from "./chunk-NBN44VW7.js";
import {
  applyServices,
  broughtPath,
  changedServices,
  directlyIn,
  durationSeconds,
  loadConfig,
  repoPath,
  reportOf,
  weightsOf
} from "./chunk-JE3YJO2E.js";

// src/core/approval.ts
var DECISIVE = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
var CAN_WRITE = ["write", "maintain", "admin"];
var WRITE_ASSOCIATIONS = /* @__PURE__ */ new Set(["OWNER", "MEMBER", "COLLABORATOR"]);
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function andList(items, word = "and") {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items.at(-1)}`;
}
var mention = (login) => `@${login}`;
var short = (sha) => sha ? `\`${sha.slice(0, 7)}\`` : "an earlier commit";
function isBot(review) {
  const user = review.user;
  return user?.type === "Bot" || (user?.login.endsWith("[bot]") ?? false);
}
function fromWhom(reviewers) {
  if (reviewers.length === 0) return "anyone with write access";
  return andList(
    reviewers.map((r) => r.includes("/") ? `a member of \`${r}\`` : `\`${r}\``),
    "or"
  );
}
function membersOf(teamMembers, team) {
  const key = team.toLowerCase();
  const entries = teamMembers instanceof Map ? teamMembers.entries() : Object.entries(teamMembers);
  for (const [name, logins] of entries) if (name.toLowerCase() === key) return logins;
  return [];
}
function evaluateApproval(params) {
  const { reviews, required, reviewers, teamMembers, headSha } = params;
  const from = fromWhom(reviewers);
  const need = `${plural(required, "approval")} from ${from}`;
  if (reviews === void 0) {
    if (required <= 0)
      return {
        ok: true,
        approvedBy: [],
        message: "No pull request produced this commit; policy.approvals is 0, so none is required."
      };
    return {
      ok: false,
      reason: "no-pr",
      approvedBy: [],
      message: `No merged pull request produced this commit (a direct push?), so it has no reviews; policy.approvals needs ${need}.`
    };
  }
  const author = params.author?.toLowerCase();
  const excluded = new Set((params.excluded ?? []).map((l) => l.toLowerCase()));
  const roles = new Map(Object.entries(params.roles ?? {}).map(([l, r]) => [l.toLowerCase(), r]));
  const timed = reviews.map((r, i) => ({ r, i, at: r.submitted_at ? Date.parse(r.submitted_at) : Number.NaN })).filter((x) => x.r.user !== null && DECISIVE.has(x.r.state) && !Number.isNaN(x.at)).sort((a, b) => a.at - b.at || a.i - b.i);
  const latest = /* @__PURE__ */ new Map();
  for (const { r } of timed) {
    const login = r.user?.login.toLowerCase();
    if (login !== void 0 && login !== author) latest.set(login, r);
  }
  const allowed = /* @__PURE__ */ new Set();
  for (const entry of reviewers) {
    if (!entry.includes("/")) allowed.add(entry.toLowerCase());
    else for (const m of membersOf(teamMembers, entry)) allowed.add(m.toLowerCase());
  }
  const canWrite = (r, login) => {
    const role = roles.get(login);
    if (role !== void 0) return CAN_WRITE.includes(role);
    return r.author_association !== void 0 && WRITE_ASSOCIATIONS.has(r.author_association);
  };
  const approvedBy = [];
  const notCounted = [];
  const blocking = [];
  for (const [login, r] of latest) {
    const name = r.user?.login ?? login;
    if (r.state === "CHANGES_REQUESTED") blocking.push(r);
    if (r.state !== "APPROVED") continue;
    const why = excluded.has(login) ? "asked for this change" : isBot(r) ? "a bot" : headSha !== void 0 && r.commit_id !== headSha ? `approved ${short(r.commit_id)}, not the merged head ${short(headSha)}` : reviewers.length > 0 && !allowed.has(login) ? "not in policy.reviewers" : reviewers.length === 0 && !canWrite(r, login) ? "no write access" : void 0;
    if (why === void 0) approvedBy.push(name);
    else notCounted.push(`${mention(name)} (${why})`);
  }
  const has = approvedBy.length === 0 ? "none" : `${approvedBy.length} (${andList(approvedBy.map(mention))})`;
  const ignored = notCounted.length > 0 ? ` Not counted: ${notCounted.join(", ")}.` : "";
  if (blocking.length > 0) {
    const who = andList(
      blocking.map(
        (r) => `${mention(r.user?.login ?? "ghost")}${r.commit_id ? ` on ${short(r.commit_id)}` : ""}`
      )
    );
    return {
      ok: false,
      reason: "changes-requested",
      approvedBy,
      message: `Changes requested by ${who}, and not resolved: nothing is applied while a change request stands, whatever the approvals. Approvals: ${has}.${ignored}`
    };
  }
  if (approvedBy.length >= required) {
    const message = required <= 0 ? `policy.approvals is 0, so no approval is required.${approvedBy.length > 0 ? ` Approved by ${andList(approvedBy.map(mention))}.` : ""}` : `Approved by ${andList(approvedBy.map(mention))}: ${approvedBy.length} of the ${plural(required, "approval")} policy.approvals requires from ${from}.`;
    return { ok: true, approvedBy, message: `${message}${ignored}` };
  }
  const missing = required - approvedBy.length;
  const unreviewed = reviews.length === 0 ? " The PR was merged without any review (an admin merge bypasses branch protection)." : "";
  return {
    ok: false,
    reason: "not-enough-approvals",
    approvedBy,
    message: `Needs ${need}; has ${has}, so ${plural(missing, "more is", "more are")} needed.${unreviewed}${ignored}`
  };
}

// src/handlers/deploy.ts
function revertChanges(params) {
  const { configFile, service, now, previous } = params;
  const folder = service.manifests === void 0 ? void 0 : repoPath(configFile, service.manifests);
  const own = broughtPath(configFile, service);
  const mine = (p) => p === configFile || p === own || folder !== void 0 && directlyIn(folder, p);
  const paths = new Set([...now.keys(), ...previous.keys()].filter(mine));
  const out = [];
  for (const path of [...paths].sort()) {
    const before = now.get(path);
    const after = previous.get(path);
    if (before !== after) out.push({ path, before, after });
  }
  return out;
}
function postSticky(gh, params) {
  const marker = params.body.split("\n")[0] ?? "";
  return marker.startsWith("<!--") ? gh.upsertStickyComment({ issueNumber: params.issueNumber, marker, body: params.body }) : gh.comment(params);
}
async function deployOnMerge(params) {
  const { gh, configPath } = params;
  const found = await gh.pullRequestForCommit(params.sha);
  const pr = found?.merged ? found : void 0;
  if (!pr) {
    return {
      kind: "refused",
      reason: "no-pr",
      message: `Commit ${params.sha.slice(0, 7)} did not come from a merged pull request, so it is not applied: traffic moves only through reviewed rollout PRs. Open a PR (e.g. with /rollout) and merge it after approval.`
    };
  }
  const files = await params.filesAt(params.sha);
  const text = files.get(configPath);
  const loaded = text === void 0 ? void 0 : loadConfig({ text, file: configPath });
  if (!loaded?.ok) {
    const message = loaded ? loaded.message : `${configPath} not found at ${params.sha.slice(0, 7)}.`;
    await postSticky(gh, {
      issueNumber: pr.number,
      body: refusalComment({ reason: "invalid-config", message })
    });
    return { kind: "refused", reason: "invalid-config", message, prNumber: pr.number };
  }
  const config = loaded.loaded.config;
  let beforeFiles;
  let beforeServices;
  if (params.before) {
    beforeFiles = await params.filesAt(params.before);
    const t = beforeFiles.get(configPath);
    const b = t === void 0 ? void 0 : loadConfig({ text: t, file: configPath });
    if (b?.ok) beforeServices = b.loaded.config.services;
  }
  const services = changedServices({
    configFile: configPath,
    after: config.services,
    before: beforeServices,
    changedPaths: params.changedPaths
  });
  if (services.length === 0)
    return {
      kind: "no-op",
      message: "No service's rollout.yaml entry or manifests changed: nothing to apply."
    };
  const [reviews, requesters] = await Promise.all([gh.reviews(pr.number), gh.requesters(pr.number)]);
  for (const key of services) {
    const policy = config.services[key]?.policy;
    if (!policy) continue;
    const teams = teamsToCheck(policy.reviewers);
    const members = await Promise.all(teams.map((t) => gh.teamMembers(t)));
    const teamMembers = Object.fromEntries(teams.map((t, i) => [`${t.org}/${t.slug}`, members[i] ?? []]));
    const approval = evaluateApproval({
      reviews,
      required: policy.approvals,
      reviewers: policy.reviewers,
      teamMembers,
      author: pr.author,
      headSha: pr.headSha,
      excluded: requesters
    });
    if (!approval.ok) {
      const message = `\`${key}\`: ${approval.message}`;
      await postSticky(gh, {
        issueNumber: pr.number,
        body: refusalComment({ reason: approval.reason, message })
      });
      return { kind: "refused", reason: approval.reason, message, prNumber: pr.number };
    }
  }
  const deployments = await Promise.all(
    services.map(async (key) => {
      const namespace = config.services[key]?.namespace ?? "default";
      const id = await gh.createDeployment({
        ref: params.sha,
        // One environment per namespace, and per cluster when rollout.yaml names it.
        environment: config.cluster ? `${config.cluster}/${namespace}` : namespace,
        description: `rollout-bot: ${key}`,
        payload: { service: key }
      });
      await gh.deploymentStatus({
        id,
        state: "in_progress",
        description: `applying ${key}`,
        ...params.runUrl ? { logUrl: params.runUrl } : {}
      });
      return { key, id };
    })
  );
  const apply = await applyServices({
    kube: params.kube,
    loaded: loaded.loaded,
    files,
    services,
    planOnly: false,
    force: params.force ?? false,
    wait: params.wait,
    ...params.sleep ? { sleep: params.sleep } : {}
  });
  const report = (services2, status, message) => applyComment({
    sha: params.sha,
    services: services2.map((s) => reportOf(s, status, message)),
    ...params.runUrl ? { runUrl: params.runUrl } : {}
  });
  if (!apply.ok) {
    await Promise.all(
      deployments.map(
        (d) => gh.deploymentStatus({ id: d.id, state: "failure", description: apply.message.slice(0, 140) })
      )
    );
    const shown = apply.services.length > 0 ? apply.services : [];
    await postSticky(gh, {
      issueNumber: pr.number,
      body: shown.length ? report(shown, void 0, apply.message) : refusalComment({ reason: apply.reason, message: apply.message })
    });
    return { kind: "failed", prNumber: pr.number, apply, message: apply.message };
  }
  await Promise.all(
    deployments.map((d) => gh.deploymentStatus({ id: d.id, state: "success", description: "applied" }))
  );
  await postSticky(gh, { issueNumber: pr.number, body: report(apply.services) });
  const bakeSeconds = Math.max(
    ...services.map((k) => durationSeconds(config.services[k]?.policy.bake ?? "0s"))
  );
  if (!params.metrics || bakeSeconds <= 0 || apply.services.every((s) => s.status === "no-op")) {
    return { kind: "applied", prNumber: pr.number, apply, message: "applied" };
  }
  const sleep = params.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  await sleep(bakeSeconds * 1e3);
  for (const key of services) {
    const service = config.services[key];
    if (!service) continue;
    const verdict = await summarise({
      config,
      key,
      prom: params.metrics.prom,
      ...params.metrics.prometheusUrl ? { prometheusUrl: params.metrics.prometheusUrl } : {},
      at: params.metrics.now()
    });
    if (!verdict.ok || verdict.verdict.conclusion !== "failure" || !beforeFiles) continue;
    const previousText = beforeFiles.get(configPath);
    const previous = previousText === void 0 ? void 0 : loadConfig({ text: previousText, file: configPath });
    if (!previous?.ok || !previous.loaded.config.services[key]) continue;
    const rollback = await applyServices({
      kube: params.kube,
      loaded: previous.loaded,
      files: beforeFiles,
      services: [key],
      planOnly: false,
      force: params.force ?? false,
      wait: params.wait,
      ...params.sleep ? { sleep: params.sleep } : {}
    });
    const prevService = previous.loaded.config.services[key];
    const changes = revertChanges({ configFile: configPath, service, now: files, previous: beforeFiles });
    const revert = await gh.openRevertPr({
      service: key,
      baseOid: params.sha,
      defaultBranch: params.defaultBranch,
      files: changes,
      title: `Revert rollout ${key}: the gate failed after ${service.policy.bake} of bake`,
      body: `The \`rollout/gate\` checks failed ${service.policy.bake} after #${pr.number} was applied, so rollout-bot put the previous weights back on the cluster (${Object.entries(
        weightsOf(prevService)
      ).map(([v, w]) => `${v} ${w} %`).join(
        ", "
      )}). Merge this PR so the repository matches the cluster again.

${verdict.verdict.summary}`
    });
    const message = `The gate failed after ${service.policy.bake} of bake: ${verdict.verdict.summary} The previous weights were re-applied${rollback.ok ? "" : ` (rollback incomplete: ${rollback.message})`}; revert PR #${revert.number}.`;
    await postSticky(gh, {
      issueNumber: pr.number,
      body: applyComment({
        sha: params.sha,
        services: apply.services.filter((s) => s.key === key).map((s) => ({
          ...reportOf(s, "rolled-back", message),
          revertPr: { number: revert.number, url: revert.url }
        })),
        ...params.runUrl ? { runUrl: params.runUrl } : {}
      })
    });
    return { kind: "rolled-back", prNumber: pr.number, apply, message, revertPr: revert };
  }
  return { kind: "applied", prNumber: pr.number, apply, message: "applied; the gate passed after bake" };
}

export {
  deployOnMerge
};
