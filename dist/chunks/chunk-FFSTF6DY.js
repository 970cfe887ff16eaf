import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  requestersOf,
  teamsToCheck
} from "./chunk-SRXGRV3X.js";
import {
  applyComment,
  refusalComment
} from "./chunk-TD34S6FT.js";
import {
  summarise
} from "./chunk-YQQIK7IX.js";
import {
  applyServices,
  reportOf
} from "./chunk-H55LD6BY.js";
import {
  broughtPath,
  changedServices,
  directlyIn,
  durationSeconds,
  loadConfig,
  repoPath,
  weightsOf
} from "./chunk-MVTX7BNA.js";

// src/core/bake.ts
var BAKE_ANNOTATION = "rollout-bot/bake";
var BAKE_LABEL = "rollout-bot/bake-record";
var BAKE_SELECTOR = `${BAKE_LABEL}=true`;
var DEFAULT_LEASE_SECONDS = 900;
function bakeObjectName(service) {
  return `rollout-bot-bake-${service}`;
}
function bakeObject(record, resourceVersion) {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: {
      name: bakeObjectName(record.service),
      namespace: record.namespace,
      labels: { [BAKE_LABEL]: "true", "rollout-bot/service": record.service },
      annotations: { [BAKE_ANNOTATION]: JSON.stringify(record) },
      ...resourceVersion ? { resourceVersion } : {}
    }
  };
}
function recordOf(o) {
  const meta = o.metadata;
  const where = `ConfigMap ${meta.namespace ?? "?"}/${meta.name ?? "?"}`;
  const text = meta.annotations?.[BAKE_ANNOTATION];
  if (text === void 0) return { ok: false, message: `${where} has no ${BAKE_ANNOTATION} annotation` };
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    return { ok: false, message: `${where}: the ${BAKE_ANNOTATION} annotation is not JSON` };
  }
  const r = v;
  const missing = [
    ["repo", typeof r?.repo?.owner === "string" && typeof r.repo.name === "string"],
    ["service", typeof r?.service === "string"],
    ["namespace", typeof r?.namespace === "string"],
    ["sha", typeof r?.sha === "string"],
    ["previous", typeof r?.previous === "string"],
    ["prNumber", typeof r?.prNumber === "number"],
    ["deploymentId", typeof r?.deploymentId === "number"],
    ["deadline", typeof r?.deadline === "number" && Number.isFinite(r.deadline)],
    ["state", r?.state === "baking" || r?.state === "judging" || r?.state === "done"],
    ["report", typeof r?.report === "object" && r.report !== null]
  ].filter(([, ok]) => !ok).map(([k]) => k);
  if (r?.version !== 1 || missing.length > 0) {
    return {
      ok: false,
      message: `${where}: not a bake record rollout-bot can read (${r?.version !== 1 ? "version" : missing.join(", ")})`
    };
  }
  return { ok: true, record: r, resourceVersion: meta.resourceVersion ?? "" };
}
function bakeDecision(params) {
  const { record, now } = params;
  const lease = params.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  if (record.state === "done") return { kind: "done" };
  if (record.state === "judging") {
    const until = (record.claimedAt ?? 0) + lease;
    return now >= until ? { kind: "judge", reclaim: true } : { kind: "busy", by: record.claimedBy ?? "unknown", until };
  }
  if (now < record.deadline && !params.early) return { kind: "wait", until: record.deadline };
  return { kind: "judge", reclaim: false };
}
function afterJudging(verdict) {
  return verdict.ok && verdict.conclusion === "failure" ? "roll-back" : "pass";
}
function claimed(record, by, now) {
  return { ...record, state: "judging", claimedBy: by, claimedAt: now };
}
function finished(record, result, now) {
  return { ...record, state: "done", result: { ...result, at: now } };
}
function needsBake(params) {
  const { before, after } = params;
  const stableBefore = before?.stable ?? after.stable;
  const contents = (s, v) => {
    const c = s?.versions[v];
    return c === void 0 ? void 0 : JSON.stringify({ ...c, weight: 0, tfServing: s?.tfServing, kserve: s?.kserve });
  };
  return Object.entries(after.versions).some(([v, c]) => {
    if (v === stableBefore || c.weight === 0) return false;
    const was = before?.versions[v];
    return was === void 0 || c.weight > was.weight || contents(after, v) !== contents(before, v);
  });
}

