/**
 * Which repository files belong to a service: what a command reads before it edits, and what an
 * app without a checkout fetches to apply. A core question (the GitHub adapter reads what it is
 * told), so the same answer serves the chat command, the deploy on merge and the bench.
 */
import { broughtPath } from "./apply-plan.js";
import { directlyIn, repoPath, resolveFromConfig } from "./config.js";
import { routerOf } from "./routers/index.js";
import type { RolloutConfig, ServiceConfig } from "./schema.js";

/** Files to read whole and folders whose direct files to read, as repository paths. */
export interface ServiceFiles {
  /** Files read whole (rollout.yaml first, then the service's brought routing file, if any). */
  readonly files: readonly string[];
  /** Folders whose files (directly in them, not below) are read: the service's manifests folder. */
  readonly folders: readonly string[];
}

/**
 * What a command on one service reads: the config file, the routing file it brought (when the
 * router edits one), and its manifests folder. A path that escapes the repository is left out
 * (loadConfig refuses it earlier).
 */
export function serviceFiles(params: {
  readonly configPath: string;
  readonly service: Pick<ServiceConfig, "manifests" | "router" | "virtualService" | "httpRoute">;
}): ServiceFiles {
  const { configPath, service } = params;
  const brought = service[routerOf(service).broughtField];
  const file = brought === undefined ? undefined : resolveFromConfig(configPath, brought);
  const folder =
    service.manifests === undefined ? undefined : resolveFromConfig(configPath, service.manifests);
  return {
    files: [configPath, ...(file === undefined ? [] : [file])],
    folders: folder === undefined ? [] : [folder],
  };
}

/**
 * The paths (besides the config itself) an apply needs from a commit: every service's brought
 * routing file and the files directly in its manifests folder, chosen from the commit's blob paths.
 */
export function pathsToApply(params: {
  readonly configPath: string;
  readonly config: Pick<RolloutConfig, "services">;
  /** Every blob path at the commit (a recursive tree listing). */
  readonly blobs: readonly string[];
}): string[] {
  const wanted = new Set<string>();
  const folders: string[] = [];
  for (const s of Object.values(params.config.services)) {
    const brought = broughtPath(params.configPath, s);
    if (brought) wanted.add(brought);
    if (s.manifests) folders.push(repoPath(params.configPath, s.manifests));
  }
  for (const path of params.blobs) if (folders.some((f) => directlyIn(f, path))) wanted.add(path);
  wanted.delete(params.configPath);
  return [...wanted];
}
