// The Kubernetes adapter through the real @kubernetes/client-node 2, against the fake API server
// (test/helpers/fake-kube.ts) on 127.0.0.1.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { parseAllDocuments } from "yaml";
import {
  KubeConfigError,
  type KubernetesPortOptions,
  kubernetesPort,
} from "../../src/adapters/kubernetes.js";
import type { KubeResult } from "../../src/core/deploy.js";
import type { KubePort } from "../../src/core/ports.js";
import type { K8sObject } from "../../src/core/render.js";
import { type FakeKube, kubeconfigFor, type RecordedRequest, startFakeKube } from "../helpers/fake-kube.js";

const MNIST_DIR = join(import.meta.dirname, "../../examples/mnist/deploy/mnist");
/** The rendered mnist example: Service, 2 Deployments, DestinationRule, 2 VirtualServices. */
const MNIST: K8sObject[] = readdirSync(MNIST_DIR)
  .sort()
  .flatMap((f) =>
    parseAllDocuments(readFileSync(join(MNIST_DIR, f), "utf8")).map((d) => d.toJS() as K8sObject),
  );

function mnist(kind: string, name: string): K8sObject {
  const o = MNIST.find((x) => x.kind === kind && x.metadata.name === name);
  if (!o) throw new Error(`no ${kind} ${name} in the example`);
  return structuredClone(o);
}

const deployment = () => mnist("Deployment", "mnist-v2");
const DEPLOYMENT_REF = { apiVersion: "apps/v1", kind: "Deployment", namespace: "kubeflow", name: "mnist-v2" };

function spec(o: Record<string, unknown> | undefined): Record<string, unknown> {
  return (o?.spec ?? {}) as Record<string, unknown>;
}

