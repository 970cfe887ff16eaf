import { includeOf, type LoadResult, loadConfig } from "../core/config.js";
import { candidatePaths, includeSources } from "../core/include.js";
import type { GitHubContentsPort } from "../core/ports.js";
import { includedAt, pathsToApply } from "../core/service-files.js";

/**
 * rollout.yaml and every file it refers to (included service files, manifests folders, brought
 * routing files) at a commit, for apps without a checkout: the config and one tree request, then
 * (with `include:`) the included files in one GraphQL read, then the files the core picks.
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
  // The included files are known from the tree alone; their services' folders only once read.
  const included = includedAt({ configPath, text: config, blobs });
  if (included.length > 0) {
    const sources = includeSources(includeOf({ text: config, file: configPath }));
    const read = await gh.readFiles({ ref, files: sources.files, folders: sources.folders });
    for (const path of included) {
      const t = read.get(path);
      if (t !== undefined) out.set(path, t);
    }
  }
  const loaded = loadConfig({ text: config, file: configPath, included: out });
  if (!loaded.ok) return out;
  const paths = pathsToApply({ configPath, config: loaded.loaded.config, blobs }).filter((p) => !out.has(p));
  const texts = await Promise.all(paths.map((path) => gh.readFile({ ref, path })));
  paths.forEach((p, i) => {
    const t = texts[i];
    if (t !== undefined) out.set(p, t);
  });
  return out;
}

/**
 * One service's configuration at a ref, reading only rollout.yaml and (with `include:`) that
 * service's own file: what the metrics report needs on the default branch and the PR head.
 * Undefined when rollout.yaml is missing there.
 */
export async function serviceConfigAt(params: {
  readonly gh: GitHubContentsPort;
  readonly ref: string;
  readonly configPath: string;
  readonly key: string;
}): Promise<LoadResult | undefined> {
  const { gh, ref, configPath: file, key } = params;
  const text = await gh.readFile({ ref, path: file });
  if (text === undefined) return undefined;
  const patterns = includeOf({ text, file });
  if (patterns.length === 0) return loadConfig({ text, file, only: key });
  const paths = candidatePaths(patterns, key);
  const texts = await Promise.all(paths.map((path) => gh.readFile({ ref, path })));
  const included = new Map<string, string>();
  paths.forEach((p, i) => {
    const t = texts[i];
    if (t !== undefined) included.set(p, t);
  });
  return loadConfig({ text, file, only: key, included });
}
