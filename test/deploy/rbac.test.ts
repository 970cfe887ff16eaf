// The RBAC rules in deploy/kubernetes are exactly what the code calls: the apply (of objects live
// but not labelled as managed, so read one by one), plan (dry run), prune and bake paths run
// against the fake API server over the example of every router, each
// recorded request becomes (apiGroup, resource, verb), and the set is compared with the rendered
// ClusterRole/Role rules. A failure prints the derived rules: copy them into rbac.yaml.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { kubernetesPort } from "../../src/adapters/kubernetes.js";
import { desiredObjects } from "../../src/core/apply-plan.js";
import type { BakeRecord } from "../../src/core/bake.js";
import { renderChanges } from "../../src/core/changes.js";
import type { KubePort } from "../../src/core/ports.js";
import { applyServices } from "../../src/handlers/apply.js";
import { resumeBakes, writeBakeRecord } from "../../src/handlers/bake.js";
import { load } from "../helpers/config.js";
import { type FakeKube, kubeconfigFor, type RecordedRequest, startFakeKube } from "../helpers/fake-kube.js";
import { KUBECTL_MISSING, kubectlVersion, kustomize } from "../helpers/kustomize.js";
import { EXAMPLES, readTree } from "../helpers/tree.js";

/** "group/resource verb" for one request; undefined for discovery and /version (no rule needed). */
export function ruleOf(r: Pick<RecordedRequest, "method" | "path">): string | undefined {
  const parts = r.path.split("/").filter(Boolean);
  let group: string;
  let rest: string[];
  if (parts[0] === "api" && parts[1] === "v1") {
    group = "";
    rest = parts.slice(2);
  } else if (parts[0] === "apis" && parts.length >= 3) {
    group = parts[1] as string;
    rest = parts.slice(3);
  } else return undefined;
  if (rest.length === 0) return undefined;
  if (rest[0] === "namespaces" && rest.length >= 3) rest = rest.slice(2);
  const [resource, name, sub] = rest;
  const res = sub ? `${resource}/${sub}` : (resource as string);
  const verb =
    r.method === "GET"
      ? name === undefined
        ? "list"
        : "get"
      : ({ PATCH: "patch", DELETE: "delete", POST: "create", PUT: "update" } as Record<string, string>)[
          r.method
        ];
  return `${group || "core"}/${res} ${verb ?? r.method}`;
}

/** Rules as "group/resource verb" triples. */
function expand(rules: readonly { apiGroups?: string[]; resources?: string[]; verbs: string[] }[]): string[] {
  return rules.flatMap((rule) =>
    (rule.apiGroups ?? []).flatMap((g) =>
      (rule.resources ?? []).flatMap((res) => rule.verbs.map((v) => `${g || "core"}/${res} ${v}`)),
    ),
  );
}

/** The derived triples as rbac.yaml rules, one per group/resource. */
function asYaml(triples: readonly string[]): string {
  const by = new Map<string, string[]>();
  for (const t of [...triples].sort()) {
    const [gr = "", verb = ""] = t.split(" ");
    by.set(gr, [...(by.get(gr) ?? []), verb]);
  }
  return [...by]
    .map(([gr, verbs]) => {
      const [g, ...r] = gr.split("/");
      return `  - apiGroups: ["${g === "core" ? "" : g}"]\n    resources: [${r.join("/")}]\n    verbs: [${verbs.sort().join(", ")}]`;
    })
    .join("\n");
}

function rendered(example: string, edit: (t: string) => string = (t) => t) {
  const files = readTree(`${EXAMPLES}${example}`);
  const text = edit(files.get("rollout.yaml") ?? "");
  files.set("rollout.yaml", text);
  const loaded = load(text);
  const r = renderChanges({ loaded, files });
  if (!r.ok) throw new Error(r.message);
  for (const c of r.changes) {
    if (c.after === undefined) files.delete(c.path);
    else files.set(c.path, c.after);
  }
  return { loaded: load(text), files };
}

