/**
 * Which repository files belong to a service: what a command reads before it edits, what it
 * reads beside rollout.yaml to find the service at all (`include:`), and what an app without a
 * checkout fetches to apply. A core question (the GitHub adapter reads what it is told), so the
 * same answer serves the chat command, the deploy on merge, the CLI and the bench.
 */
import { broughtPath } from "./apply-plan.js";
import { requestPaths } from "./changes.js";
import { BARE_WORDS, COMMAND_WORDS, isOneOf, SERVICE_WORDS } from "./commands.js";
import { directlyIn, includeOf, type LoadedConfig, repoPath, resolveFromConfig } from "./config.js";
import { candidatePaths, includedFiles, includeSources, isServiceKey } from "./include.js";
import { routerOf } from "./routers/index.js";
import type { ServiceScan } from "./scan.js";
import type { RolloutConfig, ServiceConfig } from "./schema.js";

/** Files to read whole and folders whose direct files to read, as repository paths. */
export interface ServiceFiles {
  /**
   * Files read whole: rollout.yaml first, then the service's own included file (with
   * `include:`), then the routing file it brought, if any.
   */
  readonly files: readonly string[];
  /** Folders whose files (directly in them, not below) are read: the service's manifests folder. */
  readonly folders: readonly string[];
}

/**
 * What a command on one service reads: the config file, the service's own file when it is
 * included, the routing file it brought (when the router edits one), and its manifests folder.
 * A path that escapes the repository is left out (loadConfig refuses it earlier).
 */
export function serviceFiles(params: {
  readonly configPath: string;
  readonly service: Pick<ServiceConfig, "manifests" | "router" | "virtualService" | "httpRoute">;
  /** The included file the service was loaded from (`loaded.included.get(key)?.file`). */
  readonly ownFile?: string | undefined;
}): ServiceFiles {
  const { configPath, service, ownFile } = params;
  const brought = service[routerOf(service).broughtField];
  const file = brought === undefined ? undefined : resolveFromConfig(configPath, brought);
  const folder =
    service.manifests === undefined ? undefined : resolveFromConfig(configPath, service.manifests);
  return {
    files: [
      ...new Set([
        configPath,
        ...(ownFile === undefined ? [] : [ownFile]),
        ...(file === undefined ? [] : [file]),
      ]),
    ],
    folders: folder === undefined ? [] : [folder],
  };
}

/**
 * The union of `serviceFiles` over the loaded services (all, or `services`), without rollout.yaml
 * itself: what the CLI snapshots beside the config it read.
 */
export function loadedFiles(params: {
  readonly loaded: LoadedConfig;
  readonly services?: readonly string[];
}): { readonly files: string[]; readonly folders: string[] } {
  const { loaded } = params;
  const files = new Set<string>();
  const folders = new Set<string>();
  for (const key of params.services ?? Object.keys(loaded.config.services)) {
    const service = loaded.config.services[key];
    if (!service) continue;
    const own = serviceFiles({ configPath: loaded.file, service, ownFile: loaded.included.get(key)?.file });
    for (const f of own.files) if (f !== loaded.file) files.add(f);
    for (const f of own.folders) folders.add(f);
  }
  return { files: [...files], folders: [...folders] };
}

/**
 * Where a repository following the documented layout (`include: [rollout.d/*.yaml]`, README
 * "Big repositories") keeps the service a comment names, guessed before rollout.yaml is read so
 * the first read can bring it along: `rollout.d/<word>.yaml` beside rollout.yaml for the word in
 * the service position. A wrong guess costs a null in that answer; `commandPaths` then says what
 * is still missing. None when no word can be a service key.
 */
export function guessPath(params: {
  readonly configPath: string;
  readonly words: readonly string[];
}): string | undefined {
  const key = namedService(params.words);
  if (key === undefined) return undefined;
  const dir = params.configPath.slice(0, params.configPath.lastIndexOf("/") + 1);
  return `${dir}rollout.d/${key}.yaml`;
}

/** The word in a command's service position (`x v2 20`, `status x`, `x plan`), lowercased, if any. */
function namedService(words: readonly string[]): string | undefined {
  const all = words.filter((w) => w !== "" && w !== "--force").map((w) => w.toLowerCase());
  const [first, second] = all;
  if (first === undefined) return undefined;
  if (isOneOf(BARE_WORDS, first)) return undefined;
  // `v2 20`: a weight after the first word makes it a version, not a service.
  if (second !== undefined && /^-?\d/.test(second)) return undefined;
  const word = isOneOf(SERVICE_WORDS, first) ? second : first;
  return word !== undefined && isServiceKey(word) && !isOneOf(COMMAND_WORDS, word) ? word : undefined;
}

/**
 * What a chat command reads beside rollout.yaml on the default branch before it can load: with
 * `include:`, the file(s) of the service it names (a traffic request, `status x`, `plan x`), or
 * every included file when it names none (`status`, `help`, `/rollout v2 20` in a one-service
 * repository). Nothing without `include:`.
 */
export function commandPaths(params: {
  readonly text: string;
  readonly file: string;
  readonly words: readonly string[];
  readonly scan?: ServiceScan | undefined;
}): { readonly files: readonly string[]; readonly folders: readonly string[] } {
  const { text, file, words } = params;
  const scan = params.scan;
  const patterns = includeOf({ text, file, scan });
  if (patterns.length === 0) return { files: [], folders: [] };
  const lower = words.filter((w) => w !== "").map((w) => w.toLowerCase());
  const [first, second] = lower.filter((w) => w !== "--force");
  const bare = isOneOf(BARE_WORDS, first) || (isOneOf(BARE_WORDS, second) && lower.length === 2);
  const serviceWord = isOneOf(SERVICE_WORDS, first) || isOneOf(SERVICE_WORDS, second);
  if (bare) return includeSources(patterns);
  if (serviceWord) {
    const key = namedService(words);
    return key === undefined
      ? includeSources(patterns)
      : { files: candidatePaths(patterns, key), folders: [] };
  }
  return requestPaths({ text, file, words, ...(scan ? { scan } : {}) });
}

/** The included files present at a commit (from its blob paths), to read before loading it whole. */
export function includedAt(params: {
  readonly configPath: string;
  readonly text: string;
  readonly blobs: readonly string[];
}): string[] {
  const patterns = includeOf({ text: params.text, file: params.configPath });
  return includedFiles({ patterns, paths: params.blobs }).map((f) => f.path);
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
