import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  KubeConfigError,
  kubernetesPort
} from "./chunk-DBOMHGGS.js";
import "./chunk-64SZFHHV.js";
import "./chunk-3WS6I62Y.js";
import "./chunk-VQQVTJLU.js";
export {
  KubeConfigError,
  kubernetesPort
};
