import type { GitHubAdapter } from "../adapters/github.js";
import { broughtPath, changedServices } from "../core/apply-plan.js";
import { evaluateApproval } from "../core/approval.js";
import { teamsToCheck } from "../core/authorize.js";
import type { FileChange, FileSnapshot } from "../core/changes.js";
import { directlyIn, loadConfig, repoPath } from "../core/config.js";
import type { KubePort } from "../core/deploy.js";
import { applyComment, refusalComment } from "../core/deploy-report.js";
import { weightsOf } from "../core/plan.js";
import { durationSeconds } from "../core/promql.js";
import type { ServiceConfig } from "../core/schema.js";
import { type ApplyOutcome, applyServices, reportOf, type ServiceApply } from "./apply.js";
import { type PromFactory, summarise } from "./report-metrics.js";

export type DeployOutcome =
  | { readonly kind: "no-op"; readonly message: string }
  | {
      readonly kind: "refused";
      readonly reason: string;
      readonly message: string;
      readonly prNumber?: number;
    }
  | {
      readonly kind: "applied" | "failed" | "rolled-back";
      readonly prNumber: number;
      readonly apply: ApplyOutcome;
      readonly message: string;
      readonly revertPr?: { readonly number: number; readonly url: string };
    };

/** What merge-to-deploy needs from its runner (the Action or the app). */
export interface DeployParams {
  readonly gh: GitHubAdapter;
  readonly kube: KubePort;
  readonly configPath: string;
  readonly defaultBranch: string;
  /** The pushed (merge) commit, and the commit before the push. */
  readonly sha: string;
  readonly before: string | undefined;
  /** Paths the push changed, or "all" (`--all`). */
  readonly changedPaths: readonly string[] | "all";
  /** The repository's files at a commit (rollout.yaml and everything it refers to). */
  readonly filesAt: (ref: string) => Promise<FileSnapshot>;
  readonly wait: { readonly timeoutMs: number; readonly pollMs: number };
  readonly force?: boolean;
  readonly metrics?: {
    readonly prom: PromFactory;
    readonly prometheusUrl?: string;
    readonly now: () => number;
  };
  readonly sleep?: (ms: number) => Promise<void>;
  readonly runUrl?: string;
}

/** The files of a service (rollout.yaml and its manifests) as they were at `from`, to revert to. */
function revertChanges(params: {
  readonly configFile: string;
  readonly service: ServiceConfig;
  readonly now: FileSnapshot;
  readonly previous: FileSnapshot;
}): FileChange[] {
  const { configFile, service, now, previous } = params;
  const folder = service.manifests === undefined ? undefined : repoPath(configFile, service.manifests);
  const own = broughtPath(configFile, service);
  const mine = (p: string) =>
    p === configFile || p === own || (folder !== undefined && directlyIn(folder, p));
  const paths = new Set([...now.keys(), ...previous.keys()].filter(mine));
  const out: FileChange[] = [];
  for (const path of [...paths].sort()) {
    const before = now.get(path);
    const after = previous.get(path);
    if (before !== after) out.push({ path, before, after });
  }
  return out;
}

/**
 * Posts a report, or edits the one with the same hidden first line (one per commit and kind), so
 * a re-run or a rollback updates the comment instead of adding another.
 */
function postSticky(gh: GitHubAdapter, params: { issueNumber: number; body: string }): Promise<unknown> {
  const marker = params.body.split("\n")[0] ?? "";
  return marker.startsWith("<!--")
    ? gh.upsertStickyComment({ issueNumber: params.issueNumber, marker, body: params.body })
    : gh.comment(params);
}

/**
 * Merge-to-deploy: find the PR → check its approvals → apply the changed services (validated,
 * dry-run, ordered, verified) → report → bake and judge the gate → on failure, re-apply the
 * previous manifests and open a revert PR. An unapproved or bypassed merge moves no traffic.
 */
