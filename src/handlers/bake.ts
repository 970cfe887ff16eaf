// The bake after merge-to-deploy, resumable by any process: records live in the cluster (see
// src/core/bake.ts), a process claims a due record with compare-and-swap on resourceVersion, judges
// the gate, rolls back on failure (re-apply the previous commit's files, open the revert PR), sets
// the GitHub Deployment's status and marks the record done. A process killed at any point leaves a
// record another one finishes: a baking record when its deadline passes, a claimed one when the
// claim's lease runs out (rollback and revert PR are idempotent, so finishing twice is harmless).
import { broughtPath } from "../core/apply-plan.js";
import {
  afterJudging,
  BAKE_SELECTOR,
  type BakeRecord,
  type BakeRepo,
  bakeDecision,
  bakeObject,
  bakeObjectName,
  claimed,
  finished,
  recordOf,
} from "../core/bake.js";
import type { FileChange, FileSnapshot } from "../core/changes.js";
import { directlyIn, loadConfig, repoPath } from "../core/config.js";
import type { KubeResult } from "../core/deploy.js";
import { applyComment, type ServiceApplyReport } from "../core/deploy-report.js";
import type { K8sObject } from "../core/k8s.js";
import { weightsOf } from "../core/plan.js";
import type { GitHubPort, KubePort } from "../core/ports.js";
import type { ServiceConfig } from "../core/schema.js";
import { applyServices, reportOf } from "./apply.js";
import { type PromFactory, summarise } from "./report-metrics.js";

/** What resuming a record needs from GitHub for its repository. */
export interface BakeGitHub {
  readonly gh: GitHubPort;
  /** The repository's files at a commit (rollout.yaml and everything it refers to). */
  readonly filesAt: (ref: string) => Promise<FileSnapshot>;
}

/** Everything a process needs to finish bakes: the cluster, GitHub per repository, Prometheus, a clock. */
export interface BakeDeps {
  readonly kube: KubePort;
  readonly github: (repo: BakeRepo) => Promise<BakeGitHub>;
  readonly prom: PromFactory;
  readonly prometheusUrl?: string;
  /** Epoch seconds (also the time the gate is judged at). */
  readonly now: () => number;
  /** Who claims records: unique per process (e.g. the pod name and pid). */
  readonly replica: string;
  /** For the rollback's apply. */
  readonly wait: { readonly timeoutMs: number; readonly pollMs: number };
  readonly sleep?: (ms: number) => Promise<void>;
  readonly force?: boolean;
  /** How long a claim holds before another process may take the record over; default 900 s. */
  readonly leaseSeconds?: number;
}

export interface BakeResult {
  readonly service: string;
  readonly namespace: string;
  readonly sha: string;
  readonly kind:
    | "waiting"
    | "busy"
    | "lost"
    | "passed"
    | "rolled-back"
    | "not-rolled-back"
    | "error"
    | "unreadable";
  readonly message: string;
  /** For waiting and busy: when to look again (epoch seconds). */
  readonly until?: number;
  readonly revertPr?: { readonly number: number; readonly url: string };
}

