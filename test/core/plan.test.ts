import { describe, expect, it } from "@jest/globals";
import { describeChange, describeMirrorChange, planTraffic, proportional } from "../../src/core/plan.js";
import { parseTrafficRequest } from "../../src/core/request.js";
import { load, MNIST_YAML, minimal } from "../helpers/config.js";

function plan(yaml: string, words: string) {
  const loaded = load(yaml);
  const parsed = parseTrafficRequest({
    words: words.split(" "),
    serviceKeys: Object.keys(loaded.config.services),
  });
  if (!parsed.ok) return { reason: parsed.reason, message: parsed.message };
  const r = planTraffic({ config: loaded.config, request: parsed.request });
  return r.ok
    ? { after: r.plan.after, stable: r.plan.stableAfter, forced: r.plan.forced, canary: r.plan.canary }
    : { reason: r.reason, message: r.message };
}

describe("proportional", () => {
  it.each([
    // before, version, weight, after — others shrink in proportion, integers, total 100
    [{ v1: 90, v2: 10 }, "v2", 20, { v1: 80, v2: 20 }],
    [{ v1: 90, v2: 10 }, "v1", 100, { v1: 100, v2: 0 }],
    [{ v1: 50, v2: 30, v3: 20 }, "v3", 40, { v1: 38, v2: 22, v3: 40 }], // 37.5/22.5: tie → config order
    [{ v1: 34, v2: 33, v3: 33 }, "v1", 0, { v1: 0, v2: 50, v3: 50 }],
    [{ v1: 1, v2: 1, v3: 98 }, "v3", 1, { v1: 50, v2: 49, v3: 1 }], // 49.5 each → first in order wins the remainder
    [{ v1: 70, v2: 20, v3: 10 }, "v2", 25, { v1: 66, v2: 25, v3: 9 }], // 65.625, 9.375
    [{ v1: 60, v2: 25, v3: 10, v4: 5 }, "v4", 33, { v1: 42, v2: 18, v3: 7, v4: 33 }], // 42.3, 17.6, 7.05
    [{ v1: 0, v2: 100 }, "v2", 70, { v1: 30, v2: 70 }], // others carry nothing → the rest goes to stable
    [{ v1: 0, v2: 0, v3: 100 }, "v3", 90, { v1: 10, v2: 0, v3: 90 }],
  ])("%j: %s → %i = %j", (before, version, weight, after) => {
    const r = proportional({ before, order: Object.keys(before), stable: "v1", version, weight });
    expect(r).toEqual(after);
    expect(Object.values(r).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("is deterministic and always sums to 100", () => {
    for (let a = 0; a <= 100; a += 7) {
      for (let b = 0; a + b <= 100; b += 11) {
        const before = { v1: a, v2: b, v3: 100 - a - b };
        for (let w = 0; w <= 100; w += 13) {
          const r = proportional({
            before,
            order: ["v1", "v2", "v3"],
            stable: "v1",
            version: "v2",
            weight: w,
          });
          expect(Object.values(r).reduce((x, y) => x + y, 0)).toBe(100);
          expect(r.v2).toBe(w);
          expect(
            proportional({ before, order: ["v1", "v2", "v3"], stable: "v1", version: "v2", weight: w }),
          ).toEqual(r);
        }
      }
    }
  });
});

const TWO = minimal({ versions: { v1: 90, v2: 10 }, maxStep: 30 });
const THREE = minimal({ versions: { v1: 70, v2: 20, v3: 10 } });
const MULTI = minimal({ versions: { v1: 90, v2: 10 }, extraServices: ["iris"] });

describe("planTraffic", () => {
  it.each([
    ["set", TWO, "v2 20", { after: { v1: 80, v2: 20 }, stable: "v1", forced: false, canary: "v2" }],
    ["set with %", TWO, "v2 30%", { after: { v1: 70, v2: 30 }, stable: "v1", forced: false, canary: "v2" }],
    [
      "set stable back up",
      TWO,
      "v1 100",
      { after: { v1: 100, v2: 0 }, stable: "v1", forced: false, canary: undefined },
    ],
    [
      "trafficRule colon form",
      TWO,
      "v1:70:v2:30",
      { after: { v1: 70, v2: 30 }, stable: "v1", forced: false, canary: "v2" },
    ],
    [
      "trafficRule comma form",
      TWO,
      "v1:75,v2:25",
      { after: { v1: 75, v2: 25 }, stable: "v1", forced: false, canary: "v2" },
    ],
    [
      "rule renders every version",
      THREE,
      "v1:60:v2:20:v3:20",
      { after: { v1: 60, v2: 20, v3: 20 }, stable: "v1", forced: false, canary: undefined },
    ],
    [
      "rule omits a version → 0",
      THREE,
      "v1:80,v2:20",
      { after: { v1: 80, v2: 20, v3: 0 }, stable: "v1", forced: false, canary: "v2" },
    ],
    [
      "next",
      minimal({ versions: { v1: 90, v2: 10 } }),
      "next",
      { after: { v1: 75, v2: 25 }, stable: "v1", forced: false, canary: "v2" },
    ],
    [
      "next from 0",
      minimal({ versions: { v1: 100, v2: 0 } }),
      "next",
      { after: { v1: 90, v2: 10 }, stable: "v1", forced: false, canary: "v2" },
    ],
    [
      "next between steps",
      minimal({ versions: { v1: 70, v2: 30 } }),
      "next",
      { after: { v1: 50, v2: 50 }, stable: "v1", forced: false, canary: "v2" },
    ],
    [
      "next to 100 is the schedule",
      minimal({ versions: { v1: 50, v2: 50 }, maxStep: 30 }),
      "next",
      { after: { v1: 0, v2: 100 }, stable: "v1", forced: false, canary: "v2" },
    ],
    [
      "next names the version",
      THREE,
      "next v3",
      { after: { v1: 58, v2: 17, v3: 25 }, stable: "v1", forced: false, canary: "v3" },
    ],
    [
      "promote",
      minimal({ versions: { v1: 50, v2: 50 }, maxStep: 30 }),
      "promote v2",
      { after: { v1: 0, v2: 100 }, stable: "v2", forced: false, canary: "v2" },
    ],
    [
      "promote at 100",
      minimal({ versions: { v1: 0, v2: 100 } }),
      "promote v2",
      { after: { v1: 0, v2: 100 }, stable: "v2", forced: false, canary: "v2" },
    ],
    [
      "abort is exempt from maxStep",
      minimal({ versions: { v1: 20, v2: 80 }, maxStep: 10 }),
      "abort",
      { after: { v1: 100, v2: 0 }, stable: "v1", forced: false, canary: undefined },
    ],
    [
      "--force past maxStep",
      TWO,
      "v2 60 --force",
      { after: { v1: 40, v2: 60 }, stable: "v1", forced: true, canary: "v2" },
    ],
    [
      "service first",
      MULTI,
      "iris v2 20",
      { after: { v1: 80, v2: 20 }, stable: "v1", forced: false, canary: "v2" },
    ],
    [
      "example config",
      MNIST_YAML,
      "mnist v2 20",
      { after: { v1: 80, v2: 20 }, stable: "v1", forced: false, canary: "v2" },
    ],
  ])("%s", (_name, yaml, words, expected) => {
    expect(plan(yaml, words)).toEqual(expected);
  });

  it.each([
    [
      "unknown version",
      TWO,
      "v3 20",
      "unknown-version",
      "service `mnist` has no version `v3` (versions: v1, v2). Did you mean `v1`?",
    ],
    [
      "unknown service",
      MULTI,
      "irs v2 20",
      "unknown-service",
      "no service `irs` in rollout.yaml (services: mnist, iris). Did you mean `iris`?",
    ],
    [
      "service required",
      MULTI,
      "v2 20",
      "service-required",
      "rollout.yaml has 2 services (mnist, iris): name one first",
    ],
    ["weight out of range", TWO, "v2 101", "weight-out-of-range", "weight 101 is out of range"],
    ["rule sum", TWO, "v1:90:v2:20", "bad-sum", "weights add up to 110, not 100"],
    ["rule unknown version", TWO, "v1:90:v9:10", "unknown-version", "has no version `v9`"],
    [
      "maxStep",
      TWO,
      "v2 50",
      "step-too-large",
      "`v2` would go from 10 % to 50 % (+40), more than policy.maxStep 30",
    ],
    [
      "maxStep on the stable side",
      minimal({ versions: { v1: 10, v2: 90 }, maxStep: 30 }),
      "v2 30",
      "step-too-large",
      "`v1` would go from 10 % to 70 % (+60)",
    ],
    ["promote skipping steps", TWO, "promote v2", "step-too-large", "`v2` would go from 10 % to 100 % (+90)"],
    ["no-op", TWO, "v2 10", "no-op", "`mnist` already has v1 90 %, v2 10 %: nothing to change."],
    [
      "abort when stable has all",
      minimal({ versions: { v1: 100, v2: 0 } }),
      "abort",
      "no-op",
      "nothing to change",
    ],
    [
      "promote twice",
      minimal({ versions: { v1: 0, v2: 100 }, stable: "v2" }),
      "promote v2",
      "no-op",
      "and `v2` is stable",
    ],
    [
      "next past the end",
      minimal({ versions: { v1: 0, v2: 100 } }),
      "next",
      "no-next-step",
      "Use `promote v2`",
    ],
    [
      "next without candidate",
      minimal({ versions: { v1: 100 } }),
      "next",
      "no-next-step",
      "has only its stable version",
    ],
    [
      "next ambiguous",
      minimal({ versions: { v1: 80, v2: 10, v3: 10 } }),
      "next",
      "ambiguous-canary",
      "name one, e.g. `next v2`",
    ],
    ["only version", minimal({ versions: { v1: 100 } }), "v1 50", "bad-sum", "is the only version"],
  ])("refuses: %s", (_name, yaml, words, reason, message) => {
    const r = plan(yaml, words);
    expect(r).toMatchObject({ reason });
    expect((r as { message: string }).message).toContain(message);
  });

  it("describes a change", () => {
    expect(describeChange({ before: { v1: 90, v2: 10, v3: 0 }, after: { v1: 80, v2: 20, v3: 0 } })).toBe(
      "v1 90 % → 80 %, v2 10 % → 20 %",
    );
  });
});

describe("planTraffic: mirror", () => {
  const mirrorPlan = (yaml: string, words: string) => {
    const loaded = load(yaml);
    const parsed = parseTrafficRequest({
      words: words.split(" "),
      serviceKeys: Object.keys(loaded.config.services),
    });
    if (!parsed.ok) throw new Error(parsed.message);
    const r = planTraffic({ config: loaded.config, request: parsed.request });
    return r.ok
      ? {
          after: r.plan.after,
          stable: r.plan.stableAfter,
          forced: r.plan.forced,
          mirrorBefore: r.plan.mirrorBefore,
          mirrorAfter: r.plan.mirrorAfter,
          change: describeMirrorChange(r.plan),
        }
      : { reason: r.reason, message: r.message };
  };
  /** v1 stable at 80 %, v2 at 20 % rolling out, v3 at 0 %; optionally mirrored. */
  const withMirror = (mirror?: string, maxStep?: number) => {
    const base = minimal({ versions: { v1: 80, v2: 20, v3: 0 }, ...(maxStep ? { maxStep } : {}) });
    return mirror ? base.replace("    stable: v1\n", `    stable: v1\n    mirror: ${mirror}\n`) : base;
  };
  const V3_10 = { version: "v3", percent: 10 };

  it.each([
    [
      "sets a mirror, weights untouched",
      withMirror(),
      "mirror v3 10",
      {
        after: { v1: 80, v2: 20, v3: 0 },
        mirrorAfter: V3_10,
        change: "`v3` receives a copy of 10 % of requests (shadow traffic; not served, not in the gate)",
      },
    ],
    [
      "changes its percent",
      withMirror("{ version: v3, percent: 10 }"),
      "mirror v3 25%",
      {
        mirrorBefore: V3_10,
        mirrorAfter: { version: "v3", percent: 25 },
        change:
          "`v3` receives a copy of 25 % of requests (shadow traffic; not served, not in the gate); was 10 % to `v3`",
      },
    ],
    [
      "maxStep does not apply (nothing rises)",
      withMirror(undefined, 5),
      "mirror v3 100",
      { forced: false, mirrorAfter: { version: "v3", percent: 100 } },
    ],
    [
      "off",
      withMirror("{ version: v3, percent: 10 }"),
      "mirror off",
      {
        after: { v1: 80, v2: 20, v3: 0 },
        mirrorBefore: V3_10,
        mirrorAfter: undefined,
        change: "the mirror to `v3` (10 % of requests) stops",
      },
    ],
    [
      "a weight change keeps a mirror whose version stays at 0",
      withMirror("{ version: v3, percent: 10 }"),
      "v2 30",
      { after: { v1: 70, v2: 30, v3: 0 }, mirrorBefore: V3_10, mirrorAfter: V3_10, change: undefined },
    ],
    [
      "set: the mirrored version gets traffic, the mirror goes",
      withMirror("{ version: v3, percent: 10 }"),
      "v3 10",
      {
        after: { v1: 72, v2: 18, v3: 10 },
        mirrorBefore: V3_10,
        mirrorAfter: undefined,
        change: "the mirror to `v3` stops: `v3` now serves 10 % of live traffic",
      },
    ],
    [
      "weights: the same",
      withMirror("{ version: v3, percent: 10 }"),
      "v1:80:v3:20",
      { mirrorAfter: undefined, change: "the mirror to `v3` stops: `v3` now serves 20 % of live traffic" },
    ],
    [
      "next: the same",
      withMirror("{ version: v3, percent: 10 }"),
      "next v3",
      { mirrorAfter: undefined, change: "the mirror to `v3` stops: `v3` now serves 10 % of live traffic" },
    ],
    [
      "promote: the same, and it becomes stable",
      withMirror("{ version: v3, percent: 10 }"),
      "promote v3 --force",
      {
        stable: "v3",
        mirrorAfter: undefined,
        change: "the mirror to `v3` stops: `v3` now serves 100 % of live traffic",
      },
    ],
    [
      "abort keeps the mirror",
      withMirror("{ version: v3, percent: 10 }"),
      "abort",
      { after: { v1: 100, v2: 0, v3: 0 }, mirrorAfter: V3_10, change: undefined },
    ],
  ])("%s", (_name, yaml, words, expected) => {
    expect(mirrorPlan(yaml, words)).toMatchObject(expected);
  });

  it.each([
    [
      "unknown version",
      withMirror(),
      "mirror v9 10",
      "unknown-version",
      "service `mnist` has no version `v9` (versions: v1, v2, v3).",
    ],
    [
      "the stable version",
      withMirror(),
      "mirror v1 10",
      "mirror-is-stable",
      "`v1` is the stable version of `mnist`: it serves live traffic, so its metrics would mix copies with real answers.",
    ],
    [
      "a version with traffic",
      withMirror(),
      "mirror v2 10",
      "mirror-serves-traffic",
      "`v2` serves 20 % of live traffic: its metrics would mix copies with real answers. Mirror a version at weight 0, or take it to 0 first (`v2 0`).",
    ],
    [
      "percent 0",
      withMirror(),
      "mirror v3 0",
      "percent-out-of-range",
      "use a whole number from 1 to 100, or `mirror off`",
    ],
    [
      "percent above 100",
      withMirror(),
      "mirror v3 150",
      "percent-out-of-range",
      "mirror percent 150 is out of range",
    ],
    [
      "the same mirror again",
      withMirror("{ version: v3, percent: 10 }"),
      "mirror v3 10",
      "no-op",
      "`mnist` already mirrors 10 % of requests to `v3`: nothing to change.",
    ],
    [
      "off without a mirror",
      withMirror(),
      "mirror off",
      "no-op",
      "`mnist` mirrors no version: nothing to stop.",
    ],
    [
      "a routing file the user brought",
      withMirror().replace("    manifests: deploy/mnist\n", "    virtualService: istio/mnist.yaml\n"),
      "mirror v3 10",
      "mirror-not-rendered",
      "`mnist` routes through your own file `istio/mnist.yaml` (`virtualService`), whose mirror rollout-bot does not edit",
    ],
  ])("refuses: %s", (_name, yaml, words, reason, message) => {
    const r = mirrorPlan(yaml, words);
    expect(r).toMatchObject({ reason });
    expect((r as { message: string }).message).toContain(message);
  });
});
