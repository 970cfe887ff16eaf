import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  GITHUB_TEXT_LIMIT,
  code,
  fenced,
  prose,
  table,
  truncateMarkdown
} from "./chunk-YQQIK7IX.js";

// src/core/deploy-report.ts
var MAX_DIFF_LINES = 400;
function applyMarker(sha) {
  return `<!-- rollout-bot:apply sha=${sha} -->`;
}
var PLAN_MARKER = "<!-- rollout-bot:plan -->";
function refusalMarker(reason) {
  return `<!-- rollout-bot:apply-refused reason=${reason.replace(/[^A-Za-z0-9_-]/g, "")} -->`;
}
function quote(message) {
  return message.trim().split(/\r?\n/).map((l) => l.trim() === "" ? ">" : `> ${prose(l)}`);
}
function html(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
function andList(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
var pct = (n) => n === void 0 ? "not routed" : Number.isFinite(n) ? `${n} %` : "unreadable";
var shortSha = (sha) => code(sha.slice(0, 7) || "unknown commit");
function versionsOf(repo, live) {
  const all = Object.keys(repo);
  for (const v of Object.keys(live ?? {})) if (!all.includes(v)) all.push(v);
  return all;
}
function weightList(w, order) {
  return order.filter((v) => w[v] !== void 0).map((v) => `${v} ${pct(w[v])}`).join(", ");
}
function sameWeights(a, b) {
  return versionsOf(a, b).every((v) => (a[v] ?? 0) === (b[v] ?? 0));
}
var ICON = {
  applied: "\u2705",
  "no-op": "\u26AA",
  refused: "\u26D4",
  failed: "\u274C",
  "rolled-back": "\u21A9\uFE0F"
};
var STATUS_WORDS = {
  applied: "applied",
  "no-op": "already current",
  refused: "not applied",
  failed: "failed",
  "rolled-back": "rolled back"
};
function headline(at, services) {
  const keys = (status) => andList(services.filter((s) => s.status === status).map((s) => code(s.key)));
  const any = (status) => services.some((s) => s.status === status);
  if (any("failed")) return `### ${ICON.failed} Apply of ${at} failed for ${keys("failed")}`;
  if (any("rolled-back"))
    return `### ${ICON["rolled-back"]} Apply of ${at} rolled back for ${keys("rolled-back")}`;
  if (any("refused")) return `### ${ICON.refused} ${at} not applied to ${keys("refused")}`;
  if (any("applied")) return `### ${ICON.applied} Applied ${at} to the cluster`;
  return `### ${ICON["no-op"]} ${at}: the cluster already matched, nothing to apply`;
}
function liveSection(s) {
  if (s.liveWeights === void 0)
    return [
      `**Live weights:** could not be read back from the cluster; check them with ${code(`kubectl get virtualservices -n ${s.namespace} -o yaml`)}.`
    ];
  const order = versionsOf(s.repoWeights, s.liveWeights);
  if (sameWeights(s.repoWeights, s.liveWeights))
    return [
      `**Live weights**, read back from the cluster, match rollout.yaml: ${weightList(s.liveWeights, order)}.`
    ];
  const live = s.liveWeights;
  const other = s.status === "applied" || s.status === "no-op" ? [
    "",
    "Something other than rollout-bot routes this traffic (kubectl, another controller such as Argo CD or Flagger); find it before the next rollout step."
  ] : [];
  return [
    "**Live weights**, read back from the cluster, differ from rollout.yaml:",
    "",
    table(
      ["version", "rollout.yaml", "live"],
      ["l", "r", "r"],
      order.map((v) => {
        const differs = (s.repoWeights[v] ?? 0) !== (live[v] ?? 0);
        return [code(v), pct(s.repoWeights[v]), `${pct(live[v])}${differs ? " \u26A0\uFE0F" : ""}`];
      })
    ),
    ...other
  ];
}
function revertLink(s) {
  return s.revertPr ? `[#${s.revertPr.number}](${s.revertPr.url})` : void 0;
}
function whatToDo(s, rerun) {
  const revert = revertLink(s);
  switch (s.status) {
    case "failed":
      return [
        `**What to do:** the cluster may be partly changed: the objects marked created, configured or pruned above were applied before the failure. Fix the cause, then ${rerun} to apply the same commit again; or ${revert ? `merge the revert PR ${revert}` : "revert this merge"} so rollout.yaml matches what the cluster serves.`
      ];
    case "rolled-back":
      return [
        `**What to do:** rollout-bot put back the objects it had changed, so the cluster serves what it served before this merge, and rollout.yaml on the default branch no longer matches it. ${revert ? `Merge the revert PR ${revert}` : "Revert this merge"} to make them agree, or fix the cause and ${rerun}.`
      ];
    case "refused":
      return [
        `**What to do:** nothing was applied to ${code(s.key)}. Fix what the message says, then ${rerun}.`
      ];
    default:
      return [];
  }
}
function serviceSection(s, rerun) {
  const out = [
    `#### ${ICON[s.status]} ${code(s.key)} in ${code(s.namespace)}: ${STATUS_WORDS[s.status]}`,
    ""
  ];
  if (s.applied.length > 0)
    out.push(
      table(
        ["object", "action"],
        ["l", "l"],
        s.applied.map((o) => [`${o.kind} ${code(o.name)}`, o.action])
      ),
      ""
    );
  else if (s.status === "applied" || s.status === "no-op") out.push("No objects to apply.", "");
  out.push(...liveSection(s));
  const message = s.message?.trim();
  if (message) out.push("", ...quote(message));
  const todo = whatToDo(s, rerun);
  if (todo.length > 0) out.push("", ...todo);
  return out;
}
function applyComment(params) {
  const { sha, services, runUrl, localFile } = params;
  const rerun = runUrl ? `re-run [the deploy job](${runUrl})` : localFile === void 0 ? "re-run the deploy job" : `run ${code("rollout-bot apply")} again`;
  const at = localFile === void 0 ? shortSha(sha) : `${code(localFile)} (working tree)`;
  const out = localFile === void 0 ? [applyMarker(sha), headline(at, services), ""] : [headline(at, services), ""];
  if (services.length === 0) out.push("rollout.yaml at this commit has no services.", "");
  if (services.length > 1) {
    out.push(
      table(
        ["service", "namespace", "result", "live weights"],
        ["l", "l", "l", "l"],
        services.map((s) => [
          code(s.key),
          code(s.namespace),
          `${ICON[s.status]} ${STATUS_WORDS[s.status]}`,
          s.liveWeights === void 0 ? "unreadable" : weightList(s.liveWeights, versionsOf(s.repoWeights, s.liveWeights)) || "none"
        ])
      ),
      ""
    );
  }
  for (const s of services) out.push(...serviceSection(s, rerun), "");
  const run = runUrl ? ` \xB7 [deploy run](${runUrl})` : "";
  const what = localFile === void 0 ? `Commit ${code(sha)}` : `${code(localFile)} (working tree)`;
  out.push(`<sub>${what}${run} \xB7 server-side apply, field manager ${code("rollout-bot")}</sub>`);
  return truncateMarkdown(out.join("\n"), GITHUB_TEXT_LIMIT);
}
function diffStat(diff) {
  let plus = 0;
  let minus = 0;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+") && !line.startsWith("+++")) plus++;
    else if (line.startsWith("-") && !line.startsWith("---")) minus++;
  }
  return `+${plus} \u2212${minus}`;
}
function diffBlock(d) {
  const lines = d.diff.replace(/\s+$/, "").split(/\r?\n/);
  const shown = lines.slice(0, MAX_DIFF_LINES);
  const cut = lines.length - shown.length;
  return [
    "<details>",
    `<summary>${html(d.kind)} <code>${html(d.name)}</code>: ${diffStat(d.diff)}</summary>`,
    "",
    fenced(shown.join("\n"), "diff"),
    ...cut > 0 ? ["", `_${cut} more lines not shown._`] : [],
    "",
    "</details>"
  ];
}
function driftSection(drift) {
  const real = drift.filter((d) => d.live !== d.repo);
  if (real.length === 0) return [];
  return [
    "\u26A0\uFE0F **Drift:** the cluster does not serve the weights rollout.yaml gives. Someone changed the routes outside rollout-bot (kubectl, another controller), or an earlier apply did not finish; the diffs below are against what is live, and merging replaces it.",
    "",
    table(
      ["version", "rollout.yaml", "live"],
      ["l", "r", "r"],
      real.map((d) => [code(d.version), pct(d.repo), pct(d.live)])
    ),
    ""
  ];
}
function planComment(params) {
  const { services, runUrl } = params;
  const out = [
    PLAN_MARKER,
    "### What merging this PR changes in the cluster",
    "",
    "A server-side dry run against the cluster: nothing is applied until this PR is merged with its approvals.",
    ""
  ];
  if (services.length === 0) out.push("This PR changes no service in rollout.yaml.", "");
  for (const s of services) {
    const changed = s.diffs.filter((d) => d.diff.trim() !== "");
    const unchanged = s.diffs.filter((d) => d.diff.trim() === "");
    const summary = changed.length === 0 ? "no change" : `${changed.length} ${changed.length === 1 ? "object changes" : "objects change"}${unchanged.length > 0 ? `, ${unchanged.length} unchanged` : ""}`;
    out.push(`#### ${code(s.key)}: ${summary}`, "", ...driftSection(s.drift));
    if (changed.length === 0) out.push("The cluster already serves what this PR describes.", "");
    for (const d of changed) out.push(...diffBlock(d), "");
    if (changed.length > 0 && unchanged.length > 0)
      out.push(`Unchanged: ${unchanged.map((d) => `${d.kind} ${code(d.name)}`).join(", ")}.`, "");
  }
  const run = runUrl ? `[This run](${runUrl}) made the dry run; r` : "R";
  out.push(`<sub>${run}ollout-bot updates this comment when the PR changes.</sub>`);
  return truncateMarkdown(out.join("\n"), GITHUB_TEXT_LIMIT);
}
function refusalSteps(reason, rerun) {
  const revert = "revert this merge, so rollout.yaml on the default branch matches the cluster again.";
  switch (reason) {
    case "not-enough-approvals":
      return [
        "**What to do**, either:",
        "",
        `- get the missing approvals on this PR (a review still counts after the merge), then ${rerun}; rollout-bot reads the reviews again;`,
        `- or ${revert}`
      ];
    case "changes-requested":
      return [
        "**What to do**, either:",
        "",
        `- resolve the change request: the reviewer approves, or someone with write access dismisses the review; then ${rerun};`,
        `- or ${revert}`
      ];
    case "no-pr":
      return [
        "**What to do:** revert the push, then make the change in a pull request (a `/rollout` command opens one), get it approved and merge it."
      ];
    default:
      return [
        "**What to do**, either:",
        "",
        `- fix what the message names in a new pull request and merge it, or fix it outside the repository (e.g. in the cluster) and ${rerun};`,
        `- or ${revert}`
      ];
  }
}
function refusalComment(params) {
  const { reason, message, runUrl } = params;
  const rerun = runUrl ? `re-run [the deploy job](${runUrl})` : "re-run the deploy job";
  const event = reason === "no-pr" ? "push" : "merge";
  return [
    refusalMarker(reason),
    `### ${ICON.refused} ${reason === "no-pr" ? "Pushed" : "Merged"}, but not applied (${code(reason)})`,
    "",
    ...quote(message),
    "",
    `**Nothing was applied to the cluster.** It still serves what it served before this ${event}, so rollout.yaml on the default branch no longer matches it.`,
    "",
    ...refusalSteps(reason, rerun)
  ].join("\n");
}

export {
  PLAN_MARKER,
  applyComment,
  planComment,
  refusalComment
};
