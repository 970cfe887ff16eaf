import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  applyComment,
  planComment
} from "./chunks/chunk-TD34S6FT.js";
import {
  prometheusClient
} from "./chunks/chunk-XONPVMBC.js";
import {
  summarise
} from "./chunks/chunk-YQQIK7IX.js";
import {
  WAIT_TIMEOUT_FORMS,
  parseWaitTimeout,
  planOf,
  reportOf
} from "./chunks/chunk-H55LD6BY.js";
import {
  guardIo,
  loadForServices,
  localTree,
  locateConfig,
  runRender,
  runSet,
  runValidate
} from "./chunks/chunk-U56OVPYD.js";
import {
  CLI_COMMANDS,
  CLI_VERBS,
  REQUEST_USAGE,
  describeChange,
  describeMirrorChange,
  didYouMean,
  durationProblem,
  isOneOf,
  unifiedDiff,
  usageRows
} from "./chunks/chunk-MVTX7BNA.js";
import "./chunks/chunk-M2FA62U7.js";
import "./chunks/chunk-VQQVTJLU.js";

// src/cli-main.ts
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

// src/commands/metrics.ts
var MAX_AT = 253402300799;
function parseAt(value, now) {
  if (value === void 0) return now;
  const at = /^\d+(\.\d+)?$/.test(value) ? Math.floor(Number(value)) : Math.floor(Date.parse(value) / 1e3);
  return Number.isFinite(at) && at >= 0 && at <= MAX_AT ? at : void 0;
}
function parseSince(value, at) {
  const ago = /^\s*(\d+)\s*(s|m|h|d)\s*(ago)?\s*$/.exec(value);
  if (ago) return at - Number(ago[1]) * ({ s: 1, m: 60, h: 3600, d: 86400 }[ago[2]] ?? 1);
  const since = parseAt(value, at);
  return since !== void 0 && since <= at ? since : void 0;
}
function prometheusUrlProblem(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    u = void 0;
  }
  if (u && (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "") return void 0;
  return `--prometheus ${JSON.stringify(url)} is not an http(s) URL: use e.g. http://prometheus.istio-system:9090.`;
}
async function runMetrics(params) {
  const since = params.since === void 0 ? void 0 : parseSince(params.since, params.at);
  if (params.since !== void 0 && since === void 0)
    return {
      ok: false,
      reason: "usage",
      message: `--since ${JSON.stringify(params.since)} is not a time at or before --at: use ISO-8601 (2026-11-25T12:00:00Z), unix seconds, or a duration before --at such as "45m ago".`
    };
  if (params.window !== void 0) {
    const problem = durationProblem(params.window, { positive: true });
    if (problem)
      return { ok: false, reason: "usage", message: `--window ${JSON.stringify(params.window)} ${problem}.` };
  }
  if (params.prometheusUrl !== void 0) {
    const problem = prometheusUrlProblem(params.prometheusUrl);
    if (problem) return { ok: false, reason: "usage", message: problem };
  }
  return guardIo(params.file, async () => {
    const r = await loadForServices(params);
    if (!r.ok) return r;
    const reports = [];
    for (const key of r.keys) {
      const report = await summarise({
        config: r.loaded.config,
        key,
        prom: params.prom,
        ...params.prometheusUrl ? { prometheusUrl: params.prometheusUrl } : {},
        at: params.at,
        ...params.window ? { window: params.window } : {},
        ...since !== void 0 ? { since } : {}
      });
      if (!report.ok) return report;
      reports.push(report);
    }
    return { ok: true, reports };
  });
}

