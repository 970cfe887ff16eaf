import type { LocalTree } from "../adapters/fs.js";
import { loadConfig } from "../core/config.js";
import type { KubePort } from "../core/deploy.js";
import { didYouMean, shownName } from "../core/suggest.js";
import { type ApplyOutcome, applyServices, type WaitOptions } from "../handlers/apply.js";
import { guardIo, snapshot } from "./local.js";

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
    const text = await params.tree.read(params.file);
    if (text === undefined)
      return {
        ok: false,
        reason: "missing-config",
        message: `${params.file}: not found. Pass --config PATH.`,
      };
    const loaded = loadConfig({
      text,
      file: params.file,
      ...(params.service ? { only: params.service } : {}),
    });
    if (!loaded.ok) return { ok: false, reason: "invalid-config", message: loaded.message };
    const all = Object.keys(loaded.loaded.config.services);
    // Object.hasOwn: `constructor` or `__proto__` is a name, never a property of every object.
    if (params.service !== undefined && !Object.hasOwn(loaded.loaded.config.services, params.service))
      return {
        ok: false,
        reason: "unknown-service",
        message: `no service ${shownName(params.service)} in ${params.file} (services: ${all.join(", ")}).${didYouMean(params.service, all)} Use --service with one of them.`,
      };
    const services = params.service !== undefined ? [params.service] : all;
    return applyServices({
      kube: params.kube,
      loaded: loaded.loaded,
      files: await snapshot(params.tree, loaded.loaded),
      services,
      planOnly: params.planOnly,
      force: params.force,
      wait: params.wait,
    });
  });
}
