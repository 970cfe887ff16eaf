import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  candidatePaths,
  didYouMean,
  formatProblem,
  includeOf,
  includeSources,
  loadConfig,
  loadForRequest,
  loadedFiles,
  patternOf,
  planSet,
  renderChanges,
  requestPaths,
  showKey,
  shownName
} from "./chunk-MVTX7BNA.js";

// src/adapters/fs.ts
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
var TreeError = class extends Error {
  constructor(message, path, code, options, at) {
    super(message, options);
    this.path = path;
    this.code = code;
    this.at = at;
    this.name = "TreeError";
  }
  path;
  code;
  at;
};
function treeError(what, path, e) {
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";
  return new TreeError(`cannot ${what} ${path}`, path, code, { cause: e });
}
function isMissing(e) {
  return typeof e === "object" && e !== null && "code" in e && (e.code === "ENOENT" || e.code === "ENOTDIR");
}
function locateConfig(params) {
  const abs = resolve(params.cwd, params.configPath);
  const rel = relative(params.cwd, abs);
  if (rel && !rel.startsWith("..") && !rel.startsWith(sep))
    return { root: params.cwd, file: rel.split(sep).join("/") };
  return { root: dirname(abs), file: abs.slice(dirname(abs).length + 1) };
}
function firstInvalidUtf8(buf) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    if (b === 10) {
      line++;
      column = 1;
      i++;
      continue;
    }
    let need = 0;
    let lo = 128;
    let hi = 191;
    if (b < 128) need = 0;
    else if (b >= 194 && b <= 223) need = 1;
    else if (b >= 224 && b <= 239) {
      need = 2;
      if (b === 224) lo = 160;
      if (b === 237) hi = 159;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      if (b === 240) lo = 144;
      if (b === 244) hi = 143;
    } else return { offset: i, line, column };
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [128, 191];
      if (c === void 0 || c < min || c > max) return { offset: i, line, column };
    }
    column += need === 3 ? 2 : 1;
    i += need + 1;
  }
  return void 0;
}
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decode(path, buf) {
  try {
    return UTF8.decode(buf);
  } catch (cause) {
    const bad = firstInvalidUtf8(buf) ?? { offset: 0, line: 1, column: 1 };
    const byte = buf[bad.offset] ?? 0;
    throw new TreeError(`${path} is not UTF-8`, path, "EILSEQ", { cause }, { ...bad, byte });
  }
}
function codeOf(e) {
  return typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";
}
function fsError(code, path) {
  return new TreeError(`cannot write ${path}`, path, code, { cause: void 0 });
}
function localTree(root) {
  const abs = (p) => {
    if (p.includes("\0"))
      throw new TreeError(`invalid path ${JSON.stringify(p)}`, p, "EINVAL", { cause: void 0 });
    return join(root, ...p.split("/"));
  };
  const kind = async (path) => {
    try {
      return (await stat(abs(path))).isDirectory() ? "folder" : "file";
    } catch (e) {
      if (isMissing(e)) return "absent";
      throw treeError("read", path, e);
    }
  };
  const fileInTheWay = async (path) => {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join("/");
      const k = await kind(folder);
      if (k === "absent") return void 0;
      if (k === "file") return folder;
    }
    return void 0;
  };
  const check = async (changes) => {
    for (const c of changes) {
      const parent = await fileInTheWay(c.path);
      if (parent !== void 0) throw fsError("ENOTDIR", parent);
      if (await kind(c.path) === "folder") throw fsError("EISDIR", c.path);
    }
  };
  return {
    root,
    async read(path) {
      let buf;
      try {
        buf = await readFile(abs(path));
      } catch (e) {
        if (isMissing(e)) return void 0;
        throw treeError("read", path, e);
      }
      return decode(path, buf);
    },
    async list(folder) {
      try {
        const entries = await readdir(abs(folder), { withFileTypes: true });
        return entries.filter((e) => e.isFile()).map((e) => `${folder}/${e.name}`).sort();
      } catch (e) {
        if (codeOf(e) === "ENOENT") return [];
        if (codeOf(e) === "ENOTDIR") {
          const at = await kind(folder) === "file" ? folder : await fileInTheWay(folder);
          throw new TreeError(`cannot list ${folder}`, at ?? folder, "ENOTDIR", { cause: e });
        }
        throw treeError("list", folder, e);
      }
    },
    check,
    async write(changes) {
      await check(changes);
      const created = [];
      const staged = [];
      const done = [];
      let current = "";
      const undo = async () => {
        for (const c of done.reverse()) {
          const target = abs(c.path);
          if (c.before === void 0) await rm(target, { force: true });
          else await writeFile(target, c.before, "utf8");
        }
        await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
        for (const folder of created.reverse()) await rm(folder, { recursive: true, force: true });
      };
      try {
        for (const c of changes) {
          if (c.after === void 0) continue;
          current = c.path;
          const target = abs(c.path);
          const made = await mkdir(dirname(target), { recursive: true });
          if (made !== void 0) created.push(made);
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
          if (c.after !== void 0) continue;
          current = c.path;
          await rm(abs(c.path), { force: true });
          done.push(c);
        }
      } catch (e) {
        try {
          await undo();
        } catch {
        }
        throw e instanceof TreeError ? e : treeError("write", current, e);
      }
    }
  };
}

