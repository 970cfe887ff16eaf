import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  guardIo,
  snapshot
} from "./chunk-N36K66EY.js";
import "./chunk-J5JMMX2R.js";
import {
  applyServices,
  didYouMean,
  loadConfig,
  shownName
} from "./chunk-YDFYPLSI.js";
import "./chunk-M2FA62U7.js";
import "./chunk-VQQVTJLU.js";

// src/commands/apply.ts
async function runApply(params) {
  return guardIo(params.file, async () => {
    const text = await params.tree.read(params.file);
    if (text === void 0)
      return {
        ok: false,
        reason: "missing-config",
        message: `${params.file}: not found. Pass --config PATH.`
      };
    const loaded = loadConfig({
      text,
      file: params.file,
      ...params.service ? { only: params.service } : {}
    });
    if (!loaded.ok) return { ok: false, reason: "invalid-config", message: loaded.message };
    const all = Object.keys(loaded.loaded.config.services);
    if (params.service !== void 0 && !Object.hasOwn(loaded.loaded.config.services, params.service))
      return {
        ok: false,
        reason: "unknown-service",
        message: `no service ${shownName(params.service)} in ${params.file} (services: ${all.join(", ")}).${didYouMean(params.service, all)} Use --service with one of them.`
      };
    const services = params.service !== void 0 ? [params.service] : all;
    return applyServices({
      kube: params.kube,
      loaded: loaded.loaded,
      files: await snapshot(params.tree, loaded.loaded),
      services,
      planOnly: params.planOnly,
      force: params.force,
      wait: params.wait
    });
  });
}
export {
  runApply
};
