// The bake after merge-to-deploy, as durable state: one record per baking service, kept in the
// cluster (an annotation on a ConfigMap rollout-bot owns), and the pure decisions over it. The
// handler (src/handlers/bake.ts) reads and writes records with compare-and-swap on
// resourceVersion; nothing here does I/O.
import type { ServiceApplyReport } from "./deploy-report.js";
import type { K8sObject } from "./k8s.js";
import type { ServiceConfig } from "./schema.js";

/** The annotation that holds a record's JSON. */
export const BAKE_ANNOTATION = "rollout-bot/bake";
/**
 * The label that marks bake records (and the selector that lists them). Not
 * `app.kubernetes.io/managed-by=rollout-bot`: prune deletes what carries that label and the
 * repository no longer describes, and no repository describes a bake record.
 */
export const BAKE_LABEL = "rollout-bot/bake-record";
export const BAKE_SELECTOR = `${BAKE_LABEL}=true`;
/** A judge that has not finished after this long is taken to have died: another may claim it. */
export const DEFAULT_LEASE_SECONDS = 900;

/** Where a commit lives on GitHub (and, for the app, which installation can act on it). */
export interface BakeRepo {
  readonly owner: string;
  readonly name: string;
  readonly installationId?: number;
}

export type BakeState = "baking" | "judging" | "done";

/** What the bake of one service of one merge needs to be finished by any process, at any time. */
export interface BakeRecord {
  readonly version: 1;
  readonly repo: BakeRepo;
  readonly configPath: string;
  readonly defaultBranch: string;
  readonly service: string;
  readonly namespace: string;
  /** The applied (merge) commit, and the commit to roll back to. */
  readonly sha: string;
  readonly previous: string;
  readonly prNumber: number;
  /** The GitHub Deployment of this service at `sha`. */
  readonly deploymentId: number;
  /** policy.bake as written (`5m`), for messages. */
  readonly bake: string;
  /** Epoch seconds. */
  readonly appliedAt: number;
  readonly deadline: number;
  readonly state: BakeState;
  /** Which process is judging (state `judging`), and since when (epoch seconds). */
  readonly claimedBy?: string;
  readonly claimedAt?: number;
  /** What the apply reported for this service (the merged PR's comment is rebuilt from these). */
  readonly report: ServiceApplyReport;
  /** What the apply reported for every service of the merge (the comment shows them all). */
  readonly reports?: readonly ServiceApplyReport[];
  readonly runUrl?: string;
  /** Once done. */
  readonly result?: {
    readonly kind: "passed" | "rolled-back" | "not-rolled-back" | "error";
    readonly message: string;
    readonly revertPr?: { readonly number: number; readonly url: string };
    readonly at: number;
  };
}

/** The ConfigMap that holds a service's bake record: one per service and namespace. */
export function bakeObjectName(service: string): string {
  return `rollout-bot-bake-${service}`;
}

/** The record as a ConfigMap (with `resourceVersion` for a compare-and-swap replace). */
export function bakeObject(record: BakeRecord, resourceVersion?: string): K8sObject {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: {
      name: bakeObjectName(record.service),
      namespace: record.namespace,
      labels: { [BAKE_LABEL]: "true", "rollout-bot/service": record.service },
      annotations: { [BAKE_ANNOTATION]: JSON.stringify(record) },
      ...(resourceVersion ? { resourceVersion } : {}),
    },
  } as K8sObject;
}

