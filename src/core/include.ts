/**
 * rollout.yaml's `include:` — per-service files, so a big repository's command about one service
 * reads and writes that service's file rather than one file holding every service.
 *
 * Each included file holds ONE service: its body is what would sit under `services.<key>`, and
 * its key is the file name without `.yaml`/`.yml`. The file of service `x` is therefore known
 * from the patterns alone (`rollout.d/*.yaml` → `rollout.d/x.yaml`), without listing the folder
 * or reading any other service's file. Paths inside an included file (manifests, virtualService)
 * stay relative to rollout.yaml's folder, so moving a service between layouts changes no path.
 */
import { resolveFromConfig } from "./paths.js";
import { DNS_LABEL, INCLUDE_FORM } from "./schema.js";

/** One `include:` entry, resolved to repository paths. */
export type IncludePattern =
  /** `<folder>/*.yaml` (or `*.yml`): every such file directly in the folder is one service. */
  | {
      readonly kind: "folder";
      readonly pattern: string;
      readonly folder: string;
      readonly ext: ".yaml" | ".yml";
    }
  /** A plain file path: one service, keyed by its file name. */
  | { readonly kind: "file"; readonly pattern: string; readonly path: string; readonly key: string };

/** The service key a file name carries (`rollout.d/mnist.yaml` → `mnist`), before checking it is a valid key. */
export function keyOfFile(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.replace(/\.ya?ml$/, "");
}

/** Whether a key is one a file name can carry and rollout.yaml accepts (a Kubernetes name). */
export function isServiceKey(key: string): boolean {
  return key.length <= 63 && DNS_LABEL.test(key);
}

/**
 * The patterns of a valid `include:` list (entries of the accepted form that stay inside the
 * repository; the schema reports the others), resolved against rollout.yaml's path.
 */
export function includePatterns(params: {
  readonly configFile: string;
  readonly include: readonly unknown[] | undefined;
}): IncludePattern[] {
  const out: IncludePattern[] = [];
  for (const entry of params.include ?? []) {
    if (typeof entry !== "string" || !INCLUDE_FORM.test(entry)) continue;
    const resolved = resolveFromConfig(params.configFile, entry);
    if (resolved === undefined || resolved === "") continue;
    const slash = resolved.lastIndexOf("/");
    const name = resolved.slice(slash + 1);
    if (name.startsWith("*")) {
      out.push({
        kind: "folder",
        pattern: entry,
        folder: slash >= 0 ? resolved.slice(0, slash) : "",
        ext: name.endsWith(".yml") ? ".yml" : ".yaml",
      });
    } else {
      out.push({ kind: "file", pattern: entry, path: resolved, key: keyOfFile(resolved) });
    }
  }
  return out;
}

/** The pattern a repository path belongs to (a file directly in a folder pattern's folder, or a listed file). */
export function patternOf(patterns: readonly IncludePattern[], path: string): IncludePattern | undefined {
  return patterns.find((p) => {
    if (p.kind === "file") return p.path === path;
    const prefix = p.folder ? `${p.folder}/` : "";
    const rest = path.slice(prefix.length);
    return (
      path.startsWith(prefix) && !rest.includes("/") && rest.endsWith(p.ext) && rest.length > p.ext.length
    );
  });
}

/**
 * Every path where service `key`'s file may be, one per pattern that can hold it; in `include:`
 * order. None for a key no file name may carry: a word from a comment or `--service` never
 * becomes a path such as `rollout.d/../x.yaml`.
 */
export function candidatePaths(patterns: readonly IncludePattern[], key: string): string[] {
  const out: string[] = [];
  if (!isServiceKey(key)) return out;
  for (const p of patterns) {
    const path =
      p.kind === "file"
        ? p.key === key
          ? p.path
          : undefined
        : `${p.folder ? `${p.folder}/` : ""}${key}${p.ext}`;
    if (path !== undefined && !out.includes(path)) out.push(path);
  }
  return out;
}

/** What a caller must read to have every included service: folders to list (and read), and plain files. */
export function includeSources(patterns: readonly IncludePattern[]): {
  readonly folders: readonly string[];
  readonly files: readonly string[];
} {
  const folders = [...new Set(patterns.flatMap((p) => (p.kind === "folder" ? [p.folder] : [])))];
  const files = [...new Set(patterns.flatMap((p) => (p.kind === "file" ? [p.path] : [])))];
  return { folders, files };
}

/** The included files present in a snapshot, in path order, with the key each carries. */
export function includedFiles(params: {
  readonly patterns: readonly IncludePattern[];
  readonly paths: Iterable<string>;
  /** Only this service's file(s), when set. */
  readonly only?: string;
}): { readonly path: string; readonly key: string }[] {
  const { patterns, only } = params;
  if (patterns.length === 0) return [];
  const out: { path: string; key: string }[] = [];
  if (only !== undefined) {
    const wanted = new Set(candidatePaths(patterns, only));
    for (const path of params.paths) if (wanted.has(path)) out.push({ path, key: only });
  } else {
    for (const path of params.paths) if (patternOf(patterns, path)) out.push({ path, key: keyOfFile(path) });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
