import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { diffLines } from "diff";
import { istio } from "../../../../src/core/routers/istio/index.js";
import type { RouterInput } from "../../../../src/core/routers/types.js";
import { ServiceSchema } from "../../../../src/core/schema.js";

/** Real VirtualService files (test/fixtures/brought/SOURCES.md), edited as a user brought them. */
const read = (path: string) =>
  readFileSync(new URL(`../../../fixtures/brought/${path}`, import.meta.url), "utf8");

function input(service: Record<string, unknown>): RouterInput {
  return {
    key: "svc",
    clusterDomain: "cluster.local",
    service: ServiceSchema.parse({ virtualService: "vs.yaml", ...service }),
  };
}

/** The lines an edit removed and added, in order. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  for (const part of diffLines(before, after)) {
    const lines = part.value.replace(/\n$/, "").split("\n");
    if (part.removed) removed.push(...lines);
    if (part.added) added.push(...lines);
  }
  return { removed, added };
}

const REVIEWS = { namespace: "default", host: "reviews", stable: "v1" };

interface WeightCase {
  readonly file: string;
  readonly service: Record<string, unknown>;
  readonly weights: Record<string, number>;
}

describe("istio router on real VirtualService files", () => {
  it.each<WeightCase>([
    {
      file: "istio/virtual-service-reviews-80-20.yaml",
      service: { ...REVIEWS, versions: { v1: { weight: 80 }, v2: { weight: 20 } } },
      weights: { v1: 50, v2: 50 },
    },
    {
      file: "istio/virtual-service-reviews-90-10.yaml",
      service: { ...REVIEWS, versions: { v1: { weight: 90 }, v2: { weight: 10 } } },
      weights: { v1: 75, v2: 25 },
    },
    {
      file: "istio/virtual-service-reviews-50-v3.yaml",
      service: { ...REVIEWS, versions: { v1: { weight: 50 }, v2: { weight: 0 }, v3: { weight: 50 } } },
      weights: { v1: 0, v2: 0, v3: 100 },
    },
    {
      file: "argo-rollouts/istio-subset-split.yaml",
      service: {
        namespace: "default",
        host: "istio-subset-split",
        stable: "stable",
        versions: { stable: { weight: 100 }, canary: { weight: 0 } },
      },
      weights: { stable: 90, canary: 10 },
    },
    {
      file: "argo-rollouts/istio-host-split.yaml",
      service: {
        namespace: "default",
        host: "istio-host-split",
        stable: "stable",
        versions: {
          stable: { weight: 100, host: "istio-host-split-stable" },
          canary: { weight: 0, host: "istio-host-split-canary" },
        },
      },
      weights: { stable: 90, canary: 10 },
    },
    {
      file: "argo-rollouts/istio-mirror.yaml",
      service: {
        namespace: "default",
        host: "istio-host-split",
        stable: "stable",
        versions: {
          stable: { weight: 100, host: "istio-host-split-stable" },
          canary: { weight: 0, host: "istio-host-split-canary" },
        },
      },
      weights: { stable: 70, canary: 30 },
    },
    {
      file: "flagger/artifacts-workloads-virtual-service.yaml",
      service: {
        namespace: "test",
        host: "podinfo",
        stable: "primary",
        versions: {
          primary: { weight: 50, host: "podinfo-primary" },
          canary: { weight: 50, host: "podinfo-canary" },
        },
      },
      weights: { primary: 80, canary: 20 },
    },
  ])("$file: only weight values change, comments and other documents stay", ({ file, service, weights }) => {
    const text = read(file);
    const r = istio.edit({ file, text, input: input(service), weights });
    if (!r.ok) throw new Error(r.message);
    const { removed, added } = changedLines(text, r.text);
    expect(removed.length).toBeGreaterThan(0);
    expect(added.length).toBe(removed.length);
    removed.forEach((line, i) => {
      expect(line).toMatch(/^\s*weight: \d+$/);
      expect(added[i]).toBe(line.replace(/\d+$/, String(added[i]?.match(/\d+$/)?.[0])));
    });
    expect(r.notes).toEqual([]);
    // Read back, the file says what was asked.
    const docs = r.text.split(/^---$/m);
    expect(docs.length).toBe(text.split(/^---$/m).length);
  });

  it("Istio's traffic-shifting start (virtual-service-all-v1): valid as it is; a change adds weights and says so", () => {
    const file = "istio/virtual-service-all-v1.yaml";
    const text = read(file);
    const service = { ...REVIEWS, versions: { v1: { weight: 100 }, v2: { weight: 0 }, v3: { weight: 0 } } };
    expect(istio.edit({ file, text, input: input(service), weights: { v1: 100, v2: 0, v3: 0 } })).toEqual({
      ok: true,
      routes: 1,
      notes: [],
      text,
    });
    const r = istio.edit({ file, text, input: input(service), weights: { v1: 50, v2: 0, v3: 50 } });
    if (!r.ok) throw new Error(r.message);
    expect(changedLines(text, r.text)).toEqual({
      removed: [],
      added: [
        "      weight: 50",
        "    - destination:",
        "        host: reviews",
        "        subset: v3",
        "      weight: 50",
      ],
    });
    // Only the reviews document grew; productpage, ratings and details are as they were.
    expect(r.text.split("---\n").filter((d, i) => d !== text.split("---\n")[i]).length).toBe(1);
    expect(r.notes).toEqual([
      `${file}:24:7: added \`weight: 50\` to the destination of v1`,
      `${file}:24:5: added a destination for v3 (50 %)`,
    ]);
  });

  it("virtual-service-reviews-jason-v2-v3: the header route is a pin and stays; the split is weighed", () => {
    const file = "istio/virtual-service-reviews-jason-v2-v3.yaml";
    const text = read(file);
    const service = {
      ...REVIEWS,
      stable: "v3",
      versions: { v1: { weight: 0 }, v2: { weight: 0 }, v3: { weight: 100 } },
    };
    expect(
      istio.edit({ file, text, input: input(service), weights: { v1: 0, v2: 0, v3: 100 } }),
    ).toMatchObject({
      ok: true,
      text,
    });
    const r = istio.edit({ file, text, input: input(service), weights: { v1: 0, v2: 10, v3: 90 } });
    if (!r.ok) throw new Error(r.message);
    expect(r.text.slice(0, r.text.indexOf("  - route:"))).toBe(text.slice(0, text.indexOf("  - route:")));
    expect(changedLines(text, r.text).added).toEqual([
      "      weight: 90",
      "    - destination:",
      "        host: reviews",
      "        subset: v2",
      "      weight: 10",
    ]);
  });

  it("Flagger's A/B match file: the header-matched route stays; the prefix route gets the canary with its port", () => {
    const file = "flagger/artifacts-routing-match.yaml";
    const text = read(file);
    const service = {
      namespace: "test",
      host: "podinfo",
      stable: "primary",
      versions: {
        primary: { weight: 100, host: "podinfo-primary" },
        canary: { weight: 0, host: "podinfo-canary" },
      },
    };
    const r = istio.edit({ file, text, input: input(service), weights: { primary: 80, canary: 20 } });
    if (!r.ok) throw new Error(r.message);
    expect(changedLines(text, r.text)).toEqual({
      removed: ["      weight: 100"],
      added: [
        "      weight: 80",
        "    - destination:",
        "        host: podinfo-canary",
        "        port:",
        "          number: 9898",
        "      weight: 20",
      ],
    });
  });

  it("a weighted route with a third destination on another host (80/10/10) is refused at its line", () => {
    const file = "istio/virtual-service-reviews-80-20.yaml";
    const text = read(file).replace(
      "      weight: 20\n",
      "      weight: 10\n    - destination:\n        host: reviews-legacy\n      weight: 10\n",
    );
    const service = { ...REVIEWS, versions: { v1: { weight: 80 }, v2: { weight: 20 } } };
    const r = istio.edit({ file, text, input: input(service), weights: { v1: 70, v2: 30 } });
    expect(r).toMatchObject({ ok: false, reason: "route-mismatch" });
    expect(r.ok ? "" : r.message).toMatch(
      new RegExp(
        `^${file.replace(/[.]/g, "\\.")}:20:9: this route sends traffic to reviews-legacy as well as to reviews's versions`,
      ),
    );
  });

  it("Kubeflow's models web app route: a cross-namespace FQDN host is matched; another namespace's short host is not", () => {
    const file = "kubeflow/models-web-app-virtual-service.yaml";
    const text = read(file);
    const service = {
      namespace: "kserve",
      host: "kserve-models-web-application",
      stable: "v1",
      versions: { v1: { weight: 100 }, v2: { weight: 0 } },
    };
    // The destination has no subset: the route is this host's, but names no version.
    expect(istio.edit({ file, text, input: input(service), weights: { v1: 100, v2: 0 } })).toMatchObject({
      ok: false,
      reason: "route-mismatch",
    });
    const other = { ...service, namespace: "kubeflow" };
    expect(istio.edit({ file, text, input: input(other), weights: { v1: 100, v2: 0 } })).toMatchObject({
      ok: false,
      reason: "no-matching-route",
    });
  });
});
