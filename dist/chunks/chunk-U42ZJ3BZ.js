import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  filesNeeded,
  loadForRequest,
  planSet,
  renderChanges
} from "./chunk-DQGNMLZJ.js";
import {
  loadConfig
} from "./chunk-JE3YJO2E.js";

// src/adapters/fs.ts
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
var TreeError = class extends Error {
  constructor(message, path, code, options) {
    super(message, options);
    this.path = path;
    this.code = code;
    this.name = "TreeError";
  }
  path;
  code;
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
function localTree(root) {
  const abs = (p) => join(root, ...p.split("/"));
  return {
    root,
    async read(path) {
      try {
        return await readFile(abs(path), "utf8");
      } catch (e) {
        if (isMissing(e)) return void 0;
        throw treeError("read", path, e);
      }
    },
    async list(folder) {
      try {
        const entries = await readdir(abs(folder), { withFileTypes: true });
        return entries.filter((e) => e.isFile()).map((e) => `${folder}/${e.name}`).sort();
      } catch (e) {
        if (isMissing(e)) return [];
        throw treeError("list", folder, e);
      }
    },
    async write(changes) {
      const staged = [];
      let current = "";
      try {
        for (const c of changes) {
          if (c.after === void 0) continue;
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
      for (const c of changes) if (c.after === void 0) await rm(abs(c.path), { force: true });
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
  ENOTDIR: "has a file where a folder was expected",
  EEXIST: "has a file where a folder was expected",
  EACCES: "is not readable or writable here",
  EPERM: "is not readable or writable here",
  EROFS: "is on a read-only file system"
};
async function guardIo(file, run) {
  try {
    return await run();
  } catch (e) {
    const hint = e instanceof TreeError ? IO_HINTS[e.code] : void 0;
    if (!hint || !(e instanceof TreeError)) throw e;
    const where = e.path;
    return {
      ok: false,
      reason: "io-error",
      message: `${where} ${hint} (${e.code}). Check the manifests and brought routing file (virtualService, httpRoute) paths in ${file}; nothing was written.`
    };
  }
}
async function load(tree, file) {
  const text = await tree.read(file);
  if (text === void 0) return missingConfig(file);
  const r = loadConfig({ text, file });
  return r.ok ? r.loaded : { ok: false, reason: r.reason, message: r.message, problems: r.problems };
}
async function snapshot(tree, loaded) {
  const { files, folders } = filesNeeded({ loaded });
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
    if (!params.dryRun) await params.tree.write(r.changes);
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
    const loaded = loadForRequest({ text, file: params.file, words: params.words });
    if (!loaded.ok) return loaded;
    const r = planSet({
      loaded: loaded.loaded,
      request: loaded.request,
      files: await snapshot(params.tree, loaded.loaded)
    });
    if (!r.ok) return r;
    if (!params.dryRun) await params.tree.write(r.changes);
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

export {
  locateConfig,
  localTree,
  snapshot,
  runValidate,
  runRender,
  runSet
};
