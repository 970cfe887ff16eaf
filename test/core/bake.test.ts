// The bake's pure decisions: when a record is due, who may claim it, what a verdict leads to, and
// reading a record back from its ConfigMap.
import { describe, expect, it } from "@jest/globals";
import {
  afterJudging,
  BAKE_ANNOTATION,
  type BakeRecord,
  bakeDecision,
  bakeObject,
  claimed,
  finished,
  needsBake,
  recordOf,
} from "../../src/core/bake.js";
import { ServiceSchema } from "../../src/core/schema.js";

const RECORD: BakeRecord = {
  version: 1,
  repo: { owner: "o", name: "r", installationId: 3 },
  configPath: "rollout.yaml",
  defaultBranch: "main",
  service: "mnist",
  namespace: "kubeflow",
  sha: "a".repeat(40),
  previous: "b".repeat(40),
  prNumber: 42,
  deploymentId: 7,
  bake: "5m",
  appliedAt: 1000,
  deadline: 1300,
  state: "baking",
  report: {
    key: "mnist",
    namespace: "kubeflow",
    applied: [],
    liveWeights: {},
    repoWeights: {},
    status: "applied",
  },
};

describe("bakeDecision", () => {
  it.each([
    ["baking, before the deadline", { state: "baking" }, 1299, {}, { kind: "wait", until: 1300 }],
    ["baking, at the deadline", { state: "baking" }, 1300, {}, { kind: "judge", reclaim: false }],
    ["baking, long after (a restart)", { state: "baking" }, 99_999, {}, { kind: "judge", reclaim: false }],
    [
      "baking, early (the Action slept itself)",
      { state: "baking" },
      1000,
      { early: true },
      { kind: "judge", reclaim: false },
    ],
    [
      "judging, within the lease",
      { state: "judging", claimedBy: "pod-a", claimedAt: 1300 },
      1300 + 899,
      {},
      { kind: "busy", by: "pod-a", until: 2200 },
    ],
    [
      "judging, the lease ran out (the judge died)",
      { state: "judging", claimedBy: "pod-a", claimedAt: 1300 },
      2200,
      {},
      { kind: "judge", reclaim: true },
    ],
    [
      "judging, a shorter lease",
      { state: "judging", claimedBy: "pod-a", claimedAt: 1300 },
      1360,
      { leaseSeconds: 60 },
      { kind: "judge", reclaim: true },
    ],
    ["done", { state: "done" }, 99_999, {}, { kind: "done" }],
    ["done, early", { state: "done" }, 0, { early: true }, { kind: "done" }],
  ] as const)("%s", (_name, patch, now, options, expected) => {
    expect(bakeDecision({ record: { ...RECORD, ...patch }, now, ...options })).toEqual(expected);
  });
});

describe("afterJudging", () => {
  it.each([
    [{ ok: true, conclusion: "failure" } as const, "roll-back"],
    [{ ok: true, conclusion: "success" } as const, "pass"],
    [{ ok: true, conclusion: "neutral" } as const, "pass"],
    [{ ok: false } as const, "pass"],
  ])("%j → %s", (verdict, expected) => {
    expect(afterJudging(verdict)).toBe(expected);
  });
});

describe("bake records in ConfigMaps", () => {
  it("round-trips through the annotation, with the resourceVersion for compare-and-swap", () => {
    const o = bakeObject(claimed(RECORD, "pod-a", 1300), "17");
    expect(o).toMatchObject({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: {
        name: "rollout-bot-bake-mnist",
        namespace: "kubeflow",
        resourceVersion: "17",
        labels: { "rollout-bot/bake-record": "true", "rollout-bot/service": "mnist" },
      },
    });
    // Not labelled managed-by rollout-bot: prune never sees it.
    expect(Object.keys(o.metadata.labels ?? {})).not.toContain("app.kubernetes.io/managed-by");
    const back = recordOf(o);
    expect(back).toEqual({
      ok: true,
      resourceVersion: "17",
      record: { ...RECORD, state: "judging", claimedBy: "pod-a", claimedAt: 1300 },
    });
  });

  it("a finished record says what happened and when", () => {
    const done = finished(
      RECORD,
      { kind: "rolled-back", message: "m", revertPr: { number: 61, url: "u" } },
      1400,
    );
    expect(done.state).toBe("done");
    expect(done.result).toEqual({
      kind: "rolled-back",
      message: "m",
      revertPr: { number: 61, url: "u" },
      at: 1400,
    });
  });

  it.each([
    ["no annotation", {}, /has no rollout-bot\/bake annotation/],
    ["not JSON", { [BAKE_ANNOTATION]: "{" }, /not JSON/],
    ["another version", { [BAKE_ANNOTATION]: JSON.stringify({ ...RECORD, version: 2 }) }, /\(version\)/],
    [
      "fields missing",
      { [BAKE_ANNOTATION]: JSON.stringify({ ...RECORD, sha: 1, deadline: null }) },
      /\(sha, deadline\)/,
    ],
    ["a bad state", { [BAKE_ANNOTATION]: JSON.stringify({ ...RECORD, state: "odd" }) }, /\(state\)/],
  ])("refuses a record with %s, naming the object", (_name, annotations, message) => {
    const r = recordOf({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "rollout-bot-bake-mnist", namespace: "kubeflow", annotations },
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^ConfigMap kubeflow\/rollout-bot-bake-mnist/);
    expect(!r.ok && r.message).toMatch(message);
  });
});

describe("needsBake: only a merge that gives a non-stable version more traffic or new contents", () => {
  const svc = (versions: Record<string, Record<string, unknown>>, stable = "v1") =>
    ServiceSchema.parse({
      namespace: "kubeflow",
      host: "mnist",
      manifests: "deploy/mnist",
      versions,
      stable,
    });
  const V = (weight: number, modelBasePath = "gs://m/1") => ({ weight, modelBasePath });
  it.each([
    [
      "v2 10 → 20",
      svc({ v1: V(90), v2: V(10, "gs://m/2") }),
      svc({ v1: V(80), v2: V(20, "gs://m/2") }),
      true,
    ],
    ["v2 added at 0 %", svc({ v1: V(100) }), svc({ v1: V(100), v2: V(0, "gs://m/2") }), false],
    [
      "abort: back to stable",
      svc({ v1: V(80), v2: V(20, "gs://m/2") }),
      svc({ v1: V(100), v2: V(0, "gs://m/2") }),
      false,
    ],
    [
      "v2 20 → 10 (a retreat)",
      svc({ v1: V(80), v2: V(20, "gs://m/2") }),
      svc({ v1: V(90), v2: V(10, "gs://m/2") }),
      false,
    ],
    [
      "v2's model changed at 20 %",
      svc({ v1: V(80), v2: V(20, "gs://m/2") }),
      svc({ v1: V(80), v2: V(20, "gs://m/3") }),
      true,
    ],
    [
      "promote v2",
      svc({ v1: V(50), v2: V(50, "gs://m/2") }),
      svc({ v1: V(0), v2: V(100, "gs://m/2") }, "v2"),
      true,
    ],
    ["a new service with a canary", undefined, svc({ v1: V(90), v2: V(10, "gs://m/2") }), true],
    ["a new service, stable only", undefined, svc({ v1: V(100) }), false],
  ])("%s → %s", (_name, before, after, expected) => {
    expect(needsBake({ before, after })).toBe(expected);
  });
});
