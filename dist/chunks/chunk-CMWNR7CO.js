import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  handleRolloutComment
} from "./chunk-BVQQJ6EY.js";
import {
  deploymentsStepStart
} from "./chunk-X3C5QJBG.js";
import {
  commentEventFrom,
  gateRerunFrom,
  mergedPrFrom,
  rolloutPrEventFrom
} from "./chunk-ZIZ3AMXU.js";
import {
  bakeTimer,
  defaultReplica,
  deployOnMerge,
  resumeBakes
} from "./chunk-FFSTF6DY.js";
import {
  githubAdapter
} from "./chunk-63VUSVSR.js";
import {
  prometheusClient
} from "./chunk-XONPVMBC.js";
import {
  filesAt,
  reportOnPr
} from "./chunk-YQQIK7IX.js";
import {
  kubernetesPort
} from "./chunk-OSHHL6DV.js";

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
      metrics: {
        ...metrics,
        stepStart: deploymentsStepStart(context.octokit, {
          owner: event.owner,
          name: event.repo
        })
      },
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
    at: metrics.now(),
    stepStart: deploymentsStepStart(octokit, { owner: event.owner, name: event.repo })
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
  const wait = {
    onProgress: (line) => app.log.info(line),
    ...options.wait ?? { timeoutMs: 6e5, pollMs: 2e3 }
  };
  const replica = options.bake?.replica ?? defaultReplica();
  const interval = options.bake?.intervalMs ?? 3e4;
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
          ...prometheusUrl ? { prometheusUrl } : {},
          now: metrics.now,
          replica,
          wait,
          ...options.sleep ? { sleep: options.sleep } : {}
        });
        if (!pass.ok) app.log.error({ message: pass.message }, "bake resume: cannot list the bake records");
        for (const r of pass.ok ? pass.results : [])
          if (r.kind !== "waiting" && r.kind !== "busy") app.log.info(r, "bake");
        options.bake?.onPass?.(pass.ok ? pass.results : []);
      },
      onError: (e) => app.log.error({ err: e }, "bake resume failed")
    });
  }
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
      wait: { ...wait, onProgress: (line) => context.log.info(line) },
      metrics,
      ...options.sleep ? { sleep: options.sleep } : {},
      repo: {
        owner: merged.owner,
        name: merged.repo,
        ...typeof context.payload.installation?.id === "number" ? { installationId: context.payload.installation.id } : {}
      },
      // The webhook returns after apply; the bake timer judges the gate when the bake is over.
      bake: { mode: "background", replica }
    });
    context.log.info({ pr: merged.number, kind: outcome.kind, message: outcome.message }, "merge-to-deploy");
  });
}
async function installationOctokit(app, repo) {
  if (repo.installationId !== void 0) return app.auth(repo.installationId);
  const jwt = await app.auth();
  const found = await jwt.request("GET /repos/{owner}/{repo}/installation", {
    owner: repo.owner,
    repo: repo.name
  });
  return app.auth(found.data.id);
}

export {
  rolloutBotApp,
  app_default
};
