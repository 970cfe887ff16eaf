import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  authorize,
  requestedByLine,
  teamsToCheck
} from "./chunk-SRXGRV3X.js";
import {
  planComment
} from "./chunk-TD34S6FT.js";
import {
  code,
  fenced,
  filesAt,
  prose,
  reportOnPr,
  table
} from "./chunk-YQQIK7IX.js";
import {
  applyServices,
  planOf
} from "./chunk-H55LD6BY.js";
import {
  BARE_WORDS,
  CHAT_COMMANDS,
  COMMAND_WORDS,
  SERVICE_WORDS,
  closest,
  commandPaths,
  describeChange,
  describeMirror,
  describeMirrorChange,
  directlyIn,
  guessPath,
  includeOf,
  includedFiles,
  isOneOf,
  isServiceKey,
  loadConfig,
  loadForRequest,
  parseTrafficRequest,
  planSet,
  planTraffic,
  sameMirror,
  scanServices,
  serviceFiles,
  weightsOf
} from "./chunk-MVTX7BNA.js";

// src/core/comment.ts
var COMMAND_LINE = /^\s*\/rollout(?:\s|$)/i;
var FENCE = /^\s*(`{3,}|~{3,})(.*)$/;
var QUOTE = /^\s*>/;
function parseComment(body) {
  let fence;
  let inHtmlComment = false;
  const commands = [];
  for (const line of body.split(/\r\n|\r|\n/)) {
    if (fence) {
      const close = FENCE.exec(line);
      const run2 = close?.[1] ?? "";
      if (close && run2[0] === fence.char && run2.length >= fence.length && close[2]?.trim() === "")
        fence = void 0;
      continue;
    }
    const hidden = inHtmlComment;
    inHtmlComment = htmlCommentOpenAfter(line, inHtmlComment);
    if (hidden || QUOTE.test(line)) continue;
    const open = FENCE.exec(line);
    if (open?.[1] && !(open[1][0] === "`" && open[2]?.includes("`"))) {
      fence = { char: open[1][0] ?? "`", length: open[1].length };
      continue;
    }
    if (COMMAND_LINE.test(line)) commands.push(line);
  }
  const [first] = commands;
  if (first === void 0) return { ok: false, reason: "no-command" };
  const words = first.trim().split(/\s+/).slice(1).filter((w) => w !== "");
  return { ok: true, words, ignoredLines: commands.length - 1 };
}
function htmlCommentOpenAfter(line, open) {
  let at = 0;
  let inside = open;
  for (; ; ) {
    const next = line.indexOf(inside ? "-->" : "<!--", at);
    if (next < 0) return inside;
    at = next + (inside ? 3 : 4);
    inside = !inside;
  }
}
function usage(message) {
  return { ok: false, reason: "usage", message };
}
function ok(command) {
  return { ok: true, command };
}
function unknownService(word, serviceKeys, action) {
  const hint = closest(word, serviceKeys);
  const services = serviceKeys.length > 0 ? serviceKeys.join(", ") : "none";
  return {
    ok: false,
    reason: "unknown-service",
    message: `no service \`${word}\` in rollout.yaml (services: ${services}).${hint ? ` Did you mean \`${action} ${hint}\`?` : ""}`
  };
}
function classifyCommand(params) {
  const { serviceKeys } = params;
  const all = params.words.filter((w) => w !== "");
  if (all.some((w) => w.includes("`")))
    return usage("commands are plain words: write them without backticks, e.g. `/rollout v2 20`.");
  if (all.length === 0) return ok({ kind: "help" });
  const force = all.includes("--force");
  const words = all.filter((w) => w !== "--force");
  const lower = words.map((w) => w.toLowerCase());
  const [first, second] = lower;
  if (isOneOf(BARE_WORDS, first)) return ok({ kind: first });
  if (isOneOf(BARE_WORDS, second) && words.length === 2) return ok({ kind: second });
  const at = isOneOf(SERVICE_WORDS, first) ? 0 : isOneOf(SERVICE_WORDS, second) ? 1 : -1;
  const action = lower[at];
  if (isOneOf(SERVICE_WORDS, action)) {
    if (force) return usage(`\`--force\` only applies to traffic changes; \`${action}\` changes nothing.`);
    if (words.length > 2)
      return usage(
        `\`${action}\` takes at most a service key (got \`${words.join(" ")}\`), e.g. \`${action} ${serviceKeys[0] ?? "mnist"}\`.`
      );
    const word = words[1 - at];
    if (word === void 0) return ok({ kind: action });
    const service = word.toLowerCase();
    if (!serviceKeys.includes(service)) return unknownService(word, serviceKeys, action);
    return ok({ kind: action, service });
  }
  const typo = commandTypo(words, serviceKeys);
  if (typo) return typo;
  const parsed = parseTrafficRequest({ words: all, serviceKeys });
  if (!parsed.ok) return parsed;
  return ok({ kind: "traffic", words: all, force });
}
function commandTypo(words, serviceKeys) {
  const at = words.length > 1 && serviceKeys.includes(words[0] ?? "") ? 1 : 0;
  const word = words[at];
  if (word === void 0 || word.includes(":") || serviceKeys.includes(word)) return void 0;
  const after = words[at + 1];
  if (after !== void 0 && /^-?\d/.test(after)) return void 0;
  const lower = word.toLowerCase();
  if (isOneOf(COMMAND_WORDS, lower)) return void 0;
  const hint = closest(lower, COMMAND_WORDS);
  if (!hint) return void 0;
  return usage(`unknown command \`${word}\`. Did you mean \`${hint}\`?`);
}

