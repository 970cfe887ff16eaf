import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { FileChange } from "../core/changes.js";

/** A folder of the working tree, addressed with posix paths relative to `root`. */
export interface LocalTree {
  readonly root: string;
  read(path: string): Promise<string | undefined>;
  /** Files directly inside `folder` (not recursive), as root-relative paths. */
  list(folder: string): Promise<string[]>;
  write(changes: readonly FileChange[]): Promise<void>;
}

/** A file-system failure on a tree path; `code` is node's (EISDIR, EACCES, …). */
export class TreeError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly code: string,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = "TreeError";
  }
}

function treeError(what: string, path: string, e: unknown): TreeError {
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";
  return new TreeError(`cannot ${what} ${path}`, path, code, { cause: e });
}

function isMissing(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && (e.code === "ENOENT" || e.code === "ENOTDIR");
}

/**
 * Where paths are counted from for a config file: the current folder when the file is inside
 * it (so diffs read `a/examples/mnist/rollout.yaml`), otherwise the file's own folder.
 */
export function locateConfig(params: { readonly cwd: string; readonly configPath: string }): {
  root: string;
  file: string;
} {
  const abs = resolve(params.cwd, params.configPath);
  const rel = relative(params.cwd, abs);
  if (rel && !rel.startsWith("..") && !rel.startsWith(sep))
    return { root: params.cwd, file: rel.split(sep).join("/") };
  return { root: dirname(abs), file: abs.slice(dirname(abs).length + 1) };
}

export function localTree(root: string): LocalTree {
  const abs = (p: string) => join(root, ...p.split("/"));
  return {
    root,
    async read(path) {
      try {
        return await readFile(abs(path), "utf8");
      } catch (e) {
        if (isMissing(e)) return undefined;
        throw treeError("read", path, e);
      }
    },
    async list(folder) {
      try {
        const entries = await readdir(abs(folder), { withFileTypes: true });
        return entries
          .filter((e) => e.isFile())
          .map((e) => `${folder}/${e.name}`)
          .sort();
      } catch (e) {
        if (isMissing(e)) return [];
        throw treeError("list", folder, e);
      }
    },
    async write(changes) {
      // Every file goes to a temporary name first, so a failure midway leaves no half-written file.
      const staged: [string, string][] = [];
      let current = "";
      try {
        for (const c of changes) {
          if (c.after === undefined) continue;
          current = c.path;
          const target = abs(c.path);
          await mkdir(dirname(target), { recursive: true });
          const tmp = `${target}.rollout-bot-${process.pid}.tmp`;
          await writeFile(tmp, c.after, "utf8");
          staged.push([tmp, target]);
        }
      } catch (e) {
        await Promise.all(staged.map(([tmp]) => rm(tmp, { force: true })));
        throw treeError("write", current, e);
      }
      for (const [tmp, target] of staged) await rename(tmp, target);
      for (const c of changes) if (c.after === undefined) await rm(abs(c.path), { force: true });
    },
  };
}
