import type { RolloutPrFacts } from "./chatops.js";
import { CHAT_COMMANDS, type ChatExample, type CommandWord } from "./commands.js";
import { code, fenced, prose, table } from "./markdown.js";
import {
  describeChange,
  describeMirror,
  describeMirrorChange,
  type Mirror,
  sameMirror,
  type TrafficPlan,
  type Weights,
  weightsOf,
} from "./plan.js";
import type { ServiceConfig } from "./schema.js";

// Every message is Markdown for GitHub comments, where a newline is a line break. No line may
// start with `/rollout` outside a code span: a bot posting as a user must not command itself.

const pct = (n: number) => `${n} %`;

/** Versions in config order, plus any only one side knows. */
function versionsOf(...sides: (Weights | undefined)[]): string[] {
  const all: string[] = [];
  for (const w of sides) for (const v of Object.keys(w ?? {})) if (!all.includes(v)) all.push(v);
  return all;
}

function weightList(w: Weights, order: readonly string[] = Object.keys(w)): string {
  return order.map((v) => `${v} ${pct(w[v] ?? 0)}`).join(", ");
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `Rollout mnist: v1 80 % → v2 20 %`: the versions that carry traffic after the change, stable first. */
export function rolloutPrTitle(plan: TrafficPlan): string {
  const head = `Rollout ${plan.service}:`;
  if (plan.kind === "promote") return `${head} promote ${plan.stableAfter} (100 %)`;
  if (plan.kind === "abort") return `${head} abort, back to ${plan.stableAfter} (100 %)`;
  if (plan.kind === "mirror") {
    const m = plan.mirrorAfter;
    return m
      ? `${head} mirror ${pct(m.percent)} of requests to ${m.version}`
      : `${head} stop mirroring to ${plan.mirrorBefore?.version ?? "any version"}`;
  }
  const order = versionsOf(plan.after).filter((v) => (plan.after[v] ?? 0) > 0);
  order.sort((a, b) => Number(b === plan.stableAfter) - Number(a === plan.stableAfter));
  return `${head} ${order.map((v) => `${v} ${pct(plan.after[v] ?? 0)}`).join(" → ")}`;
}

function role(plan: TrafficPlan, v: string): string {
  if (v === plan.stableAfter) return v === plan.stableBefore ? " (stable)" : " (new stable)";
  if (v === plan.stableBefore) return " (was stable)";
  if (v === plan.canary) return " (canary)";
  return v === plan.mirrorAfter?.version ? ` (mirror, ${pct(plan.mirrorAfter.percent)} copied)` : "";
}

/** `` `v2` 10 % `` or `none`. */
function mirrorShort(m: Mirror | undefined): string {
  return m ? `${code(m.version)} ${pct(m.percent)}` : "none";
}

/**
 * The shadow-traffic line of the PR body: the mirror before → after merge, and what it means;
 * nothing when the service mirrors nothing on either side.
 */
function mirrorLine(plan: TrafficPlan, before: Mirror | undefined): string[] {
  const after = plan.mirrorAfter;
  if (!before && !after) return [];
  if (sameMirror(before, after) && after) return [`**Mirror** (unchanged): ${describeMirror(after)}.`];
  const meaning = after
    ? `${describeMirror(after)}.`
    : before && (plan.after[before.version] ?? 0) > 0
      ? `${code(before.version)} now serves ${pct(plan.after[before.version] ?? 0)} of live traffic, so it is no longer shadowed.`
      : "Mirroring stops.";
  return [`**Mirror:** ${mirrorShort(before)} → ${mirrorShort(after)}. ${meaning}`];
}

/** The pinned routes of a service with `pin`: which header value reaches which version. */
function pinLine(pin: { readonly header: string } | undefined, versions: readonly string[]): string[] {
  if (!pin || versions.length === 0) return [];
  const routes = versions.map((v) => `requests with ${code(`${pin.header}: ${v}`)} go to ${code(v)}`);
  return [`**Pinned routes** (ahead of the weights): ${routes.join("; ")}.`];
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0";
}

/** `10 → **25** → 50 → 100`; a weight between steps is shown in its place. */
function stepsLine(steps: readonly number[], at: number): string {
  const marks = [...new Set([...steps, at])].sort((a, b) => a - b);
  return marks.map((s) => (s === at ? `**${s}**` : `${s}`)).join(" → ");
}

/** A weight for the "set" example strictly between where the version is and `next`, if any. */
function exampleWeight(at: number, next: number | undefined): number | undefined {
  const mid = Math.floor((at + (next ?? 100)) / 2 / 5) * 5;
  return at > 0 && mid > at && mid < (next ?? 100) ? mid : undefined;
}

function commandRows(params: {
  readonly service: string;
  readonly plan: TrafficPlan;
  readonly steps: readonly number[];
}): string[][] {
  const { service, plan, steps } = params;
  const cmd = (words: string) => code(`/rollout ${service} ${words}`);
  // Typed by the command table, so renaming a command cannot leave a stale suggestion here.
  const run = (word: CommandWord, ...args: string[]) => cmd([word, ...args].join(" "));
  const rows: string[][] = [];
  const version = plan.canary ?? versionsOf(plan.after).find((v) => v !== plan.stableAfter);
  if (version !== undefined && version !== plan.stableAfter) {
    const at = plan.after[version] ?? 0;
    const next = steps.find((s) => s > at);
    if (next !== undefined)
      rows.push([run("next", version), `${code(version)} to its next step, ${pct(next)}`]);
    const w = exampleWeight(at, next);
    if (w !== undefined)
      rows.push([cmd(`${version} ${w}`), `${code(version)} to ${pct(w)}; the others shrink in proportion`]);
    rows.push([run("promote", version), `${code(version)} to 100 % and stable`]);
  }
  if ((plan.after[plan.stableAfter] ?? 0) !== 100)
    rows.push([run("abort"), `100 % back to ${code(plan.stableAfter)} (stable)`]);
  if (plan.mirrorAfter)
    rows.push([run("mirror", "off"), `stop copying requests to ${code(plan.mirrorAfter.version)}`]);
  rows.push([run("status"), "weights on the default branch and this PR"]);
  rows.push([code(`/rollout ${"help" satisfies CommandWord}`), "every command"]);
  return rows;
}

/**
 * The rollout PR's description. Its first line is a hidden marker naming the service, so the
 * bot can find its PR again. `approvalsNeeded` is how many approving reviews are still missing.
 */
export function rolloutPrBody(facts: RolloutPrFacts & { readonly approvalsNeeded: number }): string {
  const { service, config, plan } = facts;
  const { policy } = config;
  const from = facts.live ?? plan.before;
  const order = versionsOf(plan.after, from);
  const out: string[] = [
    `<!-- rollout-bot: service=${service} -->`,
    `Traffic for **${code(service)}** (Service ${code(config.host)} in namespace ${code(config.namespace)}). **Merging this PR applies the change**; until then traffic stays as it is.`,
    "",
    table(
      ["version", facts.live ? "default branch" : "before", "after merge", "change"],
      ["l", "r", "r", "r"],
      order.map((v) => {
        const a = from[v] ?? 0;
        const b = plan.after[v] ?? 0;
        return [`${code(v)}${role(plan, v)}`, pct(a), pct(b), signed(b - a)];
      }),
    ),
  ];
  // The plan starts from the rollout branch when this PR already existed; say what this command did.
  const update = describeChange(plan);
  if (facts.live && update && describeChange({ before: from, after: plan.before }))
    out.push("", `This update: ${update}.`);
  if (plan.stableAfter !== plan.stableBefore)
    out.push("", `${code(plan.stableAfter)} becomes the stable version (was ${code(plan.stableBefore)}).`);
  const mirror = mirrorLine(plan, facts.live ? facts.liveMirror : plan.mirrorBefore);
  if (mirror.length > 0) out.push("", ...mirror);
  const pins = pinLine(config.pin, order);
  if (pins.length > 0) out.push("", ...pins);
  if (facts.notes && facts.notes.length > 0)
    out.push(
      "",
      "**Your routing file** needed more than new weight values; rollout-bot added:",
      ...facts.notes.map((n) => `- ${n}`),
    );

  out.push("", stepsSentence(config.steps, plan));

  const { gate } = policy;
  const needed = Math.max(0, facts.approvalsNeeded);
  const approvals =
    policy.approvals === 0
      ? "none required"
      : `${policy.approvals} required, ${needed === 0 ? "none" : needed} still needed`;
  const reviewers =
    policy.reviewers.length === 0
      ? "none listed, so anyone with write access may use `--force`"
      : `${policy.reviewers.map(code).join(", ")}; only they may use \`--force\`${policy.reviewers.some((r) => r.includes("/")) ? " (for a team, its members)" : ""}`;
  const forced = plan.forced ? " **This change exceeds it, with `--force`.**" : "";
  const minimum = gate.minRequests > 0 ? `at least ${gate.minRequests} requests` : "any number of requests";
  const shadow = plan.mirrorAfter
    ? ` ${code(plan.mirrorAfter.version)} (mirror) is never the canary nor compared: its requests are copies.`
    : "";
  out.push(
    "",
    "### Policy",
    "",
    `- **Approvals:** ${approvals}.`,
    `- **Reviewers:** ${reviewers}.`,
    `- **Max step:** +${policy.maxStep} % for any one version per change (\`abort\` and the last step to 100 % are exempt).${forced}`,
    `- **Metric gate:** over ${gate.window}, the canary needs ${minimum}, a success rate ≥ ${pct(gate.successRate)} and p99 latency ≤ ${gate.p99LatencyMs} ms.${shadow} Not checked yet: the gate arrives with the metrics check ${code("rollout/gate")}.`,
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
    table(["command", "effect"], ["l", "l"], commandRows({ service, plan, steps: config.steps })),
    "",
    `<sub>rollout-bot edits ${code(facts.configFile)} and the Istio manifests of ${code(service)} on branch ${code(`rollout/${service}`)}.</sub>`,
  );
  return out.join("\n");
}

function stepsSentence(steps: readonly number[], plan: TrafficPlan): string {
  if (steps.length === 0) return "**Steps:** none in rollout.yaml, so `next` has nothing to walk through.";
  const canary = plan.canary;
  if (canary === undefined || plan.kind === "abort")
    return `**Steps:** ${steps.join(" → ")}; no version is being rolled out after this change.`;
  const at = plan.after[canary] ?? 0;
  const next = steps.find((s) => s > at);
  const then =
    canary === plan.stableAfter
      ? `${code(canary)} is stable.`
      : next !== undefined
        ? `\`next\` takes it to ${pct(next)}.`
        : `Past the last step: \`promote ${canary}\` makes it stable.`;
  return `**Steps** for ${code(canary)}: ${stepsLine(steps, at)}. ${then}`;
}

const HELP_SERVICES_SHOWN = 10;

/** `{stable}` and `{canary}` of a help example, as typed (`args`) or as code (`effect`). */
function fill(
  template: string,
  versions: { readonly stable: string; readonly canary: string },
  wrap = false,
) {
  const as = (v: string) => (wrap ? code(v) : v);
  return template.replaceAll("{stable}", as(versions.stable)).replaceAll("{canary}", as(versions.canary));
}

/**
 * Every chat command of the command table, by its examples, that work when pasted: the first
 * service key, and `example`'s versions (default `v1` stable, `v2` rolling out).
 */
export function helpMessage(params: {
  readonly serviceKeys: readonly string[];
  readonly example?: { readonly stable: string; readonly canary: string };
}): string {
  const { serviceKeys } = params;
  const versions = params.example ?? { stable: "v1", canary: "v2" };
  const key = serviceKeys[0];
  const cmd = (words: string) => code(key === undefined ? `/rollout ${words}` : `/rollout ${key} ${words}`);
  const row = (e: ChatExample, help: string): string[] => {
    const args = fill(e.args, versions);
    return [
      e.key === undefined || e.key === "first" ? cmd(args) : code(`/rollout ${args}`),
      fill(e.effect ?? help, versions, true),
    ];
  };
  const rows = CHAT_COMMANDS.flatMap((c) =>
    c.examples.filter((e) => e.key !== "all" || serviceKeys.length > 1).map((e) => row(e, c.help)),
  );
  const shown = serviceKeys.slice(0, HELP_SERVICES_SHOWN).map(code).join(", ");
  const more =
    serviceKeys.length > HELP_SERVICES_SHOWN ? ` and ${serviceKeys.length - HELP_SERVICES_SHOWN} more` : "";
  const keyRule =
    key === undefined
      ? "**Service key:** rollout.yaml has no services yet; add one first."
      : serviceKeys.length === 1
        ? `**Service key:** ${code(key)} may be left out, as rollout.yaml has one service.`
        : `**Service key:** required first, as rollout.yaml has ${serviceKeys.length} services: ${shown}${more}.`;
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
    "- **Who:** people with write access to the repository. Comments from bots are ignored.",
  ].join("\n");
}

