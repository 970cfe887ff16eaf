import { readFile } from "node:fs/promises";
import { gitRepo } from "../adapters/git.js";
import { githubAdapter, type OctokitLike } from "../adapters/github/index.js";
import { changedServices } from "../core/apply-plan.js";
import { loadConfig } from "../core/config.js";
import { PLAN_MARKER, planComment } from "../core/deploy-report.js";
import type { KubePort } from "../core/ports.js";
import { applyServices, planOf, type WaitOptions } from "../handlers/apply.js";
import { type DeployOutcome, deployOnMerge } from "../handlers/deploy.js";
import type { PromFactory } from "../handlers/report-metrics.js";

// What src/modes/main.ts needs to run this mode, so that it loads the mode with one dynamic import
// (one chunk boundary per mode keeps dist/ in few, large chunks).
export { KubeConfigError, kubernetesPort } from "../adapters/kubernetes.js";
export { actionOctokit } from "../adapters/octokit.js";
export { prometheusClient } from "../adapters/prometheus.js";
export { applyComment } from "../core/deploy-report.js";
export { parseWaitTimeout, WAIT_TIMEOUT_FORMS } from "../core/rollout-status.js";
export { reportOf } from "../handlers/apply.js";

interface ModeContext {
  readonly octokit: OctokitLike;
  readonly kube: KubePort;
  readonly workspace: string;
  readonly repository: string | undefined;
  readonly eventName: string | undefined;
  readonly eventPath: string | undefined;
  readonly configPath: string;
  /** With `onProgress`: the Action logs a long wait through core.info. */
  readonly wait: WaitOptions;
  readonly runUrl?: string;
}

async function payloadOf(path: string | undefined): Promise<Record<string, unknown>> {
  return path ? (JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>) : {};
}

function repoOf(repository: string | undefined): { owner: string; name: string } {
  const [owner = "", name = ""] = (repository ?? "").split("/");
  return { owner, name };
}

/** `mode: apply` on `push` to the default branch: merge-to-deploy for the pushed commit. */
export async function applyMode(
  params: ModeContext & {
    readonly all: boolean;
    readonly force: boolean;
    readonly metrics?: {
      readonly prom: PromFactory;
      readonly prometheusUrl?: string;
      readonly now: () => number;
    };
  },
): Promise<DeployOutcome | { readonly kind: "ignored"; readonly message: string }> {
  const payload = (await payloadOf(params.eventPath)) as {
    after?: string;
    before?: string;
    ref?: string;
    repository?: { default_branch?: string };
  };
  const defaultBranch = payload.repository?.default_branch ?? "main";
  if (params.eventName !== "push" || !payload.after || payload.ref !== `refs/heads/${defaultBranch}`) {
    return {
      kind: "ignored",
      message: `mode: apply runs on a push to ${defaultBranch}; this is ${params.eventName ?? "no event"}.`,
    };
  }
  const git = gitRepo(params.workspace);
  const before = payload.before && !/^0+$/.test(payload.before) ? payload.before : undefined;
  let changedPaths: readonly string[] | "all" = "all";
  if (!params.all && before) {
    try {
      changedPaths = await git.changedPaths(before, payload.after);
    } catch (e) {
      return {
        kind: "refused",
        reason: "shallow-checkout",
        message: `cannot tell what the push changed (${e instanceof Error ? e.message.split("\n")[0] : String(e)}). Check out with \`fetch-depth: 2\` (or 0) so the commit before the push is there, or set \`all: true\`.`,
      };
    }
  }
  return deployOnMerge({
    gh: githubAdapter(params.octokit, repoOf(params.repository)),
    repo: repoOf(params.repository),
    kube: params.kube,
    configPath: params.configPath,
    defaultBranch,
    sha: payload.after,
    before,
    changedPaths,
    filesAt: (ref) => git.filesAt(ref),
    wait: params.wait,
    force: params.force,
    ...(params.metrics ? { metrics: params.metrics } : {}),
    ...(params.runUrl ? { runUrl: params.runUrl } : {}),
  });
}

/** `mode: plan` on a pull request: the server-side dry-run diff and drift, posted on the PR. */
export async function planMode(
  params: ModeContext,
): Promise<{ readonly ok: boolean; readonly comment: string }> {
  const payload = (await payloadOf(params.eventPath)) as {
    pull_request?: { number?: number; head?: { sha?: string }; base?: { sha?: string } };
  };
  const pr = payload.pull_request;
  const git = gitRepo(params.workspace);
  const head = pr?.head?.sha ?? "HEAD";
  const files = await git.filesAt(head);
  const text = files.get(params.configPath);
  // `files` is the whole tree at `head`: it holds every file rollout.yaml may include.
  const loaded =
    text === undefined ? undefined : loadConfig({ text, file: params.configPath, included: files });
  if (!loaded?.ok)
    return { ok: false, comment: loaded ? loaded.message : `${params.configPath} not found at ${head}.` };
  let services = Object.keys(loaded.loaded.config.services);
  if (pr?.base?.sha) {
    const baseFiles = await git.filesAt(pr.base.sha);
    const baseText = baseFiles.get(params.configPath);
    const base =
      baseText === undefined
        ? undefined
        : loadConfig({ text: baseText, file: params.configPath, included: baseFiles });
    const changed = changedServices({
      configFile: params.configPath,
      after: loaded.loaded.config.services,
      before: base?.ok ? base.loaded.config.services : undefined,
      changedPaths: await git.changedPaths(pr.base.sha, head),
      included: loaded.loaded.included,
    });
    // Drift is worth seeing even when the PR changes nothing: then plan every service.
    if (changed.length > 0) services = changed;
  }
  const outcome = await applyServices({
    kube: params.kube,
    loaded: loaded.loaded,
    files,
    services,
    planOnly: true,
    force: false,
    wait: params.wait,
  });
  const comment = outcome.ok
    ? planComment({
        services: outcome.services.map(planOf),
        ...(params.runUrl ? { runUrl: params.runUrl } : {}),
      })
    : `${PLAN_MARKER}\n${outcome.message}`;
  if (pr?.number !== undefined) {
    await githubAdapter(params.octokit, repoOf(params.repository)).upsertStickyComment({
      issueNumber: pr.number,
      marker: PLAN_MARKER,
      body: comment,
    });
  }
  return { ok: outcome.ok, comment };
}
