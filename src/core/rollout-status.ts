/**
 * Whether a Deployment's rollout is done, still under way, or has failed — judged as
 * `kubectl rollout status` does (k8s.io/kubectl/pkg/polymorphichelpers/rollout_status.go,
 * DeploymentStatusViewer), plus a `ReplicaFailure` condition, which kubectl leaves to you.
 */

export type RolloutStatus =
  | { readonly state: "done" }
  | { readonly state: "waiting"; readonly message: string }
  | {
      readonly state: "failed";
      readonly reason: "progress-deadline-exceeded" | "replica-failure";
      readonly message: string;
    };

interface Condition {
  readonly type?: string;
  readonly status?: string;
  readonly reason?: string;
  readonly message?: string;
}

/** The fields read, as a GET of a Deployment returns them (any may be missing). */
export interface DeploymentLike {
  readonly metadata?: { readonly name?: string; readonly generation?: number };
  readonly spec?: { readonly replicas?: number };
  readonly status?: {
    readonly observedGeneration?: number;
    readonly replicas?: number;
    readonly updatedReplicas?: number;
    readonly availableReplicas?: number;
    readonly conditions?: readonly Condition[];
  };
}

/** kubectl's deploymentutil.TimedOutReason. */
const TIMED_OUT = "ProgressDeadlineExceeded";

const count = (n: unknown): number => (typeof n === "number" && Number.isFinite(n) ? n : 0);

/** kubectl's DeploymentStatusViewer.Status for one Deployment, without the revision check. */
export function rolloutStatus(deployment: DeploymentLike): RolloutStatus {
  const name = deployment.metadata?.name ?? "";
  const status = deployment.status ?? {};
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  // Conditions and counts describe an older spec until the controller has seen this generation.
  if (count(deployment.metadata?.generation) > count(status.observedGeneration))
    return { state: "waiting", message: "waiting for deployment spec update to be observed" };
  const progressing = conditions.find((c) => c?.type === "Progressing");
  if (progressing?.reason === TIMED_OUT)
    return {
      state: "failed",
      reason: "progress-deadline-exceeded",
      message: `deployment "${name}" exceeded its progress deadline${progressing.message ? ` (${progressing.message})` : ""}`,
    };
  const waiting = waitingFor(deployment.spec?.replicas, status);
  if (waiting === undefined) return { state: "done" };
  // Only while the rollout is not complete: a finished rollout is done, as kubectl says.
  const failure = conditions.find((c) => c?.type === "ReplicaFailure" && c.status === "True");
  if (failure)
    return {
      state: "failed",
      reason: "replica-failure",
      message: `deployment "${name}" cannot create its pods${failure.reason ? ` (${failure.reason})` : ""}${failure.message ? `: ${failure.message}` : ""}`,
    };
  return { state: "waiting", message: waiting };
}

/** kubectl's three counts in its order; undefined when the rollout is complete. */
function waitingFor(specReplicas: number | undefined, status: NonNullable<DeploymentLike["status"]>) {
  const updated = count(status.updatedReplicas);
  // kubectl skips this check when spec.replicas is unset (the API server always defaults it to 1).
  if (typeof specReplicas === "number" && updated < specReplicas)
    return `${updated} out of ${specReplicas} new replicas have been updated`;
  const replicas = count(status.replicas);
  if (replicas > updated) return `${replicas - updated} old replicas are pending termination`;
  const available = count(status.availableReplicas);
  if (available < updated) return `${available} of ${updated} updated replicas are available`;
  return undefined;
}

/**
 * `--wait-timeout` and the Action's `wait-timeout`, in milliseconds: `90s`, `10m`, `1h30m`, or a
 * bare number of seconds (the input's historical form, `600`); undefined for 0, garbage or > 24h.
 */
export function parseWaitTimeout(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return positive(Number(t) * 1000);
  if (!/^(?:\d+(?:d|h|ms|m|s))+$/.test(t)) return undefined;
  let ms = 0;
  for (const [, n, unit] of t.matchAll(/(\d+)(d|h|ms|m|s)/g))
    ms += Number(n) * (UNIT_MS[unit as string] ?? 0);
  return positive(ms);
}

const UNIT_MS: Readonly<Record<string, number>> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
/** A wait longer than a day is a typo. */
const MAX_WAIT_MS = 86_400_000;
const positive = (ms: number) => (Number.isSafeInteger(ms) && ms > 0 && ms <= MAX_WAIT_MS ? ms : undefined);

/** What `--wait-timeout` / `wait-timeout` accept, for error messages. */
export const WAIT_TIMEOUT_FORMS =
  "a duration such as 90s, 10m or 1h30m (or seconds: 600), more than 0 and at most 24h";
