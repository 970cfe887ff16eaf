import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  deployOnMerge
} from "./chunks/chunk-AXR2XJ6A.js";
import {
  commentEventFrom,
  gateRerunFrom,
  handleRolloutComment,
  mergedPrFrom,
  rolloutPrEventFrom
} from "./chunks/chunk-N4NNDVW4.js";
import {
  githubAdapter
} from "./chunks/chunk-MBDYEDST.js";
import {
  prometheusClient
} from "./chunks/chunk-XONPVMBC.js";
import {
  reportOnPr
} from "./chunks/chunk-LF3TXAVL.js";
import "./chunks/chunk-NBN44VW7.js";
import {
  kubernetesPort
} from "./chunks/chunk-ZRVCJIWR.js";
import "./chunks/chunk-DQGNMLZJ.js";
import "./chunks/chunk-JE3YJO2E.js";
import "./chunks/chunk-M2FA62U7.js";
import "./chunks/chunk-VQQVTJLU.js";

// src/app.ts
import { readFileSync } from "node:fs";
var CONFIG_PATH = "rollout.yaml";
function rolloutBotApp(options = {}) {
  return (app) => wire(app, options);
}
var app_default = rolloutBotApp();
function clusterFromEnv() {
  const path = process.env.ROLLOUT_BOT_KUBECONFIG;
  if (path) return kubernetesPort({ kubeconfig: readFileSync(path, "utf8") });
  if (process.env.KUBERNETES_SERVICE_HOST) return kubernetesPort({ inCluster: true });
  return void 0;
}
function wire(app, options) {
  const kube = options.kube ?? clusterFromEnv();
  const prometheusUrl = options.prometheusUrl ?? process.env.PROMETHEUS_URL;
  const metrics = {
    prom: (url) => prometheusClient({ url }),
    ...prometheusUrl ? { prometheusUrl } : {},
    now: options.now ?? (() => Math.floor(Date.now() / 1e3))
  };
  const gh = (octokit, owner, repo) => githubAdapter(octokit, { owner, name: repo });
  app.on("issue_comment.created", async (context) => {
    const event = commentEventFrom(context.payload);
    if (!event) return;
    const outcome = await handleRolloutComment({
      event,
      gh: gh(context.octokit, event.owner, event.repo),
      configPath: CONFIG_PATH,
      metrics,
      ...kube ? { kube } : {}
    });
    if (outcome.kind === "failed") context.log.error({ outcome }, "rollout command failed");
    else context.log.info({ outcome }, "rollout command");
  });
  const report = async (event, octokit) => reportOnPr({
    gh: gh(octokit, event.owner, event.repo),
    prom: metrics.prom,
    ...prometheusUrl ? { prometheusUrl } : {},
    configPath: CONFIG_PATH,
    defaultBranch: event.defaultBranch,
    key: event.service,
    pr: { number: event.number, headSha: event.headSha, headRef: event.headRef },
    at: metrics.now()
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
      wait: options.wait ?? { timeoutMs: 6e5, pollMs: 2e3 },
      metrics,
      ...options.sleep ? { sleep: options.sleep } : {}
    });
    context.log.info({ pr: merged.number, kind: outcome.kind, message: outcome.message }, "merge-to-deploy");
  });
}
export {
  app_default as default,
  rolloutBotApp
};
