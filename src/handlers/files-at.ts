import { loadConfig } from "../core/config.js";
import type { GitHubContentsPort } from "../core/ports.js";
import { pathsToApply } from "../core/service-files.js";

/**
 * rollout.yaml and every file it refers to (manifests folders, brought routing files) at a commit,
 * for apps without a checkout: the config, one tree request, then the files the core picks.
 */
export async function filesAt(params: {
  readonly gh: GitHubContentsPort;
  readonly ref: string;
  readonly configPath: string;
}): Promise<Map<string, string>> {
  const { gh, ref, configPath } = params;
  const out = new Map<string, string>();
  const [config, blobs] = await Promise.all([gh.readFile({ ref, path: configPath }), gh.blobPaths(ref)]);
  if (config === undefined) return out;
  out.set(configPath, config);
  const loaded = loadConfig({ text: config, file: configPath });
  if (!loaded.ok) return out;
  const paths = pathsToApply({ configPath, config: loaded.loaded.config, blobs });
  const texts = await Promise.all(paths.map((path) => gh.readFile({ ref, path })));
  paths.forEach((p, i) => {
    const t = texts[i];
    if (t !== undefined) out.set(p, t);
  });
  return out;
}