// src/commands/local.ts
function missingConfig(file) {
  return {
    ok: false,
    reason: "missing-config",
    message: `${file}: not found. Pass --config PATH, or start from examples/mnist/rollout.yaml.`
  };
}
var IO_HINTS = {
  EISDIR: "is a folder where a file was expected",
  ENOTDIR: "is a file where a folder was expected",
  EEXIST: "is a file where a folder was expected",
  EACCES: "is not readable or writable here",
  EPERM: "is not readable or writable here",
  EROFS: "is on a read-only file system",
  ENAMETOOLONG: "has a name too long for this file system",
  EINVAL: "is not a valid file name",
  ELOOP: "is a symbolic link that loops"
};
function ioRefusal(file, e) {
  if (e.code === "EILSEQ" && e.at) {
    const byte = `0x${e.at.byte.toString(16).padStart(2, "0")}`;
    const problem = {
      file: e.path,
      line: e.at.line,
      column: e.at.column,
      path: "",
      message: `not UTF-8 (byte ${byte}, e.g. Latin-1 text): re-save the file as UTF-8. Nothing was written.`
    };
    return e.path === file ? { ok: false, reason: "invalid-config", message: formatProblem(problem), problems: [problem] } : { ok: false, reason: "io-error", message: formatProblem(problem) };
  }
  const hint = IO_HINTS[e.code] ?? "cannot be read or written here";
  const code = e.code ? ` (${e.code})` : "";
  return {
    ok: false,
    reason: "io-error",
    message: e.path === file && e.code === "EISDIR" ? `${file} ${hint}${code}. Pass --config with the path of the rollout.yaml file; nothing was written.` : `${showKey(e.path)} ${hint}${code}. Check the manifests and brought routing file (virtualService, httpRoute) paths in ${file}, or move what is in the way; nothing was written.`
  };
}
async function guardIo(file, run) {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof TreeError)) throw e;
    return ioRefusal(file, e);
  }
}
async function readIncluded(tree, params) {
  const patterns = includeOf({ text: params.text, file: params.file });
  const listed = (await Promise.all(params.folders.map((f) => f === "" ? listRoot(tree) : tree.list(f)))).flat();
  const paths = [.../* @__PURE__ */ new Set([...params.files, ...listed.filter((p) => patternOf(patterns, p))])];
  const texts = await Promise.all(paths.map((p) => tree.read(p)));
  const out = /* @__PURE__ */ new Map();
  paths.forEach((p, i) => {
    const t = texts[i];
    if (t !== void 0) out.set(p, t);
  });
  return out;
}
async function listRoot(tree) {
  return (await tree.list(".")).map((p) => p.replace(/^\.\//, ""));
}
async function readAllIncluded(tree, text, file) {
  const sources = includeSources(includeOf({ text, file }));
  return readIncluded(tree, { text, file, ...sources });
}
async function load(tree, file) {
  const text = await tree.read(file);
  if (text === void 0) return missingConfig(file);
  const r = loadConfig({ text, file, included: await readAllIncluded(tree, text, file) });
  return r.ok ? r.loaded : { ok: false, reason: r.reason, message: r.message, problems: r.problems };
}
async function snapshot(tree, loaded) {
  const { files, folders } = loadedFiles({ loaded });
  const listed = (await Promise.all(folders.map((f) => tree.list(f)))).flat();
  const paths = [.../* @__PURE__ */ new Set([...files, ...listed])];
  const texts = await Promise.all(paths.map((p) => tree.read(p)));
  const map = /* @__PURE__ */ new Map();
  paths.forEach((p, i) => {
    const t = texts[i];
    if (t !== void 0) map.set(p, t);
  });
  return map;
}
function isLoaded(x) {
  return "config" in x;
}
async function runValidate(params) {
  return guardIo(params.file, async () => {
    const loaded = await load(params.tree, params.file);
    if (!isLoaded(loaded)) return loaded;
    const r = renderChanges({ loaded, files: await snapshot(params.tree, loaded) });
    if (!r.ok) return r;
    await params.tree.check(r.changes);
    if (r.changes.length > 0) {
      return {
        ok: false,
        reason: "manifests-out-of-date",
        message: `${params.file} is valid, but these files do not match it:
${r.changes.map((c) => `  ${c.path}`).join("\n")}
Run \`rollout-bot render --config ${params.file}\` and commit the result.`,
        changes: r.changes
      };
    }
    return {
      ok: true,
      command: "validate",
      file: params.file,
      services: Object.keys(loaded.config.services)
    };
  });
}
async function runRender(params) {
  return guardIo(params.file, async () => {
    const loaded = await load(params.tree, params.file);
    if (!isLoaded(loaded)) return loaded;
    const r = renderChanges({ loaded, files: await snapshot(params.tree, loaded) });
    if (!r.ok) return r;
    await (params.dryRun ? params.tree.check(r.changes) : params.tree.write(r.changes));
    return {
      ok: true,
      command: "render",
      changes: r.changes,
      written: !params.dryRun && r.changes.length > 0
    };
  });
}
async function runSet(params) {
  return guardIo(params.file, async () => {
    const text = await params.tree.read(params.file);
    if (text === void 0) return missingConfig(params.file);
    const paths = requestPaths({ text, file: params.file, words: params.words });
    const included = await readIncluded(params.tree, { text, file: params.file, ...paths });
    const loaded = loadForRequest({ text, file: params.file, words: params.words, included });
    if (!loaded.ok) return loaded;
    const r = planSet({
      loaded: loaded.loaded,
      request: loaded.request,
      files: await snapshot(params.tree, loaded.loaded)
    });
    if (!r.ok) return r;
    await (params.dryRun ? params.tree.check(r.changes) : params.tree.write(r.changes));
    return {
      ok: true,
      command: "set",
      plan: r.plan,
      changes: r.changes,
      ...r.notes.length > 0 ? { notes: r.notes } : {},
      written: !params.dryRun
    };
  });
}
async function loadForServices(params) {
  const { file, service } = params;
  const text = await params.tree.read(file);
  if (text === void 0)
    return { ok: false, reason: "missing-config", message: `${file}: not found. Pass --config PATH.` };
  const patterns = includeOf({ text, file });
  const included = service !== void 0 ? await readIncluded(params.tree, { text, file, files: candidatePaths(patterns, service), folders: [] }) : await readAllIncluded(params.tree, text, file);
  const loaded = loadConfig({ text, file, included, ...service ? { only: service } : {} });
  if (!loaded.ok) return { ok: false, reason: "invalid-config", message: loaded.message };
  const all = Object.keys(loaded.loaded.config.services);
  if (service !== void 0 && !Object.hasOwn(loaded.loaded.config.services, service))
    return {
      ok: false,
      reason: "unknown-service",
      message: `no service ${shownName(service)} in ${file} (services: ${all.join(", ")}).${didYouMean(service, all)} Use --service with one of them.`
    };
  return { ok: true, loaded: loaded.loaded, keys: service !== void 0 ? [service] : all };
}

export {
  locateConfig,
  localTree,
  guardIo,
  snapshot,
  runValidate,
  runRender,
  runSet,
  loadForServices
};