// src/core/messages.ts
var pct = (n) => `${n} %`;
function versionsOf(...sides) {
  const all = [];
  for (const w of sides) for (const v of Object.keys(w ?? {})) if (!all.includes(v)) all.push(v);
  return all;
}
function weightList(w, order = Object.keys(w)) {
  return order.map((v) => `${v} ${pct(w[v] ?? 0)}`).join(", ");
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function rolloutPrTitle(plan2) {
  const head = `Rollout ${plan2.service}:`;
  if (plan2.kind === "promote") return `${head} promote ${plan2.stableAfter} (100 %)`;
  if (plan2.kind === "abort") return `${head} abort, back to ${plan2.stableAfter} (100 %)`;
  if (plan2.kind === "mirror") {
    const m = plan2.mirrorAfter;
    return m ? `${head} mirror ${pct(m.percent)} of requests to ${m.version}` : `${head} stop mirroring to ${plan2.mirrorBefore?.version ?? "any version"}`;
  }
  const order = versionsOf(plan2.after).filter((v) => (plan2.after[v] ?? 0) > 0);
  order.sort((a, b) => Number(b === plan2.stableAfter) - Number(a === plan2.stableAfter));
  return `${head} ${order.map((v) => `${v} ${pct(plan2.after[v] ?? 0)}`).join(" \u2192 ")}`;
}
function role(plan2, v) {
  if (v === plan2.stableAfter) return v === plan2.stableBefore ? " (stable)" : " (new stable)";
  if (v === plan2.stableBefore) return " (was stable)";
  if (v === plan2.canary) return " (canary)";
  return v === plan2.mirrorAfter?.version ? ` (mirror, ${pct(plan2.mirrorAfter.percent)} copied)` : "";
}
function mirrorShort(m) {
  return m ? `${code(m.version)} ${pct(m.percent)}` : "none";
}
function mirrorLine(plan2, before) {
  const after = plan2.mirrorAfter;
  if (!before && !after) return [];
  if (sameMirror(before, after) && after) return [`**Mirror** (unchanged): ${describeMirror(after)}.`];
  const meaning = after ? `${describeMirror(after)}.` : before && (plan2.after[before.version] ?? 0) > 0 ? `${code(before.version)} now serves ${pct(plan2.after[before.version] ?? 0)} of live traffic, so it is no longer shadowed.` : "Mirroring stops.";
  return [`**Mirror:** ${mirrorShort(before)} \u2192 ${mirrorShort(after)}. ${meaning}`];
}
function pinLine(pin, versions) {
  if (!pin || versions.length === 0) return [];
  const routes = versions.map((v) => `requests with ${code(`${pin.header}: ${v}`)} go to ${code(v)}`);
  return [`**Pinned routes** (ahead of the weights): ${routes.join("; ")}.`];
}
function signed(n) {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : "0";
}
function stepsLine(steps, at) {
  const marks = [.../* @__PURE__ */ new Set([...steps, at])].sort((a, b) => a - b);
  return marks.map((s) => s === at ? `**${s}**` : `${s}`).join(" \u2192 ");
}
function exampleWeight(at, next) {
  const mid = Math.floor((at + (next ?? 100)) / 2 / 5) * 5;
  return at > 0 && mid > at && mid < (next ?? 100) ? mid : void 0;
}
function commandRows(params) {
  const { service, plan: plan2, steps } = params;
  const cmd = (words) => code(`/rollout ${service} ${words}`);
  const run2 = (word, ...args) => cmd([word, ...args].join(" "));
  const rows = [];
  const version = plan2.canary ?? versionsOf(plan2.after).find((v) => v !== plan2.stableAfter);
  if (version !== void 0 && version !== plan2.stableAfter) {
    const at = plan2.after[version] ?? 0;
    const next = steps.find((s) => s > at);
    if (next !== void 0)
      rows.push([run2("next", version), `${code(version)} to its next step, ${pct(next)}`]);
    const w = exampleWeight(at, next);
    if (w !== void 0)
      rows.push([cmd(`${version} ${w}`), `${code(version)} to ${pct(w)}; the others shrink in proportion`]);
    rows.push([run2("promote", version), `${code(version)} to 100 % and stable`]);
  }
  if ((plan2.after[plan2.stableAfter] ?? 0) !== 100)
    rows.push([run2("abort"), `100 % back to ${code(plan2.stableAfter)} (stable)`]);
  if (plan2.mirrorAfter)
    rows.push([run2("mirror", "off"), `stop copying requests to ${code(plan2.mirrorAfter.version)}`]);
  rows.push([run2("status"), "weights on the default branch and this PR"]);
  rows.push([code(`/rollout ${"help"}`), "every command"]);
  return rows;
}
function rolloutPrBody(facts) {
  const { service, config, plan: plan2 } = facts;
  const { policy } = config;
  const from = facts.live ?? plan2.before;
  const order = versionsOf(plan2.after, from);
  const out = [
    `<!-- rollout-bot: service=${service} -->`,
    `Traffic for **${code(service)}** (Service ${code(config.host)} in namespace ${code(config.namespace)}). **Merging this PR applies the change**; until then traffic stays as it is.`,
    "",
    table(
      ["version", facts.live ? "default branch" : "before", "after merge", "change"],
      ["l", "r", "r", "r"],
      order.map((v) => {
        const a = from[v] ?? 0;
        const b = plan2.after[v] ?? 0;
        return [`${code(v)}${role(plan2, v)}`, pct(a), pct(b), signed(b - a)];
      })
    )
  ];
  const update = describeChange(plan2);
  if (facts.live && update && describeChange({ before: from, after: plan2.before }))
    out.push("", `This update: ${update}.`);
  if (plan2.stableAfter !== plan2.stableBefore)
    out.push("", `${code(plan2.stableAfter)} becomes the stable version (was ${code(plan2.stableBefore)}).`);
  const mirror = mirrorLine(plan2, facts.live ? facts.liveMirror : plan2.mirrorBefore);
  if (mirror.length > 0) out.push("", ...mirror);
  const pins = pinLine(config.pin, order);
  if (pins.length > 0) out.push("", ...pins);
  if (facts.notes && facts.notes.length > 0)
    out.push(
      "",
      "**Your routing file** needed more than new weight values; rollout-bot added:",
      ...facts.notes.map((n) => `- ${n}`)
    );
  out.push("", stepsSentence(config.steps, plan2));
  const { gate } = policy;
  const needed = Math.max(0, facts.approvalsNeeded);
  const approvals = policy.approvals === 0 ? "none required" : `${policy.approvals} required, ${needed === 0 ? "none" : needed} still needed`;
  const reviewers = policy.reviewers.length === 0 ? "none listed, so anyone with write access may use `--force`" : `${policy.reviewers.map(code).join(", ")}; only they may use \`--force\`${policy.reviewers.some((r) => r.includes("/")) ? " (for a team, its members)" : ""}`;
  const forced = plan2.forced ? " **This change exceeds it, with `--force`.**" : "";
  const minimum = gate.minRequests > 0 ? `at least ${gate.minRequests} requests` : "any number of requests";
  const shadow = plan2.mirrorAfter ? ` ${code(plan2.mirrorAfter.version)} (mirror) is never the canary nor compared: its requests are copies.` : "";
  out.push(
    "",
    "### Policy",
    "",
    `- **Approvals:** ${approvals}.`,
    `- **Reviewers:** ${reviewers}.`,
    `- **Max step:** +${policy.maxStep} % for any one version per change (\`abort\` and the last step to 100 % are exempt).${forced}`,
    `- **Metric gate:** over ${gate.window}, the canary needs ${minimum}, a success rate \u2265 ${pct(gate.successRate)} and p99 latency \u2264 ${gate.p99LatencyMs} ms.${shadow} Not checked yet: the gate arrives with the metrics check ${code("rollout/gate")}.`
  );
  const by = facts.requestedBy.replace(/^@/, "");
  const typed = facts.command ? `: ${code(facts.command)}` : ".";
  out.push("", "### Source", "", `Requested by @${by} in ${facts.source}${typed}`);
  out.push(
    "",
    "### Commands",
    "",
    "One command per comment, on this or any pull request in the repository; a new traffic command updates this PR.",
    "",
    table(["command", "effect"], ["l", "l"], commandRows({ service, plan: plan2, steps: config.steps })),
    "",
    `<sub>rollout-bot edits ${code(facts.configFile)} and the Istio manifests of ${code(service)} on branch ${code(`rollout/${service}`)}.</sub>`
  );
  return out.join("\n");
}
function stepsSentence(steps, plan2) {
  if (steps.length === 0) return "**Steps:** none in rollout.yaml, so `next` has nothing to walk through.";
  const canary = plan2.canary;
  if (canary === void 0 || plan2.kind === "abort")
    return `**Steps:** ${steps.join(" \u2192 ")}; no version is being rolled out after this change.`;
  const at = plan2.after[canary] ?? 0;
  const next = steps.find((s) => s > at);
  const then = canary === plan2.stableAfter ? `${code(canary)} is stable.` : next !== void 0 ? `\`next\` takes it to ${pct(next)}.` : `Past the last step: \`promote ${canary}\` makes it stable.`;
  return `**Steps** for ${code(canary)}: ${stepsLine(steps, at)}. ${then}`;
}
var HELP_SERVICES_SHOWN = 10;
function fill(template, versions, wrap = false) {
  const as = (v) => wrap ? code(v) : v;
  return template.replaceAll("{stable}", as(versions.stable)).replaceAll("{canary}", as(versions.canary));
}
function helpMessage(params) {
  const { serviceKeys } = params;
  const versions = params.example ?? { stable: "v1", canary: "v2" };
  const key = serviceKeys[0];
  const cmd = (words) => code(key === void 0 ? `/rollout ${words}` : `/rollout ${key} ${words}`);
  const row = (e, help) => {
    const args = fill(e.args, versions);
    return [
      e.key === void 0 || e.key === "first" ? cmd(args) : code(`/rollout ${args}`),
      fill(e.effect ?? help, versions, true)
    ];
  };
  const rows = CHAT_COMMANDS.flatMap(
    (c) => c.examples.filter((e) => e.key !== "all" || serviceKeys.length > 1).map((e) => row(e, c.help))
  );
  const shown = serviceKeys.slice(0, HELP_SERVICES_SHOWN).map(code).join(", ");
  const more = serviceKeys.length > HELP_SERVICES_SHOWN ? ` and ${serviceKeys.length - HELP_SERVICES_SHOWN} more` : "";
  const keyRule = key === void 0 ? "**Service key:** rollout.yaml has no services yet; add one first." : serviceKeys.length === 1 ? `**Service key:** ${code(key)} may be left out, as rollout.yaml has one service.` : `**Service key:** required first, as rollout.yaml has ${serviceKeys.length} services: ${shown}${more}.`;
  return [
    "### rollout-bot commands",
    "",
    "Comment a command on a pull request in this repository. A traffic command opens or updates the rollout PR (branch `rollout/<service>`); **merging it applies the change**.",
    "",
    table(["command", "effect"], ["l", "l"], rows),
    "",
    `- ${keyRule}`,
    `- **\`--force\`**, anywhere in a traffic command (e.g. ${cmd(`${versions.canary} 60 --force`)}), lets a version rise by more than \`policy.maxStep\` in one change. When the service's \`policy.reviewers\` lists anyone, only those users and members of those teams may use it. \`abort\` and the last step to 100 % never need it.`,
    "- **One command per comment:** only the first line starting with `/rollout` runs; lines in code blocks and quotes never do.",
    "- **Who:** people with write access to the repository. Comments from bots are ignored."
  ].join("\n");
}
function replyDone(params) {
  const { plan: plan2, prUrl, prNumber, updated, ignoredLines } = params;
  const link = `[#${prNumber}](${prUrl})`;
  const change = [describeChange(plan2), describeMirrorChange(plan2)].filter((s) => s !== void 0 && s !== "").join("; ") || "weights unchanged";
  const stable = plan2.stableAfter === plan2.stableBefore ? "" : ` ${code(plan2.stableAfter)} becomes stable (was ${code(plan2.stableBefore)}).`;
  const forced = plan2.forced ? " Forced past `policy.maxStep` with `--force`." : "";
  const lines = [
    `${updated ? "Updated" : "Opened"} rollout PR ${link} for ${code(plan2.service)}: ${change}.${stable}${forced}`,
    "",
    "Merging it applies the change."
  ];
  const shadow = plan2.kind === "mirror" ? plan2.mirrorAfter?.version : void 0;
  if (shadow !== void 0 && params.pin)
    lines.push(
      "",
      `To try ${code(shadow)} itself: requests with ${code(`${params.pin.header}: ${shadow}`)} go to ${code(shadow)} (pinned route).`
    );
  if (ignoredLines > 0)
    lines.push(
      "",
      `Only the first \`/rollout\` line ran; ${plural(ignoredLines, "other line was", "other lines were")} ignored (one command per comment).`
    );
  return lines.join("\n");
}
function replyRefused(params) {
  const lines = params.message.trimEnd().split(/\r?\n/);
  const usageAt = lines.findIndex((l) => l.trim() === "Usage:");
  const said = usageAt < 0 ? lines : lines.slice(0, usageAt);
  const usage2 = usageAt < 0 ? [] : lines.slice(usageAt + 1).map((l) => l.replace(/^ {2}/, ""));
  const out = [`**Not done** (${code(params.reason)}); nothing was changed.`, ""];
  out.push(...said.map((l) => l.trim() === "" ? ">" : `> ${prose(l)}`));
  if (usage2.length > 0) out.push("", "Usage:", "", fenced(usage2.join("\n")));
  out.push("", "Comment `/rollout help` for every command.");
  return out.join("\n");
}
var STATUS_ROWS_SHOWN = 50;
function replyStatus(params) {
  const { services } = params;
  const [only] = services;
  if (only === void 0) return "rollout.yaml on the default branch has no services.";
  if (services.length === 1) {
    const live = weightsOf(only.config);
    const pr = only.openPr;
    const proposed = pr?.weights;
    const order = versionsOf(live, proposed);
    const header = ["version", "default branch", ...proposed && pr ? [`rollout PR #${pr.number}`] : []];
    const rows2 = order.map((v) => [
      `${code(v)}${v === only.config.stable ? " (stable)" : ""}`,
      pct(live[v] ?? 0),
      ...proposed ? [pct(proposed[v] ?? 0)] : []
    ]);
    const prLine = pr ? `Open rollout PR: [#${pr.number}](${pr.url}); merging it applies its weights.` : `No rollout PR is open for ${code(only.key)}.`;
    return [
      `**${code(only.key)}**: weights in rollout.yaml on the default branch.`,
      "",
      table(header, ["l", "r", ...proposed ? ["r"] : []], rows2),
      "",
      prLine
    ].join("\n");
  }
  const shown = services.slice(0, STATUS_ROWS_SHOWN);
  const rows = shown.map((s) => {
    const live = weightsOf(s.config);
    const pr = s.openPr;
    const prCell = pr ? `[#${pr.number}](${pr.url})${pr.weights ? `: ${weightList(pr.weights, versionsOf(live, pr.weights))}` : ""}` : "none";
    return [code(s.key), weightList(live), code(s.config.stable), prCell];
  });
  const out = [
    "Weights in rollout.yaml on the default branch, and open rollout PRs.",
    "",
    table(["service", "default branch", "stable", "rollout PR"], ["l", "l", "l", "l"], rows)
  ];
  const rest = services.slice(STATUS_ROWS_SHOWN);
  const next = rest[0];
  if (next !== void 0)
    out.push(
      "",
      `${plural(rest.length, "more service")} not shown; ask for one, e.g. ${code(`/rollout status ${next.key}`)}.`
    );
  return out.join("\n");
}
function replyError(params) {
  const message = params.message.trim();
  const shown = message === "" ? ".** " : message.includes("\n") ? `:**

${fenced(message)}

` : `:** ${code(message)}. `;
  return `**GitHub kept failing${shown}Nothing was changed; try the command again in a few minutes.`;
}

// src/handlers/rollout-command.ts
var MAX_ATTEMPTS = 3;
async function handleRolloutComment(params) {
  const { event, gh } = params;
  const configPath = params.configPath ?? "rollout.yaml";
  const parsed = parseComment(event.body);
  if (!parsed.ok) return { kind: "ignored", reason: "no-command" };
  if (!event.isPullRequest) return { kind: "ignored", reason: "not-a-pull-request" };
  let ack;
  const guess = guessPath({ configPath, words: parsed.words });
  try {
    ack = await gh.readCommand({
      commentNodeId: event.commentNodeId,
      defaultBranch: event.defaultBranch,
      configPath,
      login: event.sender.type === "Bot" ? void 0 : event.sender.login,
      guess
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await gh.comment({ issueNumber: event.issueNumber, body: replyError({ message }) }).catch(() => void 0);
    return { kind: "failed", message };
  }
  if (ack.answered) return { kind: "ignored", reason: "already-answered" };
  const replyTo = ack.pullRequest?.id;
  if (!replyTo) return { kind: "ignored", reason: "not-a-pull-request" };
  const ctx = {
    event,
    gh,
    configPath,
    ack,
    replyTo,
    ignoredLines: parsed.ignoredLines,
    guess,
    ...params.metrics ? { metrics: params.metrics } : {},
    ...params.kube ? { kube: params.kube } : {}
  };
  try {
    return await run(ctx, parsed.words, ack.role);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await gh.reply({
      replyTo,
      body: replyError({ message }),
      commentNodeId: event.commentNodeId,
      editReplyId: ctx.replyId
    }).catch(() => void 0);
    return { kind: "failed", message };
  }
}
async function refuse(ctx, reason, message) {
  await answer(ctx, replyRefused({ reason, message }));
  return { kind: "answered", result: "refused", reason };
}
function answer(ctx, body) {
  return ctx.gh.reply({
    replyTo: ctx.replyTo,
    body,
    commentNodeId: ctx.event.commentNodeId,
    editReplyId: ctx.replyId
  });
}
async function run(ctx, words, role2) {
  const { event, ack, configPath } = ctx;
  const base = {
    senderType: event.sender.type,
    login: event.sender.login,
    role: role2,
    reviewers: [],
    memberOfTeams: []
  };
  const allowed = authorize({ ...base, force: false });
  if (!allowed.ok) return refuse(ctx, allowed.reason, allowed.message);
  if (ack.configText === void 0) {
    return refuse(
      ctx,
      "missing-config",
      `\`${configPath}\` was not found on \`${ack.defaultBranch}\`. Add it there (see examples/mnist/rollout.yaml in rollout-bot), then comment again.`
    );
  }
  const scan = scanServices(ack.configText);
  const included = await readIncluded(ctx, words, scan);
  if (included) ctx.included = included;
  const found = keysOf(ack.configText, configPath, scan, included);
  if ("reason" in found) return refuse(ctx, found.reason, found.message);
  const keys = found;
  const classified = classifyCommand({ words, serviceKeys: keys });
  if (!classified.ok) {
    const load = included && classified.reason === "unknown-service" ? loadForRequest({
      text: ack.configText,
      file: configPath,
      words,
      ...scan ? { scan } : {},
      included
    }) : void 0;
    if (load && !load.ok) return refuse(ctx, load.reason, load.message);
    return refuse(ctx, classified.reason, classified.message);
  }
  const command = classified.command;
  switch (command.kind) {
    case "help":
      await answer(
        ctx,
        helpMessage({ serviceKeys: keys, ...helpExample(ack.configText, configPath, keys, included) })
      );
      return { kind: "answered", result: "help" };
    case "status":
      return status(ctx, command);
    case "plan":
      return plan(ctx, command, keys);
    case "traffic":
      return traffic(ctx, command, base, scan);
  }
}
function helpExample(text, file, keys, included) {
  const first = keys[0];
  const r = first === void 0 ? void 0 : loadConfig({ text, file, only: first, ...included ? { included } : {} });
  const s = r?.ok && first !== void 0 ? r.loaded.config.services[first] : void 0;
  const canary = s && Object.keys(s.versions).find((v) => v !== s.stable);
  return s && canary ? { example: { stable: s.stable, canary } } : {};
}
async function readIncluded(ctx, words, scan) {
  const text = ctx.ack.configText ?? "";
  if (includeOf({ text, file: ctx.configPath, scan }).length === 0) return void 0;
  const need = commandPaths({ text, file: ctx.configPath, words, scan });
  const out = new Map(ctx.ack.guessed);
  const files = need.files.filter((p) => p !== ctx.guess);
  if (files.length === 0 && need.folders.length === 0) return out;
  const read = await ctx.gh.readFiles({ ref: ctx.ack.defaultHeadOid, files, folders: need.folders });
  for (const [path, t] of read) out.set(path, t);
  return out;
}
function keysOf(text, file, scan, included) {
  if (!scan) {
    const r = loadConfig({ text, file, ...included ? { included } : {} });
    if (r.ok) return Object.keys(r.loaded.config.services);
    if (!included) return { reason: r.reason, message: r.message };
  }
  if (!included) return scan?.keys ?? [];
  const keys = [...scan?.keys ?? []];
  const patterns = includeOf({ text, file, scan });
  for (const f of includedFiles({ patterns, paths: included.keys() }))
    if (isServiceKey(f.key) && !keys.includes(f.key)) keys.push(f.key);
  return keys;
}
async function status(ctx, command) {
  const included = ctx.included;
  const r = loadConfig({
    text: ctx.ack.configText ?? "",
    file: ctx.configPath,
    ...included ? { included, ...command.service ? { only: command.service } : {} } : {}
  });
  if (!r.ok) return refuse(ctx, r.reason, r.message);
  const prs = await ctx.gh.openRolloutPrs();
  const services = Object.entries(r.loaded.config.services).filter(([key]) => command.service === void 0 || key === command.service).map(([key, config]) => {
    const pr = prs.get(key);
    return { key, config, ...pr ? { openPr: { number: pr.number, url: pr.url } } : {} };
  });
  await answer(ctx, replyStatus({ services }));
  const metrics = ctx.metrics;
  if (metrics) {
    for (const { key } of services) {
      const pr = prs.get(key);
      if (!pr) continue;
      await reportOnPr({
        gh: ctx.gh,
        prom: metrics.prom,
        ...metrics.prometheusUrl ? { prometheusUrl: metrics.prometheusUrl } : {},
        configPath: ctx.configPath,
        defaultBranch: ctx.ack.defaultBranch,
        key,
        pr: { number: pr.number, headSha: pr.headRefOid, headRef: `rollout/${key}` },
        at: metrics.now(),
        ...metrics.stepStart ? { stepStart: metrics.stepStart } : {}
      });
    }
  }
  return { kind: "answered", result: "status" };
}
function baseOf(ctx, read, folders, ownFile) {
  const onBranch = read.openPr !== void 0 && read.rolloutRef !== void 0;
  const files = new Map(onBranch ? read.branchFiles : read.defaultFiles);
  const own = ownFile === void 0 ? void 0 : ctx.included?.get(ownFile);
  if (!onBranch && ownFile !== void 0 && own !== void 0) files.set(ownFile, own);
  const text = onBranch ? files.get(ctx.configPath) : ctx.ack.configText;
  if (!folders.some((f) => directlyIn(f, ctx.configPath))) files.delete(ctx.configPath);
  return { text, files, onBranch };
}
function widened(have, need) {
  const files = need.files.filter((f) => !have.files.includes(f));
  const folders = need.folders.filter((f) => !have.folders.includes(f));
  if (files.length === 0 && folders.length === 0) return void 0;
  return { files: [...have.files, ...files], folders: [...have.folders, ...folders] };
}
function commitOf(plan2, changes, ctx, words) {
  return {
    headline: rolloutPrTitle(plan2),
    body: requestedByLine({
      login: ctx.event.sender.login,
      owner: ctx.event.owner,
      repo: ctx.event.repo,
      issueNumber: ctx.event.issueNumber,
      command: `/rollout ${words.join(" ")}`
    }),
    changes
  };
}
async function traffic(ctx, command, auth, scan) {
  const { gh, event, ack, configPath } = ctx;
  const first = loadForRequest({
    text: ack.configText ?? "",
    file: configPath,
    words: command.words,
    ...scan ? { scan } : {},
    ...ctx.included ? { included: ctx.included } : {}
  });
  if (!first.ok) return refuse(ctx, first.reason, first.message);
  const keys = Object.keys(first.loaded.config.services);
  const key = first.request.service ?? (keys.length === 1 ? keys[0] : void 0);
  const service = key === void 0 ? void 0 : first.loaded.config.services[key];
  if (key === void 0 || service === void 0) {
    const r = planTraffic({ config: first.loaded.config, request: first.request });
    return refuse(
      ctx,
      r.ok ? "service-required" : r.reason,
      r.ok ? `Name the service first, e.g. \`/rollout ${keys[0]} ${command.words.join(" ")}\`.` : r.message
    );
  }
  if (command.force) {
    const teams = teamsToCheck(service.policy.reviewers);
    const memberships = await Promise.all(
      teams.map((t) => gh.isTeamMember({ ...t, login: event.sender.login }))
    );
    const memberOfTeams = teams.filter((_, i) => memberships[i]).map((t) => `${t.org}/${t.slug}`);
    const forced = authorize({ ...auth, force: true, reviewers: service.policy.reviewers, memberOfTeams });
    if (!forced.ok) return refuse(ctx, forced.reason, forced.message);
  }
  const ownFile = first.loaded.included.get(key)?.file;
  let files = serviceFiles({ configPath, service, ownFile });
  const reviewers = {
    users: service.policy.reviewers.filter((r) => !r.includes("/")),
    teams: teamsToCheck(service.policy.reviewers)
  };
  let lastConflict = "";
  let ownAckPossible = false;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const read = await gh.readService({
      service: key,
      defaultBranch: ack.defaultBranch,
      commentNodeId: event.commentNodeId,
      files,
      // rollout.yaml and the service's own file came with the first read(s).
      knownOnDefault: ownFile === void 0 ? [configPath] : [configPath, ownFile],
      reviewers
    });
    if (attempt > 1 && read.answered && !ownAckPossible)
      return { kind: "ignored", reason: "already-answered" };
    const on = baseOf(ctx, read, files.folders, ownFile);
    if (on.text === void 0) {
      return refuse(
        ctx,
        "missing-config",
        `\`${configPath}\` is missing on ${on.onBranch ? `branch rollout/${key}` : `\`${ack.defaultBranch}\``}. Restore it, then comment again.`
      );
    }
    const loaded = loadForRequest({
      text: on.text,
      file: configPath,
      words: command.words,
      included: on.files
    });
    if (!loaded.ok) return refuse(ctx, loaded.reason, loaded.message);
    const there = loaded.loaded.config.services[key];
    const wider = there && widened(
      files,
      serviceFiles({ configPath, service: there, ownFile: loaded.loaded.included.get(key)?.file })
    );
    if (wider) {
      files = wider;
      continue;
    }
    const live = weightsOf(service);
    const set = planSet({
      loaded: loaded.loaded,
      request: loaded.request,
      files: on.files,
      ...on.onBranch ? { live } : {}
    });
    if (!set.ok) return refuse(ctx, set.reason, set.message);
    const current = loaded.loaded.config.services[key] ?? service;
    const title = rolloutPrTitle(set.plan);
    const body = prBody({
      ctx,
      key,
      config: current,
      plan: set.plan,
      notes: set.notes,
      words: command.words,
      ...on.onBranch ? { live, ...service.mirror ? { liveMirror: service.mirror } : {} } : {}
    });
    const commit = commitOf(set.plan, set.changes, ctx, command.words);
    if (read.openPr && read.rolloutRef) {
      const reply = replyDone({
        plan: set.plan,
        prUrl: read.openPr.url,
        prNumber: read.openPr.number,
        updated: true,
        ignoredLines: ctx.ignoredLines,
        ...current.pin ? { pin: current.pin } : {}
      });
      const w2 = await gh.updateRollout({
        service: key,
        expectedHeadOid: read.rolloutRef.headOid,
        pr: read.openPr,
        commit,
        title,
        body,
        replyTo: ctx.replyTo,
        reply,
        commentNodeId: event.commentNodeId,
        editReplyId: ctx.replyId
      });
      if (w2.ok) return { kind: "answered", result: "done", prUrl: w2.pr.url, created: false };
      if (w2.replyId) ctx.replyId = w2.replyId;
      if (w2.reason === "failed") throw new Error(w2.message);
      lastConflict = w2.message;
      ownAckPossible = true;
      continue;
    }
    const w = await gh.openRollout({
      service: key,
      repositoryId: ack.repositoryId,
      defaultBranch: ack.defaultBranch,
      baseOid: ack.defaultHeadOid,
      leftoverRefId: read.rolloutRef?.id,
      commit,
      title,
      body
    });
    if (!w.ok) {
      lastConflict = w.message;
      continue;
    }
    await gh.finishNewPr({
      pr: w.pr,
      labelId: read.labelId,
      reviewers,
      reviewerIds: read.reviewerIds,
      replyTo: ctx.replyTo,
      commentNodeId: event.commentNodeId,
      editReplyId: ctx.replyId,
      reply: (notes) => [
        replyDone({
          plan: set.plan,
          prUrl: w.pr.url,
          prNumber: w.pr.number,
          updated: false,
          ignoredLines: ctx.ignoredLines,
          ...current.pin ? { pin: current.pin } : {}
        }),
        ...notes
      ].join("\n\n")
    });
    return { kind: "answered", result: "done", prUrl: w.pr.url, created: true };
  }
  throw new Error(
    `rollout/${key} kept changing under this command (${MAX_ATTEMPTS} attempts; last: ${lastConflict})`
  );
}
function prBody(params) {
  const { ctx, config } = params;
  return rolloutPrBody({
    ...params.live ? { live: params.live, ...params.liveMirror ? { liveMirror: params.liveMirror } : {} } : {},
    command: `/rollout ${params.words.join(" ")}`,
    service: params.key,
    config,
    plan: params.plan,
    notes: params.notes,
    requestedBy: ctx.event.sender.login,
    source: `${ctx.event.owner}/${ctx.event.repo}#${ctx.event.issueNumber}`,
    configFile: ctx.configPath,
    approvalsNeeded: config.policy.approvals
  });
}
async function plan(ctx, command, keys) {
  if (!ctx.kube) {
    return refuse(
      ctx,
      "not-available",
      "`/rollout plan` needs cluster credentials, which this installation does not have. Run the app in the cluster (in-cluster service account or ROLLOUT_BOT_KUBECONFIG), or use the Action's `mode: plan` on pull requests."
    );
  }
  const services = command.service ? [command.service] : [...keys];
  const prs = await ctx.gh.openRolloutPrs();
  const only = services.length === 1 ? services[0] : void 0;
  const pr = only ? prs.get(only) : void 0;
  const ref = pr ? pr.headRefOid : ctx.ack.defaultBranch;
  const files = await filesAt({ gh: ctx.gh, ref, configPath: ctx.configPath });
  const text = files.get(ctx.configPath);
  const loaded = text === void 0 ? void 0 : loadConfig({ text, file: ctx.configPath, included: files });
  if (!loaded?.ok)
    return refuse(
      ctx,
      "invalid-config",
      loaded ? loaded.message : `\`${ctx.configPath}\` not found at ${ref}.`
    );
  const outcome = await applyServices({
    kube: ctx.kube,
    loaded: loaded.loaded,
    files,
    services,
    planOnly: true,
    force: false,
    wait: { timeoutMs: 0, pollMs: 0 }
  });
  if (!outcome.ok) return refuse(ctx, outcome.reason, outcome.message);
  await answer(ctx, planComment({ services: outcome.services.map(planOf) }));
  return { kind: "answered", result: "plan" };
}

export {
  handleRolloutComment
};
