import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { localTree, locateConfig } from "./adapters/fs.js";
import { prometheusClient } from "./adapters/prometheus.js";
import type { runApply } from "./commands/apply.js";
import { type LocalResult, runRender, runSet, runValidate } from "./commands/local.js";
import { type MetricsCommandResult, parseAt, runMetrics } from "./commands/metrics.js";
import { unifiedDiff } from "./core/changes.js";
import { CLI_COMMANDS, CLI_VERBS, isOneOf, usageRows } from "./core/commands.js";
import { applyComment, planComment } from "./core/deploy-report.js";
import { plainText } from "./core/plain-text.js";
import { changeList, planHeadline, planTable } from "./core/report.js";
import { REQUEST_USAGE } from "./core/request.js";
import { parseWaitTimeout, WAIT_TIMEOUT_FORMS } from "./core/rollout-status.js";
import { didYouMean } from "./core/suggest.js";
import { planOf, reportOf } from "./handlers/apply.js";

// Help lines start in this column, the options' as well as the commands'.
const COLUMN = 25;
const rows = usageRows(CLI_COMMANDS, COLUMN);
/** The verbs of the command table; a verb that takes a request is followed by the request forms. */
const COMMANDS_HELP = CLI_COMMANDS.flatMap((c, i) => [
  `  ${rows[i]}`,
  ...("request" in c && c.request ? REQUEST_USAGE.map((l) => `${" ".repeat(COLUMN + 2)}${l}`) : []),
]);