/** The files of a service (rollout.yaml and its manifests) as they were at `from`, to revert to. */
export function revertChanges(params: {
  readonly configFile: string;
  readonly service: ServiceConfig;
  readonly now: FileSnapshot;
  readonly previous: FileSnapshot;
  /** The service's own included file, when rollout.yaml includes it (then rollout.yaml stays). */
  readonly entryFile?: string;
}): FileChange[] {
  const { service, now, previous, configFile } = params;
  // The file holding the service's settings; paths inside an included file stay relative to
  // rollout.yaml's folder, so they resolve against configFile either way.
  const entry = params.entryFile ?? configFile;
  const folder = service.manifests === undefined ? undefined : repoPath(configFile, service.manifests);
  const own = broughtPath(configFile, service);
  const mine = (p: string) => p === entry || p === own || (folder !== undefined && directlyIn(folder, p));
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
export function postSticky(gh: GitHubPort, params: { issueNumber: number; body: string }): Promise<unknown> {
  const marker = params.body.split("\n")[0] ?? "";
  return marker.startsWith("<!--")
    ? gh.upsertStickyComment({ issueNumber: params.issueNumber, marker, body: params.body })
    : gh.comment(params);
}

type Stored = { readonly record: BakeRecord; readonly resourceVersion: string };

async function readRecord(
  kube: KubePort,
  namespace: string,
  service: string,
): Promise<KubeResult<Stored | undefined>> {
  const got = await kube.get({
    apiVersion: "v1",
    kind: "ConfigMap",
    namespace,
    name: bakeObjectName(service),
  });
  if (!got.ok) return got;
  if (!got.value) return { ok: true, value: undefined };
  const r = recordOf(got.value);
  return r.ok
    ? { ok: true, value: { record: r.record, resourceVersion: r.resourceVersion } }
    : { ok: false, reason: "invalid", message: r.message };
}

function rvOf(o: K8sObject): string {
  return String((o.metadata as { resourceVersion?: unknown }).resourceVersion ?? "");
}

/**
 * Writes a new bake record for its service (after an apply), replacing the service's previous one.
 * A previous record still baking is superseded: its Deployment goes `inactive` (through `gh`, when
 * it is of the same repository). Returns the stored resourceVersion.
 */
export async function writeBakeRecord(params: {
  readonly kube: KubePort;
  readonly record: BakeRecord;
  readonly gh?: GitHubPort;
}): Promise<KubeResult<string>> {
  const { kube, record } = params;
  const ref = {
    apiVersion: "v1",
    kind: "ConfigMap",
    namespace: record.namespace,
    name: bakeObjectName(record.service),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    const got = await kube.get(ref);
    if (!got.ok) return got;
    // An unreadable old record is overwritten: it would block this service's bakes for good.
    const old = got.value ? recordOf(got.value) : undefined;
    const written = got.value
      ? await kube.replace(bakeObject(record, rvOf(got.value)))
      : await kube.create(bakeObject(record));
    if (written.ok) {
      const prev = old?.ok ? old.record : undefined;
      if (
        prev &&
        prev.state !== "done" &&
        prev.sha !== record.sha &&
        params.gh &&
        sameRepo(prev.repo, record.repo)
      ) {
        await params.gh.deploymentStatus({
          id: prev.deploymentId,
          state: "inactive",
          description: `superseded by ${record.sha.slice(0, 7)} before its ${prev.bake} bake ended`,
        });
      }
      return { ok: true, value: rvOf(written.value) };
    }
    if (written.reason !== "conflict") return written;
    // Someone wrote it meanwhile (or a retried request's first attempt did): read again.
  }
  return {
    ok: false,
    reason: "conflict",
    message: `Cannot write the bake record of ${record.service} in ${record.namespace}: it kept changing under rollout-bot.`,
  };
}

function sameRepo(a: BakeRepo, b: BakeRepo): boolean {
  return a.owner.toLowerCase() === b.owner.toLowerCase() && a.name.toLowerCase() === b.name.toLowerCase();
}

/** The outcome of judging one record (no cluster record I/O: the caller owns the claim). */
interface Settled {
  readonly result: NonNullable<BakeRecord["result"]>["kind"];
  readonly message: string;
  readonly report: ServiceApplyReport;
  readonly revertPr?: { readonly number: number; readonly url: string };
}

/**
 * Judges the gate of a record's service and acts on it: on failure re-applies the previous
 * commit's files of that service and opens the revert PR; sets the Deployment's status.
 */
export async function settleBake(record: BakeRecord, deps: BakeDeps, github: BakeGitHub): Promise<Settled> {
  const { gh } = github;
  const key = record.service;
  const short = record.sha.slice(0, 7);
  const files = await github.filesAt(record.sha);
  const text = files.get(record.configPath);
  const loaded =
    text === undefined ? undefined : loadConfig({ text, file: record.configPath, included: files });
  const service = loaded?.ok ? loaded.loaded.config.services[key] : undefined;
  if (!loaded?.ok || !service) {
    const message = `The bake of \`${key}\` could not be judged: ${record.configPath} at ${short} is unreadable or has no \`${key}\`.`;
    await gh.deploymentStatus({ id: record.deploymentId, state: "error", description: message });
    return { result: "error", message, report: record.report };
  }
  const config = loaded.loaded.config;
  const verdict = await summarise({
    config,
    key,
    prom: deps.prom,
    ...(deps.prometheusUrl ? { prometheusUrl: deps.prometheusUrl } : {}),
    at: deps.now(),
    // Evidence from the apply of this step: the whole bake counts, not just the last window.
    since: record.appliedAt,
  });
  const judged = afterJudging(
    verdict.ok ? { ok: true, conclusion: verdict.verdict.conclusion } : { ok: false },
  );
  if (judged === "pass" || !verdict.ok) {
    const how = verdict.ok
      ? verdict.verdict.conclusion === "success"
        ? "the gate passed"
        : `the gate was ${verdict.verdict.conclusion}`
      : `the gate could not be judged (${verdict.message})`;
    const message = `baked ${record.bake}: ${how}`;
    await gh.deploymentStatus({ id: record.deploymentId, state: "success", description: message });
    return { result: "passed", message, report: record.report };
  }
  const summary = verdict.verdict.summary;
  const beforeFiles = await github.filesAt(record.previous);
  const prevText = beforeFiles.get(record.configPath);
  const previous =
    prevText === undefined
      ? undefined
      : loadConfig({ text: prevText, file: record.configPath, included: beforeFiles });
  const prevService = previous?.ok ? previous.loaded.config.services[key] : undefined;
  if (!previous?.ok || !prevService) {
    const message = `The gate failed after ${record.bake} of bake: ${summary} Not rolled back: \`${key}\` has no earlier version at ${record.previous.slice(0, 7)} to go back to.`;
    await gh.deploymentStatus({
      id: record.deploymentId,
      state: "failure",
      description: `gate failed after ${record.bake}; not rolled back (no earlier version)`,
    });
    return { result: "not-rolled-back", message, report: { ...record.report, status: "failed", message } };
  }
  // Roll back at once: the previous manifests go back on the cluster, then git follows.
  const rollback = await applyServices({
    kube: deps.kube,
    loaded: previous.loaded,
    files: beforeFiles,
    services: [key],
    planOnly: false,
    force: deps.force ?? false,
    wait: deps.wait,
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
  const weights = Object.entries(weightsOf(prevService))
    .map(([v, w]) => `${v} ${w} %`)
    .join(", ");
  const entryFile = loaded.loaded.included.get(key)?.file;
  const changes = revertChanges({
    configFile: record.configPath,
    service,
    now: files,
    previous: beforeFiles,
    ...(entryFile === undefined ? {} : { entryFile }),
  });
  const revert =
    changes.length === 0
      ? undefined
      : await gh.openRevertPr({
          service: key,
          baseOid: record.sha,
          defaultBranch: record.defaultBranch,
          files: changes,
          title: `Revert rollout ${key}: the gate failed after ${record.bake} of bake`,
          body: `The \`rollout/gate\` checks failed ${record.bake} after #${record.prNumber} was applied, so rollout-bot put the previous weights back on the cluster (${weights}). Merge this PR so the repository matches the cluster again.\n\n${summary}`,
        });
  const incomplete = rollback.ok ? "" : ` (rollback incomplete: ${rollback.message})`;
  const message = `The gate failed after ${record.bake} of bake: ${summary} The previous weights were re-applied${incomplete}${revert ? `; revert PR #${revert.number}` : ""}.`;
  await gh.deploymentStatus({
    id: record.deploymentId,
    state: "failure",
    description: `rolled back: the gate failed after ${record.bake} of bake${incomplete ? " (rollback incomplete)" : ""}${revert ? `; revert PR #${revert.number}` : ""}`,
  });
  const back = rollback.services.find((s) => s.key === key);
  const report: ServiceApplyReport = {
    ...(back ? reportOf(back, "rolled-back", message) : { ...record.report, status: "rolled-back", message }),
    ...(revert ? { revertPr: { number: revert.number, url: revert.url } } : {}),
  };
  return {
    result: "rolled-back",
    message,
    report,
    ...(revert ? { revertPr: { number: revert.number, url: revert.url } } : {}),
  };
}

/** The merged PR's apply comment again, with what the bakes of its commit decided. */
async function updateComment(gh: GitHubPort, records: readonly BakeRecord[], own: BakeRecord): Promise<void> {
  const siblings = records.filter((r) => r.sha === own.sha && sameRepo(r.repo, own.repo));
  const byKey = new Map((own.reports ?? [own.report]).map((r) => [r.key, r] as const));
  for (const r of siblings) if (r.state === "done") byKey.set(r.service, r.report);
  byKey.set(own.service, own.report);
  await postSticky(gh, {
    issueNumber: own.prNumber,
    body: applyComment({
      sha: own.sha,
      services: [...byKey.values()],
      ...(own.runUrl ? { runUrl: own.runUrl } : {}),
    }),
  });
}

async function listRecords(kube: KubePort): Promise<KubeResult<{ stored: Stored[]; unreadable: string[] }>> {
  const listed = await kube.list({ apiVersion: "v1", kind: "ConfigMap", labelSelector: BAKE_SELECTOR });
  if (!listed.ok) return listed;
  const stored: Stored[] = [];
  const unreadable: string[] = [];
  for (const o of listed.value) {
    const r = recordOf(o);
    if (r.ok) stored.push({ record: r.record, resourceVersion: r.resourceVersion });
    else unreadable.push(r.message);
  }
  return { ok: true, value: { stored, unreadable } };
}

/**
 * One pass over every bake record in the cluster: each whose deadline passed (or, with `early`,
 * each one) is claimed with compare-and-swap, judged, acted on and marked done; a process that
 * loses the claim skips it. Safe to run from any number of processes at once.
 */
export async function resumeBakes(
  deps: BakeDeps & {
    /** Judge before the deadline (the Action, which slept through the bake itself). */
    readonly early?: boolean;
    /** Only these records (the Action: its own commit's). */
    readonly only?: (record: BakeRecord) => boolean;
  },
): Promise<
  { readonly ok: true; readonly results: BakeResult[] } | { readonly ok: false; readonly message: string }
> {
  const listed = await listRecords(deps.kube);
  if (!listed.ok) return { ok: false, message: listed.message };
  const results: BakeResult[] = listed.value.unreadable.map((message) => ({
    service: "?",
    namespace: "?",
    sha: "?",
    kind: "unreadable" as const,
    message,
  }));
  const all = listed.value.stored;
  for (const { record, resourceVersion } of all) {
    if (deps.only && !deps.only(record)) continue;
    const base = { service: record.service, namespace: record.namespace, sha: record.sha };
    const now = deps.now();
    const decision = bakeDecision({
      record,
      now,
      ...(deps.leaseSeconds !== undefined ? { leaseSeconds: deps.leaseSeconds } : {}),
      ...(deps.early ? { early: true } : {}),
    });
    if (decision.kind === "done") continue;
    if (decision.kind === "wait") {
      results.push({
        ...base,
        kind: "waiting",
        until: decision.until,
        message: `baking until ${decision.until}`,
      });
      continue;
    }
    if (decision.kind === "busy") {
      results.push({
        ...base,
        kind: "busy",
        until: decision.until,
        message: `being judged by ${decision.by}`,
      });
      continue;
    }
    // Claim: the compare-and-swap decides which process acts.
    const mine = claimed(record, deps.replica, now);
    const claim = await deps.kube.replace(bakeObject(mine, resourceVersion));
    let rv: string;
    if (claim.ok) rv = rvOf(claim.value);
    else {
      // A lost answer to our own write also reads as a conflict: then the record says it is ours.
      const again = await readRecord(deps.kube, record.namespace, record.service);
      const theirs = again.ok ? again.value : undefined;
      if (
        theirs?.record.state === "judging" &&
        theirs.record.claimedBy === deps.replica &&
        theirs.record.claimedAt === now &&
        theirs.record.sha === record.sha
      ) {
        rv = theirs.resourceVersion;
      } else {
        results.push({
          ...base,
          kind: "lost",
          message: claim.reason === "conflict" ? "claimed by another process first" : claim.message,
        });
        continue;
      }
    }
    let github: BakeGitHub;
    let settled: Settled;
    try {
      github = await deps.github(record.repo);
      settled = await settleBake(mine, deps, github);
    } catch (e) {
      // Left claimed: once the lease runs out, a process tries again.
      results.push({ ...base, kind: "error", message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const done = finished(
      { ...mine, report: settled.report },
      {
        kind: settled.result,
        message: settled.message,
        ...(settled.revertPr ? { revertPr: settled.revertPr } : {}),
      },
      deps.now(),
    );
    const wrote = await deps.kube.replace(bakeObject(done, rv));
    results.push({
      ...base,
      kind: settled.result,
      message: wrote.ok
        ? settled.message
        : `${settled.message} (the bake record was not updated: ${wrote.message})`,
      ...(settled.revertPr ? { revertPr: settled.revertPr } : {}),
    });
    if (settled.result === "rolled-back" || settled.result === "not-rolled-back") {
      const fresh = await listRecords(deps.kube);
      const records = fresh.ok ? fresh.value.stored.map((s) => s.record) : all.map((s) => s.record);
      await updateComment(github.gh, records, done).catch(() => undefined);
    }
  }
  return { ok: true, results };
}

/**
 * Runs `pass` now and then every `intervalMs` (never two at once), without keeping the process
 * alive. `tick()` runs a pass (or joins the running one) and resolves when it ends.
 */
export function bakeTimer(params: {
  readonly pass: () => Promise<unknown>;
  readonly intervalMs: number;
  readonly onError?: (e: unknown) => void;
}): { stop(): void; tick(): Promise<void> } {
  let running: Promise<void> | undefined;
  const tick = (): Promise<void> => {
    running ??= params
      .pass()
      .then(
        () => undefined,
        (e: unknown) => params.onError?.(e),
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), params.intervalMs);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer), tick };
}
