import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { diffLines } from "diff";
import { renderChanges } from "../../../../src/core/changes.js";
import { gatewayApi } from "../../../../src/core/routers/gateway-api/index.js";
import type { RouterInput } from "../../../../src/core/routers/types.js";
import { ServiceSchema } from "../../../../src/core/schema.js";
import { load } from "../../../helpers/config.js";

/** Real HTTPRoutes (Gateway API's examples and conformance tests, Istio's samples), each with its source. */
const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/brought/${name}`, import.meta.url), "utf8");

const input = (
  namespace: string,
  host: string,
  versions: Record<string, object> = { v1: { weight: 90 }, v2: { weight: 10 } },
): RouterInput => ({
  key: host,
  clusterDomain: "cluster.local",
  service: ServiceSchema.parse({
    router: "gateway-api",
    namespace,
    host,
    httpRoute: "route.yaml",
    versions,
    stable: "v1",
  }),
});

const FOO = input("default", "foo");

const edit = (file: string, text: string, svc: RouterInput, weights: Record<string, number>) =>
  gatewayApi.edit({ file, text, input: svc, weights });

/** Lines that differ, as `line: before → after`; the line count must not change. */
function changedLines(before: string, after: string): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b).toHaveLength(a.length);
  return a.flatMap((l, i) => (l === b[i] ? [] : [`${i + 1}: ${l.trim()} → ${b[i]?.trim()}`]));
}

/** What an edit added or removed, line by line. */
const changes = (before: string, after: string) =>
  diffLines(before, after)
    .filter((p) => p.added || p.removed)
    .flatMap((p) =>
      p.value
        .replace(/\n$/, "")
        .split("\n")
        .map((l) => `${p.added ? "+" : "-"}${l}`),
    );

describe("gateway-api edit: only weight values change", () => {
  it.each<[string, RouterInput, Record<string, number>, string[]]>([
    [
      "gateway-api/traffic-split-2.yaml",
      FOO,
      { v1: 75, v2: 25 },
      ["18: weight: 90 → weight: 75", "21: weight: 10 → weight: 25"],
    ],
    [
      "gateway-api/simple-split.yaml",
      FOO,
      { v1: 50, v2: 50 },
      ["13: weight: 90 → weight: 50", "16: weight: 10 → weight: 50"],
    ],
    // Relative weights 0 and 1 become percentages.
    [
      "gateway-api/traffic-split-3.yaml",
      FOO,
      { v1: 80, v2: 20 },
      ["17: weight: 0 → weight: 80", "20: weight: 1 → weight: 20"],
    ],
    [
      "istio/gateway-api-route-reviews-90-10.yaml",
      input("default", "reviews"),
      { v1: 20, v2: 80 },
      ["16: weight: 90 → weight: 20", "19: weight: 10 → weight: 80"],
    ],
    [
      "gateway-api/conformance-mesh-httproute-weight.yaml",
      input("gateway-conformance-mesh", "echo"),
      { v1: 95, v2: 5 },
      ["17: weight: 70 → weight: 95", "20: weight: 30 → weight: 5"],
    ],
    // A version's own host names its Service.
    [
      "gateway-api/httproute-rewrite-prefix-path.yaml",
      input("default", "example", { v1: { weight: 100, host: "example-svc" }, v2: { weight: 0 } }),
      { v1: 100, v2: 0 },
      ["25: weight: 1 → weight: 100"],
    ],
  ])("%s", (file, svc, weights, expected) => {
    const text = fixture(file);
    const r = edit(file, text, svc, weights);
    if (!r.ok) throw new Error(r.message);
    expect(r.notes).toEqual([]);
    expect(changedLines(text, r.text)).toEqual(expected);
  });

  it("keeps comments and quoting; fixes a quoted weight; leaves other kinds and routes alone", () => {
    const text = `# mine
apiVersion: v1
kind: Service
metadata: { name: foo-v1 }
---
kind: HTTPRoute
metadata: { name: other, namespace: default }
spec:
  rules:
    - backendRefs: [{ name: bar-v1, port: 80, weight: 90 }, { name: bar-v2, port: 80, weight: 10 }]
---
kind: HTTPRoute
metadata:
  name: foo  # the split
spec:
  rules:
    - backendRefs:
        - name: foo-v1 # stable
          weight: 90 # was 100 last week
          port: 8080
        - { name: foo-v2, namespace: default, port: 8080, weight: "10" }