/** v2 promoted to 100 %, v1 removed from rollout.yaml: the next apply prunes v1. */
const promote = (t: string) =>
  t
    .replace(/v1: \{ weight: 90,/, "v2: { weight: 100,")
    .replace(/ {6}v2: \{ weight: 10,.*\n/, "")
    .replace("stable: v1", "stable: v2");

let fake: FakeKube;
let kube: KubePort;
beforeEach(async () => {
  fake = await startFakeKube({ availableAfterGets: 1, crds: ["gateway-api", "kserve"] });
  kube = kubernetesPort({ kubeconfig: kubeconfigFor(fake), retries: 0, timeoutMs: 5000 });
});
afterEach(async () => {
  await fake.close();
});

const apply = (r: ReturnType<typeof rendered>, planOnly: boolean) =>
  applyServices({
    kube,
    loaded: r.loaded,
    files: r.files,
    services: Object.keys(r.loaded.config.services),
    planOnly,
    force: false,
    wait: { timeoutMs: 2000, pollMs: 1 },
    sleep: async () => undefined,
  });

const kubectl = kubectlVersion();
(kubectl ? describe : describe.skip)("RBAC in deploy/kubernetes", () => {
  it("is exactly what apply, plan and prune call, over every router's example", async () => {
    const outcomes: string[] = [];
    for (const example of ["mnist", "gateway-api", "kserve"]) {
      // Its objects are live already, without rollout-bot's labels (applied before they carried
      // them): the LISTs of managed objects do not return them, so the first apply reads each (GET).
      const r = rendered(example);
      for (const [key, service] of Object.entries(r.loaded.config.services)) {
        const d = desiredObjects({ configFile: r.loaded.file, service, files: r.files });
        if (!d.ok) throw new Error(`${example}/${key}: ${d.message}`);
        for (const o of d.objects)
          fake.seed({ ...o, metadata: { ...o.metadata, labels: {} } }, "rollout-bot");
      }
      const first = await apply(rendered(example), false);
      const plan = await apply(rendered(example), true);
      const pruned = await apply(rendered(example, promote), false);
      outcomes.push(`${example}: ${first.ok} ${plan.ok} ${pruned.ok} ${pruned.ok ? "" : pruned.message}`);
    }
    // The bake: its record written after an apply (create, then replace on the next merge), and
    // the resume pass that lists every record (before the deadline: nothing to judge yet).
    const record: BakeRecord = {
      version: 1,
      repo: { owner: "o", name: "r" },
      configPath: "rollout.yaml",
      defaultBranch: "main",
      service: "mnist",
      namespace: "kubeflow",
      sha: "a".repeat(40),
      previous: "b".repeat(40),
      prNumber: 1,
      deploymentId: 1,
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
    for (const sha of ["a", "c"]) {
      const w = await writeBakeRecord({ kube, record: { ...record, sha: sha.repeat(40) } });
      outcomes.push(`bake record ${sha}: ${w.ok} ${w.ok ? "" : w.message}`);
    }
    const resumed = await resumeBakes({
      kube,
      github: async () => {
        throw new Error("nothing is due: GitHub is not needed");
      },
      prom: () => {
        throw new Error("nothing is due: Prometheus is not needed");
      },
      now: () => 1100,
      replica: "rbac-test",
      wait: { timeoutMs: 1000, pollMs: 1 },
    });
    outcomes.push(`resume: ${resumed.ok} ${resumed.ok ? "" : resumed.message}`);
    const derived = [
      ...new Set(
        fake
          .requests()
          .map(ruleOf)
          .filter((x): x is string => x !== undefined),
      ),
    ].sort();
    const objects = kustomize("deploy/kubernetes/base");
    const roles = objects.filter((o) => o.kind === "ClusterRole" || o.kind === "Role");
    const granted = [
      ...new Set(roles.flatMap((r) => expand((r.rules ?? []) as Parameters<typeof expand>[0]))),
    ].sort();
    const wildcard = roles.flatMap((r) => JSON.stringify(r.rules)).filter((t) => t.includes('"*"'));
    expect(wildcard).toEqual([]);
    // A mismatch shows the rules the code needs, ready for deploy/kubernetes/base/rbac.yaml.
    expect(outcomes).toEqual(
      outcomes.map((o) =>
        o.replace(/:.*/, o.startsWith("bake") || o.startsWith("resume") ? ": true " : ": true true true "),
      ),
    );
    expect({ granted, rbacYaml: asYaml(granted) }).toEqual({ granted: derived, rbacYaml: asYaml(derived) });
  });
});
if (!kubectl) it.skip(KUBECTL_MISSING, () => undefined);
