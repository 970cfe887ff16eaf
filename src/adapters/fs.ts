import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { FileChange } from "../core/changes.js";

/** A folder of the working tree, addressed with posix paths relative to `root`. */
export interface LocalTree {
  readonly root: string;
  read(path: string): Promise<string | undefined>;
  /** Files directly inside `folder` (not recursive), as root-relative paths. */
  list(folder: string): Promise<string[]>;
  /**
   * Checks that `changes` can be written: no folder where a file goes, no file where a folder
   * goes. Throws the TreeError `write` would; a dry run calls it to give the same answer.
   */
  check(changes: readonly FileChange[]): Promise<void>;
  /** Writes all of `changes` or, on any failure, none: the tree is left as it was. */
  write(changes: readonly FileChange[]): Promise<void>;
}

/** A file-system failure on a tree path; `code` is node's (EISDIR, EACCES, …). */
export class TreeError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly code: string,
    options: { cause: unknown },
    /** Where in the file, for a file that is not UTF-8 (code EILSEQ). */
    readonly at?: { readonly line: number; readonly column: number; readonly byte: number },
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

/** Where the first byte that is not UTF-8 sits: its offset, 1-based line and column (UTF-16 units). */
function firstInvalidUtf8(buf: Uint8Array): { offset: number; line: number; column: number } | undefined {
  let line = 1;
  let column = 1;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i] as number;
    if (b === 0x0a) {
      line++;
      column = 1;
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return { offset: i, line, column };
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return { offset: i, line, column };
    }
    column += need === 3 ? 2 : 1;
    i += need + 1;
  }
  return undefined;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** `path`'s bytes as text; a TreeError (EILSEQ) naming the first byte when they are not UTF-8. */
function decode(path: string, buf: Uint8Array): string {
  try {
    return UTF8.decode(buf);
  } catch (cause) {
    const bad = firstInvalidUtf8(buf) ?? { offset: 0, line: 1, column: 1 };
    const byte = buf[bad.offset] ?? 0;
    throw new TreeError(`${path} is not UTF-8`, path, "EILSEQ", { cause }, { ...bad, byte });
  }
}

function codeOf(e: unknown): string {
  return typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";
}

/** A file-system error like node's, for a problem found before touching anything. */
function fsError(code: string, path: string): TreeError {
  return new TreeError(`cannot write ${path}`, path, code, { cause: undefined });
}

export function localTree(root: string): LocalTree {
  const abs = (p: string) => {
    // A NUL in a path reaches node as ERR_INVALID_ARG_VALUE; say it as a path problem instead.
    if (p.includes("\0"))
      throw new TreeError(`invalid path ${JSON.stringify(p)}`, p, "EINVAL", { cause: undefined });
    return join(root, ...p.split("/"));
  };
  /** Whether `path` is a folder, a file (anything else), or absent. */
  const kind = async (path: string): Promise<"folder" | "file" | "absent"> => {
    try {
      return (await stat(abs(path))).isDirectory() ? "folder" : "file";
    } catch (e) {
      if (isMissing(e)) return "absent";
      throw treeError("read", path, e);
    }
  };
  /** The nearest ancestor folder of `path` that is a file (so `path` cannot exist), if any. */
  const fileInTheWay = async (path: string): Promise<string | undefined> => {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join("/");
      const k = await kind(folder);
      if (k === "absent") return undefined;
      if (k === "file") return folder;
    }
    return undefined;
  };
  const check = async (changes: readonly FileChange[]): Promise<void> => {
    for (const c of changes) {
      const parent = await fileInTheWay(c.path);
      if (parent !== undefined) throw fsError("ENOTDIR", parent);
      if ((await kind(c.path)) === "folder") throw fsError("EISDIR", c.path);
    }
  };
  return {
    root,
    async read(path) {
      let buf: Buffer;
      try {
        buf = await readFile(abs(path));
      } catch (e) {
        if (isMissing(e)) return undefined;
        throw treeError("read", path, e);
      }
      return decode(path, buf);
    },
    async list(folder) {
      try {
        const entries = await readdir(abs(folder), { withFileTypes: true });
        return entries
          .filter((e) => e.isFile())
          .map((e) => `${folder}/${e.name}`)
          .sort();
      } catch (e) {
        if (codeOf(e) === "ENOENT") return [];
        if (codeOf(e) === "ENOTDIR") {
          // A file where the folder (or one of its parents) should be: nothing could be written there.
          const at = (await kind(folder)) === "file" ? folder : await fileInTheWay(folder);
          throw new TreeError(`cannot list ${folder}`, at ?? folder, "ENOTDIR", { cause: e });
        }
        throw treeError("list", folder, e);
      }
    },
    check,
    async write(changes) {
      await check(changes);
      // Every file goes to a temporary name first, then all are renamed into place; on any failure
      // the files already in place get their old text back, and the temporary files and new
      // folders are removed: the tree is left as it was.
      const created: string[] = [];
      const staged: { tmp: string; target: string; change: FileChange }[] = [];
      const done: FileChange[] = [];
      let current = "";
      const undo = async () => {
        for (const c of done.reverse()) {
          const target = abs(c.path);
          if (c.before === undefined) await rm(target, { force: true });
          else await writeFile(target, c.before, "utf8");
        }
        await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
        for (const folder of created.reverse()) await rm(folder, { recursive: true, force: true });
      };
      try {
        for (const c of changes) {
          if (c.after === undefined) continue;
          current = c.path;
          const target = abs(c.path);
          const made = await mkdir(dirname(target), { recursive: true });
          if (made !== undefined) created.push(made);
          const tmp = `${target}.rollout-bot-${process.pid}.tmp`;
          staged.push({ tmp, target, change: c });
          await writeFile(tmp, c.after, "utf8");
        }
        for (const s of staged) {
          current = s.change.path;
          await rename(s.tmp, s.target);
          done.push(s.change);
        }
        for (const c of changes) {
          if (c.after !== undefined) continue;
          current = c.path;
          await rm(abs(c.path), { force: true });
          done.push(c);
        }
      } catch (e) {
        try {
          await undo();
        } catch {
          // The first failure is the one to report; undo did what it could.
        }
        throw e instanceof TreeError ? e : treeError("write", current, e);
      }
    },
  };
}