export async function deployOnMerge(params: DeployParams): Promise<DeployOutcome> {
  const { gh, configPath } = params;
  const found = await gh.pullRequestForCommit(params.sha);
  // An open PR that happens to contain the commit is not a reviewed merge.
  const pr = found?.merged ? found : undefined;
  if (!pr) {
    return {
      kind: "refused",
      reason: "no-pr",
      message: `Commit ${params.sha.slice(0, 7)} did not come from a merged pull request, so it is not applied: traffic moves only through reviewed rollout PRs. Open a PR (e.g. with /rollout) and merge it after approval.`,
    };
  }
  const files = await params.filesAt(params.sha);
  const text = files.get(configPath);
  const loaded = text === undefined ? undefined : loadConfig({ text, file: configPath });
  if (!loaded?.ok) {
    const message = loaded ? loaded.message : `${configPath} not found at ${params.sha.slice(0, 7)}.`;
    await postSticky(gh, {
      issueNumber: pr.number,
      body: refusalComment({ reason: "invalid-config", message }),
    });
    return { kind: "refused", reason: "invalid-config", message, prNumber: pr.number };
  }
  const config = loaded.loaded.config;
  let beforeFiles: FileSnapshot | undefined;
  let beforeServices: Record<string, unknown> | undefined;
  if (params.before) {
    beforeFiles = await params.filesAt(params.before);
    const t = beforeFiles.get(configPath);
    const b = t === undefined ? undefined : loadConfig({ text: t, file: configPath });
    if (b?.ok) beforeServices = b.loaded.config.services;
  }
  const services = changedServices({
    configFile: configPath,
    after: config.services,
    before: beforeServices,
    changedPaths: params.changedPaths,
  });
  if (services.length === 0)
    return {
      kind: "no-op",
      message: "No service's rollout.yaml entry or manifests changed: nothing to apply.",
    };

  // Approvals: each changed service's policy must be met by the PR's reviews.
  // Four eyes: whoever asked for the change (`/rollout …`) cannot also be the one who approves it.
  const [reviews, requesters] = await Promise.all([gh.reviews(pr.number), gh.requesters(pr.number)]);
  for (const key of services) {
    const policy = config.services[key]?.policy;
    if (!policy) continue;
    const teams = teamsToCheck(policy.reviewers);
    const members = await Promise.all(teams.map((t) => gh.teamMembers(t)));
    const teamMembers = Object.fromEntries(teams.map((t, i) => [`${t.org}/${t.slug}`, members[i] ?? []]));
    // headSha: an approval of an earlier commit (say `v2 20`) does not cover a later one (`v2 50`).
    const approval = evaluateApproval({
      reviews,
      required: policy.approvals,
      reviewers: policy.reviewers,
      teamMembers,
      author: pr.author,
      headSha: pr.headSha,
      excluded: requesters,
    });
    if (!approval.ok) {
      const message = `\`${key}\`: ${approval.message}`;
      await postSticky(gh, {
        issueNumber: pr.number,
        body: refusalComment({ reason: approval.reason, message }),
      });
      return { kind: "refused", reason: approval.reason, message, prNumber: pr.number };
    }
  }

  const deployments = await Promise.all(
    services.map(async (key) => {
      const namespace = config.services[key]?.namespace ?? "default";
      const id = await gh.createDeployment({
        ref: params.sha,
        // One environment per namespace, and per cluster when rollout.yaml names it.
        environment: config.cluster ? `${config.cluster}/${namespace}` : namespace,
        description: `rollout-bot: ${key}`,
        payload: { service: key },
      });
      await gh.deploymentStatus({
        id,
        state: "in_progress",
        description: `applying ${key}`,
        ...(params.runUrl ? { logUrl: params.runUrl } : {}),
      });
      return { key, id };
    }),
  );
  const apply = await applyServices({
    kube: params.kube,
    loaded: loaded.loaded,
    files,
    services,
    planOnly: false,
    force: params.force ?? false,
    wait: params.wait,
    ...(params.sleep ? { sleep: params.sleep } : {}),
  });
  const report = (services: readonly ServiceApply[], status?: "rolled-back", message?: string) =>
    applyComment({
      sha: params.sha,
      services: services.map((s) => reportOf(s, status, message)),
      ...(params.runUrl ? { runUrl: params.runUrl } : {}),
    });
  if (!apply.ok) {
    await Promise.all(
      deployments.map((d) =>
        gh.deploymentStatus({ id: d.id, state: "failure", description: apply.message.slice(0, 140) }),
      ),
    );
    const shown = apply.services.length > 0 ? apply.services : [];
    await postSticky(gh, {
      issueNumber: pr.number,
      body: shown.length
        ? report(shown, undefined, apply.message)
        : refusalComment({ reason: apply.reason, message: apply.message }),
    });
    return { kind: "failed", prNumber: pr.number, apply, message: apply.message };
  }
  await Promise.all(
    deployments.map((d) => gh.deploymentStatus({ id: d.id, state: "success", description: "applied" })),
  );
  await postSticky(gh, { issueNumber: pr.number, body: report(apply.services) });

  // Bake: give the new weights time under real traffic, then judge them like the PR gate.
  const bakeSeconds = Math.max(
    ...services.map((k) => durationSeconds(config.services[k]?.policy.bake ?? "0s")),
  );
  if (!params.metrics || bakeSeconds <= 0 || apply.services.every((s) => s.status === "no-op")) {
    return { kind: "applied", prNumber: pr.number, apply, message: "applied" };
  }
  const sleep = params.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  await sleep(bakeSeconds * 1000);
  for (const key of services) {
    const service = config.services[key];
    if (!service) continue;
    const verdict = await summarise({
      config,
      key,
      prom: params.metrics.prom,
      ...(params.metrics.prometheusUrl ? { prometheusUrl: params.metrics.prometheusUrl } : {}),
      at: params.metrics.now(),
    });
    if (!verdict.ok || verdict.verdict.conclusion !== "failure" || !beforeFiles) continue;
    // Roll back at once: the previous manifests go back on the cluster, then git follows.
    const previousText = beforeFiles.get(configPath);
    const previous =
      previousText === undefined ? undefined : loadConfig({ text: previousText, file: configPath });
    if (!previous?.ok || !previous.loaded.config.services[key]) continue;
    const rollback = await applyServices({
      kube: params.kube,
      loaded: previous.loaded,
      files: beforeFiles,
      services: [key],
      planOnly: false,
      force: params.force ?? false,
      wait: params.wait,
      ...(params.sleep ? { sleep: params.sleep } : {}),
    });
    const prevService = previous.loaded.config.services[key] as ServiceConfig;
    const changes = revertChanges({ configFile: configPath, service, now: files, previous: beforeFiles });
    const revert = await gh.openRevertPr({
      service: key,
      baseOid: params.sha,
      defaultBranch: params.defaultBranch,
      files: changes,
      title: `Revert rollout ${key}: the gate failed after ${service.policy.bake} of bake`,
      body: `The \`rollout/gate\` checks failed ${service.policy.bake} after #${pr.number} was applied, so rollout-bot put the previous weights back on the cluster (${Object.entries(
        weightsOf(prevService),
      )
        .map(([v, w]) => `${v} ${w} %`)
        .join(
          ", ",
        )}). Merge this PR so the repository matches the cluster again.\n\n${verdict.verdict.summary}`,
    });
    const message = `The gate failed after ${service.policy.bake} of bake: ${verdict.verdict.summary} The previous weights were re-applied${rollback.ok ? "" : ` (rollback incomplete: ${rollback.message})`}; revert PR #${revert.number}.`;
    await postSticky(gh, {
      issueNumber: pr.number,
      body: applyComment({
        sha: params.sha,
        services: apply.services
          .filter((s) => s.key === key)
          .map((s) => ({
            ...reportOf(s, "rolled-back", message),
            revertPr: { number: revert.number, url: revert.url },
          })),
        ...(params.runUrl ? { runUrl: params.runUrl } : {}),
      }),
    });
    return { kind: "rolled-back", prNumber: pr.number, apply, message, revertPr: revert };
  }
  return { kind: "applied", prNumber: pr.number, apply, message: "applied; the gate passed after bake" };
}
