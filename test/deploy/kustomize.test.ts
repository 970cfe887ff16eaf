// deploy/kubernetes rendered with `kubectl kustomize` (base and the example overlay); every
// object validated with kubernetes-models, and the settings the app needs are where it reads them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { ClusterRole } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole";
import { ClusterRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding";
import { Role } from "kubernetes-models/rbac.authorization.k8s.io/v1/Role";
import { RoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding";
import { Service } from "kubernetes-models/v1/Service";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { parse } from "yaml";
import { type K8sObject, KUBECTL_MISSING, kubectlVersion, kustomize, ROOT } from "../helpers/kustomize.js";

// biome-ignore lint/suspicious/noExplicitAny: each model takes its own object type
const MODELS: Record<string, new (o: any) => { validate(): void }> = {
  "apps/v1 Deployment": Deployment,
  "networking.k8s.io/v1 NetworkPolicy": NetworkPolicy,
  "policy/v1 PodDisruptionBudget": PodDisruptionBudget,
  "rbac.authorization.k8s.io/v1 ClusterRole": ClusterRole,
  "rbac.authorization.k8s.io/v1 ClusterRoleBinding": ClusterRoleBinding,
  "rbac.authorization.k8s.io/v1 Role": Role,
  "rbac.authorization.k8s.io/v1 RoleBinding": RoleBinding,
  "v1 Service": Service,
  "v1 ServiceAccount": ServiceAccount,
};

/** What kustomize v2.0.3 (kubectl 1.20, Debian's kubernetes-client) reads in a kustomization. */
const V2_FIELDS = ["resources", "namespace", "commonLabels", "images", "patchesStrategicMerge"];

const kubectl = kubectlVersion();
const LAYOUTS = [
  { dir: "deploy/kubernetes/base", namespace: "rollout-bot", tag: "0.1.0", replicas: 2 },
  { dir: "deploy/kubernetes/overlays/example", namespace: "ml-platform", tag: "0.1.1", replicas: 3 },
];

describe("deploy/kubernetes kustomizations", () => {
  it.each(LAYOUTS.map((l) => l.dir))("%s uses only fields kustomize v2.0.3 reads", (dir) => {
    const k = parse(readFileSync(join(ROOT, dir, "kustomization.yaml"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(k).filter((f) => !V2_FIELDS.includes(f))).toEqual([]);
  });

  it("commit no Secret", () => {
    for (const l of LAYOUTS) {
      const text = readFileSync(join(ROOT, l.dir, "kustomization.yaml"), "utf8");
      expect(text).not.toMatch(/secretGenerator|kind: Secret/);
    }
  });
});

(kubectl ? describe : describe.skip)(`kubectl kustomize (${kubectl})`, () => {
  describe.each(LAYOUTS)("$dir", ({ dir, namespace, tag, replicas }) => {
    const objects = kustomize(dir);
    const byKind = (kind: string) => objects.filter((o) => o.kind === kind);
    const deployment = byKind("Deployment")[0] as K8sObject & {
      spec: {
        replicas: number;
        template: {
          metadata: { labels: Record<string, string> };
          spec: {
            securityContext: Record<string, unknown>;
            containers: {
              image: string;
              env: {
                name: string;
                value?: string;
                valueFrom?: { secretKeyRef?: { name: string; key: string } };
              }[];
              readinessProbe: { httpGet: { path: string } };
              livenessProbe: { httpGet: { path: string } };
              resources: { requests: unknown; limits: unknown };
              securityContext: Record<string, unknown>;
              volumeMounts: { name: string; mountPath: string }[];
            }[];
            volumes: { name: string; secret?: { secretName: string }; emptyDir?: unknown }[];
          };
        };
      };
    };

    it("every object is valid for its kubernetes-models type", () => {
      expect(objects).toHaveLength(7);
      for (const o of objects) {
        const Model = MODELS[`${o.apiVersion} ${o.kind}`];
        expect([o.kind, Model !== undefined]).toEqual([o.kind, true]);
        if (Model) expect(() => new Model(o).validate()).not.toThrow();
      }
    });

    it("holds each kind the app needs, namespaced and labelled", () => {
      expect(new Set(objects.map((o) => o.kind))).toEqual(
        new Set([
          "ServiceAccount",
          "ClusterRole",
          "ClusterRoleBinding",
          "Service",
          "Deployment",
          "NetworkPolicy",
          "PodDisruptionBudget",
        ]),
      );
      for (const o of objects) {
        if (!o.kind.startsWith("Cluster"))
          expect([o.kind, o.metadata.namespace]).toEqual([o.kind, namespace]);
        expect(o.metadata.labels?.["app.kubernetes.io/name"]).toBe("rollout-bot");
      }
      const binding = byKind("ClusterRoleBinding")[0] as K8sObject & { subjects: { namespace: string }[] };
      expect(binding.subjects.map((s) => s.namespace)).toEqual([namespace]);
    });

    it("runs 2+ hardened replicas with probes on /readyz and /healthz, settings from the Secret", () => {
      const spec = deployment.spec.template.spec;
      const c = spec.containers[0];
      expect(deployment.spec.replicas).toBe(replicas);
      expect(c?.image).toBe(`ghcr.io/rollout-bot/rollout-bot:${tag}`);
      expect(c?.readinessProbe.httpGet.path).toBe("/readyz");
      expect(c?.livenessProbe.httpGet.path).toBe("/healthz");
      expect(c?.resources.requests).toBeDefined();
      expect(c?.resources.limits).toBeDefined();
      expect(spec.securityContext).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: "RuntimeDefault" },
      });
      expect(c?.securityContext).toEqual({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ["ALL"] },
      });
      const env = new Map(c?.env.map((e) => [e.name, e]));
      expect(env.get("APP_ID")?.valueFrom?.secretKeyRef?.name).toBe("rollout-bot-github");
      expect(env.get("WEBHOOK_SECRET")?.valueFrom?.secretKeyRef?.name).toBe("rollout-bot-github");
      const keyPath = env.get("PRIVATE_KEY_PATH")?.value ?? "";
      const mount = c?.volumeMounts.find((m) => keyPath.startsWith(`${m.mountPath}/`));
      expect(spec.volumes.find((v) => v.name === mount?.name)?.secret?.secretName).toBe("rollout-bot-github");
      expect(c?.volumeMounts.some((m) => m.mountPath === "/tmp")).toBe(true);
    });

    it("the Service, the NetworkPolicy and the PodDisruptionBudget select the app's pods", () => {
      const labels = deployment.spec.template.metadata.labels;
      const matches = (sel: Record<string, string>) => Object.entries(sel).every(([k, v]) => labels[k] === v);
      const svc = byKind("Service")[0] as K8sObject & { spec: { selector: Record<string, string> } };
      expect(matches(svc.spec.selector)).toBe(true);
      for (const kind of ["NetworkPolicy", "PodDisruptionBudget"]) {
        const o = byKind(kind)[0] as K8sObject & {
          spec: {
            podSelector?: { matchLabels: Record<string, string> };
            selector?: { matchLabels: Record<string, string> };
          };
        };
        expect(matches((o.spec.podSelector ?? o.spec.selector)?.matchLabels ?? { none: "x" })).toBe(true);
      }
      const pdb = byKind("PodDisruptionBudget")[0] as K8sObject & { spec: { minAvailable: number } };
      expect(pdb.spec.minAvailable).toBe(1);
    });
  });
});
if (!kubectl) it.skip(KUBECTL_MISSING, () => undefined);
