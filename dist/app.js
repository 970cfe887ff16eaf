import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  app_default,
  rolloutBotApp
} from "./chunks/chunk-D6TCGLZP.js";
import "./chunks/chunk-WUEWVDUL.js";
import "./chunks/chunk-X3C5QJBG.js";
import "./chunks/chunk-ZIZ3AMXU.js";
import "./chunks/chunk-EY52RIIF.js";
import "./chunks/chunk-SRXGRV3X.js";
import "./chunks/chunk-RG4HYRNW.js";
import "./chunks/chunk-2NCW3ADH.js";
import "./chunks/chunk-XONPVMBC.js";
import "./chunks/chunk-MO6ZCZZJ.js";
import "./chunks/chunk-DBOMHGGS.js";
import "./chunks/chunk-WW4OIPSK.js";
import "./chunks/chunk-64SZFHHV.js";
import "./chunks/chunk-4CFE6RJJ.js";
import "./chunks/chunk-GALRH6VZ.js";
import "./chunks/chunk-QOBLRCRL.js";
import "./chunks/chunk-3WS6I62Y.js";
import "./chunks/chunk-VQQVTJLU.js";
export {
  app_default as default,
  rolloutBotApp
};
