import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  localTree,
  runValidate
} from "./chunk-U56OVPYD.js";
import "./chunk-MVTX7BNA.js";
import "./chunk-M2FA62U7.js";
import "./chunk-VQQVTJLU.js";

// src/modes/validate.ts
function validateMode(params) {
  return runValidate({ tree: localTree(params.workspace), file: params.configPath });
}
function firstChangedLine(before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i + 1;
}
function annotationsOf(result) {
  if (result.ok) return [];
  if (result.changes && result.changes.length > 0) {
    return result.changes.map((c) => ({
      file: c.path,
      line: c.before === void 0 || c.after === void 0 ? 1 : firstChangedLine(c.before, c.after),
      message: c.before === void 0 ? `${c.path} is missing: rollout.yaml renders it. ${result.message.split("\n").at(-1)}` : c.after === void 0 ? `${c.path} is no longer rendered from rollout.yaml (a rendered file to delete). ${result.message.split("\n").at(-1)}` : `${c.path} does not match what rollout.yaml renders (from here on). ${result.message.split("\n").at(-1)}`
    }));
  }
  const out = [];
  for (const line of result.message.split("\n")) {
    const m = /^([^\s:][^:]*):(\d+)(?::(\d+))?: (.*)$/.exec(line);
    if (m?.[1] && m[2] && m[4]) {
      out.push({ file: m[1], line: Number(m[2]), ...m[3] ? { column: Number(m[3]) } : {}, message: m[4] });
    }
  }
  return out;
}
export {
  annotationsOf,
  validateMode
};
