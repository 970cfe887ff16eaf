import { hostname } from "node:os";
import { changedServices } from "../core/apply-plan.js";
import { evaluateApproval } from "../core/approval.js";
import { teamsToCheck } from "../core/authorize.js";
import { type BakeRecord, type BakeRepo, needsBake } from "../core/bake.js";
import type { FileSnapshot } from "../core/changes.js";
import { loadConfig } from "../core/config.js";
import { applyComment, refusalComment } from "../core/deploy-report.js";
import { pullRequestForCommit } from "../core/merged-pr.js";
import type { GitHubPort, KubePort } from "../core/ports.js";
import { durationSeconds } from "../core/promql.js";
import { requestersOf } from "../core/requested-by.js";
import type { ServiceConfig } from "../core/schema.js";
import { type ApplyOutcome, applyServices, reportOf, type ServiceApply, type WaitOptions } from "./apply.js";
import { type BakeResult, postSticky, resumeBakes, settleBake, writeBakeRecord } from "./bake.js";
import type { PromFactory } from "./report-metrics.js";

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
      /** Every revert PR, when more than one service was rolled back. */
      readonly revertPrs?: readonly { readonly number: number; readonly url: string }[];
    };

/** What merge-to-deploy needs from its runner (the Action or the app). */
export interface DeployParams {
  readonly gh: GitHubPort;
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
  /** Passed on to every apply (with `onProgress`, the runner's log of a long wait). */
  readonly wait: WaitOptions;
  readonly force?: boolean;
  readonly metrics?: {
    readonly prom: PromFactory;
    readonly prometheusUrl?: string;
    readonly now: () => number;
  };
  readonly sleep?: (ms: number) => Promise<void>;
  readonly runUrl?: string;
  /** The repository (and the app's installation), written into the bake records. */
  readonly repo: BakeRepo;
  /**
   * `inline` (default, the Action): sleep through the bake and judge it in this call.
   * `background` (the app): write the bake records and return; `resumeBakes` judges them later,
   * from whichever process gets there first.
   */
  readonly bake?: { readonly mode?: "inline" | "background"; readonly replica?: string };
}

/**
 * Merge-to-deploy: find the PR → check its approvals → apply the changed services (validated,
 * dry-run, ordered, verified) → report → bake and judge the gate → on failure, re-apply the
 * previous manifests and open a revert PR. An unapproved or bypassed merge moves no traffic.
 */
