import { type LocalTree, TreeError } from "../adapters/fs.js";
import { type FileChange, loadForRequest, planSet, renderChanges, requestPaths } from "../core/changes.js";
import { includeOf, type LoadedConfig, loadConfig } from "../core/config.js";
import { candidatePaths, includeSources, patternOf } from "../core/include.js";
import type { TrafficPlan } from "../core/plan.js";
import { formatProblem, type Problem, showKey } from "../core/problems.js";
import { loadedFiles } from "../core/service-files.js";
import { didYouMean, shownName } from "../core/suggest.js";

/** Outcome of a local command; `reason` codes are stable for `--json` users. */
export type LocalResult =
  | {
      readonly ok: true;
      readonly command: "validate";
      readonly file: string;
      readonly services: readonly string[];
    }
  | {
      readonly ok: true;
      readonly command: "render" | "set";
      readonly plan?: TrafficPlan;
      readonly changes: readonly FileChange[];
      /** What the edit of a brought routing file had to add beyond weight values. */
      readonly notes?: readonly string[];
      readonly written: boolean;
    }
  | {
      readonly ok: false;
      readonly reason: string;
      readonly message: string;
      readonly changes?: readonly FileChange[];
      /** Located problems, when the refusal is an invalid rollout.yaml. */
      readonly problems?: readonly Problem[];
    };

function missingConfig(file: string): LocalResult {
  return {
    ok: false,
    reason: "missing-config",
    message: `${file}: not found. Pass --config PATH, or start from examples/mnist/rollout.yaml.`,
  };
}

const IO_HINTS: Record<string, string> = {
  EISDIR: "is a folder where a file was expected",
  ENOTDIR: "is a file where a folder was expected",
  EEXIST: "is a file where a folder was expected",
  EACCES: "is not readable or writable here",
  EPERM: "is not readable or writable here",
  EROFS: "is on a read-only file system",
  ENAMETOOLONG: "has a name too long for this file system",
  EINVAL: "is not a valid file name",
  ELOOP: "is a symbolic link that loops",
};

/** A refusal for a file-system failure on a path of the tree (always one the user can look at). */
export function ioRefusal(
  file: string,
  e: TreeError,
): {
  readonly ok: false;
  readonly reason: string;
  readonly message: string;
  readonly problems?: readonly Problem[];
} {
  if (e.code === "EILSEQ" && e.at) {
    const byte = `0x${e.at.byte.toString(16).padStart(2, "0")}`;
    const problem: Problem = {
      file: e.path,
      line: e.at.line,
      column: e.at.column,
      path: "",
      message: `not UTF-8 (byte ${byte}, e.g. Latin-1 text): re-save the file as UTF-8. Nothing was written.`,
    };
    // rollout.yaml itself is then an invalid config; another file is a problem of the tree.
    return e.path === file
      ? { ok: false, reason: "invalid-config", message: formatProblem(problem), problems: [problem] }
      : { ok: false, reason: "io-error", message: formatProblem(problem) };
  }
  const hint = IO_HINTS[e.code] ?? "cannot be read or written here";
  const code = e.code ? ` (${e.code})` : "";
  return {
    ok: false,
    reason: "io-error",
    message:
      e.path === file && e.code === "EISDIR"
        ? `${file} ${hint}${code}. Pass --config with the path of the rollout.yaml file; nothing was written.`
        : `${showKey(e.path)} ${hint}${code}. Check the manifests and brought routing file (virtualService, httpRoute) paths in ${file}, or move what is in the way; nothing was written.`,
  };
}

/** Turns a file-system failure on a path of the tree (rollout.yaml or a path in it) into a refusal. */
export async function guardIo<T>(
  file: string,
  run: () => Promise<T>,
): Promise<T | ReturnType<typeof ioRefusal>> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof TreeError)) throw e;
    return ioRefusal(file, e);
  }
}

/**
 * Reads the included files rollout.yaml's `include:` names: `files` as given (absent ones left
 * out), and every `.yaml`/`.yml` file directly in `folders` that the patterns match.
 */
async function readIncluded(
  tree: LocalTree,
  params: {
    readonly text: string;
    readonly file: string;
    readonly files: readonly string[];
    readonly folders: readonly string[];
  },
): Promise<Map<string, string>> {
  const patterns = includeOf({ text: params.text, file: params.file });
  const listed = (
    await Promise.all(params.folders.map((f) => (f === "" ? listRoot(tree) : tree.list(f))))
  ).flat();
  const paths = [...new Set([...params.files, ...listed.filter((p) => patternOf(patterns, p))])];
  const texts = await Promise.all(paths.map((p) => tree.read(p)));
  const out = new Map<string, string>();
  paths.forEach((p, i) => {
    const t = texts[i];
    if (t !== undefined) out.set(p, t);
  });
  return out;
}