/** The reply to a traffic command that opened or updated the rollout PR. */
export function replyDone(params: {
  readonly plan: TrafficPlan;
  readonly prUrl: string;
  readonly prNumber: number;
  readonly updated: boolean;
  readonly ignoredLines: number;
  /** The service's `pin`, so a new mirror's reply says how to reach that version directly. */
  readonly pin?: { readonly header: string };
}): string {
  const { plan, prUrl, prNumber, updated, ignoredLines } = params;
  const link = `[#${prNumber}](${prUrl})`;
  const change =
    [describeChange(plan), describeMirrorChange(plan)]
      .filter((s) => s !== undefined && s !== "")
      .join("; ") || "weights unchanged";
  const stable =
    plan.stableAfter === plan.stableBefore
      ? ""
      : ` ${code(plan.stableAfter)} becomes stable (was ${code(plan.stableBefore)}).`;
  const forced = plan.forced ? " Forced past `policy.maxStep` with `--force`." : "";
  const lines = [
    `${updated ? "Updated" : "Opened"} rollout PR ${link} for ${code(plan.service)}: ${change}.${stable}${forced}`,
    "",
    "Merging it applies the change.",
  ];
  const shadow = plan.kind === "mirror" ? plan.mirrorAfter?.version : undefined;
  if (shadow !== undefined && params.pin)
    lines.push(
      "",
      `To try ${code(shadow)} itself: requests with ${code(`${params.pin.header}: ${shadow}`)} go to ${code(shadow)} (pinned route).`,
    );
  if (ignoredLines > 0)
    lines.push(
      "",
      `Only the first \`/rollout\` line ran; ${plural(ignoredLines, "other line was", "other lines were")} ignored (one command per comment).`,
    );
  return lines.join("\n");
}

