import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  applyServices
} from "./chunk-WW4OIPSK.js";
import "./chunk-64SZFHHV.js";
import {
  guardIo,
  loadForServices,
  snapshot
} from "./chunk-DNYTX2KF.js";
import "./chunk-4CFE6RJJ.js";
import "./chunk-GALRH6VZ.js";
import "./chunk-QOBLRCRL.js";
import "./chunk-3WS6I62Y.js";
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