export async function deployOnMerge(params: DeployParams): Promise<DeployOutcome> {
  const { gh, configPath } = params;
  // What changed comes first: a push that touches no service (a README, say) is a no-op without a
  // single GitHub request, whether or not it came from a pull request.
  const files = await params.filesAt(params.sha);
  const text = files.get(configPath);
  const loaded = text === undefined ? undefined : loadConfig({ text, file: configPath, included: files });
  let services: string[] | undefined;
  let beforeServices: Readonly<Record<string, ServiceConfig>> | undefined;
  if (loaded?.ok) {
    if (params.before) {
      const beforeFiles = await params.filesAt(params.before);
      const t = beforeFiles.get(configPath);
      const b =
        t === undefined ? undefined : loadConfig({ text: t, file: configPath, included: beforeFiles });
      if (b?.ok) beforeServices = b.loaded.config.services;
    }
    services = changedServices({
      configFile: configPath,
      after: loaded.loaded.config.services,
      before: beforeServices,
      changedPaths: params.changedPaths,
      included: loaded.loaded.included,
    });
    if (services.length === 0)
      return {
        kind: "no-op",
        message: "No service's rollout.yaml entry or manifests changed: nothing to apply.",
      };
  }
  const found = pullRequestForCommit({
    sha: params.sha,
    pullRequests: await gh.pullRequestsOfCommit(params.sha),
  });
  // An open PR that happens to contain the commit is not a reviewed merge.
  const pr = found?.merged ? found : undefined;
  if (!pr) {
    return {
      kind: "refused",
      reason: "no-pr",
      message: `Commit ${params.sha.slice(0, 7)} did not come from a merged pull request, so it is not applied: traffic moves only through reviewed rollout PRs. Open a PR (e.g. with /rollout) and merge it after approval.`,
    };
  }
  if (!loaded?.ok || services === undefined) {
    const message =
      loaded && !loaded.ok ? loaded.message : `${configPath} not found at ${params.sha.slice(0, 7)}.`;
    await postSticky(gh, {
      issueNumber: pr.number,
      body: refusalComment({ reason: "invalid-config", message }),
    });
    return { kind: "refused", reason: "invalid-config", message, prNumber: pr.number };
  }
  const config = loaded.loaded.config;

  // Approvals: each changed service's policy must be met by the PR's reviews.
  // Four eyes: whoever asked for the change (`/rollout …`) cannot also be the one who approves it.
  const [reviews, messages] = await Promise.all([gh.reviews(pr.number), gh.commitMessages(pr.number)]);
  const requesters = requestersOf(messages);
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
  await postSticky(gh, { issueNumber: pr.number, body: report(apply.services) });

  // Bake: give the new weights time under real traffic, then judge them like the PR gate. The
  // state is a record per service in the cluster, so any process can finish it (src/handlers/bake.ts).
  const now = params.metrics?.now ?? (() => Math.floor(Date.now() / 1000));
  const at = now();
  const reports = apply.services.map((s) => reportOf(s));
  const records: BakeRecord[] = [];
  for (const d of deployments) {
    const service = config.services[d.key];
    const applied = apply.services.find((s) => s.key === d.key);
    const seconds = durationSeconds(service?.policy.bake ?? "0s");
    if (
      !service ||
      !applied ||
      !params.metrics ||
      !params.before ||
      seconds <= 0 ||
      applied.status === "no-op" ||
      !needsBake({ before: beforeServices?.[d.key], after: service })
    ) {
      await gh.deploymentStatus({ id: d.id, state: "success", description: "applied" });
      continue;
    }
    records.push({
      version: 1,
      repo: params.repo,
      configPath,
      defaultBranch: params.defaultBranch,
      service: d.key,
      namespace: service.namespace,
      sha: params.sha,
      previous: params.before,
      prNumber: pr.number,
      deploymentId: d.id,
      bake: service.policy.bake,
      appliedAt: at,
      deadline: at + seconds,
      state: "baking",
      report: reportOf(applied),
      reports,
      ...(params.runUrl ? { runUrl: params.runUrl } : {}),
    });
  }
  if (records.length === 0 || !params.metrics) {
    return { kind: "applied", prNumber: pr.number, apply, message: "applied" };
  }
  const unrecorded: BakeRecord[] = [];
  for (const record of records) {
    const wrote = await writeBakeRecord({ kube: params.kube, record, gh });
    if (!wrote.ok) unrecorded.push(record);
    await gh.deploymentStatus({
      id: record.deploymentId,
      state: "in_progress",
      description: wrote.ok
        ? `applied; baking ${record.bake}, then the gate is judged`
        : `applied; baking ${record.bake} in this run only (the bake record could not be written)`,
    });
  }
  const mode = params.bake?.mode ?? "inline";
  if (mode === "background" && unrecorded.length === 0) {
    const until = new Date(Math.max(...records.map((r) => r.deadline)) * 1000).toISOString();
    return {
      kind: "applied",
      prNumber: pr.number,
      apply,
      message: `applied; baking until ${until}, then the gate is judged (resumable from the bake records)`,
    };
  }
  // In this run (the Action; or the app when the records could not be written): sleep through the
  // bake, then finish the records like any other process would.
  const sleep = params.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const longest = Math.max(...records.map((r) => r.deadline)) - at;
  await sleep(longest * 1000);
  const deps = {
    kube: params.kube,
    github: async () => ({ gh, filesAt: params.filesAt }),
    prom: params.metrics.prom,
    ...(params.metrics.prometheusUrl ? { prometheusUrl: params.metrics.prometheusUrl } : {}),
    now,
    replica: params.bake?.replica ?? defaultReplica(),
    wait: params.wait,
    ...(params.sleep ? { sleep: params.sleep } : {}),
    force: params.force ?? false,
  };
  const results: BakeResult[] = [];
  const recorded = records.filter((r) => !unrecorded.includes(r));
  if (recorded.length > 0) {
    const resumed = await resumeBakes({
      ...deps,
      early: true,
      only: (r) =>
        r.sha === params.sha && recorded.some((x) => x.service === r.service && x.namespace === r.namespace),
    });
    if (resumed.ok) results.push(...resumed.results);
  }
  for (const record of unrecorded) {
    const settled = await settleBake(record, deps, { gh, filesAt: params.filesAt });
    results.push({
      service: record.service,
      namespace: record.namespace,
      sha: record.sha,
      kind: settled.result,
      message: settled.message,
      ...(settled.revertPr ? { revertPr: settled.revertPr } : {}),
    });
  }
  const rolled = results.filter((r) => r.kind === "rolled-back");
  if (rolled.length > 0) {
    return {
      kind: "rolled-back",
      prNumber: pr.number,
      apply,
      message: rolled.map((r) => `\`${r.service}\`: ${r.message}`).join("\n"),
      ...(rolled[0]?.revertPr ? { revertPr: rolled[0].revertPr } : {}),
      ...(rolled.length > 1 ? { revertPrs: rolled.flatMap((r) => (r.revertPr ? [r.revertPr] : [])) } : {}),
    };
  }
  const unsure = results.filter((r) => r.kind !== "passed");
  return {
    kind: "applied",
    prNumber: pr.number,
    apply,
    message: unsure.length
      ? `applied; after bake: ${unsure.map((r) => `\`${r.service}\` ${r.kind}: ${r.message}`).join("; ")}`
      : "applied; the gate passed after bake",
  };
}

/** Who claims bake records from this process. */
export function defaultReplica(): string {
  return `${hostname()}-${process.pid}`;
}
