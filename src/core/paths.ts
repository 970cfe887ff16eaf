// Repository paths as rollout.yaml writes them; apart so config.ts and include.ts share it without a cycle.

/**
 * Resolves a path from rollout.yaml relative to the folder that holds it (posix, no leading ./);
 * undefined when it climbs out of the repository.
 */
export function resolveFromConfig(configFile: string, rel: string): string | undefined {
  const slash = configFile.lastIndexOf("/");
  const dir = slash >= 0 ? configFile.slice(0, slash) : "";
  const parts = (dir ? `${dir}/${rel}` : rel).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p !== "..") out.push(p);
    else if (out.pop() === undefined) return undefined;
  }
  return out.join("/");
}