// src/core/plain-text.ts
var MERMAID_NOTE = "(a diagram in the pull-request comment: pass --markdown to print its Mermaid source)";
function displayWidth(text) {
  let width = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (new RegExp("^(?:\\p{Mn}|\\p{Me}|\\u200d|\\ufe0e|\\ufe0f)$", "u").test(ch)) continue;
    const wide = new RegExp("\\p{Emoji_Presentation}", "u").test(ch) || chars[i + 1] === "\uFE0F" && new RegExp("\\p{Extended_Pictographic}", "u").test(ch) || /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u.test(ch);
    width += wide ? 2 : 1;
  }
  return width;
}
function plainInline(line) {
  let out = "";
  let at = 0;
  while (at < line.length) {
    const tick = line.indexOf("`", at);
    const text = tick < 0 ? line.slice(at) : line.slice(at, tick);
    out += text.replace(
      /\[([^\]]*)\]\(([^)\s]+)\)/g,
      (_m, label, url) => label === url ? url : `${label} (${url})`
    ).replace(/\*\*/g, "").replace(/<\/?(?:sub|sup|b|strong|i|em|code|summary)>/g, "").replace(/<br\s*\/?>/g, " ").replace(/\\([|\\`*_[\]#<>])/g, "$1").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    if (tick < 0) break;
    const run = /^`+/.exec(line.slice(tick))?.[0] ?? "`";
    const close = line.indexOf(run, tick + run.length);
    if (close < 0) {
      out += line.slice(tick);
      break;
    }
    let inner = line.slice(tick + run.length, close);
    if (inner.length > 2 && inner.startsWith(" ") && inner.endsWith(" ") && inner.trim() !== "")
      inner = inner.slice(1, -1);
    out += inner;
    at = close + run.length;
  }
  return out;
}
function cellsOf(row) {
  const body = row.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return body.split(/(?<!\\)\|/).map((c) => c.trim().replaceAll("\\|", "|"));
}
var SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;
function alignTable(rows2) {
  const [head, sep, ...body] = rows2;
  const right = cellsOf(sep ?? "").map((c) => c.endsWith(":") && !c.startsWith(":"));
  const grid = [head ?? "", ...body].map((r) => cellsOf(r).map(plainInline));
  const columns = Math.max(...grid.map((r) => r.length));
  const widths = Array.from(
    { length: columns },
    (_, i) => Math.max(...grid.map((r) => displayWidth(r[i] ?? "")))
  );
  const line = (cells) => widths.map((w, i) => {
    const c = cells[i] ?? "";
    const pad = " ".repeat(w - displayWidth(c));
    return right[i] ? pad + c : c + pad;
  }).join("  ").trimEnd();
  const [first, ...rest] = grid;
  return [line(first ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...rest.map(line)];
}
function plainText(markdown) {
  const lines = markdown.replace(/<!--[\s\S]*?-->/g, "\0").split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === "\0") continue;
    const line = raw.replaceAll("\0", "");
    const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (fence) {
      const marker = fence[1];
      const end = lines.findIndex((l, j) => j > i && l.trim().startsWith(marker) && /^[`~]+$/.test(l.trim()));
      const stop = end < 0 ? lines.length : end;
      if (fence[2] === "mermaid") out.push(MERMAID_NOTE);
      else out.push(...lines.slice(i + 1, stop).map((l) => l.replaceAll("\0", "")));
      i = stop;
      continue;
    }
    if (/^\s*<\/?details( [^>]*)?>\s*$/.test(line)) continue;
    if (/^\s*\|/.test(line) && SEPARATOR.test((lines[i + 1] ?? "").trim())) {
      const rows2 = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows2.push(lines[i++]);
      i--;
      out.push(...alignTable(rows2));
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      out.push(plainInline(heading[1]));
      continue;
    }
    if (/^\s*---+\s*$/.test(line)) {
      out.push("-".repeat(40));
      continue;
    }
    out.push(plainInline(line.replace(/<\/?details( [^>]*)?>/g, "")).trimEnd());
  }
  const text = out.join("\n").replace(/\n{3,}/g, "\n\n");
  return text.replace(/^\n+/, "").replace(/\n+$/, "");
}

// src/core/report.ts
function planTable(plan) {
  const rows2 = Object.keys(plan.after).map((v) => {
    const mark = v === plan.stableAfter ? " (stable)" : v === plan.canary ? " (canary)" : v === plan.mirrorAfter?.version ? " (mirror)" : "";
    return [`${v}${mark}`, `${plan.before[v] ?? 0} %`, `${plan.after[v] ?? 0} %`];
  });
  const all = [["version", "before", "after"], ...rows2];
  const width = (i) => Math.max(...all.map((r) => (r[i] ?? "").length));
  return all.map(
    (r) => r.map((c, i) => c.padEnd(width(i))).join("  ").trimEnd()
  ).join("\n");
}
function planHeadline(plan) {
  const stable = plan.stableAfter !== plan.stableBefore ? `; stable ${plan.stableBefore} \u2192 ${plan.stableAfter}` : "";
  const forced = plan.forced ? " (forced past policy.maxStep)" : "";
  const change = [describeChange(plan), describeMirrorChange(plan)].filter((s) => s).join("; ");
  return `${plan.service} (${plan.kind}): ${change || "weights unchanged"}${stable}${forced}`;
}
function changeList(changes) {
  return changes.map((c) => `${c.before === void 0 ? "A" : c.after === void 0 ? "D" : "M"} ${c.path}`).join("\n");
}

// src/cli-main.ts
var COLUMN = 25;
var rows = usageRows(CLI_COMMANDS, COLUMN);
var COMMANDS_HELP = CLI_COMMANDS.flatMap((c, i) => [
  `  ${rows[i]}`,
  ..."request" in c && c.request ? REQUEST_USAGE.map((l) => `${" ".repeat(COLUMN + 2)}${l}`) : []
]);
var USAGE = `Usage: rollout-bot <command> [options]

Commands:
${COMMANDS_HELP.join("\n")}

Options:
  --config PATH            rollout.yaml to use (default ./rollout.yaml)
  --dry-run                print the plan and diff, write nothing (render, set)
  --force                  allow a step above policy.maxStep (set)
  --json                   machine-readable output
  --markdown               metrics/plan/apply: Markdown, as on a PR (default when not a terminal)
  --no-markdown            metrics/plan/apply: plain aligned text (default on a terminal)
  --service KEY            metrics: one service (default: all)
  --prometheus URL         metrics: Prometheus base URL (default: prometheus: in rollout.yaml)
  --at TIME                metrics: evaluate at this time (ISO-8601 or unix seconds; default now)
  --window DURATION        metrics: window (default policy.gate.window, e.g. 10m)
  --since TIME             metrics: when the step's weights went live, where the comparisons start
                           (ISO-8601, unix seconds, or "45m ago"; default: the window only)
  --kubeconfig PATH        plan/apply: kubeconfig (default $KUBECONFIG, ~/.kube/config, or in-cluster)
  --wait-timeout DURATION  apply: the longest wait for a Deployment to roll out (default 10m, e.g. 90s)
  -h, --help               this help

Exit codes: 0 ok, 1 refused or invalid (metrics: a failing gate), 2 usage error.`;
function print(result, json) {
  if (json) {
    const changes = "changes" in result && result.changes ? result.changes.map((c) => ({
      path: c.path,
      action: c.before === void 0 ? "create" : c.after === void 0 ? "delete" : "update"
    })) : void 0;
    const diff = "changes" in result && result.changes ? unifiedDiff(result.changes) : void 0;
    process.stdout.write(`${JSON.stringify({ ...result, changes, diff }, null, 2)}
`);
    return result.ok ? 0 : result.reason === "usage" ? 2 : 1;
  }
  if (!result.ok) {
    process.stderr.write(`rollout-bot: ${result.message}
`);
    return result.reason === "usage" ? 2 : 1;
  }
  if (result.command === "validate") {
    process.stdout.write(`${result.file}: valid (${result.services.join(", ")}); manifests are current.
`);
    return 0;
  }
  const out = [];
  if (result.plan) out.push(`Plan: ${planHeadline(result.plan)}`, "", planTable(result.plan), "");
  if (result.notes)
    out.push(
      "The routing file needed more than new weight values:",
      ...result.notes.map((n) => `  ${n}`),
      ""
    );
  if (result.changes.length === 0) out.push("No file changes.");
  else out.push(changeList(result.changes), "", unifiedDiff(result.changes).trimEnd());
  out.push(
    "",
    result.written ? `Wrote ${result.changes.length} file(s).` : result.changes.length ? "Dry run: nothing written." : ""
  );
  process.stdout.write(`${out.join("\n").trimEnd()}
`);
  return 0;
}
function printMetrics(result, json, show) {
  if (!result.ok) {
    if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}
`);
    else process.stderr.write(`rollout-bot: ${result.message}
`);
    return result.reason === "usage" ? 2 : 1;
  }
  const failing = result.reports.some((r) => r.verdict.conclusion === "failure");
  if (json) {
    const reports = result.reports.map((r) => ({
      service: r.service,
      verdict: r.verdict,
      metrics: r.result
    }));
    process.stdout.write(`${JSON.stringify({ ok: true, reports }, null, 2)}
`);
  } else {
    process.stdout.write(`${show(result.reports.map((r) => r.comment).join("\n\n---\n\n"))}
`);
  }
  return failing ? 1 : 0;
}
function configFolderHint(configPath) {
  const isDir = (p) => statSync(p, { throwIfNoEntry: false })?.isDirectory() === true;
  try {
    if (!isDir(configPath)) return void 0;
    const inside = join(configPath, "rollout.yaml");
    return statSync(inside, { throwIfNoEntry: false })?.isFile() ? `--config ${configPath} is a folder, not a file: pass --config ${inside}.` : `--config ${configPath} is a folder, not a file, and it holds no rollout.yaml: pass --config with the path of your rollout.yaml file.`;
  } catch {
    return void 0;
  }
}
async function kubeCredentials(path) {
  const candidates = path ? [path] : [...process.env.KUBECONFIG?.split(":").filter(Boolean) ?? [], join(homedir(), ".kube", "config")];
  for (const p of candidates) {
    try {
      return { kubeconfig: await readFile(p, "utf8") };
    } catch {
      if (path) return { message: `cannot read --kubeconfig ${path}: check the path.` };
    }
  }
  if (process.env.KUBERNETES_SERVICE_HOST) return { inCluster: true };
  return {
    message: "no kubeconfig found ($KUBECONFIG, ~/.kube/config) and not in a pod: pass --kubeconfig PATH."
  };
}
function printApply(outcome, planOnly, json, configFile, show) {
  if (json) {
    process.stdout.write(`${JSON.stringify(outcome, null, 2)}
`);
    return outcome.ok ? 0 : 1;
  }
  const services = "services" in outcome ? outcome.services : [];
  if (services.length > 0) {
    const md = planOnly ? planComment({ services: services.map(planOf) }) : applyComment({ sha: "", localFile: configFile, services: services.map((s) => reportOf(s)) });
    process.stdout.write(`${show(md)}
`);
  }
  if (!outcome.ok) process.stderr.write(`rollout-bot: ${outcome.message}
`);
  return outcome.ok ? 0 : 1;
}
async function main(argv) {
  let args;
  const parse = (a) => parseArgs({
    args: [...a],
    allowPositionals: true,
    allowNegative: true,
    options: {
      config: { type: "string", default: "rollout.yaml" },
      "dry-run": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      markdown: { type: "boolean" },
      help: { type: "boolean", short: "h", default: false },
      service: { type: "string" },
      prometheus: { type: "string" },
      at: { type: "string" },
      window: { type: "string" },
      since: { type: "string" },
      kubeconfig: { type: "string" },
      "wait-timeout": { type: "string" }
    }
  });
  try {
    args = parse(argv);
  } catch (e) {
    process.stderr.write(`rollout-bot: ${e instanceof Error ? e.message : String(e)}

${USAGE}
`);
    return 2;
  }
  const [command, ...rest] = args.positionals;
  if (args.values.help) {
    process.stdout.write(`${USAGE}
`);
    return 0;
  }
  if (command === void 0) {
    process.stderr.write(`rollout-bot: say which command to run.

${USAGE}
`);
    return 2;
  }
  if (!isOneOf(CLI_VERBS, command)) {
    process.stderr.write(
      `rollout-bot: unknown command \`${command}\`.${didYouMean(command, CLI_VERBS)}

${USAGE}
`
    );
    return 2;
  }
  const folderHint = configFolderHint(args.values.config);
  if (folderHint && command !== "help") {
    process.stderr.write(`rollout-bot: ${folderHint}
`);
    return 2;
  }
  const { root, file } = locateConfig({ cwd: process.cwd(), configPath: args.values.config });
  const tree = localTree(root);
  const json = args.values.json;
  const dryRun = args.values["dry-run"];
  const markdown = args.values.markdown ?? process.stdout.isTTY !== true;
  const show = (md) => markdown ? md : plainText(md);
  switch (command) {
    case "help":
      process.stdout.write(`${USAGE}
`);
      return 0;
    case "validate":
      return print(await runValidate({ tree, file }), json);
    case "render":
      return print(await runRender({ tree, file, dryRun }), json);
    case "metrics": {
      const at = parseAt(args.values.at, Math.floor(Date.now() / 1e3));
      if (at === void 0) {
        process.stderr.write(
          `rollout-bot: --at ${args.values.at} is not a time: use ISO-8601 (2026-11-25T12:00:00Z) or unix seconds.
`
        );
        return 2;
      }
      const result = await runMetrics({
        tree,
        file,
        prom: (url) => prometheusClient({ url }),
        at,
        ...args.values.service ? { service: args.values.service } : {},
        ...args.values.prometheus ? { prometheusUrl: args.values.prometheus } : {},
        ...args.values.window ? { window: args.values.window } : {},
        ...args.values.since !== void 0 ? { since: args.values.since } : {}
      });
      return printMetrics(result, json, show);
    }
    case "plan":
    case "apply": {
      const waitText = args.values["wait-timeout"];
      const timeoutMs = waitText === void 0 ? 6e5 : parseWaitTimeout(waitText);
      if (timeoutMs === void 0) {
        process.stderr.write(`rollout-bot: --wait-timeout ${waitText}: use ${WAIT_TIMEOUT_FORMS}.
`);
        return 2;
      }
      const creds = await kubeCredentials(args.values.kubeconfig);
      if ("message" in creds) {
        process.stderr.write(`rollout-bot: ${creds.message}
`);
        return 1;
      }
      const { KubeConfigError, kubernetesPort } = await import("./chunks/kubernetes-SN63ESZB.js");
      const { runApply } = await import("./chunks/apply-6GRVJNI5.js");
      let kube;
      try {
        kube = kubernetesPort(creds);
      } catch (e) {
        if (!(e instanceof KubeConfigError)) throw e;
        process.stderr.write(`rollout-bot: ${e.message}
`);
        return 1;
      }
      const outcome = await runApply({
        tree,
        file,
        kube,
        ...args.values.service ? { service: args.values.service } : {},
        planOnly: command === "plan" || dryRun,
        force: args.values.force,
        wait: {
          timeoutMs,
          pollMs: 2e3,
          onProgress: (line) => process.stderr.write(`rollout-bot: ${line}
`)
        }
      });
      return printApply(outcome, command === "plan" || dryRun, json, args.values.config, show);
    }
    case "set":
      return print(
        await runSet({
          tree,
          file,
          words: [...rest, ...args.values.force ? ["--force"] : []],
          dryRun
        }),
        json
      );
  }
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(
      `rollout-bot: internal error (a bug \u2014 please report it): ${e instanceof Error ? e.stack ?? e.message : String(e)}
`
    );
    process.exitCode = 3;
  }
);
