import type { LocalTree } from "../adapters/fs.js";
import { loadConfig } from "../core/config.js";
import type { KubePort } from "../core/deploy.js";
import { type ApplyOutcome, applyServices } from "../handlers/apply.js";
import { snapshot } from "./local.js";

/** `apply` / `plan`: the local rollout.yaml and manifests against the cluster. */
export async function runApply(params: {
  readonly tree: LocalTree;
  readonly file: string;
  readonly kube: KubePort;
  readonly service?: string;
  readonly planOnly: boolean;
  readonly force: boolean;
  readonly wait: { readonly timeoutMs: number; readonly pollMs: number };
}): Promise<
  | ApplyOutcome
  | { readonly ok: false; readonly reason: "missing-config" | "invalid-config"; readonly message: string }
> {
  const text = await params.tree.read(params.file);
  if (text === undefined)
    return { ok: false, reason: "missing-config", message: `${params.file}: not found. Pass --config PATH.` };
  const loaded = loadConfig({ text, file: params.file, ...(params.service ? { only: params.service } : {}) });
  if (!loaded.ok) return { ok: false, reason: "invalid-config", message: loaded.message };
  const services = params.service ? [params.service] : Object.keys(loaded.loaded.config.services);
  return applyServices({
    kube: params.kube,
    loaded: loaded.loaded,
    files: await snapshot(params.tree, loaded.loaded),
    services,
    planOnly: params.planOnly,
    force: params.force,
    wait: params.wait,
  });
}
