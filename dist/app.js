import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  app_default,
  rolloutBotApp
} from "./chunks/chunk-JPJJORBT.js";
import "./chunks/chunk-LJC47GT4.js";
import "./chunks/chunk-Y3WPRRT4.js";
import "./chunks/chunk-GVBAM3FJ.js";
import "./chunks/chunk-XONPVMBC.js";
import "./chunks/chunk-D5GL3KYI.js";
import "./chunks/chunk-E6UUMDBD.js";
import "./chunks/chunk-CQ5UYWSF.js";
import "./chunks/chunk-B3LP6RV3.js";
import "./chunks/chunk-AVXLFA7U.js";
import "./chunks/chunk-M2FA62U7.js";
import "./chunks/chunk-VQQVTJLU.js";
export {
  app_default as default,
  rolloutBotApp
};
