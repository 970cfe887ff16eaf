import { gatewayApi } from "./gateway-api/index.js";
import { istio } from "./istio/index.js";
import { kserve } from "./kserve/index.js";
import type { Router } from "./types.js";

/**
 * Every router, by its `router:` name in rollout.yaml. Adding one is a folder beside `istio/`
 * that exports a `Router`, plus one line here.
 */
export const ROUTERS = {
  istio,
  "gateway-api": gatewayApi,
  kserve,
} as const satisfies Record<string, Router>;

export type RouterName = keyof typeof ROUTERS;

/** Router names, for the schema. */
export const ROUTER_NAMES = Object.keys(ROUTERS) as [RouterName, ...RouterName[]];

/** The router a service uses (`istio` unless it says otherwise). */
export function routerOf(service: { readonly router?: string }): Router {
  return (ROUTERS as Record<string, Router>)[service.router ?? "istio"] ?? istio;
}