/** A refusal: the reason code, the message as the core wrote it, and where to find the commands. */
export function replyRefused(params: { readonly reason: string; readonly message: string }): string {
  const lines = params.message.trimEnd().split(/\r?\n/);
  const usageAt = lines.findIndex((l) => l.trim() === "Usage:");
  const said = usageAt < 0 ? lines : lines.slice(0, usageAt);
  const usage = usageAt < 0 ? [] : lines.slice(usageAt + 1).map((l) => l.replace(/^ {2}/, ""));
  const out = [`**Not done** (${code(params.reason)}); nothing was changed.`, ""];
  out.push(...said.map((l) => (l.trim() === "" ? ">" : `> ${prose(l)}`)));
  if (usage.length > 0) out.push("", "Usage:", "", fenced(usage.join("\n")));
  out.push("", "Comment `/rollout help` for every command.");
  return out.join("\n");
}

/** One service for `replyStatus`: its config on the default branch and its open rollout PR. */
export interface StatusEntry {
  readonly key: string;
  readonly config: Pick<ServiceConfig, "versions" | "stable">;
  readonly openPr?: {
    readonly number: number;
    readonly url: string;
    /** The weights the PR proposes, when the caller read them from its branch. */
    readonly weights?: Weights;
  };
}

const STATUS_ROWS_SHOWN = 50;

