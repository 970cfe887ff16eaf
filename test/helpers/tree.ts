import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { renderChanges } from "../../src/core/changes.js";
import { load } from "./config.js";

/** Every file under `dir`, as a map of posix path (relative to dir) → text. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).split(sep).join("/"), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

export const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;

/**
 * examples/mnist with rollout.yaml passed through `edit` and its manifests re-rendered to match,
 * as a repository would hold them after `rollout-bot set`.
 */
export function renderedExample(edit: (text: string) => string = (t) => t): Map<string, string> {
  const files = readTree(`${EXAMPLES}mnist`);
  const text = edit(files.get("rollout.yaml") ?? "");
  files.set("rollout.yaml", text);
  const r = renderChanges({ loaded: load(text), files });
  if (!r.ok) throw new Error(r.message);
  for (const c of r.changes) {
    if (c.after === undefined) files.delete(c.path);
    else files.set(c.path, c.after);
  }
  return files;
}