`;
    const r = edit("route.yaml", text, FOO, { v1: 60, v2: 40 });
    expect(r).toMatchObject({ ok: true, routes: 1, notes: [] });
    expect(r.ok && changedLines(text, r.text)).toEqual([
      "19: weight: 90 # was 100 last week → weight: 60 # was 100 last week",
      '21: - { name: foo-v2, namespace: default, port: 8080, weight: "10" } → - { name: foo-v2, namespace: default, port: 8080, weight: 40 }',
    ]);
  });

  it.each<[string, RouterInput, Record<string, number>, number]>([
    // One backendRef, no weight: valid while that version keeps 100 %. The mirror's backendRef is no split.
    ["gateway-api/httproute-mirroring.yaml", FOO, { v1: 100, v2: 0 }, 1],
    // Three rules, each one backendRef with its namespace written out.
    [
      "gateway-api/conformance-httproute-request-percentage-mirror.yaml",
      input("gateway-conformance-infra", "infra-backend"),
      { v1: 100, v2: 0 },
      3,
    ],
    // The header-matched rule to foo-v2 is someone's pin.
    ["gateway-api/traffic-split-1.yaml", FOO, { v1: 100, v2: 0 }, 1],
    // echo-v2 is no version here, so the /v2 rule is not this service's.
    [
      "gateway-api/conformance-mesh-split.yaml",
      input("gateway-conformance-mesh", "echo", { v1: { weight: 100 } }),
      { v1: 100 },
      1,
    ],
  ])("%s stays as it is", (file, svc, weights, routes) => {
    const text = fixture(file);
    expect(edit(file, text, svc, weights)).toEqual({ ok: true, text, routes, notes: [] });
  });
});

describe("gateway-api edit: what a rule needs is added in block style, and noted", () => {
  it("traffic-split-1: the unweighted rule gets weights and foo-v2; the header pin stays", () => {
    const file = "gateway-api/traffic-split-1.yaml";
    const text = fixture(file);
    const r = edit(file, text, FOO, { v1: 90, v2: 10 });
    if (!r.ok) throw new Error(r.message);
    expect(r.notes).toEqual([
      "gateway-api/traffic-split-1.yaml:15:7: added `weight: 90` to the backendRef of v1",
      "gateway-api/traffic-split-1.yaml:15:5: added a backendRef for v2 (10 %)",
    ]);
    expect(changes(text, r.text)).toEqual([
      "+      weight: 90",
      "+    - name: foo-v2",
      "+      port: 8080",
      "+      weight: 10",
    ]);
    // The result is a split the router reads back as such.
    expect(edit(file, r.text, FOO, { v1: 90, v2: 10 })).toEqual({
      ok: true,
      text: r.text,
      routes: 1,
      notes: [],
    });
  });

  it("httproute-mirroring: weights and a backendRef, before the rule's filters", () => {
    const file = "gateway-api/httproute-mirroring.yaml";
    const text = fixture(file);
    const r = edit(file, text, FOO, { v1: 90, v2: 10 });
    expect(r.ok && r.text.slice(text.indexOf("  rules:"))).toMatchInlineSnapshot(`
"  rules:
  - backendRefs:
    - name: foo-v1
      port: 8080
      weight: 90
    - name: foo-v2
      port: 8080
      weight: 10
    filters:
    - type: RequestMirror
      requestMirror:
        backendRef:
          name: foo-v2
          port: 8080
