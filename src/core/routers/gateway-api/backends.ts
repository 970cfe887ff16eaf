import type { RouterInput } from "../types.js";

/** The Service a version is reached by: its own `host`, else `<host>-<version>`. */
export function versionService(input: RouterInput, version: string): string {
  return input.service.versions[version]?.host ?? `${input.service.host}-${version}`;
}

/** A backendRef as written (HTTPRoute `BackendObjectReference`); absent fields are undefined. */
export interface BackendRef {
  readonly group?: string | undefined;
  readonly kind?: string | undefined;
  readonly name?: string | undefined;
  readonly namespace?: string | undefined;
}

/**
 * Which version of the service a backendRef of an HTTPRoute in namespace `routeNs` sends to:
 * a core Service (group `""` and kind `Service` are Gateway API's defaults) of the service's
 * namespace (the ref's `namespace`, else the route's) named as a version's Service.
 * `undefined`: some other backend.
 */
export function backendVersion(input: RouterInput, ref: BackendRef, routeNs: string): string | undefined {
  if ((ref.group ?? "") !== "" || (ref.kind ?? "Service") !== "Service") return undefined;
  if ((ref.namespace ?? routeNs) !== input.service.namespace || ref.name === undefined) return undefined;
  return Object.keys(input.service.versions).find((v) => versionService(input, v) === ref.name);
}

/** Match keys that only pick requests by where they go (path, method): rules we may weigh. */
const PLAIN_MATCH_KEYS: ReadonlySet<string> = new Set(["path", "method"]);

/** Whether match keys pick requests by header or query parameter: a pin, never ours to weigh. */
export function isPinMatch(keys: readonly string[]): boolean {
  return keys.some((k) => !PLAIN_MATCH_KEYS.has(k));
}
