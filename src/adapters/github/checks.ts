/** Check runs: the `rollout/gate` verdict on a commit, created once and completed in place after. */
import type { GitHubChecksPort } from "../../core/ports.js";
import type { RepoClient } from "./client.js";

export function checks(c: RepoClient): GitHubChecksPort {
  return {
    async upsertCheckRun(params) {
      const found = await c.rest("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
        ref: params.headSha,
        check_name: params.name,
        filter: "latest",
      });
      const existing = (found.data as { check_runs?: { id: number }[] }).check_runs?.[0];
      const body = {
        name: params.name,
        status: "completed",
        conclusion: params.conclusion,
        completed_at: new Date().toISOString(),
        output: params.output,
        ...(params.detailsUrl ? { details_url: params.detailsUrl } : {}),
      };
      if (existing) {
        await c.rest("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
          check_run_id: existing.id,
          ...body,
        });
        return "updated";
      }
      await c.rest("POST /repos/{owner}/{repo}/check-runs", { head_sha: params.headSha, ...body });
      return "created";
    },
  };
}
