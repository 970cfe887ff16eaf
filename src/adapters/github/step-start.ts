import type { StepStartReader } from "../../core/ports.js";
import { type DeploymentRow, newestOf } from "../../core/step-start.js";
import type { OctokitLike, RepoId } from "./client.js";

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
