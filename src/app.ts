import { readFileSync } from "node:fs";
import type { Probot } from "probot";
import {
  commentEventFrom,
  gateRerunFrom,
  mergedPrFrom,
  type RolloutPrEvent,
  rolloutPrEventFrom,
} from "./adapters/events.js";
import { githubAdapter, type OctokitLike } from "./adapters/github.js";
import { kubernetesPort } from "./adapters/kubernetes.js";
import { prometheusClient } from "./adapters/prometheus.js";
import type { KubePort } from "./core/deploy.js";
import { deployOnMerge } from "./handlers/deploy.js";
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
  readonly wait?: { readonly timeoutMs: number; readonly pollMs: number };
  readonly sleep?: (ms: number) => Promise<void>;
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
      metrics,
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
      filesAt: (ref) => g.filesAt({ ref, configPath: CONFIG_PATH }),
      wait: options.wait ?? { timeoutMs: 600_000, pollMs: 2000 },
      metrics,
      ...(options.sleep ? { sleep: options.sleep } : {}),
    });
    context.log.info({ pr: merged.number, kind: outcome.kind, message: outcome.message }, "merge-to-deploy");
  });
}
