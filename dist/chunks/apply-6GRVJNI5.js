import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  applyServices
} from "./chunk-H55LD6BY.js";
import {
  guardIo,
  loadForServices,
  snapshot
} from "./chunk-U56OVPYD.js";
import "./chunk-MVTX7BNA.js";
import "./chunk-M2FA62U7.js";
import "./chunk-VQQVTJLU.js";

// src/commands/apply.ts
async function runApply(params) {
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
      wait: params.wait
    });
  });
}
export {
  runApply
};
