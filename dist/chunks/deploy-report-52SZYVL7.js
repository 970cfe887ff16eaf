import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  MAX_DIFF_LINES,
  PLAN_MARKER,
  applyComment,
  applyMarker,
  planComment,
  refusalComment,
  refusalMarker
} from "./chunk-CQ5UYWSF.js";
import "./chunk-VQQVTJLU.js";
export {
  MAX_DIFF_LINES,
  PLAN_MARKER,
  applyComment,
  applyMarker,
  planComment,
  refusalComment,
  refusalMarker
};
