import type { LocalTree } from "../adapters/fs.js";
import { type FileChange, filesNeeded, planSet, renderChanges } from "../core/changes.js";
import { type LoadedConfig, loadConfig } from "../core/config.js";
import type { TrafficPlan } from "../core/plan.js";
import type { Problem } from "../core/problems.js";
import { parseTrafficRequest } from "../core/request.js";

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

async function load(tree: LocalTree, file: string): Promise<LocalResult | LoadedConfig> {
  const text = await tree.read(file);
  if (text === undefined) {
    return {
      ok: false,
      reason: "missing-config",
      message: `${file}: not found. Pass --config PATH, or start from examples/mnist/rollout.yaml.`,
    };
  }
  const r = loadConfig({ text, file });
  return r.ok ? r.loaded : { ok: false, reason: r.reason, message: r.message, problems: r.problems };
}

/** Reads every file the config refers to, so the core can work on a snapshot. */
async function snapshot(tree: LocalTree, loaded: LoadedConfig): Promise<Map<string, string>> {
  const { files, folders } = filesNeeded({ loaded });
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
  const loaded = await load(params.tree, params.file);
  if (!isLoaded(loaded)) return loaded;
  const r = renderChanges({ loaded, files: await snapshot(params.tree, loaded) });
  if (!r.ok) return r;
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
}

/** `render`: writes the manifests the config describes. */
export async function runRender(params: {
  readonly tree: LocalTree;
  readonly file: string;
  readonly dryRun: boolean;
}): Promise<LocalResult> {
  const loaded = await load(params.tree, params.file);
  if (!isLoaded(loaded)) return loaded;
  const r = renderChanges({ loaded, files: await snapshot(params.tree, loaded) });
  if (!r.ok) return r;
  if (!params.dryRun) await params.tree.write(r.changes);
  return {
    ok: true,
    command: "render",
    changes: r.changes,
    written: !params.dryRun && r.changes.length > 0,
  };
}

/** `set <request...>`: plans a traffic change and edits the files in place. */
export async function runSet(params: {
  readonly tree: LocalTree;
  readonly file: string;
  readonly words: readonly string[];
  readonly dryRun: boolean;
}): Promise<LocalResult> {
  const loaded = await load(params.tree, params.file);
  if (!isLoaded(loaded)) return loaded;
  const parsed = parseTrafficRequest({
    words: params.words,
    serviceKeys: Object.keys(loaded.config.services),
  });
  if (!parsed.ok) return parsed;
  const r = planSet({
    loaded,
    request: parsed.request,
    files: await snapshot(params.tree, loaded),
  });
  if (!r.ok) return r;
  if (!params.dryRun) await params.tree.write(r.changes);
  return { ok: true, command: "set", plan: r.plan, changes: r.changes, written: !params.dryRun };
}
