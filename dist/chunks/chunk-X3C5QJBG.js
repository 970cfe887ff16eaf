import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);

// src/core/step-start.ts
function newestOf(rows, service) {
  let newest;
  for (const row of rows) {
    let payload = row.payload;
    if (typeof payload === "string") {
      try {
        payload = JSON.parse(payload);
      } catch {
        payload = void 0;
      }
    }
    const named = payload?.service;
    if (named !== service || typeof row.created_at !== "string") continue;
    const t = Math.floor(Date.parse(row.created_at) / 1e3);
    if (Number.isFinite(t) && (newest === void 0 || t > newest)) newest = t;
  }
  return newest;
}

// src/adapters/github/step-start.ts
function deploymentsStepStart(octokit, repo) {
  return async ({ environment, service }) => {
    try {
      const r = await octokit.request("GET /repos/{owner}/{repo}/deployments", {
        owner: repo.owner,
        repo: repo.name,
        environment,
        per_page: 30
      });
      return Array.isArray(r.data) ? newestOf(r.data, service) : void 0;
    } catch {
      return void 0;
    }
  };
}

export {
  deploymentsStepStart
};