const USAGE = `Usage: rollout-bot <command> [options]

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

function print(result: LocalResult, json: boolean): number {
  if (json) {
    const changes =
      "changes" in result && result.changes
        ? result.changes.map((c) => ({
            path: c.path,
            action: c.before === undefined ? "create" : c.after === undefined ? "delete" : "update",
          }))
        : undefined;
    const diff = "changes" in result && result.changes ? unifiedDiff(result.changes) : undefined;
    process.stdout.write(`${JSON.stringify({ ...result, changes, diff }, null, 2)}\n`);
    return result.ok ? 0 : result.reason === "usage" ? 2 : 1;
  }
  if (!result.ok) {
    process.stderr.write(`rollout-bot: ${result.message}\n`);
    return result.reason === "usage" ? 2 : 1;
  }
  if (result.command === "validate") {
    process.stdout.write(`${result.file}: valid (${result.services.join(", ")}); manifests are current.\n`);
    return 0;
  }
  const out: string[] = [];
  if (result.plan) out.push(`Plan: ${planHeadline(result.plan)}`, "", planTable(result.plan), "");
  if (result.notes)
    out.push(
      "The routing file needed more than new weight values:",
      ...result.notes.map((n) => `  ${n}`),
      "",
    );
  if (result.changes.length === 0) out.push("No file changes.");
  else out.push(changeList(result.changes), "", unifiedDiff(result.changes).trimEnd());
  out.push(
    "",
    result.written
      ? `Wrote ${result.changes.length} file(s).`
      : result.changes.length
        ? "Dry run: nothing written."
        : "",
  );
  process.stdout.write(`${out.join("\n").trimEnd()}\n`);
  return 0;
}

/** Markdown as the bot posts it, or (on a terminal, or with --no-markdown) as plain text. */
type Show = (markdown: string) => string;

function printMetrics(result: MetricsCommandResult, json: boolean, show: Show): number {
  if (!result.ok) {
    if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stderr.write(`rollout-bot: ${result.message}\n`);
    return result.reason === "usage" ? 2 : 1;
  }
  const failing = result.reports.some((r) => r.verdict.conclusion === "failure");
  if (json) {
    const reports = result.reports.map((r) => ({
      service: r.service,
      verdict: r.verdict,
      metrics: r.result,
    }));
    process.stdout.write(`${JSON.stringify({ ok: true, reports }, null, 2)}\n`);
  } else {
    process.stdout.write(`${show(result.reports.map((r) => r.comment).join("\n\n---\n\n"))}\n`);
  }
  return failing ? 1 : 0;
}

/** What to say when --config names a folder: which file to pass instead, when there is one. */
function configFolderHint(configPath: string): string | undefined {
  const isDir = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() === true;
  try {
    if (!isDir(configPath)) return undefined;
    const inside = join(configPath, "rollout.yaml");
    return statSync(inside, { throwIfNoEntry: false })?.isFile()
      ? `--config ${configPath} is a folder, not a file: pass --config ${inside}.`
      : `--config ${configPath} is a folder, not a file, and it holds no rollout.yaml: pass --config with the path of your rollout.yaml file.`;
  } catch {
    return undefined;
  }
}

/** --kubeconfig, else $KUBECONFIG's first file, else ~/.kube/config, else the pod's service account. */
async function kubeCredentials(
  path: string | undefined,
): Promise<{ kubeconfig: string } | { inCluster: true } | { message: string }> {
  const candidates = path
    ? [path]
    : [...(process.env.KUBECONFIG?.split(":").filter(Boolean) ?? []), join(homedir(), ".kube", "config")];
  for (const p of candidates) {
    try {
      return { kubeconfig: await readFile(p, "utf8") };
    } catch {
      if (path) return { message: `cannot read --kubeconfig ${path}: check the path.` };
    }
  }
  if (process.env.KUBERNETES_SERVICE_HOST) return { inCluster: true };
  return {
    message: "no kubeconfig found ($KUBECONFIG, ~/.kube/config) and not in a pod: pass --kubeconfig PATH.",
  };
}

function printApply(
  outcome: Awaited<ReturnType<typeof runApply>>,
  planOnly: boolean,
  json: boolean,
  configFile: string,
  show: Show,
): number {
  if (json) {
    process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
    return outcome.ok ? 0 : 1;
  }
  const services = "services" in outcome ? outcome.services : [];
  if (services.length > 0) {
    const md = planOnly
      ? planComment({ services: services.map(planOf) })
      : applyComment({ sha: "", localFile: configFile, services: services.map((s) => reportOf(s)) });
    process.stdout.write(`${show(md)}\n`);
  }
  if (!outcome.ok) process.stderr.write(`rollout-bot: ${outcome.message}\n`);
  return outcome.ok ? 0 : 1;
}

async function main(argv: readonly string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  const parse = (a: readonly string[]) =>
    parseArgs({
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
        "wait-timeout": { type: "string" },
      },
    });
  try {
    args = parse(argv);
  } catch (e) {
    process.stderr.write(`rollout-bot: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}\n`);
    return 2;
  }
  const [command, ...rest] = args.positionals;
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === undefined) {
    process.stderr.write(`rollout-bot: say which command to run.\n\n${USAGE}\n`);
    return 2;
  }
  if (!isOneOf(CLI_VERBS, command)) {
    process.stderr.write(
      `rollout-bot: unknown command \`${command}\`.${didYouMean(command, CLI_VERBS)}\n\n${USAGE}\n`,
    );
    return 2;
  }
  const folderHint = configFolderHint(args.values.config);
  if (folderHint && command !== "help") {
    process.stderr.write(`rollout-bot: ${folderHint}\n`);
    return 2;
  }
  const { root, file } = locateConfig({ cwd: process.cwd(), configPath: args.values.config });
  const tree = localTree(root);
  const json = args.values.json;
  const dryRun = args.values["dry-run"];
  // The pull-request Markdown for a pipe or a file (and with --markdown); plain text for a person.
  const markdown = args.values.markdown ?? process.stdout.isTTY !== true;
  const show: Show = (md) => (markdown ? md : plainText(md));
  // Exhaustive over the table's verbs: a new CLI verb does not compile until it is handled here.
  switch (command) {
    case "help":
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case "validate":
      return print(await runValidate({ tree, file }), json);
    case "render":
      return print(await runRender({ tree, file, dryRun }), json);
    case "metrics": {
      const at = parseAt(args.values.at, Math.floor(Date.now() / 1000));
      if (at === undefined) {
        process.stderr.write(
          `rollout-bot: --at ${args.values.at} is not a time: use ISO-8601 (2026-11-25T12:00:00Z) or unix seconds.\n`,
        );
        return 2;
      }
      const result = await runMetrics({
        tree,
        file,
        prom: (url) => prometheusClient({ url }),
        at,
        ...(args.values.service ? { service: args.values.service } : {}),
        ...(args.values.prometheus ? { prometheusUrl: args.values.prometheus } : {}),
        ...(args.values.window ? { window: args.values.window } : {}),
        ...(args.values.since !== undefined ? { since: args.values.since } : {}),
      });
      return printMetrics(result, json, show);
    }
    case "plan":
    case "apply": {
      const waitText = args.values["wait-timeout"];
      const timeoutMs = waitText === undefined ? 600_000 : parseWaitTimeout(waitText);
      if (timeoutMs === undefined) {
        process.stderr.write(`rollout-bot: --wait-timeout ${waitText}: use ${WAIT_TIMEOUT_FORMS}.\n`);
        return 2;
      }
      const creds = await kubeCredentials(args.values.kubeconfig);
      if ("message" in creds) {
        process.stderr.write(`rollout-bot: ${creds.message}\n`);
        return 1;
      }
      // Only plan/apply load the Kubernetes client: every other command starts faster without it.
      const { KubeConfigError, kubernetesPort } = await import("./adapters/kubernetes.js");
      const { runApply } = await import("./commands/apply.js");
      let kube: ReturnType<typeof kubernetesPort>;
      try {
        kube = kubernetesPort(creds);
      } catch (e) {
        if (!(e instanceof KubeConfigError)) throw e;
        process.stderr.write(`rollout-bot: ${e.message}\n`);
        return 1;
      }
      const outcome = await runApply({
        tree,
        file,
        kube,
        ...(args.values.service ? { service: args.values.service } : {}),
        planOnly: command === "plan" || dryRun,
        force: args.values.force,
        wait: {
          timeoutMs,
          pollMs: 2000,
          onProgress: (line) => process.stderr.write(`rollout-bot: ${line}\n`),
        },
      });
      return printApply(outcome, command === "plan" || dryRun, json, args.values.config, show);
    }
    case "set":
      return print(
        await runSet({
          tree,
          file,
          words: [...rest, ...(args.values.force ? ["--force"] : [])],
          dryRun,
        }),
        json,
      );
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `rollout-bot: internal error (a bug — please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 3;
  },
);
