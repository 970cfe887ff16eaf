// `kubectl kustomize` for the deploy/kubernetes tests: the rendered objects, or why it cannot run.
import { spawnSync } from "node:child_process";
import { parseAllDocuments } from "yaml";

export const ROOT = new URL("../../", import.meta.url).pathname;

/** Whether kubectl runs here; in CI (CI set) its absence is a failure, not a skip. */
export function kubectlVersion(): string | undefined {
  const r = spawnSync("kubectl", ["version", "--client"], { encoding: "utf8" });
  if (r.error || r.status !== 0) {
    if (process.env.CI)
      throw new Error("kubectl is not on PATH: .ci/run installs Debian's kubernetes-client");
    return undefined;
  }
  return r.stdout.trim().split("\n")[0];
}

export const KUBECTL_MISSING =
  "kubectl is not on PATH: skipping the deploy/kubernetes render tests (apt-get install kubernetes-client)";

export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
} & Record<string, unknown>;

/** `kubectl kustomize <dir>` (dir relative to the repository), as objects. */
export function kustomize(dir: string): K8sObject[] {
  const r = spawnSync("kubectl", ["kustomize", dir], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`kubectl kustomize ${dir} failed: ${r.stderr}`);
  return parseAllDocuments(r.stdout)
    .map((d) => d.toJS() as K8sObject)
    .filter((o) => o !== null);
}
