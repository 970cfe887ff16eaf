import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  app_default,
  rolloutBotApp
} from "./chunks/chunk-MB3FP4G6.js";
import "./chunks/chunk-7S2HLHYP.js";
import "./chunks/chunk-TQT24J2L.js";
import "./chunks/chunk-ZQZL6VLK.js";
import "./chunks/chunk-XONPVMBC.js";
import "./chunks/chunk-CBHB3NVJ.js";
import "./chunks/chunk-4NWOMCN7.js";
import "./chunks/chunk-NBN44VW7.js";
import "./chunks/chunk-ND2DBUCZ.js";
import "./chunks/chunk-KAG6JLPO.js";
import "./chunks/chunk-M2FA62U7.js";
import "./chunks/chunk-VQQVTJLU.js";
export {
  app_default as default,
  rolloutBotApp
};
