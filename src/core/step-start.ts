/** Picks the GitHub Deployment that marks when a service's current weights went live. Pure. */

export interface DeploymentRow {
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
