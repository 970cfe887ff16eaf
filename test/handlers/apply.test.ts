// The apply pipeline through the real @kubernetes/client-node against a stateful fake API server.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { kubernetesPort } from "../../src/adapters/kubernetes.js";
import type { LoadedConfig } from "../../src/core/config.js";
import type { K8sObject } from "../../src/core/k8s.js";
import type { KubePort } from "../../src/core/ports.js";
import { applyServices } from "../../src/handlers/apply.js";
import { load } from "../helpers/config.js";
import { type FakeKube, kubeconfigFor, startFakeKube } from "../helpers/fake-kube.js";
import { renderedExample } from "../helpers/tree.js";

let fake: FakeKube;
let kube: KubePort;

beforeEach(async () => {
  fake = await startFakeKube({ availableAfterGets: 2 });
  kube = kubernetesPort({ kubeconfig: kubeconfigFor(fake), retries: 1, backoffMs: 5, timeoutMs: 2000 });
});
afterEach(async () => {
  await fake.close();
});

/** The example's files, or the files after changing rollout.yaml and re-rendering. */
function repo(edit?: (text: string) => string): { loaded: LoadedConfig; files: Map<string, string> } {
  const files = renderedExample(edit);
  return { loaded: load(files.get("rollout.yaml") ?? ""), files };
}

const run = (r: ReturnType<typeof repo>, extra: Partial<Parameters<typeof applyServices>[0]> = {}) =>
  applyServices({
    kube,
    loaded: r.loaded,
    files: r.files,
    services: ["mnist"],
    planOnly: false,
    force: false,
    wait: { timeoutMs: 2000, pollMs: 1 },
    sleep: async () => undefined,
    ...extra,
  });