/** A record read back from its object, with the resourceVersion to replace it with; or why not. */
export function recordOf(
  o: K8sObject,
): { ok: true; record: BakeRecord; resourceVersion: string } | { ok: false; message: string } {
  const meta = o.metadata as {
    name?: string;
    namespace?: string;
    resourceVersion?: string;
    annotations?: Record<string, string>;
  };
  const where = `ConfigMap ${meta.namespace ?? "?"}/${meta.name ?? "?"}`;
  const text = meta.annotations?.[BAKE_ANNOTATION];
  if (text === undefined) return { ok: false, message: `${where} has no ${BAKE_ANNOTATION} annotation` };
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { ok: false, message: `${where}: the ${BAKE_ANNOTATION} annotation is not JSON` };
  }
  const r = v as Partial<BakeRecord> | null;
  const missing = (
    [
      ["repo", typeof r?.repo?.owner === "string" && typeof r.repo.name === "string"],
      ["service", typeof r?.service === "string"],
      ["namespace", typeof r?.namespace === "string"],
      ["sha", typeof r?.sha === "string"],
      ["previous", typeof r?.previous === "string"],
      ["prNumber", typeof r?.prNumber === "number"],
      ["deploymentId", typeof r?.deploymentId === "number"],
      ["deadline", typeof r?.deadline === "number" && Number.isFinite(r.deadline)],
      ["state", r?.state === "baking" || r?.state === "judging" || r?.state === "done"],
      ["report", typeof r?.report === "object" && r.report !== null],
    ] as const
  )
    .filter(([, ok]) => !ok)
    .map(([k]) => k);
  if (r?.version !== 1 || missing.length > 0) {
    return {
      ok: false,
      message: `${where}: not a bake record rollout-bot can read (${r?.version !== 1 ? "version" : missing.join(", ")})`,
    };
  }
  return { ok: true, record: r as BakeRecord, resourceVersion: meta.resourceVersion ?? "" };
}

export type BakeDecision =
  /** Not yet: look again at `until` (epoch seconds). */
  | { readonly kind: "wait"; readonly until: number }
  /** Due: claim it (compare-and-swap), then judge the gate. */
  | { readonly kind: "judge"; readonly reclaim: boolean }
  /** Another process is judging it; it may be claimed again at `until` if that one died. */
  | { readonly kind: "busy"; readonly by: string; readonly until: number }
  | { readonly kind: "done" };

/**
 * What to do with a record now. `early`: judge before the deadline (the Action, which slept
 * through the bake itself).
 */
export function bakeDecision(params: {
  readonly record: Pick<BakeRecord, "state" | "deadline" | "claimedBy" | "claimedAt">;
  readonly now: number;
  readonly leaseSeconds?: number;
  readonly early?: boolean;
}): BakeDecision {
  const { record, now } = params;
  const lease = params.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  if (record.state === "done") return { kind: "done" };
  if (record.state === "judging") {
    const until = (record.claimedAt ?? 0) + lease;
    return now >= until
      ? { kind: "judge", reclaim: true }
      : { kind: "busy", by: record.claimedBy ?? "unknown", until };
  }
  if (now < record.deadline && !params.early) return { kind: "wait", until: record.deadline };
  return { kind: "judge", reclaim: false };
}

/** After judging: only a failing gate rolls back; neutral (too little traffic, say) lets it stand. */
export function afterJudging(
  verdict:
    | { readonly ok: true; readonly conclusion: "success" | "failure" | "neutral" }
    | { readonly ok: false },
): "roll-back" | "pass" {
  return verdict.ok && verdict.conclusion === "failure" ? "roll-back" : "pass";
}

/** The record claimed by `by` at `now` (to write with the resourceVersion it was read at). */
export function claimed(record: BakeRecord, by: string, now: number): BakeRecord {
  return { ...record, state: "judging", claimedBy: by, claimedAt: now };
}

/** The record finished. */
export function finished(
  record: BakeRecord,
  result: Omit<NonNullable<BakeRecord["result"]>, "at">,
  now: number,
): BakeRecord {
  return { ...record, state: "done", result: { ...result, at: now } };
}

/** "in 4m 30s" style durations for status descriptions. */
export function untilText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${s % 60 ? ` ${s % 60}s` : ""}` : `${s}s`;
}

/**
 * Whether a merge gives a version other than the one that was stable something new to prove:
 * more traffic, or new contents (model, image) while it serves. A merge that only moves traffic
 * back to the stable version (an abort), or adds a version at 0 %, has nothing to bake — and
 * rolling an abort back would send traffic to the canary it retreated from.
 */
export function needsBake(params: {
  readonly before: ServiceConfig | undefined;
  readonly after: ServiceConfig;
}): boolean {
  const { before, after } = params;
  const stableBefore = before?.stable ?? after.stable;
  const contents = (s: ServiceConfig | undefined, v: string) => {
    const c = s?.versions[v];
    return c === undefined
      ? undefined
      : JSON.stringify({ ...c, weight: 0, tfServing: s?.tfServing, kserve: s?.kserve });
  };
  return Object.entries(after.versions).some(([v, c]) => {
    if (v === stableBefore || c.weight === 0) return false;
    const was = before?.versions[v];
    return was === undefined || c.weight > was.weight || contents(after, v) !== contents(before, v);
  });
}
