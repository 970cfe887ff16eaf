import { describe, expect, it } from "@jest/globals";
import {
  type DeploymentLike,
  parseWaitTimeout,
  type RolloutStatus,
  rolloutStatus,
} from "../../src/core/rollout-status.js";

type Status = NonNullable<DeploymentLike["status"]>;
type Condition = NonNullable<Status["conditions"]>[number];

/** A Deployment "mnist-v2" at generation 3 with spec.replicas 2 and the given status. */
const d = (status: Status | undefined, extra: { generation?: number; replicas?: number | null } = {}) => ({
  metadata: { name: "mnist-v2", generation: extra.generation ?? 3 },
  spec: extra.replicas === null ? {} : { replicas: extra.replicas ?? 2 },
  ...(status ? { status } : {}),
});

const complete: Status = { observedGeneration: 3, replicas: 2, updatedReplicas: 2, availableReplicas: 2 };
const progressing = (reason: string, status = "True", message = ""): Condition => ({
  type: "Progressing",
  status,
  reason,
  ...(message ? { message } : {}),
});
const replicaFailure = (status: string): Condition => ({
  type: "ReplicaFailure",
  status,
  reason: "FailedCreate",
  message: 'pods "mnist-v2-7d9f-x" is forbidden: exceeded quota: compute, requested: cpu=2',
});
const waiting = (message: string): RolloutStatus => ({ state: "waiting", message });

describe("rolloutStatus (kubectl rollout status for a Deployment)", () => {
  it.each<[string, DeploymentLike, RolloutStatus]>([
    ["complete", d(complete), { state: "done" }],
    [
      "complete, Progressing=True NewReplicaSetAvailable",
      d({ ...complete, conditions: [progressing("NewReplicaSetAvailable")] }),
      { state: "done" },
    ],
    [
      "observedGeneration newer than generation",
      d({ ...complete, observedGeneration: 4 }),
      { state: "done" },
    ],
    [
      "spec update not yet observed",
      d({ ...complete, observedGeneration: 2 }),
      waiting("waiting for deployment spec update to be observed"),
    ],
    [
      "no status at all (just created)",
      d(undefined, { generation: 1 }),
      waiting("waiting for deployment spec update to be observed"),
    ],
    [
      "not observed wins over a stale ProgressDeadlineExceeded",
      d({
        ...complete,
        observedGeneration: 2,
        conditions: [progressing("ProgressDeadlineExceeded", "False")],
      }),
      waiting("waiting for deployment spec update to be observed"),
    ],
    [
      "fewer updated replicas than spec.replicas",
      d({ observedGeneration: 3, replicas: 3, updatedReplicas: 1, availableReplicas: 2 }),
      waiting("1 out of 2 new replicas have been updated"),
    ],
    [
      "old replicas pending termination",
      d({ observedGeneration: 3, replicas: 3, updatedReplicas: 2, availableReplicas: 2 }),
      waiting("1 old replicas are pending termination"),
    ],
    [
      "updated replicas not all available",
      d({ observedGeneration: 3, replicas: 2, updatedReplicas: 2, availableReplicas: 1 }),
      waiting("1 of 2 updated replicas are available"),
    ],
    [
      "availableReplicas missing counts as 0",
      d({ observedGeneration: 3, replicas: 2, updatedReplicas: 2 }),
      waiting("0 of 2 updated replicas are available"),
    ],
    [
      "spec.replicas unset: kubectl skips the updated check",
      d({ observedGeneration: 3, replicas: 0, updatedReplicas: 0, availableReplicas: 0 }, { replicas: null }),
      { state: "done" },
    ],
    [
      "scaled to 0",
      d({ observedGeneration: 3, replicas: 0, updatedReplicas: 0 }, { replicas: 0 }),
      { state: "done" },
    ],
    [
      "ProgressDeadlineExceeded",
      d({
        observedGeneration: 3,
        replicas: 2,
        updatedReplicas: 2,
        availableReplicas: 0,
        conditions: [
          progressing(
            "ProgressDeadlineExceeded",
            "False",
            'ReplicaSet "mnist-v2-7d9f" has timed out progressing.',
          ),
        ],
      }),
      {
        state: "failed",
        reason: "progress-deadline-exceeded",
        message:
          'deployment "mnist-v2" exceeded its progress deadline (ReplicaSet "mnist-v2-7d9f" has timed out progressing.)',
      },
    ],
    [
      "ProgressDeadlineExceeded is judged by reason, before the counts (as kubectl)",
      d({ ...complete, conditions: [progressing("ProgressDeadlineExceeded", "False")] }),
      {
        state: "failed",
        reason: "progress-deadline-exceeded",
        message: 'deployment "mnist-v2" exceeded its progress deadline',
      },
    ],
    [
      "ReplicaFailure True while the rollout is incomplete",
      d({
        observedGeneration: 3,
        replicas: 1,
        updatedReplicas: 1,
        availableReplicas: 0,
        conditions: [progressing("ReplicaSetUpdated"), replicaFailure("True")],
      }),
      {
        state: "failed",
        reason: "replica-failure",
        message:
          'deployment "mnist-v2" cannot create its pods (FailedCreate): pods "mnist-v2-7d9f-x" is forbidden: exceeded quota: compute, requested: cpu=2',
      },
    ],
    [
      "ReplicaFailure False is no failure",
      d({
        observedGeneration: 3,
        replicas: 2,
        updatedReplicas: 2,
        availableReplicas: 1,
        conditions: [replicaFailure("False")],
      }),
      waiting("1 of 2 updated replicas are available"),
    ],
    [
      "ReplicaFailure left over on a complete rollout: done",
      d({ ...complete, conditions: [replicaFailure("True")] }),
      { state: "done" },
    ],
  ])("%s", (_name, deployment, expected) => {
    expect(rolloutStatus(deployment)).toEqual(expected);
  });

  it("never throws on odd input", () => {
    for (const odd of [
      {},
      { status: { conditions: null } },
      { status: { replicas: "2" } },
      { metadata: {} },
    ] as unknown[])
      expect(() => rolloutStatus(odd as DeploymentLike)).not.toThrow();
  });
});

describe("parseWaitTimeout (--wait-timeout, the Action's wait-timeout)", () => {
  it.each<[string, number | undefined]>([
    ["90s", 90_000],
    ["10m", 600_000],
    ["1h", 3_600_000],
    ["1h30m", 5_400_000],
    ["2m30s", 150_000],
    ["1500ms", 1500],
    ["600", 600_000],
    [" 600 ", 600_000],
    ["24h", 86_400_000],
    ["0", undefined],
    ["0s", undefined],
    ["0m0s", undefined],
    ["25h", undefined],
    ["99999999999999999999s", undefined],
    ["-5s", undefined],
    ["1.5m", undefined],
    ["10 m", undefined],
    ["10M", undefined],
    ["ten minutes", undefined],
    ["", undefined],
    ["1d", 86_400_000],
    ["2d", undefined],
  ])("%j → %p", (text, ms) => {
    expect(parseWaitTimeout(text)).toBe(ms);
  });
});
