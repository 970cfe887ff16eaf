import { readFile } from "node:fs/promises";
import { type RolloutPrEvent, rolloutPrEventFrom } from "../adapters/events.js";
import { githubAdapter, type OctokitLike } from "../adapters/github/index.js";
import { deploymentsStepStart } from "../adapters/github/step-start.js";
import { type PromFactory, type ReportOutcome, reportOnPr } from "../handlers/report-metrics.js";

// What src/modes/main.ts needs to run this mode, so that it loads the mode with one dynamic import
// (one chunk boundary per mode keeps dist/ in few, large chunks).
export { actionOctokit } from "../adapters/octokit.js";
export { prometheusClient } from "../adapters/prometheus.js";

/** `mode: report`: the metrics report on the event's rollout PR, or on every open one (schedule). */
export async function reportMode(params: {
  readonly octokit: OctokitLike;
  readonly prom: PromFactory;
  readonly prometheusUrl?: string;
  readonly eventName: string | undefined;
  readonly eventPath: string | undefined;
  readonly repository: string | undefined;
  readonly configPath: string;
  readonly now: number;
}): Promise<ReportOutcome[]> {
  const payload: unknown = params.eventPath ? JSON.parse(await readFile(params.eventPath, "utf8")) : {};
  const [owner = "", name = ""] = (params.repository ?? "").split("/");
  const gh = githubAdapter(params.octokit, { owner, name });
  const one = params.eventName === "pull_request" ? rolloutPrEventFrom(payload) : undefined;
  const defaultBranch =
    (payload as { repository?: { default_branch?: unknown } }).repository?.default_branch ?? "main";
  const targets: RolloutPrEvent[] = [];
  if (one) targets.push(one);
  else if (params.eventName !== "pull_request") {
    for (const [service, pr] of await gh.openRolloutPrs()) {
      targets.push({
        owner,
        repo: name,
        defaultBranch: String(defaultBranch),
        number: pr.number,
        headSha: pr.headRefOid,
        headRef: `rollout/${service}`,
        service,
      });
    }
  }
  const out: ReportOutcome[] = [];
  for (const t of targets) {
    out.push(
      await reportOnPr({
        gh,
        prom: params.prom,
        ...(params.prometheusUrl ? { prometheusUrl: params.prometheusUrl } : {}),
        configPath: params.configPath,
        defaultBranch: t.defaultBranch,
        key: t.service,
        pr: { number: t.number, headSha: t.headSha, headRef: t.headRef },
        at: params.now,
        stepStart: deploymentsStepStart(params.octokit, { owner, name }),
      }),
    );
  }
  return out;
}
