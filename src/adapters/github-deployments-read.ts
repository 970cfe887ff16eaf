import type { OctokitLike, RepoId } from "./github.js";

/**
 * When the current weights of a service went live, as GitHub remembers it: the newest GitHub
 * Deployment to the service's environment whose payload names the service (deploy-on-merge
 * creates one per applied merge, `payload.service` = the service's key). The judge counts its
 * evidence from there. One REST read; decides nothing beyond picking that Deployment.
 */
export type StepStartReader = (params: {
  /** The Deployment environment: the namespace, or `<cluster>/<namespace>` (see handlers/deploy.ts). */
  readonly environment: string;
  /** The service's key in rollout.yaml. */
  readonly service: string;
}) => Promise<number | undefined>;

interface DeploymentRow {
  readonly created_at?: unknown;
  readonly payload?: unknown;
}

/** The newest `created_at` (unix seconds) among `rows` whose payload.service is `service`. */
export function newestOf(rows: readonly DeploymentRow[], service: string): number | undefined {
  let newest: number | undefined;
  for (const row of rows) {
    // payload arrives as an object from the REST API, but as a JSON string from some clients.
    let payload: unknown = row.payload;
    if (typeof payload === "string") {
      try {
        payload = JSON.parse(payload);
      } catch {
        payload = undefined;
      }
    }
    const named = (payload as { service?: unknown } | undefined)?.service;
    if (named !== service || typeof row.created_at !== "string") continue;
    const t = Math.floor(Date.parse(row.created_at) / 1000);
    if (Number.isFinite(t) && (newest === undefined || t > newest)) newest = t;
  }
  return newest;
}

/**
 * A {@link StepStartReader} over one repository: `GET /repos/{owner}/{repo}/deployments?environment=…`
 * (newest first, one page of 30: deployments of other services to the same namespace share it).
 * Any failure (no permission, network) is `undefined`: the judge then uses the window and says so.
 */
export function deploymentsStepStart(octokit: OctokitLike, repo: RepoId): StepStartReader {
  return async ({ environment, service }) => {
    try {
      const r = await octokit.request("GET /repos/{owner}/{repo}/deployments", {
        owner: repo.owner,
        repo: repo.name,
        environment,
        per_page: 30,
      });
      return Array.isArray(r.data) ? newestOf(r.data as DeploymentRow[], service) : undefined;
    } catch {
      return undefined;
    }
  };
}
