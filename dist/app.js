import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  app_default,
  rolloutBotApp
} from "./chunks/chunk-CMWNR7CO.js";
import "./chunks/chunk-BVQQJ6EY.js";
import "./chunks/chunk-X3C5QJBG.js";
import "./chunks/chunk-ZIZ3AMXU.js";
import "./chunks/chunk-FFSTF6DY.js";
import "./chunks/chunk-SRXGRV3X.js";
import "./chunks/chunk-63VUSVSR.js";
import "./chunks/chunk-TD34S6FT.js";
import "./chunks/chunk-XONPVMBC.js";
import "./chunks/chunk-YQQIK7IX.js";
import "./chunks/chunk-OSHHL6DV.js";
import "./chunks/chunk-H55LD6BY.js";
import "./chunks/chunk-MVTX7BNA.js";
import "./chunks/chunk-M2FA62U7.js";
import "./chunks/chunk-VQQVTJLU.js";
export {
  app_default as default,
  rolloutBotApp
};
