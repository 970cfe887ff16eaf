import { readFileSync } from "node:fs";
import type { Probot } from "probot";
import {
  commentEventFrom,
  gateRerunFrom,
  mergedPrFrom,
  type RolloutPrEvent,
  rolloutPrEventFrom,
} from "./adapters/events.js";
import { githubAdapter, type OctokitLike } from "./adapters/github/index.js";
import { deploymentsStepStart } from "./adapters/github/step-start.js";
import { kubernetesPort } from "./adapters/kubernetes.js";
import { prometheusClient } from "./adapters/prometheus.js";
import type { BakeRepo } from "./core/bake.js";
import type { KubePort } from "./core/ports.js";
import type { WaitOptions } from "./handlers/apply.js";
import { type BakeResult, bakeTimer, resumeBakes } from "./handlers/bake.js";
import { defaultReplica, deployOnMerge } from "./handlers/deploy.js";
import { filesAt } from "./handlers/files-at.js";
import { reportOnPr } from "./handlers/report-metrics.js";
import { handleRolloutComment } from "./handlers/rollout-command.js";

/** Where rollout.yaml lives in each repository. */
const CONFIG_PATH = "rollout.yaml";

export interface AppOptions {
  readonly now?: () => number;
  readonly prometheusUrl?: string;
  /** Cluster access for merge-to-deploy and `/rollout plan`; by default ROLLOUT_BOT_KUBECONFIG or the pod's. */
  readonly kube?: KubePort;
  /** Deployment wait and sleep, for tests. */
  readonly wait?: WaitOptions;
  readonly sleep?: (ms: number) => Promise<void>;
  /**
   * Resuming bakes (with cluster credentials): a pass at start and every `intervalMs` (default
   * 30 000; `false`: never, for tests that drive `resumeBakes` themselves). `replica` claims the
   * records (default host name and pid); `onPass` sees each pass's results.
   */
  readonly bake?: {
    readonly intervalMs?: number | false;
    readonly replica?: string;
    readonly onPass?: (results: readonly BakeResult[]) => void;
  };
}

/**
 * The Probot app: wiring only. PROMETHEUS_URL overrides `prometheus:` in rollout.yaml; tests
 * pass their own clock and cluster.
 */
export function rolloutBotApp(options: AppOptions = {}) {
  return (app: Probot): void => wire(app, options);
}

export default rolloutBotApp();

/** Cluster credentials when the app has them: a kubeconfig file, or the pod's service account. */
function clusterFromEnv(): KubePort | undefined {
  const path = process.env.ROLLOUT_BOT_KUBECONFIG;
  if (path) return kubernetesPort({ kubeconfig: readFileSync(path, "utf8") });
  if (process.env.KUBERNETES_SERVICE_HOST) return kubernetesPort({ inCluster: true });
  return undefined;
}

