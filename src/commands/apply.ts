import type { LocalTree } from "../adapters/fs.js";
import type { KubePort } from "../core/ports.js";
import { type ApplyOutcome, applyServices, type WaitOptions } from "../handlers/apply.js";
import { guardIo, loadForServices, snapshot } from "./local.js";

/** `apply` / `plan`: the local rollout.yaml and manifests against the cluster. */
export async function runApply(params: {
  readonly tree: LocalTree;
  readonly file: string;
  readonly kube: KubePort;
  readonly service?: string;
  readonly planOnly: boolean;
  readonly force: boolean;
  readonly wait: WaitOptions;
}): Promise<ApplyOutcome | { readonly ok: false; readonly reason: string; readonly message: string }> {
  return guardIo(params.file, async () => {
    const r = await loadForServices(params);
    if (!r.ok) return r;
    return applyServices({
      kube: params.kube,
      loaded: r.loaded,
      files: await snapshot(params.tree, r.loaded),
      services: r.keys,
      planOnly: params.planOnly,
      force: params.force,
      wait: params.wait,
    });
  });
}