/** A fake clock that only the injected sleep moves; the sleeps it was asked for. */
function fakeClock() {
  let t = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

/** GETs of one Deployment (not the LISTs). */
function deploymentGets(name: string): number {
  return fake
    .requests()
    .filter(
      (r) => r.method === "GET" && r.path.endsWith(`/deployments/${name}`) && r.query.dryRun === undefined,
    ).length;
}

/**
 * Reads of one Deployment after its first real write, among the first `upTo` requests: its GETs,
 * and the LISTs of Deployments (the waits'; each selects the service's, so it is among them).
 */
function readsAfterWrite(name: string, upTo = Infinity): number {
  const log = fake.requests().slice(0, upTo);
  const wrote = log.findIndex(
    (r) => r.method === "PATCH" && r.query.dryRun === undefined && r.path.endsWith(`/deployments/${name}`),
  );
  if (wrote < 0) return 0;
  return log
    .slice(wrote + 1)
    .filter(
      (r) =>
        r.method === "GET" && (r.path.endsWith(`/deployments/${name}`) || r.path.endsWith("/deployments")),
    ).length;
}

/** The real (not dry-run) writes, as "VERB kind/name", in order. */
function writes(): string[] {
  return fake
    .requests()
    .filter((r) => (r.method === "PATCH" && r.query.dryRun === undefined) || r.method === "DELETE")
    .map((r) => {
      const parts = r.path.split("/");
      return `${r.method} ${parts[parts.length - 2]}/${parts[parts.length - 1]}`;
    });
}

describe("applyServices", () => {
  it("applies workloads, waits until Available, then the DestinationRule, then the VirtualServices", async () => {
    const out = await run(repo());
    expect(out.ok).toBe(true);
    // Within a phase objects go out concurrently; the phases are strictly ordered.
    const w = writes();
    expect(new Set(w.slice(0, 3))).toEqual(
      new Set(["PATCH services/mnist-service", "PATCH deployments/mnist-v1", "PATCH deployments/mnist-v2"]),
    );
    expect(w[3]).toBe("PATCH destinationrules/mnist");
    expect(new Set(w.slice(4))).toEqual(
      new Set(["PATCH virtualservices/mnist", "PATCH virtualservices/mnist-gateway"]),
    );
    // The routing waited for the Deployments to be Available (from their 2nd read): two reads of
    // each after its write came before the DestinationRule.
    const paths = fake.requests().map((r) => `${r.method} ${r.query.dryRun ?? ""} ${r.path}`);
    const dr = paths.findIndex((p) => p.startsWith("PATCH  ") && p.endsWith("destinationrules/mnist"));
    expect(readsAfterWrite("mnist-v2", dr)).toBeGreaterThanOrEqual(2);
    expect(readsAfterWrite("mnist-v1", dr)).toBeGreaterThanOrEqual(2);
    // No GET of any object: the live state came from the LISTs, the dry runs said what is new.
    expect(
      fake.requests().filter((r) => r.method === "GET" && /\/namespaces\/[^/]+\/[^/]+\/[^/]+$/.test(r.path)),
    ).toEqual([]);
    const s = out.services[0];
    expect(s?.status).toBe("applied");
    expect(s?.liveWeights).toEqual({ v1: 90, v2: 10 });
    expect(s?.drift).toEqual([]);
    expect(s?.objects.every((o) => o.action === "created")).toBe(true);
    expect(fake.requests().every((r) => r.authorized)).toBe(true);
  });

  it("a second run changes nothing and says so", async () => {
    await run(repo());
    fake.clearRequests();
    const again = await run(repo());
    expect(again.ok && again.services[0]?.status).toBe("no-op");
    expect(again.ok && again.services[0]?.objects.map((o) => o.action)).toEqual(Array(6).fill("unchanged"));
    expect(writes()).toEqual([]);
  });

  it("a dry-run failure applies nothing and names the field manager that owns the field", async () => {
    fake.seed(
      {
        apiVersion: "networking.istio.io/v1",
        kind: "VirtualService",
        metadata: { name: "mnist", namespace: "kubeflow" },
        spec: {
          hosts: ["mnist-service"],
          http: [{ route: [{ destination: { host: "mnist-service", subset: "v1" }, weight: 100 }] }],
        },
      },
      "kubectl",
    );
    fake.clearRequests();
    const out = await run(repo());
    expect(out.ok).toBe(false);
    expect(out.ok ? "" : out.reason).toBe("dry-run-failed");
    expect(out.ok ? "" : out.message).toContain("kubectl");
    expect(out.ok ? "" : out.message).toContain("nothing was applied");
    expect(writes()).toEqual([]);
  });

  it("an API server nobody listens on is named once as unreachable, not as 6 refused objects", async () => {
    const gone = await startFakeKube();
    await gone.close(); // its port: nobody listens there now
    const port = kubernetesPort({
      kubeconfig: kubeconfigFor(gone),
      retries: 1,
      backoffMs: 5,
      timeoutMs: 2000,
    });
    for (const planOnly of [true, false]) {
      const out = await run(repo(), { kube: port, planOnly });
      expect(out.ok ? "" : out.reason).toBe("dry-run-failed");
      expect(out.ok ? "" : out.message).toMatch(
        new RegExp(
          `^Cannot reach the Kubernetes API server at ${gone.url.replaceAll(".", "\\.")}: connect ECONNREFUSED [^ ]+\\. Check the kubeconfig's server address \\(--kubeconfig, \\$KUBECONFIG\\) and that the cluster is up; nothing was applied\\.$`,
        ),
      );
      expect(out.ok ? "" : out.message).not.toContain("refused");
    }
  });

  it("the dry run stops at the first answer that the server is unavailable", async () => {
    const calls: string[] = [];
    const down: KubePort = {
      ...kube,
      apply: async ({ object }) => {
        calls.push(object.metadata.name);
        return {
          ok: false,
          reason: "unavailable",
          message: `Cannot read ${object.metadata.name}: HTTP 503.`,
        };
      },
    };
    const out = await run(repo(), { kube: down, planOnly: true, concurrency: 1 });
    expect(out.ok ? "" : out.message).toBe(
      `The Kubernetes API server could not serve the dry run, so nothing was applied: Cannot read ${calls[0]}: HTTP 503.`,
    );
    expect(calls).toHaveLength(1);
  });

  it("a Deployment that never becomes Available blocks the routing change, at the timeout", async () => {
    fake.setAvailability("mnist-v2", "never");
    const clock = fakeClock();
    const out = await run(repo(), { wait: { timeoutMs: 60_000, pollMs: 2000 }, ...clock });
    expect(out.ok ? "" : out.reason).toBe("not-available");
    expect(out.ok ? "" : out.message).toBe(
      "Deployment kubeflow/mnist-v2 (v2) did not become Available within 60 s (last seen: 0 of 1 updated replicas are available), so the DestinationRule and VirtualService were not changed: traffic stays as it was. Check the pods (kubectl -n kubeflow describe deployment mnist-v2).",
    );
    // The timeout is the last resort: polled every 2 s of (fake) time until 60 s had passed.
    expect(clock.sleeps).toEqual(Array(30).fill(2000));
    expect(writes().some((w) => w.includes("virtualservices") || w.includes("destinationrules"))).toBe(false);
  });

  it("stops at ProgressDeadlineExceeded without waiting for the timeout", async () => {
    fake.failRollout("mnist-v2", { condition: "ProgressDeadlineExceeded", afterGets: 3 });
    const clock = fakeClock();
    const out = await run(repo(), { wait: { timeoutMs: 600_000, pollMs: 2000 }, ...clock });
    expect(out.ok ? "" : out.reason).toBe("not-available");
    const message = out.ok ? "" : out.message;
    expect(message).toMatch(
      /^Deployment kubeflow\/mnist-v2 \(v2\) failed to roll out: deployment "mnist-v2" exceeded its progress deadline \(ReplicaSet "mnist-v2-[0-9a-f-]+" has timed out progressing\.\); so the DestinationRule and VirtualService were not changed: traffic stays as it was\. Check the pods/,
    );
    // The third GET after the apply saw the condition: two sleeps, 4 s of fake time, not 600 s.
    expect(clock.sleeps).toEqual([2000, 2000]);
    expect(clock.now()).toBe(4000);
    expect(readsAfterWrite("mnist-v2")).toBe(3); // three polls
    expect(deploymentGets("mnist-v2")).toBe(0); // the polls are LISTs, the dry-run pass reads none
    expect(writes().some((w) => w.includes("virtualservices") || w.includes("destinationrules"))).toBe(false);
    expect(out.services[0]?.status).toBe("failed");
    expect(out.services[0]?.message).toBe(message);
  });

  it("stops at a ReplicaFailure with the condition's own message", async () => {
    fake.failRollout("mnist-v2", {
      condition: "ReplicaFailure",
      message: 'pods "mnist-v2-abc" is forbidden: exceeded quota: compute',
    });
    const clock = fakeClock();
    const out = await run(repo(), { wait: { timeoutMs: 600_000, pollMs: 2000 }, ...clock });
    expect(out.ok ? "" : out.message).toContain(
      'Deployment kubeflow/mnist-v2 (v2) failed to roll out: deployment "mnist-v2" cannot create its pods (FailedCreate): pods "mnist-v2-abc" is forbidden: exceeded quota: compute; so the DestinationRule and VirtualService were not changed',
    );
    expect(clock.sleeps).toEqual([]);
    expect(writes().some((w) => w.includes("virtualservices") || w.includes("destinationrules"))).toBe(false);
  });

  it("an unchanged Deployment whose rollout has failed is not routed to", async () => {
    await run(repo());
    fake.failRollout("mnist-v2", { condition: "ProgressDeadlineExceeded" });
    const shifted = repo((t) =>
      t.replace("v1: { weight: 90,", "v1: { weight: 80,").replace("v2: { weight: 10,", "v2: { weight: 20,"),
    );
    fake.clearRequests();
    const out = await run(shifted, fakeClock());
    expect(out.ok ? "" : out.message).toContain("exceeded its progress deadline");
    expect(writes()).toEqual([]);
  });

  it("reports a long wait: after 10 s, then every 10 s or when the state changes, then the end", async () => {
    fake.setAvailability("mnist-v2", 16);
    const clock = fakeClock();
    const lines: string[] = [];
    // From 2 s to 14 s, mnist-v2 reads as scaled to 2 with 1 updated replica: the state message moves.
    const scaled = (o: K8sObject) => {
      const t = clock.now();
      if (o.metadata.name === "mnist-v2" && t >= 2000 && t < 14_000)
        (o.spec as { replicas: number }).replicas = 2;
      return o;
    };
    const counting: KubePort = {
      ...kube,
      get: async (ref) => {
        const got = await kube.get(ref);
        return got.ok && got.value ? { ok: true, value: scaled(got.value) } : got;
      },
      list: async (p) => {
        const got = await kube.list(p);
        return got.ok ? { ok: true, value: got.value.map(scaled) } : got;
      },
    };
    const out = await run(repo(), {
      kube: counting,
      wait: {
        timeoutMs: 600_000,
        pollMs: 2000,
        onProgress: (l) => lines.push(`${clock.now() / 1000}: ${l}`),
      },
      ...clock,
    });
    expect(out.ok).toBe(true);
    expect(lines).toEqual([
      // Nothing for the first 10 s, nor for mnist-v1, which was ready by then.
      "10: waiting for Deployment kubeflow/mnist-v2 (v2): 1 out of 2 new replicas have been updated, 10 s so far",
      // The state changed: at once.
      "14: waiting for Deployment kubeflow/mnist-v2 (v2): 0 of 1 updated replicas are available, 14 s so far",
      // Unchanged: 10 s later.
      "24: waiting for Deployment kubeflow/mnist-v2 (v2): 0 of 1 updated replicas are available, 24 s so far",
      "30: Deployment kubeflow/mnist-v2 (v2) rolled out after 30 s", // its 16th GET
    ]);
  });

  it("a quick wait prints nothing", async () => {
    const lines: string[] = [];
    const out = await run(repo(), {
      wait: { timeoutMs: 600_000, pollMs: 2000, onProgress: (l) => lines.push(l) },
      ...fakeClock(),
    });
    expect(out.ok).toBe(true);
    expect(lines).toEqual([]);
  });

  it("a removed version is pruned only after the VirtualService stops routing to it", async () => {
    await run(repo());
    fake.clearRequests();
    const promoted = repo((t) =>
      t.replace("v1: { weight: 90,", "v1: { weight: 100,").replace(/ {6}v2: .*\n/, ""),
    );
    const out = await run(promoted);
    expect(out.ok).toBe(true);
    const w = writes();
    expect(w.indexOf("DELETE deployments/mnist-v2")).toBeGreaterThan(
      w.indexOf("PATCH virtualservices/mnist"),
    );
    expect(w.indexOf("DELETE deployments/mnist-v2")).toBeGreaterThan(
      w.indexOf("PATCH virtualservices/mnist-gateway"),
    );
    expect(fake.find("Deployment", "kubeflow", "mnist-v2")).toBeUndefined();
    expect(out.ok && out.services[0]?.objects.find((o) => o.action === "pruned")?.name).toBe("mnist-v2");
  });

  it("never prunes what rollout-bot does not manage", async () => {
    fake.seed(
      {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "other", namespace: "kubeflow", labels: { app: "mnist" } },
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: "other" } },
          template: {
            metadata: { labels: { app: "other" } },
            spec: { containers: [{ name: "c", image: "i" }] },
          },
        },
      },
      "kubectl",
    );
    await run(repo());
    expect(fake.find("Deployment", "kubeflow", "other")).toBeDefined();
  });

  it("never prunes another service's managed objects in the same namespace", async () => {
    fake.seed(
      {
        apiVersion: "v1",
        kind: "Service",
        metadata: {
          name: "iris",
          namespace: "kubeflow",
          labels: { "app.kubernetes.io/managed-by": "rollout-bot", "rollout-bot/service": "iris" },
        },
        spec: { ports: [{ port: 80 }] },
      },
      "rollout-bot",
    );
    const out = await run(repo());
    expect(out.ok).toBe(true);
    expect(fake.find("Service", "kubeflow", "iris")).toBeDefined();
    // One LIST per managed kind for the namespace, before anything is written (the live state and
    // prune's list), of the service's own managed objects.
    const log = fake.requests();
    const firstWrite = log.findIndex((r) => r.method === "PATCH" && r.query.dryRun === undefined);
    const lists = log
      .slice(0, firstWrite)
      .filter((r) => r.method === "GET" && r.query.labelSelector !== undefined);
    expect(lists.map((r) => r.path.split("/").pop()).sort()).toEqual([
      "deployments",
      "destinationrules",
      "services",
      "virtualservices",
    ]);
    expect(new Set(lists.map((r) => r.query.labelSelector))).toEqual(
      new Set(["app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service=mnist"]),
    );
  });

  /** mnist and a copy of it named iris, in the same namespace. */
  const twoServices = (t: string) => t + t.slice(t.indexOf("  mnist:")).replaceAll("mnist", "iris");
  const kindOf = (w: string) => w.split(" ")[1]?.split("/")[0] ?? "";
  const writesOf = (service: string) => writes().filter((w) => w.includes(`/${service}`));

  it("services go side by side, each in its own order, and their waits share the LISTs", async () => {
    const out = await run(repo(twoServices), { services: ["mnist", "iris"] });
    expect(out.ok).toBe(true);
    expect(out.services.map((s) => [s.key, s.status])).toEqual([
      ["mnist", "applied"],
      ["iris", "applied"],
    ]);
    for (const key of ["mnist", "iris"]) {
      const kinds = writesOf(key).map(kindOf);
      // Workloads, then the DestinationRule, then the VirtualServices: per service, whatever the other does.
      expect(kinds.slice(0, 3).sort()).toEqual(["deployments", "deployments", "services"]);
      expect(kinds.slice(3)).toEqual(["destinationrules", "virtualservices", "virtualservices"]);
    }
    // Interleaved: iris's first write comes before mnist's last.
    const w = writes();
    expect(w.findIndex((x) => x.includes("/iris"))).toBeLessThan(
      w.map((x) => x.includes("/mnist")).lastIndexOf(true),
    );
    // Each wait LIST (Deployments are Available from their 2nd read) asks for both services at once.
    const waits = fake
      .requests()
      .filter((r) => r.method === "GET" && r.path.endsWith("/deployments"))
      .slice(1); // the first: the live state, before any write
    expect(waits.length).toBe(2);
    for (const r of waits)
      expect(r.query.labelSelector).toBe(
        "app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service in (iris,mnist)",
      );
  });

  it("a failing service starts no other service; one under way finishes in its own order", async () => {
    fake.failRollout("mnist-v2", { condition: "ProgressDeadlineExceeded", afterGets: 1 });
    // One at a time: iris never starts.
    const alone = await run(repo(twoServices), { services: ["mnist", "iris"], concurrency: 1 });
    expect(alone.ok ? "" : alone.reason).toBe("not-available");
    expect(alone.services.map((s) => [s.key, s.status])).toEqual([["mnist", "failed"]]);
    expect(writesOf("iris")).toEqual([]);
    expect(writesOf("mnist").map(kindOf).sort()).toEqual(["deployments", "deployments", "services"]);
    // Side by side: iris was under way, so it finishes; mnist's routing is never written.
    fake.clearRequests();
    const both = await run(repo(twoServices), { services: ["mnist", "iris"] });
    expect(both.ok ? "" : both.reason).toBe("not-available");
    expect(both.ok ? "" : both.message).toContain("Deployment kubeflow/mnist-v2 (v2) failed to roll out");
    expect(both.services.map((s) => [s.key, s.status])).toEqual([
      ["mnist", "failed"],
      ["iris", "applied"],
    ]);
    expect(writesOf("mnist").map(kindOf)).toEqual([]); // its workloads were applied by the first run
    expect(writesOf("iris").map(kindOf).slice(-3)).toEqual([
      "destinationrules",
      "virtualservices",
      "virtualservices",
    ]);
    expect(fake.find("VirtualService", "kubeflow", "mnist")).toBeUndefined();
  });

  it("an object live but not labelled as managed is read with a GET, and adopted", async () => {
    fake.seed(
      {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "mnist-service", namespace: "kubeflow" },
        spec: { ports: [{ port: 80 }] },
      },
      "someone",
    );
    fake.clearRequests();
    const out = await run(repo());
    expect(out.ok).toBe(true);
    const objectGets = fake
      .requests()
      .filter((r) => r.method === "GET" && /\/namespaces\/[^/]+\/[^/]+\/[^/]+$/.test(r.path))
      .map((r) => r.path.split("/").slice(-2).join("/"));
    expect(objectGets).toEqual(["services/mnist-service"]);
    const svc = out.ok ? out.services[0]?.objects.find((o) => o.name === "mnist-service") : undefined;
    expect(svc?.action).toBe("configured");
    expect(svc?.diff).toContain("+    app.kubernetes.io/managed-by: rollout-bot");
    expect(out.ok && out.services[0]?.objects.filter((o) => o.action === "created")).toHaveLength(5);
  });

  it("plan: server-side dry-run diffs against the live objects, and drift", async () => {
    await run(repo());
    const shifted = repo((t) =>
      t.replace("v1: { weight: 90,", "v1: { weight: 80,").replace("v2: { weight: 10,", "v2: { weight: 20,"),
    );
    fake.clearRequests();
    const plan = await run(shifted, { planOnly: true });
    expect(writes()).toEqual([]);
    const s = plan.ok ? plan.services[0] : undefined;
    expect(s?.status).toBe("planned");
    expect(s?.drift).toEqual([
      { version: "v1", live: 90, repo: 80 },
      { version: "v2", live: 10, repo: 20 },
    ]);
    const vs = s?.objects.find((o) => o.kind === "VirtualService" && o.name === "mnist");
    expect(vs?.action).toBe("configured");
    expect(vs?.diff).toContain("-          weight: 90");
    expect(vs?.diff).toContain("+          weight: 80");
    expect(s?.objects.filter((o) => o.action === "unchanged").map((o) => o.name)).toEqual([
      "mnist-v1",
      "mnist-v2",
      "mnist",
      "mnist-service",
    ]);
  });
});