// src/handlers/bake.ts
function revertChanges(params) {
  const { service, now, previous, configFile } = params;
  const entry = params.entryFile ?? configFile;
  const folder = service.manifests === void 0 ? void 0 : repoPath(configFile, service.manifests);
  const own = broughtPath(configFile, service);
  const mine = (p) => p === entry || p === own || folder !== void 0 && directlyIn(folder, p);
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
async function readRecord(kube, namespace, service) {
  const got = await kube.get({
    apiVersion: "v1",
    kind: "ConfigMap",
    namespace,
    name: bakeObjectName(service)
  });
  if (!got.ok) return got;
  if (!got.value) return { ok: true, value: void 0 };
  const r = recordOf(got.value);
  return r.ok ? { ok: true, value: { record: r.record, resourceVersion: r.resourceVersion } } : { ok: false, reason: "invalid", message: r.message };
}
function rvOf(o) {
  return String(o.metadata.resourceVersion ?? "");
}
async function writeBakeRecord(params) {
  const { kube, record } = params;
  const ref = {
    apiVersion: "v1",
    kind: "ConfigMap",
    namespace: record.namespace,
    name: bakeObjectName(record.service)
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    const got = await kube.get(ref);
    if (!got.ok) return got;
    const old = got.value ? recordOf(got.value) : void 0;
    const written = got.value ? await kube.replace(bakeObject(record, rvOf(got.value))) : await kube.create(bakeObject(record));
    if (written.ok) {
      const prev = old?.ok ? old.record : void 0;
      if (prev && prev.state !== "done" && prev.sha !== record.sha && params.gh && sameRepo(prev.repo, record.repo)) {
        await params.gh.deploymentStatus({
          id: prev.deploymentId,
          state: "inactive",
          description: `superseded by ${record.sha.slice(0, 7)} before its ${prev.bake} bake ended`
        });
      }
      return { ok: true, value: rvOf(written.value) };
    }
    if (written.reason !== "conflict") return written;
  }
  return {
    ok: false,
    reason: "conflict",
    message: `Cannot write the bake record of ${record.service} in ${record.namespace}: it kept changing under rollout-bot.`
  };
}
function sameRepo(a, b) {
  return a.owner.toLowerCase() === b.owner.toLowerCase() && a.name.toLowerCase() === b.name.toLowerCase();
}
async function settleBake(record, deps, github) {
  const { gh } = github;
  const key = record.service;
  const short2 = record.sha.slice(0, 7);
  const files = await github.filesAt(record.sha);
  const text = files.get(record.configPath);
  const loaded = text === void 0 ? void 0 : loadConfig({ text, file: record.configPath, included: files });
  const service = loaded?.ok ? loaded.loaded.config.services[key] : void 0;
  if (!loaded?.ok || !service) {
    const message2 = `The bake of \`${key}\` could not be judged: ${record.configPath} at ${short2} is unreadable or has no \`${key}\`.`;
    await gh.deploymentStatus({ id: record.deploymentId, state: "error", description: message2 });
    return { result: "error", message: message2, report: record.report };
  }
  const config = loaded.loaded.config;
  const verdict = await summarise({
    config,
    key,
    prom: deps.prom,
    ...deps.prometheusUrl ? { prometheusUrl: deps.prometheusUrl } : {},
    at: deps.now(),
    // Evidence from the apply of this step: the whole bake counts, not just the last window.
    since: record.appliedAt
  });
  const judged = afterJudging(
    verdict.ok ? { ok: true, conclusion: verdict.verdict.conclusion } : { ok: false }
  );
  if (judged === "pass" || !verdict.ok) {
    const how = verdict.ok ? verdict.verdict.conclusion === "success" ? "the gate passed" : `the gate was ${verdict.verdict.conclusion}` : `the gate could not be judged (${verdict.message})`;
    const message2 = `baked ${record.bake}: ${how}`;
    await gh.deploymentStatus({ id: record.deploymentId, state: "success", description: message2 });
    return { result: "passed", message: message2, report: record.report };
  }
  const summary = verdict.verdict.summary;
  const beforeFiles = await github.filesAt(record.previous);
  const prevText = beforeFiles.get(record.configPath);
  const previous = prevText === void 0 ? void 0 : loadConfig({ text: prevText, file: record.configPath, included: beforeFiles });
  const prevService = previous?.ok ? previous.loaded.config.services[key] : void 0;
  if (!previous?.ok || !prevService) {
    const message2 = `The gate failed after ${record.bake} of bake: ${summary} Not rolled back: \`${key}\` has no earlier version at ${record.previous.slice(0, 7)} to go back to.`;
    await gh.deploymentStatus({
      id: record.deploymentId,
      state: "failure",
      description: `gate failed after ${record.bake}; not rolled back (no earlier version)`
    });
    return { result: "not-rolled-back", message: message2, report: { ...record.report, status: "failed", message: message2 } };
  }
  const rollback = await applyServices({
    kube: deps.kube,
    loaded: previous.loaded,
    files: beforeFiles,
    services: [key],
    planOnly: false,
    force: deps.force ?? false,
    wait: deps.wait,
    ...deps.sleep ? { sleep: deps.sleep } : {}
  });
  const weights = Object.entries(weightsOf(prevService)).map(([v, w]) => `${v} ${w} %`).join(", ");
  const entryFile = loaded.loaded.included.get(key)?.file;
  const changes = revertChanges({
    configFile: record.configPath,
    service,
    now: files,
    previous: beforeFiles,
    ...entryFile === void 0 ? {} : { entryFile }
  });
  const revert = changes.length === 0 ? void 0 : await gh.openRevertPr({
    service: key,
    baseOid: record.sha,
    defaultBranch: record.defaultBranch,
    files: changes,
    title: `Revert rollout ${key}: the gate failed after ${record.bake} of bake`,
    body: `The \`rollout/gate\` checks failed ${record.bake} after #${record.prNumber} was applied, so rollout-bot put the previous weights back on the cluster (${weights}). Merge this PR so the repository matches the cluster again.

${summary}`
  });
  const incomplete = rollback.ok ? "" : ` (rollback incomplete: ${rollback.message})`;
  const message = `The gate failed after ${record.bake} of bake: ${summary} The previous weights were re-applied${incomplete}${revert ? `; revert PR #${revert.number}` : ""}.`;
  await gh.deploymentStatus({
    id: record.deploymentId,
    state: "failure",
    description: `rolled back: the gate failed after ${record.bake} of bake${incomplete ? " (rollback incomplete)" : ""}${revert ? `; revert PR #${revert.number}` : ""}`
  });
  const back = rollback.services.find((s) => s.key === key);
  const report = {
    ...back ? reportOf(back, "rolled-back", message) : { ...record.report, status: "rolled-back", message },
    ...revert ? { revertPr: { number: revert.number, url: revert.url } } : {}
  };
  return {
    result: "rolled-back",
    message,
    report,
    ...revert ? { revertPr: { number: revert.number, url: revert.url } } : {}
  };
}
async function updateComment(gh, records, own) {
  const siblings = records.filter((r) => r.sha === own.sha && sameRepo(r.repo, own.repo));
  const byKey = new Map((own.reports ?? [own.report]).map((r) => [r.key, r]));
  for (const r of siblings) if (r.state === "done") byKey.set(r.service, r.report);
  byKey.set(own.service, own.report);
  await postSticky(gh, {
    issueNumber: own.prNumber,
    body: applyComment({
      sha: own.sha,
      services: [...byKey.values()],
      ...own.runUrl ? { runUrl: own.runUrl } : {}
    })
  });
}
async function listRecords(kube) {
  const listed = await kube.list({ apiVersion: "v1", kind: "ConfigMap", labelSelector: BAKE_SELECTOR });
  if (!listed.ok) return listed;
  const stored = [];
  const unreadable = [];
  for (const o of listed.value) {
    const r = recordOf(o);
    if (r.ok) stored.push({ record: r.record, resourceVersion: r.resourceVersion });
    else unreadable.push(r.message);
  }
  return { ok: true, value: { stored, unreadable } };
}
async function resumeBakes(deps) {
  const listed = await listRecords(deps.kube);
  if (!listed.ok) return { ok: false, message: listed.message };
  const results = listed.value.unreadable.map((message) => ({
    service: "?",
    namespace: "?",
    sha: "?",
    kind: "unreadable",
    message
  }));
  const all = listed.value.stored;
  for (const { record, resourceVersion } of all) {
    if (deps.only && !deps.only(record)) continue;
    const base = { service: record.service, namespace: record.namespace, sha: record.sha };
    const now = deps.now();
    const decision = bakeDecision({
      record,
      now,
      ...deps.leaseSeconds !== void 0 ? { leaseSeconds: deps.leaseSeconds } : {},
      ...deps.early ? { early: true } : {}
    });
    if (decision.kind === "done") continue;
    if (decision.kind === "wait") {
      results.push({
        ...base,
        kind: "waiting",
        until: decision.until,
        message: `baking until ${decision.until}`
      });
      continue;
    }
    if (decision.kind === "busy") {
      results.push({
        ...base,
        kind: "busy",
        until: decision.until,
        message: `being judged by ${decision.by}`
      });
      continue;
    }
    const mine = claimed(record, deps.replica, now);
    const claim = await deps.kube.replace(bakeObject(mine, resourceVersion));
    let rv;
    if (claim.ok) rv = rvOf(claim.value);
    else {
      const again = await readRecord(deps.kube, record.namespace, record.service);
      const theirs = again.ok ? again.value : void 0;
      if (theirs?.record.state === "judging" && theirs.record.claimedBy === deps.replica && theirs.record.claimedAt === now && theirs.record.sha === record.sha) {
        rv = theirs.resourceVersion;
      } else {
        results.push({
          ...base,
          kind: "lost",
          message: claim.reason === "conflict" ? "claimed by another process first" : claim.message
        });
        continue;
      }
    }
    let github;
    let settled;
    try {
      github = await deps.github(record.repo);
      settled = await settleBake(mine, deps, github);
    } catch (e) {
      results.push({ ...base, kind: "error", message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const done = finished(
      { ...mine, report: settled.report },
      {
        kind: settled.result,
        message: settled.message,
        ...settled.revertPr ? { revertPr: settled.revertPr } : {}
      },
      deps.now()
    );
    const wrote = await deps.kube.replace(bakeObject(done, rv));
    results.push({
      ...base,
      kind: settled.result,
      message: wrote.ok ? settled.message : `${settled.message} (the bake record was not updated: ${wrote.message})`,
      ...settled.revertPr ? { revertPr: settled.revertPr } : {}
    });
    if (settled.result === "rolled-back" || settled.result === "not-rolled-back") {
      const fresh = await listRecords(deps.kube);
      const records = fresh.ok ? fresh.value.stored.map((s) => s.record) : all.map((s) => s.record);
      await updateComment(github.gh, records, done).catch(() => void 0);
    }
  }
  return { ok: true, results };
}
function bakeTimer(params) {
  let running;
  const tick = () => {
    running ??= params.pass().then(
      () => void 0,
      (e) => params.onError?.(e)
    ).finally(() => {
      running = void 0;
    });
    return running;
  };
  const timer = setInterval(() => void tick(), params.intervalMs);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer), tick };
}

// src/handlers/deploy.ts
import { hostname } from "node:os";

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

// src/core/merged-pr.ts
function pullRequestForCommit(params) {
  const prs = params.pullRequests;
  return prs.find((p) => p.merged && p.mergeCommitSha === params.sha) ?? prs.find((p) => p.merged) ?? prs[0];
}

// src/handlers/deploy.ts
async function deployOnMerge(params) {
  const { gh, configPath } = params;
  const files = await params.filesAt(params.sha);
  const text = files.get(configPath);
  const loaded = text === void 0 ? void 0 : loadConfig({ text, file: configPath, included: files });
  let services;
  let beforeServices;
  if (loaded?.ok) {
    if (params.before) {
      const beforeFiles = await params.filesAt(params.before);
      const t = beforeFiles.get(configPath);
      const b = t === void 0 ? void 0 : loadConfig({ text: t, file: configPath, included: beforeFiles });
      if (b?.ok) beforeServices = b.loaded.config.services;
    }
    services = changedServices({
      configFile: configPath,
      after: loaded.loaded.config.services,
      before: beforeServices,
      changedPaths: params.changedPaths,
      included: loaded.loaded.included
    });
    if (services.length === 0)
      return {
        kind: "no-op",
        message: "No service's rollout.yaml entry or manifests changed: nothing to apply."
      };
  }
  const found = pullRequestForCommit({
    sha: params.sha,
    pullRequests: await gh.pullRequestsOfCommit(params.sha)
  });
  const pr = found?.merged ? found : void 0;
  if (!pr) {
    return {
      kind: "refused",
      reason: "no-pr",
      message: `Commit ${params.sha.slice(0, 7)} did not come from a merged pull request, so it is not applied: traffic moves only through reviewed rollout PRs. Open a PR (e.g. with /rollout) and merge it after approval.`
    };
  }
  if (!loaded?.ok || services === void 0) {
    const message = loaded && !loaded.ok ? loaded.message : `${configPath} not found at ${params.sha.slice(0, 7)}.`;
    await postSticky(gh, {
      issueNumber: pr.number,
      body: refusalComment({ reason: "invalid-config", message })
    });
    return { kind: "refused", reason: "invalid-config", message, prNumber: pr.number };
  }
  const config = loaded.loaded.config;
  const [reviews, messages] = await Promise.all([gh.reviews(pr.number), gh.commitMessages(pr.number)]);
  const requesters = requestersOf(messages);
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
  await postSticky(gh, { issueNumber: pr.number, body: report(apply.services) });
  const now = params.metrics?.now ?? (() => Math.floor(Date.now() / 1e3));
  const at = now();
  const reports = apply.services.map((s) => reportOf(s));
  const records = [];
  for (const d of deployments) {
    const service = config.services[d.key];
    const applied = apply.services.find((s) => s.key === d.key);
    const seconds = durationSeconds(service?.policy.bake ?? "0s");
    if (!service || !applied || !params.metrics || !params.before || seconds <= 0 || applied.status === "no-op" || !needsBake({ before: beforeServices?.[d.key], after: service })) {
      await gh.deploymentStatus({ id: d.id, state: "success", description: "applied" });
      continue;
    }
    records.push({
      version: 1,
      repo: params.repo,
      configPath,
      defaultBranch: params.defaultBranch,
      service: d.key,
      namespace: service.namespace,
      sha: params.sha,
      previous: params.before,
      prNumber: pr.number,
      deploymentId: d.id,
      bake: service.policy.bake,
      appliedAt: at,
      deadline: at + seconds,
      state: "baking",
      report: reportOf(applied),
      reports,
      ...params.runUrl ? { runUrl: params.runUrl } : {}
    });
  }
  if (records.length === 0 || !params.metrics) {
    return { kind: "applied", prNumber: pr.number, apply, message: "applied" };
  }
  const unrecorded = [];
  for (const record of records) {
    const wrote = await writeBakeRecord({ kube: params.kube, record, gh });
    if (!wrote.ok) unrecorded.push(record);
    await gh.deploymentStatus({
      id: record.deploymentId,
      state: "in_progress",
      description: wrote.ok ? `applied; baking ${record.bake}, then the gate is judged` : `applied; baking ${record.bake} in this run only (the bake record could not be written)`
    });
  }
  const mode = params.bake?.mode ?? "inline";
  if (mode === "background" && unrecorded.length === 0) {
    const until = new Date(Math.max(...records.map((r) => r.deadline)) * 1e3).toISOString();
    return {
      kind: "applied",
      prNumber: pr.number,
      apply,
      message: `applied; baking until ${until}, then the gate is judged (resumable from the bake records)`
    };
  }
  const sleep = params.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const longest = Math.max(...records.map((r) => r.deadline)) - at;
  await sleep(longest * 1e3);
  const deps = {
    kube: params.kube,
    github: async () => ({ gh, filesAt: params.filesAt }),
    prom: params.metrics.prom,
    ...params.metrics.prometheusUrl ? { prometheusUrl: params.metrics.prometheusUrl } : {},
    now,
    replica: params.bake?.replica ?? defaultReplica(),
    wait: params.wait,
    ...params.sleep ? { sleep: params.sleep } : {},
    force: params.force ?? false
  };
  const results = [];
  const recorded = records.filter((r) => !unrecorded.includes(r));
  if (recorded.length > 0) {
    const resumed = await resumeBakes({
      ...deps,
      early: true,
      only: (r) => r.sha === params.sha && recorded.some((x) => x.service === r.service && x.namespace === r.namespace)
    });
    if (resumed.ok) results.push(...resumed.results);
  }
  for (const record of unrecorded) {
    const settled = await settleBake(record, deps, { gh, filesAt: params.filesAt });
    results.push({
      service: record.service,
      namespace: record.namespace,
      sha: record.sha,
      kind: settled.result,
      message: settled.message,
      ...settled.revertPr ? { revertPr: settled.revertPr } : {}
    });
  }
  const rolled = results.filter((r) => r.kind === "rolled-back");
  if (rolled.length > 0) {
    return {
      kind: "rolled-back",
      prNumber: pr.number,
      apply,
      message: rolled.map((r) => `\`${r.service}\`: ${r.message}`).join("\n"),
      ...rolled[0]?.revertPr ? { revertPr: rolled[0].revertPr } : {},
      ...rolled.length > 1 ? { revertPrs: rolled.flatMap((r) => r.revertPr ? [r.revertPr] : []) } : {}
    };
  }
  const unsure = results.filter((r) => r.kind !== "passed");
  return {
    kind: "applied",
    prNumber: pr.number,
    apply,
    message: unsure.length ? `applied; after bake: ${unsure.map((r) => `\`${r.service}\` ${r.kind}: ${r.message}`).join("; ")}` : "applied; the gate passed after bake"
  };
}
function defaultReplica() {
  return `${hostname()}-${process.pid}`;
}

export {
  resumeBakes,
  bakeTimer,
  deployOnMerge,
  defaultReplica
};