function wire(app: Probot, options: AppOptions): void {
  const kube = options.kube ?? clusterFromEnv();
  const prometheusUrl = options.prometheusUrl ?? process.env.PROMETHEUS_URL;
  const metrics = {
    prom: (url: string) => prometheusClient({ url }),
    ...(prometheusUrl ? { prometheusUrl } : {}),
    now: options.now ?? (() => Math.floor(Date.now() / 1000)),
  };
  // Probot's client carries the retry and throttling plugins; the handlers need two of its calls.
  const gh = (octokit: unknown, owner: string, repo: string) =>
    githubAdapter(octokit as OctokitLike, { owner, name: repo });

  app.on("issue_comment.created", async (context) => {
    const event = commentEventFrom(context.payload);
    if (!event) return;
    const outcome = await handleRolloutComment({
      event,
      gh: gh(context.octokit, event.owner, event.repo),
      configPath: CONFIG_PATH,
      metrics: {
        ...metrics,
        stepStart: deploymentsStepStart(context.octokit as OctokitLike, {
          owner: event.owner,
          name: event.repo,
        }),
      },
      ...(kube ? { kube } : {}),
    });
    if (outcome.kind === "failed") context.log.error({ outcome }, "rollout command failed");
    else context.log.info({ outcome }, "rollout command");
  });

  const report = async (event: RolloutPrEvent, octokit: unknown) =>
    reportOnPr({
      gh: gh(octokit, event.owner, event.repo),
      prom: metrics.prom,
      ...(prometheusUrl ? { prometheusUrl } : {}),
      configPath: CONFIG_PATH,
      defaultBranch: event.defaultBranch,
      key: event.service,
      pr: { number: event.number, headSha: event.headSha, headRef: event.headRef },
      at: metrics.now(),
      stepStart: deploymentsStepStart(octokit as OctokitLike, { owner: event.owner, name: event.repo }),
    });

  app.on(["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"], async (context) => {
    const event = rolloutPrEventFrom(context.payload);
    if (!event) return;
    const outcome = await report(event, context.octokit);
    const conclusion = outcome.ok ? outcome.verdict.conclusion : outcome.reason;
    context.log.info({ service: event.service, ok: outcome.ok, conclusion }, "metrics report");
  });

  app.on("check_run.rerequested", async (context) => {
    const event = gateRerunFrom(context.payload);
    if (!event) return;
    const outcome = await report(event, context.octokit);
    context.log.info({ service: event.service, ok: outcome.ok }, "gate re-run");
  });

  if (!kube) return;
  const wait: WaitOptions = {
    onProgress: (line) => app.log.info(line),
    ...(options.wait ?? { timeoutMs: 600_000, pollMs: 2000 }),
  };
  const replica = options.bake?.replica ?? defaultReplica();
  // Bakes outlive this process: records in the cluster, finished by whichever replica claims them.
  const interval = options.bake?.intervalMs ?? 30_000;
  if (interval !== false) {
    bakeTimer({
      intervalMs: interval,
      pass: async () => {
        const pass = await resumeBakes({
          kube,
          github: async (repo) => {
            const octokit = await installationOctokit(app, repo);
            const g = gh(octokit, repo.owner, repo.name);
            return { gh: g, filesAt: (ref) => filesAt({ gh: g, ref, configPath: CONFIG_PATH }) };
          },
          prom: metrics.prom,
          ...(prometheusUrl ? { prometheusUrl } : {}),
          now: metrics.now,
          replica,
          wait,
          ...(options.sleep ? { sleep: options.sleep } : {}),
        });
        if (!pass.ok) app.log.error({ message: pass.message }, "bake resume: cannot list the bake records");
        for (const r of pass.ok ? pass.results : [])
          if (r.kind !== "waiting" && r.kind !== "busy") app.log.info(r, "bake");
        options.bake?.onPass?.(pass.ok ? pass.results : []);
      },
      onError: (e) => app.log.error({ err: e }, "bake resume failed"),
    });
  }
  // Merge-to-deploy from the app: only with cluster credentials, only for merges into the default branch.
  app.on("pull_request.closed", async (context) => {
    const merged = mergedPrFrom(context.payload);
    if (!merged) return;
    const g = gh(context.octokit, merged.owner, merged.repo);
    const [before, changedPaths] = await Promise.all([g.parentOf(merged.sha), g.prFiles(merged.number)]);
    const outcome = await deployOnMerge({
      gh: g,
      kube,
      configPath: CONFIG_PATH,
      defaultBranch: merged.defaultBranch,
      sha: merged.sha,
      before,
      changedPaths,
      filesAt: (ref) => filesAt({ gh: g, ref, configPath: CONFIG_PATH }),
      // A long wait for a Deployment, in the app's log with this delivery's context.
      wait: { ...wait, onProgress: (line: string) => context.log.info(line) },
      metrics,
      ...(options.sleep ? { sleep: options.sleep } : {}),
      repo: {
        owner: merged.owner,
        name: merged.repo,
        ...(typeof context.payload.installation?.id === "number"
          ? { installationId: context.payload.installation.id }
          : {}),
      },
      // The webhook returns after apply; the bake timer judges the gate when the bake is over.
      bake: { mode: "background", replica },
    });
    context.log.info({ pr: merged.number, kind: outcome.kind, message: outcome.message }, "merge-to-deploy");
  });
}

/** An installation's client for a bake record's repository (looked up when the record has no id). */
async function installationOctokit(app: Probot, repo: BakeRepo): Promise<unknown> {
  if (repo.installationId !== undefined) return app.auth(repo.installationId);
  const jwt = await app.auth();
  const found = await jwt.request("GET /repos/{owner}/{repo}/installation", {
    owner: repo.owner,
    repo: repo.name,
  });
  return app.auth(found.data.id);
}
