// What /readyz asks: can the app reach GitHub's API as the app, and (when it has cluster
// credentials) the cluster's API server. Each answer is one line.
import { KubeConfig, VersionApi } from "@kubernetes/client-node";

export type Check = () => Promise<{ readonly ok: true } | { readonly ok: false; readonly reason: string }>;

function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return (text.split("\n")[0] ?? "").slice(0, 200);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** GET /app with the app's JWT: proves the App ID, the private key and GitHub's address. */
export function githubCheck(
  appOctokit: () => Promise<{ request: (route: string) => Promise<unknown> }>,
  baseUrl: string,
  timeoutMs = 5000,
): Check {
  return async () => {
    try {
      const octokit = await appOctokit();
      await withTimeout(octokit.request("GET /app"), timeoutMs, baseUrl);
      return { ok: true };
    } catch (e) {
      const status = (e as { status?: number }).status;
      return {
        ok: false,
        reason: `GitHub (${baseUrl}) GET /app failed${status ? ` with ${status}` : ""}: ${oneLine(e)}`,
      };
    }
  };
}

/** GET /version on the cluster the app deploys to. */
export function clusterCheck(
  cluster: { readonly kubeconfig: string } | { readonly inCluster: true },
  timeoutMs = 5000,
): Check {
  const kc = new KubeConfig();
  if ("kubeconfig" in cluster) kc.loadFromString(cluster.kubeconfig);
  else kc.loadFromCluster();
  const server = kc.getCurrentCluster()?.server ?? "the API server";
  const api = kc.makeApiClient(VersionApi);
  return async () => {
    try {
      await withTimeout(api.getCode(), timeoutMs, server);
      return { ok: true };
    } catch (e) {
      const code = (e as { code?: number }).code;
      return {
        ok: false,
        reason: `cluster (${server}) GET /version failed${typeof code === "number" ? ` with ${code}` : ""}: ${oneLine(e)}`,
      };
    }
  };
}

/** Runs the checks, at most once per `cacheMs` (probes from every kubelet and load balancer add up). */
export function readiness(checks: readonly Check[], cacheMs = 5000, now = () => Date.now()) {
  let last: { at: number; result: Promise<{ ok: boolean; reason: string }> } | undefined;
  return (): Promise<{ ok: boolean; reason: string }> => {
    if (last && now() - last.at < cacheMs) return last.result;
    const result = Promise.all(checks.map((c) => c())).then((rs) => {
      const failed = rs.find((r) => !r.ok);
      return failed && !failed.ok ? { ok: false, reason: failed.reason } : { ok: true, reason: "ready" };
    });
    last = { at: now(), result };
    return result;
  };
}
