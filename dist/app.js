import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  app_default,
  rolloutBotApp
} from "./chunks/chunk-KY2JMNXH.js";
import "./chunks/chunk-Z6UKXZ6D.js";
import "./chunks/chunk-X3C5QJBG.js";
import "./chunks/chunk-ZIZ3AMXU.js";
import "./chunks/chunk-3FHAQDUJ.js";
import "./chunks/chunk-SRXGRV3X.js";
import "./chunks/chunk-63VUSVSR.js";
import "./chunks/chunk-LEM547XN.js";
import "./chunks/chunk-XONPVMBC.js";
import "./chunks/chunk-K7ASVZH4.js";
import "./chunks/chunk-OSHHL6DV.js";
import "./chunks/chunk-U3N2SZ7J.js";
import "./chunks/chunk-32IKOD5J.js";
import "./chunks/chunk-M2FA62U7.js";
import "./chunks/chunk-VQQVTJLU.js";
export {
  app_default as default,
  rolloutBotApp
};