function value<T>(r: KubeResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.reason}: ${r.message}`);
  return r.value;
}

function failure<T>(r: KubeResult<T>) {
  if (r.ok) throw new Error("expected a failure");
  return r;
}

const isDiscovery = (r: RecordedRequest) =>
  r.method === "GET" && /^\/apis?(\/[^/]+){0,2}$/.test(r.path) && !r.path.includes("/namespaces");
const patches = (f: FakeKube) => f.requests().filter((r) => r.method === "PATCH");

let fake: FakeKube;
let port: KubePort;
const results: unknown[] = [];

function portFor(f: FakeKube, options: Partial<KubernetesPortOptions> = {}): KubePort {
  return kubernetesPort({ kubeconfig: kubeconfigFor(f), backoffMs: 5, timeoutMs: 2000, ...options });
}

beforeEach(async () => {
  fake = await startFakeKube();
  port = portFor(fake);
});

afterEach(async () => {
  // Whatever a test got back, the bearer token never shows.
  for (const r of results.splice(0)) expect(JSON.stringify(r)).not.toContain(fake.token);
  await fake.close();
});

/** Keeps a result for the token check in afterEach. */
function seen<T>(r: T): T {
  results.push(r);
  return r;
}

describe("server-side apply", () => {
  test("creates the object as field manager rollout-bot, discovery first", async () => {
    const created = value(seen(await port.apply({ object: deployment(), dryRun: false, force: false })));
    expect(created.metadata).toMatchObject({ name: "mnist-v2", namespace: "kubeflow", generation: 1 });
    expect(created.metadata.resourceVersion).toEqual(expect.any(String));
    expect(created.metadata.managedFields).toEqual([
      expect.objectContaining({ manager: "rollout-bot", operation: "Apply", apiVersion: "apps/v1" }),
    ]);
    expect(fake.find("Deployment", "kubeflow", "mnist-v2")).toBeDefined();
    expect(fake.requests().map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /apis/apps/v1",
      "PATCH /apis/apps/v1/namespaces/kubeflow/deployments/mnist-v2",
    ]);
    const [patch] = patches(fake);
    expect(patch).toMatchObject({
      contentType: "application/apply-patch+yaml",
      query: { fieldManager: "rollout-bot", force: "false" },
      authorized: true,
    });
  });

  test("re-applying the same object changes nothing and needs no more discovery", async () => {
    const first = value(await port.apply({ object: deployment(), dryRun: false, force: false }));
    fake.clearRequests();
    const again = value(await port.apply({ object: deployment(), dryRun: false, force: false }));
    expect(again.metadata.resourceVersion).toBe(first.metadata.resourceVersion);
    expect(again.metadata.generation).toBe(1);
    expect(fake.requests().map((r) => r.method)).toEqual(["PATCH"]);
  });

  test("a changed field bumps resourceVersion and generation; a dropped field is removed", async () => {
    const first = value(await port.apply({ object: deployment(), dryRun: false, force: false }));
    const changed = deployment();
    spec(changed).replicas = 2;
    delete (changed.metadata.labels as Record<string, string>).version;
    const second = value(await port.apply({ object: changed, dryRun: false, force: false }));
    expect(Number(second.metadata.resourceVersion)).toBeGreaterThan(Number(first.metadata.resourceVersion));
    expect(second.metadata.generation).toBe(2);
    expect(spec(second).replicas).toBe(2);
    expect(second.metadata.labels).not.toHaveProperty("version");
  });

  test("dryRun=All answers with the result but stores nothing", async () => {
    const r = value(await port.apply({ object: deployment(), dryRun: true, force: false }));
    expect(r.metadata.name).toBe("mnist-v2");
    expect(fake.objects()).toEqual([]);
    expect(patches(fake)[0]?.query).toMatchObject({ dryRun: "All", fieldManager: "rollout-bot" });
  });

  test("the whole mnist example: one discovery request per apiVersion, then one PATCH per object", async () => {
    const all = await Promise.all(MNIST.map((object) => port.apply({ object, dryRun: false, force: false })));
    expect(all.every((r) => r.ok)).toBe(true);
    const discovery = fake.requests().filter(isDiscovery);
    expect(discovery.map((r) => r.path).sort()).toEqual([
      "/api/v1",
      "/apis/apps/v1",
      "/apis/networking.istio.io/v1",
    ]);
    expect(patches(fake)).toHaveLength(MNIST.length);
    expect(fake.requests()).toHaveLength(3 + MNIST.length);
  });

  test("the object goes on the wire as given and comes back as the server sent it", async () => {
    // Fields client-node's typed models do not know (a newer API's) are not dropped, and
    // timestamps stay the server's strings.
    const object = deployment();
    (object.spec as Record<string, unknown>).someNewField = { enabled: true };
    const created = value(await port.apply({ object, dryRun: false, force: false }));
    expect(fake.find("Deployment", "kubeflow", "mnist-v2")?.spec).toMatchObject({
      someNewField: { enabled: true },
    });
    expect(created.spec).toMatchObject({ someNewField: { enabled: true } });
    expect(created.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(object.metadata).not.toHaveProperty("resourceVersion"); // the caller's object is not touched
  });

  test("a dry-run create answers without a resourceVersion (nothing is stored)", async () => {
    const dry = value(await port.apply({ object: deployment(), dryRun: true, force: false }));
    expect(dry.metadata.resourceVersion).toBeUndefined();
    expect(fake.find("Deployment", "kubeflow", "mnist-v2")).toBeUndefined();
    value(await port.apply({ object: deployment(), dryRun: false, force: false }));
    const again = value(await port.apply({ object: deployment(), dryRun: true, force: false }));
    expect(again.metadata.resourceVersion).toEqual(expect.any(String));
  });

  test("one after the other, the requests reuse connections", async () => {
    // client-node 2 alone builds a new undici Agent, so a new connection, for every request (8 here):
    // discovery keeps one, the object requests another (a keep-alive agent).
    for (const object of MNIST) value(await port.apply({ object, dryRun: false, force: false }));
    expect(fake.requests()).toHaveLength(3 + MNIST.length);
    expect(fake.connections()).toBeLessThanOrEqual(2);
  });
});

describe("validation", () => {
  test("a VirtualService weight that is not an integer is invalid, with the server's words, and nothing is stored", async () => {
    const vs = mnist("VirtualService", "mnist");
    const http = spec(vs).http as { route: { weight: number }[] }[];
    (http[0]?.route[1] as { weight: number }).weight = 10.5;
    for (const dryRun of [true, false]) {
      const r = failure(seen(await port.apply({ object: vs, dryRun, force: false })));
      expect(r.reason).toBe("invalid");
      expect(r.message).toContain("VirtualService kubeflow/mnist");
      expect(r.message).toContain("spec.http[0].route[1].weight");
      expect(r.message).toContain("Fix the manifest");
    }
    expect(patches(fake)).toHaveLength(2); // never retried
    expect(fake.objects()).toEqual([]);
  });

  test("an object without a name is refused before any request", async () => {
    const o = deployment();
    o.metadata.name = "";
    const r = failure(await port.apply({ object: o, dryRun: false, force: false }));
    expect(r).toMatchObject({ reason: "invalid", message: expect.stringContaining("metadata.name") });
    expect(fake.requests()).toEqual([]);
  });

  test("a missing namespace is named, with the command that creates it", async () => {
    const f = await startFakeKube({ namespaces: ["default"] });
    try {
      const r = failure(await portFor(f).apply({ object: deployment(), dryRun: false, force: false }));
      expect(r.reason).toBe("not-found");
      expect(r.message).toContain("namespace kubeflow does not exist");
      expect(r.message).toContain("kubectl create namespace kubeflow");
    } finally {
      await f.close();
    }
  });

  test("a kind the cluster does not serve (Istio missing) says to install Istio", async () => {
    const f = await startFakeKube({ istio: false });
    try {
      const r = failure(
        await portFor(f).apply({ object: mnist("VirtualService", "mnist"), dryRun: false, force: false }),
      );
      expect(r.reason).toBe("not-found");
      expect(r.message).toContain("VirtualService kubeflow/mnist");
      expect(r.message).toContain("does not serve networking.istio.io/v1 VirtualService");
      expect(r.message).toContain("Install Istio");
      expect(f.requests().map((x) => `${x.method} ${x.path} ${x.status}`)).toEqual([
        "GET /apis/networking.istio.io/v1 404",
      ]);
    } finally {
      await f.close();
    }
  });
});

describe("field ownership", () => {
  test("a field kubectl set to another value is a conflict naming kubectl and the field; nothing changes", async () => {
    const theirs = deployment();
    spec(theirs).replicas = 3;
    fake.seed(theirs, "kubectl");
    const r = failure(seen(await port.apply({ object: deployment(), dryRun: false, force: false })));
    expect(r.reason).toBe("conflict");
    expect(r.conflicts).toEqual([{ field: ".spec.replicas", manager: "kubectl" }]);
    expect(r.message).toContain("Deployment kubeflow/mnist-v2");
    expect(r.message).toContain('.spec.replicas (owned by "kubectl")');
    expect(r.message).toContain("force");
    expect(spec(fake.find("Deployment", "kubeflow", "mnist-v2")).replicas).toBe(3);
    expect(patches(fake)).toHaveLength(1);
  });

  test("fields kubectl set to the same values are shared, not conflicts", async () => {
    fake.seed(deployment(), "kubectl");
    const r = value(await port.apply({ object: deployment(), dryRun: false, force: false }));
    expect((r.metadata.managedFields as { manager: string }[]).map((m) => m.manager).sort()).toEqual([
      "kubectl",
      "rollout-bot",
    ]);
  });

  test("force takes ownership of the conflicting field", async () => {
    const theirs = deployment();
    spec(theirs).replicas = 3;
    fake.seed(theirs, "kubectl");
    const r = value(await port.apply({ object: deployment(), dryRun: false, force: true }));
    expect(spec(r).replicas).toBe(1);
    expect(patches(fake)[0]?.query).toMatchObject({ force: "true" });
    const managed = r.metadata.managedFields as {
      manager: string;
      fieldsV1: { "f:spec"?: Record<string, unknown> };
    }[];
    expect(managed.find((m) => m.manager === "kubectl")?.fieldsV1["f:spec"]).not.toHaveProperty("f:replicas");
    expect(managed.find((m) => m.manager === "rollout-bot")?.fieldsV1["f:spec"]).toHaveProperty("f:replicas");
    // Owned now: the next apply without force goes through.
    expect((await port.apply({ object: deployment(), dryRun: false, force: false })).ok).toBe(true);
  });

  test("managers are reported for each conflicting field", async () => {
    const vs = mnist("VirtualService", "mnist");
    const theirs = structuredClone(vs);
    const http = spec(theirs).http as { route: { weight: number }[] }[];
    (http[0]?.route[0] as { weight: number }).weight = 50;
    (http[0]?.route[1] as { weight: number }).weight = 50;
    fake.seed(theirs, "istioctl", "Update");
    const r = failure(await port.apply({ object: vs, dryRun: false, force: false }));
    // Istio's route lists are atomic: the conflict is on the whole list.
    expect(r.conflicts).toEqual([{ field: ".spec.http", manager: "istioctl" }]);
  });
});

describe("retries", () => {
  test("500 and 429 are retried until the apply succeeds", async () => {
    fake.inject({ method: "PATCH", status: 500 });
    fake.inject({ method: "PATCH", status: 429 });
    const r = await port.apply({ object: deployment(), dryRun: false, force: false });
    expect(r.ok).toBe(true);
    expect(patches(fake).map((p) => p.status)).toEqual([500, 429, 201]);
  });

  test("a 503 on discovery is retried too", async () => {
    fake.inject({ path: /^\/apis\/apps\/v1$/, status: 503 });
    expect((await port.apply({ object: deployment(), dryRun: false, force: false })).ok).toBe(true);
    expect(fake.requests().map((x) => `${x.method} ${x.status}`)).toEqual([
      "GET 503",
      "GET 200",
      "PATCH 201",
    ]);
  });

  test("timeouts are retried a bounded number of times, then fail cleanly", async () => {
    const p = portFor(fake, { timeoutMs: 100, retries: 2 });
    value(await p.get(DEPLOYMENT_REF)); // discovery done
    fake.inject({ method: "PATCH", delayMs: 400, times: Number.POSITIVE_INFINITY });
    const r = failure(seen(await p.apply({ object: deployment(), dryRun: false, force: false })));
    expect(r.reason).toBe("unavailable");
    expect(r.message).toContain("Deployment kubeflow/mnist-v2");
    expect(r.message).toContain("did not answer within 100 ms");
    expect(r.message).toContain("after 3 attempts");
    // On a busy machine the client may give up on an attempt before the fake has read its body,
    // so the fake can log fewer; never more than the bound.
    expect(patches(fake).length).toBeLessThanOrEqual(3);
  });

  test("a connection reset is retried", async () => {
    fake.inject({ method: "PATCH", reset: true });
    expect((await port.apply({ object: deployment(), dryRun: false, force: false })).ok).toBe(true);
    expect(patches(fake)).toHaveLength(2);
  });

  test("an API server that is gone is unavailable, naming its address", async () => {
    const f = await startFakeKube();
    const p = portFor(f, { retries: 1 });
    await f.close();
    const r = failure(await p.apply({ object: deployment(), dryRun: false, force: false }));
    expect(r.reason).toBe("unavailable");
    expect(r.message).toContain(`cannot reach the API server at ${f.url}`);
    expect(r.message).toContain("after 2 attempts");
  });

  test("persistent 503s end as unavailable after retries + 1 attempts", async () => {
    fake.inject({ method: "PATCH", status: 503, times: Number.POSITIVE_INFINITY });
    const r = failure(await port.apply({ object: deployment(), dryRun: false, force: false }));
    expect(r.reason).toBe("unavailable");
    expect(r.message).toContain("HTTP 503");
    expect(patches(fake)).toHaveLength(4);
  });
});

describe("permissions", () => {
  test("a 403 names the missing RBAC verb and resource and is not retried", async () => {
    fake.deny("patch", "deployments");
    const r = failure(seen(await port.apply({ object: deployment(), dryRun: false, force: false })));
    expect(r.reason).toBe("forbidden");
    expect(r.message).toContain("Deployment kubeflow/mnist-v2");
    expect(r.message).toContain("permission to patch deployments.apps in namespace kubeflow");
    expect(r.message).toContain('apiGroups: ["apps"], resources: ["deployments"], verbs: ["patch"]');
    expect(patches(fake)).toHaveLength(1);
  });

  test("rejected credentials (401) say so without showing them", async () => {
    const wrong = kubernetesPort({
      kubeconfig: kubeconfigFor({ url: fake.url, token: "not-the-right-token" }),
      backoffMs: 5,
    });
    const r = failure(seen(await wrong.get(DEPLOYMENT_REF)));
    expect(r.reason).toBe("forbidden");
    expect(r.message).toContain("rejected rollout-bot's credentials (401 Unauthorized)");
    expect(r.message).not.toContain("not-the-right-token");
    expect(fake.requests().every((x) => !x.authorized)).toBe(true);
  });
});

describe("read, list, delete", () => {
  test("get returns the object, or undefined when there is none", async () => {
    expect(value(await port.get(DEPLOYMENT_REF))).toBeUndefined();
    await port.apply({ object: deployment(), dryRun: false, force: false });
    const got = value(await port.get(DEPLOYMENT_REF));
    expect(got).toMatchObject({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "mnist-v2" } });
    expect(got?.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  test("list filters by label selector and fills in apiVersion and kind", async () => {
    for (const object of MNIST) await port.apply({ object, dryRun: false, force: false });
    const other = deployment();
    other.metadata = { name: "other", namespace: "kubeflow", labels: { app: "other" } };
    fake.seed(other, "kubectl");
    const selector = "app.kubernetes.io/managed-by=rollout-bot,rollout-bot/service=mnist";
    const deployments = value(
      await port.list({
        apiVersion: "apps/v1",
        kind: "Deployment",
        namespace: "kubeflow",
        labelSelector: selector,
      }),
    );
    expect(deployments.map((d) => `${d.apiVersion} ${d.kind} ${d.metadata.name}`)).toEqual([
      "apps/v1 Deployment mnist-v1",
      "apps/v1 Deployment mnist-v2",
    ]);
    const vs = value(
      await port.list({
        apiVersion: "networking.istio.io/v1",
        kind: "VirtualService",
        namespace: "kubeflow",
        labelSelector: selector,
      }),
    );
    expect(vs.map((v) => v.metadata.name)).toEqual(["mnist", "mnist-gateway"]);
    const all = value(
      await port.list({
        apiVersion: "apps/v1",
        kind: "Deployment",
        namespace: "kubeflow",
        labelSelector: "",
      }),
    );
    expect(all).toHaveLength(3);
    const lists = fake.requests().filter((r) => r.method === "GET" && r.path.endsWith("/deployments"));
    expect(lists[0]?.query).toEqual({ labelSelector: selector });
  });

  test("delete removes the object; deleting it again is not-found", async () => {
    await port.apply({ object: deployment(), dryRun: false, force: false });
    expect(await port.delete(DEPLOYMENT_REF)).toEqual({ ok: true, value: undefined });
    expect(fake.find("Deployment", "kubeflow", "mnist-v2")).toBeUndefined();
    expect(value(await port.get(DEPLOYMENT_REF))).toBeUndefined();
    const again = failure(await port.delete(DEPLOYMENT_REF));
    expect(again).toMatchObject({
      reason: "not-found",
      message: expect.stringContaining("Deployment kubeflow/mnist-v2 does not exist"),
    });
  });

  test("a delete whose answer was lost, retried, finds nothing: that is success", async () => {
    await port.apply({ object: deployment(), dryRun: false, force: false });
    fake.inject({ method: "DELETE", lose: true });
    expect(await port.delete(DEPLOYMENT_REF)).toEqual({ ok: true, value: undefined });
    expect(
      fake
        .requests()
        .filter((r) => r.method === "DELETE")
        .map((r) => r.status),
    ).toEqual([0, 404]);
  });

  test("an apply whose answer was lost is simply applied again", async () => {
    fake.inject({ method: "PATCH", lose: true });
    const r = value(await port.apply({ object: deployment(), dryRun: false, force: false }));
    expect(r.metadata.generation).toBe(1);
    expect(patches(fake).map((p) => p.status)).toEqual([0, 200]);
  });
});

describe("Deployment availability", () => {
  const available = (d: K8sObject | undefined) =>
    ((d?.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []).some(
      (c) => c.type === "Available" && c.status === "True",
    );

  test("becomes Available, with availableReplicas and observedGeneration, on the N-th poll", async () => {
    fake.setAvailability("mnist-v2", 3);
    const applied = value(await port.apply({ object: deployment(), dryRun: false, force: false }));
    expect(available(applied)).toBe(false);
    let polls = 0;
    let d: K8sObject | undefined;
    do {
      polls++;
      d = value(await port.get(DEPLOYMENT_REF));
    } while (!available(d) && polls < 10);
    expect(polls).toBe(3);
    expect(d?.status).toMatchObject({ availableReplicas: 1, observedGeneration: 1 });
  });

  test("a Deployment set to `never` stays unavailable", async () => {
    fake.setAvailability("mnist-v2", "never");
    await port.apply({ object: deployment(), dryRun: false, force: false });
    for (let i = 0; i < 5; i++) expect(available(value(await port.get(DEPLOYMENT_REF)))).toBe(false);
  });
});

describe("credentials", () => {
  test("a malformed kubeconfig fails without quoting it", () => {
    const secret = "sup3r-s3cret-token-value";
    const bad = `apiVersion: v1\nusers:\n- name: u\n  user:\n    token: ${secret}\n     bad: [indent\n`;
    let thrown: unknown;
    try {
      kubernetesPort({ kubeconfig: bad });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(KubeConfigError);
    const e = thrown as Error;
    expect(e.message).toMatch(/^The kubeconfig is not usable at line \d+/);
    expect(`${e.message}\n${e.stack}\n${JSON.stringify(e)}`).not.toContain(secret);
  });

  test("a kubeconfig without a current context, or with plain http, is refused with what to fix", () => {
    expect(() => kubernetesPort({ kubeconfig: "apiVersion: v1\nkind: Config\nclusters: []\n" })).toThrow(
      /no usable current context/,
    );
    const http = kubeconfigFor(fake).replace(
      "insecure-skip-tls-verify: true",
      "insecure-skip-tls-verify: false",
    );
    expect(() => kubernetesPort({ kubeconfig: http })).toThrow(/plain HTTP/);
    expect(() => kubernetesPort({})).toThrow(KubeConfigError);
  });

  test("inCluster outside a pod says so", () => {
    const saved = process.env.KUBERNETES_SERVICE_HOST;
    delete process.env.KUBERNETES_SERVICE_HOST;
    try {
      expect(() => kubernetesPort({ inCluster: true })).toThrow(/not a Kubernetes pod/);
    } finally {
      if (saved !== undefined) process.env.KUBERNETES_SERVICE_HOST = saved;
    }
  });

  test("a server message that echoes the token is redacted", async () => {
    // A misbehaving proxy in front of the API server might echo headers back.
    fake.inject({
      method: "PATCH",
      status: 400,
      message: `bad request with Authorization: Bearer ${fake.token}`,
    });
    const r = failure(await port.apply({ object: deployment(), dryRun: false, force: false }));
    expect(r.reason).toBe("invalid");
    expect(r.message).toContain("Authorization: Bearer [redacted]");
  });
});

describe("the fake API server itself (plain HTTP)", () => {
  const apply = (path: string, body: unknown, query = "fieldManager=t", token = fake.token) =>
    fetch(`${fake.url}${path}?${query}`, {
      method: "PATCH",
      headers: { "content-type": "application/apply-patch+yaml", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  const path = "/apis/apps/v1/namespaces/kubeflow/deployments/mnist-v2";

  test("answers 422 for a body without a name and for apply without fieldManager, 401 without the token", async () => {
    const noName = deployment();
    noName.metadata = { namespace: "kubeflow" } as K8sObject["metadata"];
    const r1 = await apply(path, noName);
    expect(r1.status).toBe(422);
    expect(await r1.json()).toMatchObject({ kind: "Status", reason: "Invalid", code: 422 });
    expect((await apply(path, deployment(), "")).status).toBe(422);
    expect((await apply(path, deployment(), "fieldManager=t", "wrong")).status).toBe(401);
    expect(fake.objects()).toEqual([]);
  });

  test("latencyMs delays every response", async () => {
    const slow = await startFakeKube({ latencyMs: 40 });
    try {
      const t0 = performance.now();
      const r = await fetch(`${slow.url}/api/v1`, { headers: { authorization: `Bearer ${slow.token}` } });
      expect(r.status).toBe(200);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(35);
    } finally {
      await slow.close();
    }
  });
});