/**
 * Weights in rollout.yaml on the default branch, per service, and each open rollout PR. One
 * service gets a row per version; several get a row per service (at most 50, then a pointer).
 */
export function replyStatus(params: { readonly services: readonly StatusEntry[] }): string {
  const { services } = params;
  const [only] = services;
  if (only === undefined) return "rollout.yaml on the default branch has no services.";
  if (services.length === 1) {
    const live = weightsOf(only.config);
    const pr = only.openPr;
    const proposed = pr?.weights;
    const order = versionsOf(live, proposed);
    const header = ["version", "default branch", ...(proposed && pr ? [`rollout PR #${pr.number}`] : [])];
    const rows = order.map((v) => [
      `${code(v)}${v === only.config.stable ? " (stable)" : ""}`,
      pct(live[v] ?? 0),
      ...(proposed ? [pct(proposed[v] ?? 0)] : []),
    ]);
    const prLine = pr
      ? `Open rollout PR: [#${pr.number}](${pr.url}); merging it applies its weights.`
      : `No rollout PR is open for ${code(only.key)}.`;
    return [
      `**${code(only.key)}**: weights in rollout.yaml on the default branch.`,
      "",
      table(header, ["l", "r", ...(proposed ? (["r"] as const) : [])], rows),
      "",
      prLine,
    ].join("\n");
  }
  const shown = services.slice(0, STATUS_ROWS_SHOWN);
  const rows = shown.map((s) => {
    const live = weightsOf(s.config);
    const pr = s.openPr;
    const prCell = pr
      ? `[#${pr.number}](${pr.url})${pr.weights ? `: ${weightList(pr.weights, versionsOf(live, pr.weights))}` : ""}`
      : "none";
    return [code(s.key), weightList(live), code(s.config.stable), prCell];
  });
  const out = [
    "Weights in rollout.yaml on the default branch, and open rollout PRs.",
    "",
    table(["service", "default branch", "stable", "rollout PR"], ["l", "l", "l", "l"], rows),
  ];
  const rest = services.slice(STATUS_ROWS_SHOWN);
  const next = rest[0];
  if (next !== undefined)
    out.push(
      "",
      `${plural(rest.length, "more service")} not shown; ask for one, e.g. ${code(`/rollout status ${next.key}`)}.`,
    );
  return out.join("\n");
}

/** The reply when GitHub kept failing after retries. */
export function replyError(params: { readonly message: string }): string {
  const message = params.message.trim();
  const shown =
    message === ""
      ? ".** "
      : message.includes("\n")
        ? `:**\n\n${fenced(message)}\n\n`
        : `:** ${code(message)}. `;
  return `**GitHub kept failing${shown}Nothing was changed; try the command again in a few minutes.`;
}
