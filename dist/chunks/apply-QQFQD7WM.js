import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  snapshot
} from "./chunk-U42ZJ3BZ.js";
import "./chunk-DQGNMLZJ.js";
import {
  applyServices,
  loadConfig
} from "./chunk-JE3YJO2E.js";
import "./chunk-M2FA62U7.js";
import "./chunk-VQQVTJLU.js";

// src/commands/apply.ts
async function runApply(params) {
  const text = await params.tree.read(params.file);
  if (text === void 0)
    return { ok: false, reason: "missing-config", message: `${params.file}: not found. Pass --config PATH.` };
  const loaded = loadConfig({ text, file: params.file, ...params.service ? { only: params.service } : {} });
  if (!loaded.ok) return { ok: false, reason: "invalid-config", message: loaded.message };
  const services = params.service ? [params.service] : Object.keys(loaded.loaded.config.services);
  return applyServices({
    kube: params.kube,
    loaded: loaded.loaded,
    files: await snapshot(params.tree, loaded.loaded),
    services,
    planOnly: params.planOnly,
    force: params.force,
    wait: params.wait
  });
}
export {
  runApply
};
