/** GitHub Deployments: one per deploy of a commit, and its statuses. */
import type { GitHubDeploymentsPort } from "../../core/ports.js";
import type { RepoClient } from "./client.js";

/** GitHub's limit for a deployment status description. */
const DEPLOYMENT_DESCRIPTION_LIMIT = 140;

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

export function deployments(c: RepoClient): GitHubDeploymentsPort {
  return {
    /** A GitHub Deployment of `ref` to `environment`; its id. Never merges, never waits on checks. */
    async createDeployment(params) {
      const r = await c.rest("POST /repos/{owner}/{repo}/deployments", {
        ref: params.ref,
        environment: params.environment,
        description: params.description,
        payload: params.payload,
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
      });
      const d = r.data as { id?: unknown; message?: unknown };
      if (typeof d.id !== "number")
        throw new Error(
          `GitHub did not create the deployment of ${params.ref}: ${typeof d.message === "string" ? d.message : `status ${r.status}`}`,
        );
      return d.id;
    },

    async deploymentStatus(params) {
      await c.rest("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        deployment_id: params.id,
        state: params.state,
        description: cut(params.description, DEPLOYMENT_DESCRIPTION_LIMIT),
        ...(params.environmentUrl ? { environment_url: params.environmentUrl } : {}),
        ...(params.logUrl ? { log_url: params.logUrl } : {}),
      });
    },
  };
}
