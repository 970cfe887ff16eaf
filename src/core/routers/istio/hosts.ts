import type { RouterInput } from "../types.js";

/**
 * The FQDN Istio makes of a destination host written in a VirtualService of namespace `ns`: a
 * short name is a Service in the VirtualService's own namespace, `name.ns` and `name.ns.svc`
 * are completed with the cluster domain. Anything with more dots is taken as written.
 */
export function resolveHost(host: string, ns: string, clusterDomain: string): string {
  const parts = host.split(".");
  if (parts.length === 1) return `${host}.${ns}.svc.${clusterDomain}`;
  if (parts.length === 2) return `${host}.svc.${clusterDomain}`;
  if (parts.length === 3 && parts[2] === "svc") return `${host}.${clusterDomain}`;
  return host;
}

/** The FQDN of a Service of the rollout's namespace. */
export function serviceFqdn(input: RouterInput, name: string): string {
  return `${name}.${input.service.namespace}.svc.${input.clusterDomain}`;
}

/**
 * Which version of the service a destination (resolved host, subset) sends to: the subset of
 * the service's host, or a version's own Service. `undefined`: not this service.
 * `null`: this service's host, but a subset that is no version (or none).
 */
export function destinationVersion(params: {
  readonly input: RouterInput;
  readonly host: string;
  readonly subset: string | undefined;
}): string | null | undefined {
  const { input, host, subset } = params;
  for (const [v, c] of Object.entries(input.service.versions))
    if (c.host !== undefined && serviceFqdn(input, c.host) === host) return v;
  if (host !== serviceFqdn(input, input.service.host)) return undefined;
  if (subset === undefined) return null;
  const version = input.service.versions[subset];
  return version !== undefined && version.host === undefined ? subset : null;
}

/** Match conditions that only pick requests by where they go (path, method, port): routes we may weigh. */
export const PLAIN_MATCH_KEYS: ReadonlySet<string> = new Set([
  "uri",
  "method",
  "port",
  "gateways",
  "name",
  "authority",
  "scheme",
  "ignoreUriCase",
]);

/** A route that picks requests by header, cookie, query or source: a pin, never a route to weigh. */
export function isSelective(rule: unknown): boolean {
  const match = (rule as { match?: unknown } | null)?.match;
  return (
    Array.isArray(match) &&
    match.some(
      (m) => typeof m === "object" && m !== null && Object.keys(m).some((k) => !PLAIN_MATCH_KEYS.has(k)),
    )
  );
}
