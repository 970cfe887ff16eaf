import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  applyServices,
  planOf,
  reportOf
} from "./chunk-B3LP6RV3.js";
import "./chunk-M2FA62U7.js";
import "./chunk-VQQVTJLU.js";
export {
  applyServices,
  planOf,
  reportOf
};
