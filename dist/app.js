import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  app_default,
  rolloutBotApp
} from "./chunks/chunk-VINRY7CE.js";
import "./chunks/chunk-ABSHZPO7.js";
import "./chunks/chunk-I5RJ6M6V.js";
import "./chunks/chunk-AV5RS4O6.js";
import "./chunks/chunk-XONPVMBC.js";
import "./chunks/chunk-J5JMMX2R.js";
import "./chunks/chunk-OI35MYYT.js";
import "./chunks/chunk-CQ5UYWSF.js";
import "./chunks/chunk-YDFYPLSI.js";
import "./chunks/chunk-AVXLFA7U.js";
import "./chunks/chunk-M2FA62U7.js";
import "./chunks/chunk-VQQVTJLU.js";
export {
  app_default as default,
  rolloutBotApp
};
