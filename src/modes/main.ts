import * as core from "@actions/core";
import type { actionOctokit } from "../adapters/octokit.js";

/**
 * The Action once triage (src/action.ts) has said the event is its business: `main`, with an
 * internal error (a thrown exception) failing the job with its stack rather than crashing.
 */
export function runAction(): Promise<void> {
  return main().catch((e: unknown) =>
    core.setFailed(
      `rollout-bot: internal error (a bug — please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    ),
  );
}

/**
 * The Action: reads inputs, runs one mode, reports through @actions/core. Each mode imports only
 * what it uses (validate needs no GitHub client; only plan and apply load the Kubernetes client).
 */
export async function main(
  params: {
    readonly env?: NodeJS.ProcessEnv;
    /** Tests turn throttling's write spacing off; the Action uses the defaults. */
    readonly octokitOptions?: Omit<Parameters<typeof actionOctokit>[0], "token">;
  } = {},
): Promise<void> {
  const env = params.env ?? process.env;
  const mode = core.getInput("mode") || "validate";
  const configPath = core.getInput("config") || "rollout.yaml";
  switch (mode) {
    case "validate": {
      const { annotationsOf, validateMode } = await import("./validate.js");
      const result = await validateMode({ workspace: env.GITHUB_WORKSPACE ?? process.cwd(), configPath });
      if (result.ok) {
        core.info(`${configPath}: valid; rendered manifests are current.`);
        return;
      }
      // Annotations put each problem on its line in the pull request's "Files changed" view.
      for (const p of result.problems ?? []) {
        core.error(p.path ? `${p.path}: ${p.message}` : p.message, {
          title: "rollout.yaml",
          file: p.file,
          ...(p.line > 0 ? { startLine: p.line, startColumn: p.column } : {}),
        });
      }
      // Stale manifests and problems in a brought routing file go on their file and line too.
      if (!result.problems?.length) {
        for (const a of annotationsOf(result)) {
          core.error(a.message, {
            title: "rollout-bot validate",
            file: a.file,
            ...(a.line ? { startLine: a.line } : {}),
            ...(a.column ? { startColumn: a.column } : {}),
          });
        }
      }
      core.setFailed(result.message);
      return;
    }
    case "command": {
      const token = tokenInput(mode);
      if (token === undefined) return;
      const { actionOctokit, commandMode } = await import("./command.js");
      const outcome = await commandMode({
        octokit: actionOctokit({ token, log: (m) => core.warning(m), ...params.octokitOptions }),
        eventName: env.GITHUB_EVENT_NAME,
        eventPath: env.GITHUB_EVENT_PATH,
        configPath,
      });
      core.setOutput("result", outcome.kind === "answered" ? outcome.result : outcome.kind);
      if (outcome.kind === "answered" && outcome.prUrl) core.setOutput("pr-url", outcome.prUrl);
      if (outcome.kind === "failed") core.setFailed(`rollout-bot: ${outcome.message}`);
      else core.info(`rollout-bot: ${JSON.stringify(outcome)}`);
      return;
    }
    case "report": {
      const token = tokenInput(mode);
      if (token === undefined) return;
      const { actionOctokit, prometheusClient, reportMode } = await import("./report.js");
      const prometheusUrl = core.getInput("prometheus") || undefined;
      const outcomes = await reportMode({
        octokit: actionOctokit({ token, log: (m) => core.warning(m), ...params.octokitOptions }),
        prom: (url) => prometheusClient({ url }),
        ...(prometheusUrl ? { prometheusUrl } : {}),
        eventName: env.GITHUB_EVENT_NAME,
        eventPath: env.GITHUB_EVENT_PATH,
        repository: env.GITHUB_REPOSITORY,
        configPath,
        now: Math.floor(Date.now() / 1000),
      });
      for (const o of outcomes) {
        if (o.ok) core.summary.addRaw(o.comment, true);
        else core.error(o.message);
      }
      if (outcomes.length === 0) core.summary.addRaw("No open rollout PR to report on.", true);
      if (env.GITHUB_STEP_SUMMARY) await core.summary.write();
      const failed = outcomes.filter((o) => !o.ok || o.verdict.conclusion === "failure");
      core.setOutput("conclusion", failed.length > 0 ? "failure" : "success");
      if (outcomes.some((o) => !o.ok))
        core.setFailed("rollout-bot: a metrics report could not be made; see the errors above.");
      return;
    }
    case "apply":
    case "plan": {
      // Only these modes load the Kubernetes client: `command` and `validate` start faster without it.
      const {
        KubeConfigError,
        kubernetesPort,
        applyMode,
        planMode,
        applyComment,
        reportOf,
        actionOctokit,
        prometheusClient,
        parseWaitTimeout,
        WAIT_TIMEOUT_FORMS,
      } = await import("./deploy.js");
      // The CLI's --wait-timeout parser: `10m`, `90s`, or seconds (`600`, the input's default).
      const waitInput = core.getInput("wait-timeout") || "600";
      const timeoutMs = parseWaitTimeout(waitInput);
      if (timeoutMs === undefined) {
        core.setFailed(
          `rollout-bot: the \`wait-timeout\` input is \`${waitInput}\`: use ${WAIT_TIMEOUT_FORMS}.`,
        );
        return;
      }
      const token = tokenInput(mode);
      if (token === undefined) return;
      const kubeconfig = core.getInput("kubeconfig");
      maskKubeconfig(kubeconfig);
      let kube: ReturnType<typeof kubernetesPort>;
      try {
        kube = kubernetesPort(kubeconfig ? { kubeconfig } : { inCluster: true });
      } catch (e) {
        if (!(e instanceof KubeConfigError)) throw e;
        core.setFailed(`rollout-bot: ${e.message} Set the \`kubeconfig\` input from a secret.`);
        return;
      }
      const prometheusUrl = core.getInput("prometheus") || undefined;
      const context = {
        octokit: actionOctokit({ token, log: (m) => core.warning(m), ...params.octokitOptions }),
        kube,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        repository: env.GITHUB_REPOSITORY,
        eventName: env.GITHUB_EVENT_NAME,
        eventPath: env.GITHUB_EVENT_PATH,
        configPath,
        wait: { timeoutMs, pollMs: 2000, onProgress: (line: string) => core.info(`rollout-bot: ${line}`) },
        ...(env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
          ? {
              runUrl: `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`,
            }
          : {}),
      };
      if (mode === "plan") {
        const plan = await planMode(context);
        core.summary.addRaw(plan.comment, true);
        if (env.GITHUB_STEP_SUMMARY) await core.summary.write();
        if (!plan.ok)
          core.setFailed("rollout-bot: the server-side dry run refused an object; see the summary.");
        return;
      }
      const outcome = await applyMode({
        ...context,
        all: flag("all"),
        force: flag("force"),
        metrics: {
          prom: (url) => prometheusClient({ url }),
          ...(prometheusUrl ? { prometheusUrl } : {}),
          now: () => Math.floor(Date.now() / 1000),
        },
      });
      core.setOutput("result", outcome.kind);
      core.summary.addRaw(`rollout-bot apply: **${outcome.kind}**\n\n${outcome.message}`, true);
      // What was applied and the live weights read back, as on the PR.
      if ("apply" in outcome && outcome.apply.services.length > 0) {
        const sha = env.GITHUB_SHA ?? "";
        core.summary.addRaw(
          applyComment({ sha, services: outcome.apply.services.map((s) => reportOf(s)) }),
          true,
        );
      }
      if (env.GITHUB_STEP_SUMMARY) await core.summary.write();
      if (outcome.kind === "refused" || outcome.kind === "failed" || outcome.kind === "rolled-back") {
        core.setFailed(`rollout-bot: ${outcome.message}`);
      } else core.info(`rollout-bot: ${outcome.message}`);
      return;
    }
    default:
      core.setFailed(
        `mode \`${mode}\` is not supported by this version of rollout-bot. Use mode: validate, command, report, plan or apply.`,
      );
  }
}

/** The `token` input, masked; undefined (the job failed with what to set) when it is missing. */
function tokenInput(mode: string): string | undefined {
  const token = core.getInput("token");
  if (!token) {
    core.setFailed(
      `rollout-bot: \`mode: ${mode}\` needs the \`token\` input, and it is not set (or its secret is empty). Add \`token: \${{ secrets.ROLLOUT_BOT_TOKEN }}\` (a GitHub App installation token, e.g. from actions/create-github-app-token) under \`with:\` of the rollout-bot step.`,
    );
    return undefined;
  }
  core.setSecret(token);
  return token;
}

/** Masks the kubeconfig and each credential in it, so none can reach the log. */
function maskKubeconfig(text: string): void {
  if (!text) return;
  core.setSecret(text);
  for (const m of text.matchAll(
    /^\s*(?:token|client-key-data|client-certificate-data|password|id-token|refresh-token):\s*["']?([^"'\s]+)/gm,
  )) {
    if (m[1]) core.setSecret(m[1]);
  }
}

/** A boolean input; empty (not given outside the Action's defaults) is false. */
function flag(name: string): boolean {
  return core.getInput(name) === "" ? false : core.getBooleanInput(name);
}
