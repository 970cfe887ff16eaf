import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  KubeConfigError,
  kubernetesPort
} from "./chunk-OSHHL6DV.js";
import "./chunk-M2FA62U7.js";
import "./chunk-VQQVTJLU.js";
export {
  KubeConfigError,
  kubernetesPort
};