/** The repository root's files (`include: ["*.yaml"]` next to a rollout.yaml at the root). */
async function listRoot(tree: LocalTree): Promise<string[]> {
  return (await tree.list(".")).map((p) => p.replace(/^\.\//, ""));
}

/** Every included file, for a command about all services. */
async function readAllIncluded(tree: LocalTree, text: string, file: string): Promise<Map<string, string>> {
  const sources = includeSources(includeOf({ text, file }));
  return readIncluded(tree, { text, file, ...sources });
}

async function load(tree: LocalTree, file: string): Promise<LocalResult | LoadedConfig> {
  const text = await tree.read(file);
  if (text === undefined) return missingConfig(file);
  const r = loadConfig({ text, file, included: await readAllIncluded(tree, text, file) });
  return r.ok ? r.loaded : { ok: false, reason: r.reason, message: r.message, problems: r.problems };
}

/** Reads every file the config refers to, so the core can work on a snapshot. */
export async function snapshot(tree: LocalTree, loaded: LoadedConfig): Promise<Map<string, string>> {
  const { files, folders } = loadedFiles({ loaded });
  const listed = (await Promise.all(folders.map((f) => tree.list(f)))).flat();
  const paths = [...new Set([...files, ...listed])];
  const texts = await Promise.all(paths.map((p) => tree.read(p)));
  const map = new Map<string, string>();
  paths.forEach((p, i) => {
    const t = texts[i];
    if (t !== undefined) map.set(p, t);
  });
  return map;
}

function isLoaded(x: LocalResult | LoadedConfig): x is LoadedConfig {
  return "config" in x;
}

/** `validate`: the config is valid and the committed manifests match what it renders. */
export async function runValidate(params: {
  readonly tree: LocalTree;
  readonly file: string;
}): Promise<LocalResult> {
  return guardIo(params.file, async () => {
    const loaded = await load(params.tree, params.file);
    if (!isLoaded(loaded)) return loaded;
    const r = renderChanges({ loaded, files: await snapshot(params.tree, loaded) });
    if (!r.ok) return r;
    // What `render` would then write must be writable: say so now, as render and set would.
    await params.tree.check(r.changes);
    if (r.changes.length > 0) {
      return {
        ok: false,
        reason: "manifests-out-of-date",
        message: `${params.file} is valid, but these files do not match it:\n${r.changes.map((c) => `  ${c.path}`).join("\n")}\nRun \`rollout-bot render --config ${params.file}\` and commit the result.`,
        changes: r.changes,
      };
    }
    return {
      ok: true,
      command: "validate",
      file: params.file,
      services: Object.keys(loaded.config.services),
    };
  });
}

/** `render`: writes the manifests the config describes. */
export async function runRender(params: {
  readonly tree: LocalTree;
  readonly file: string;
  readonly dryRun: boolean;
}): Promise<LocalResult> {
  return guardIo(params.file, async () => {
    const loaded = await load(params.tree, params.file);
    if (!isLoaded(loaded)) return loaded;
    const r = renderChanges({ loaded, files: await snapshot(params.tree, loaded) });
    if (!r.ok) return r;
    // A dry run gives the answer the real run would: the same checks, without the writes.
    await (params.dryRun ? params.tree.check(r.changes) : params.tree.write(r.changes));
    return {
      ok: true,
      command: "render",
      changes: r.changes,
      written: !params.dryRun && r.changes.length > 0,
    };
  });
}

/** `set <request...>`: plans a traffic change and edits the files in place. */
export async function runSet(params: {
  readonly tree: LocalTree;
  readonly file: string;
  readonly words: readonly string[];
  readonly dryRun: boolean;
}): Promise<LocalResult> {
  return guardIo(params.file, async () => {
    const text = await params.tree.read(params.file);
    if (text === undefined) return missingConfig(params.file);
    // With `include:`, only the named service's own file (see requestPaths).
    const paths = requestPaths({ text, file: params.file, words: params.words });
    const included = await readIncluded(params.tree, { text, file: params.file, ...paths });
    const loaded = loadForRequest({ text, file: params.file, words: params.words, included });
    if (!loaded.ok) return loaded;
    const r = planSet({
      loaded: loaded.loaded,
      request: loaded.request,
      files: await snapshot(params.tree, loaded.loaded),
    });
    if (!r.ok) return r;
    await (params.dryRun ? params.tree.check(r.changes) : params.tree.write(r.changes));
    return {
      ok: true,
      command: "set",
      plan: r.plan,
      changes: r.changes,
      ...(r.notes.length > 0 ? { notes: r.notes } : {}),
      written: !params.dryRun,
    };
  });
}

/**
 * rollout.yaml read and loaded for `--service` (only that service parsed when the layout allows),
 * or for every service: where `apply`, `plan` and `metrics` start.
 */
export async function loadForServices(params: {
  readonly tree: LocalTree;
  readonly file: string;
  readonly service?: string;
}): Promise<
  | { readonly ok: true; readonly loaded: LoadedConfig; readonly keys: readonly string[] }
  | {
      readonly ok: false;
      readonly reason: "missing-config" | "invalid-config" | "unknown-service";
      readonly message: string;
    }
> {
  const { file, service } = params;
  const text = await params.tree.read(file);
  if (text === undefined)
    return { ok: false, reason: "missing-config", message: `${file}: not found. Pass --config PATH.` };
  const patterns = includeOf({ text, file });
  const included =
    service !== undefined
      ? await readIncluded(params.tree, { text, file, files: candidatePaths(patterns, service), folders: [] })
      : await readAllIncluded(params.tree, text, file);
  const loaded = loadConfig({ text, file, included, ...(service ? { only: service } : {}) });
  if (!loaded.ok) return { ok: false, reason: "invalid-config", message: loaded.message };
  const all = Object.keys(loaded.loaded.config.services);
  // Object.hasOwn: `constructor` or `__proto__` is a name, never a property of every object.
  if (service !== undefined && !Object.hasOwn(loaded.loaded.config.services, service))
    return {
      ok: false,
      reason: "unknown-service",
      message: `no service ${shownName(service)} in ${file} (services: ${all.join(", ")}).${didYouMean(service, all)} Use --service with one of them.`,
    };
  return { ok: true, loaded: loaded.loaded, keys: service !== undefined ? [service] : all };
}
