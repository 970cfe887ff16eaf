import type { Probot } from "probot";
import {
  commentEventFrom,
  gateRerunFrom,
  type RolloutPrEvent,
  rolloutPrEventFrom,
} from "./adapters/events.js";
import { githubAdapter, type OctokitLike } from "./adapters/github.js";
import { prometheusClient } from "./adapters/prometheus.js";
import { reportOnPr } from "./handlers/report-metrics.js";
import { handleRolloutComment } from "./handlers/rollout-command.js";

/** Where rollout.yaml lives in each repository. */
const CONFIG_PATH = "rollout.yaml";

/**
 * The Probot app: wiring only. PROMETHEUS_URL overrides `prometheus:` in rollout.yaml; tests
 * pass their own clock.
 */
export function rolloutBotApp(
  options: { readonly now?: () => number; readonly prometheusUrl?: string } = {},
) {
  return (app: Probot): void => wire(app, options);
}

export default rolloutBotApp();

function wire(app: Probot, options: { readonly now?: () => number; readonly prometheusUrl?: string }): void {
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
    context.log.info(
      {
        service: event.service,
        ok: outcome.ok,
        conclusion: outcome.ok ? outcome.verdict.conclusion : outcome.reason,
      },
      "metrics report",
    );
  });

  app.on("check_run.rerequested", async (context) => {
    const event = gateRerunFrom(context.payload);
    if (!event) return;
    const outcome = await report(event, context.octokit);
    context.log.info({ service: event.service, ok: outcome.ok }, "gate re-run");
  });
}