"
`);
  });

  it("httproute-rewrite-prefix-path: a new backendRef is written like the first (key order, indent)", () => {
    const file = "gateway-api/httproute-rewrite-prefix-path.yaml";
    const text = fixture(file);
    const svc = input("default", "example", { v1: { weight: 75, host: "example-svc" }, v2: { weight: 25 } });
    const r = edit(file, text, svc, { v1: 75, v2: 25 });
    expect(r.ok && changes(text, r.text)).toEqual([
      "-          weight: 1",
      "+          weight: 75",
      "+        - name: example-v2",
      "+          weight: 25",
      "+          port: 80",
    ]);
  });
});

describe("gateway-api edit refuses, naming file:line:col and the fix", () => {
  const RULE = "kind: HTTPRoute\nmetadata: { name: r }\nspec:\n  rules:\n    - backendRefs:\n";
  it.each<[string, string, string, RouterInput, string, string]>([
    [
      "a rule shared with a Service that is no version",
      "gateway-api/simple-split.yaml",
      fixture("gateway-api/simple-split.yaml"),
      input("default", "foo", { v1: { weight: 100 } }),
      "route-mismatch",
      "gateway-api/simple-split.yaml:14:7: this rule sends traffic to Service `foo-v2` as well as to foo's version Services. HTTPRoute weights are relative to the whole rule (a missing weight counts as 1), so rollout-bot cannot set foo's split here. Move the other backend to a rule of its own (e.g. with its own `matches:`), or leave foo's versions out of this rule. If `foo-v2` is a version, add it to rollout.yaml's versions first.",
    ],
    [
      "a rule shared with another service, weights or not",
      "r.yaml",
      `${RULE}        - name: foo-v1\n        - name: bar\n          namespace: shop\n`,
      FOO,
      "route-mismatch",
      "r.yaml:7:11: this rule sends traffic to Service `bar` in namespace shop as well as to foo's version Services.",
    ],
    [
      "a ServiceImport beside the versions",
      "r.yaml",
      `${RULE}        - { name: foo-v1, weight: 50 }\n        - { group: multicluster.x-k8s.io, kind: ServiceImport, name: foo-v2, weight: 50 }\n`,
      FOO,
      "route-mismatch",
      "r.yaml:7:11: this rule sends traffic to ServiceImport `foo-v2` (multicluster.x-k8s.io) as well as",
    ],
    [
      "a version twice",
      "r.yaml",
      `${RULE}        - { name: foo-v1, weight: 50 }\n        - { name: foo-v1, port: 8080, weight: 50 }\n`,
      FOO,
      "route-mismatch",
      "r.yaml:7:11: this rule names v1's Service `foo-v1` twice, so its weights would add up. Keep one backendRef per version.",
    ],
    [
      "a flow-style backendRef without weight",
      "r.yaml",
      `${RULE}        - { name: foo-v1, port: 8080 }\n        - { name: foo-v2, port: 8080, weight: 0 }\n`,
      FOO,
      "route-mismatch",
      "r.yaml:6:11: the backendRef of v1 has no `weight:` and is written in flow style. Add `weight: 90` to it.",
    ],
    [
      "a flow-style list without a version that gets traffic",
      "r.yaml",
      `${RULE.replace("backendRefs:\n", "backendRefs: [{ name: foo-v1, port: 8080, weight: 100 }]\n")}`,
      FOO,
      "route-mismatch",
      "r.yaml:5:20: this rule to foo has no backendRef for `v2`, which would get 10 %. Add `- { name: foo-v2, port: 8080, weight: 10 }` to its backendRefs.",
    ],
    [
      "a weight that is not a number",
      "r.yaml",
      `${RULE}        - name: foo-v1\n          weight: { value: 90 }\n        - { name: foo-v2, weight: 10 }\n`,
      FOO,
      "route-mismatch",
      "r.yaml:7:19: weight is not a plain number. Write it as e.g. `weight: 90`.",
    ],
    [
      "the route of another namespace (short names are that namespace's)",
      "gateway-api/conformance-mesh-httproute-weight.yaml",
      fixture("gateway-api/conformance-mesh-httproute-weight.yaml"),
      input("default", "echo"),
      "no-matching-route",
      "gateway-api/conformance-mesh-httproute-weight.yaml: no HTTPRoute rule sends traffic to echo's version Services (`echo-v1`, `echo-v2` in namespace default) without a header or query match. Point httpRoute at the file that routes to them, or set each version's `host:` in rollout.yaml to the Service its backendRef names.",
    ],
    [
      "only pinned rules",
      "r.yaml",
      "kind: HTTPRoute\nmetadata: { name: r }\nspec:\n  rules:\n    - matches: [{ queryParams: [{ name: v, value: v2 }] }]\n      backendRefs: [{ name: foo-v2 }]\n",
      FOO,
      "no-matching-route",
      "r.yaml: no HTTPRoute rule sends traffic to foo's version Services",
    ],
    ["not YAML", "r.yaml", "kind: HTTPRoute\nspec: [\n", FOO, "invalid-yaml", "r.yaml:"],
  ])("%s", (_name, file, text, svc, reason, message) => {
    const r = edit(file, text, svc, weightsOf(svc));
    expect(r).toMatchObject({ ok: false, reason });
    expect(r.ok ? "" : r.message).toContain(message);
  });
});

function weightsOf(svc: RouterInput): Record<string, number> {
  return Object.fromEntries(Object.entries(svc.service.versions).map(([v, c]) => [v, c.weight]));
}

describe("gateway-api edit through renderChanges (httpRoute: in rollout.yaml)", () => {
  const config = (weights: string) => `services:
  foo:
    router: gateway-api
    namespace: default
    host: foo
    httpRoute: routes/foo.yaml
    versions: { ${weights} }
    stable: v1
`;
  const route = fixture("gateway-api/traffic-split-1.yaml");

  it("edits the brought file, nothing else, and passes the notes on", () => {
    const r = renderChanges({
      loaded: load(config("v1: { weight: 90 }, v2: { weight: 10 }")),
      files: new Map([["routes/foo.yaml", route]]),
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.changes.map((c) => c.path)).toEqual(["routes/foo.yaml"]);
    expect(r.notes).toEqual([
      "routes/foo.yaml:15:7: added `weight: 90` to the backendRef of v1",
      "routes/foo.yaml:15:5: added a backendRef for v2 (10 %)",
    ]);
  });

  it("refuses a missing file with the field and the fix", () => {
    const r = renderChanges({ loaded: load(config("v1: { weight: 100 }")), files: new Map() });
    expect(r).toMatchObject({ ok: false, reason: "missing-file" });
    expect(r.ok ? "" : r.message).toContain("services.foo.httpRoute: `routes/foo.yaml` does not exist");
  });
});
