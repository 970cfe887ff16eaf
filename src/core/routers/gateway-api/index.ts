import { HTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute";
import { type K8sObject, managedMeta, validated } from "../../k8s.js";
import type { Weights } from "../../plan.js";
import { promString, regexLiteral } from "../../promql.js";
import { largestRemainder } from "../../rounding.js";
import { modelName, REST_PORT, routePath } from "../../workloads/tf-serving.js";
import type { RenderedGroup, Router, RouterInput, RouterProblem, Telemetry } from "../types.js";
import { type BackendRef, backendVersion, isPinMatch, versionService } from "./backends.js";
import { editHTTPRoute } from "./edit.js";

const API = "gateway.networking.k8s.io/v1";

/** The weighted backendRefs: every version's Service, at TF Serving's REST port. */
function split(input: RouterInput) {
  return Object.entries(input.service.versions).map(([v, c]) => ({
    name: versionService(input, v),
    port: REST_PORT,
    weight: c.weight,
  }));
}

/** Gateway API mirrors a whole percent, or a fraction for anything finer (0.5 % → 5/1000). */
function mirrorFilters(input: RouterInput) {
  const m = input.service.mirror;
  if (!m) return [];
  const decimals = Math.min(6, (String(m.percent).split(".")[1] ?? "").length);
  const share =
    decimals === 0
      ? { percent: m.percent }
      : {
          fraction: { numerator: Math.round(m.percent * 10 ** decimals), denominator: 100 * 10 ** decimals },
        };
  return [
    {
      type: "RequestMirror",
      requestMirror: { backendRef: { name: versionService(input, m.version), port: REST_PORT }, ...share },
    },
  ];
}

/**
 * The rules of one HTTPRoute: with `pin`, a rule per version for requests naming it in the header
 * (a header match outranks the plain one under Gateway API's precedence, and comes first for
 * readers), then the weighted split. `base` is the match every rule needs (the gateway's path).
 */
function rules(input: RouterInput, base: Record<string, unknown> | undefined, filters: readonly object[]) {
  const { pin, versions } = input.service;
  const pinned = pin
    ? Object.keys(versions).map((v) => ({
        matches: [{ ...base, headers: [{ name: pin.header, value: v }] }],
        ...(filters.length ? { filters } : {}),
        backendRefs: [{ name: versionService(input, v), port: REST_PORT }],
      }))
    : [];
  const all = [...filters, ...mirrorFilters(input)];
  return [
    ...pinned,
    {
      ...(base ? { matches: [base] } : {}),
      ...(all.length ? { filters: all } : {}),
      backendRefs: split(input),
    },
  ];
}

/**
 * The HTTPRoutes for a service: `<key>` attached to the Service `host` (GAMMA mesh routing, e.g.
 * an Istio ambient waypoint), plus `<key>-gateway` on the Gateway when `gateway` is set.
 */
export function httpRoutes(input: RouterInput): K8sObject[] {
  const { key, service: s } = input;
  const out: K8sObject[] = [
    {
      apiVersion: API,
      kind: "HTTPRoute",
      metadata: managedMeta(key, s.namespace, key),
      spec: {
        // group "" is the core API group: a Service, not a Gateway, is the parent (GAMMA).
        parentRefs: [{ group: "", kind: "Service", name: s.host, port: REST_PORT }],
        rules: rules(input, undefined, []),
      },
    },
  ];
  if (s.gateway) {
    const [gwNamespace, gwName] = s.gateway.includes("/") ? s.gateway.split("/") : [undefined, s.gateway];
    // PathPrefix matches whole path segments: /models/mnist never catches /models/mnist-fashion.
    // POST only, as the Kubeflow 0.6 route: it rewrites to TF Serving's predict call.
    const base = { path: { type: "PathPrefix", value: routePath(key, s) }, method: "POST" };
    const rewrite = {
      type: "URLRewrite",
      urlRewrite: {
        path: { type: "ReplaceFullPath", replaceFullPath: `/v1/models/${modelName(key, s)}:predict` },
      },
    };
    out.push({
      apiVersion: API,
      kind: "HTTPRoute",
      metadata: managedMeta(key, s.namespace, `${key}-gateway`),
      spec: {
        parentRefs: [{ name: gwName, ...(gwNamespace ? { namespace: gwNamespace } : {}) }],
        rules: rules(input, base, [rewrite]),
      },
    });
  }
  return out;
}

/** Two versions on one Service could not be weighed apart; neither can a version on the parent. */
function problems(input: RouterInput): RouterProblem[] {
  const { service: s } = input;
  const out: RouterProblem[] = [];
  const owner = new Map<string, string>();
  for (const [v, c] of Object.entries(s.versions)) {
    const name = versionService(input, v);
    const at = c.host === undefined ? { path: ["versions"], key: v } : { path: ["versions", v, "host"] };
    if (name === s.host)
      out.push({
        ...at,
        message: `\`${name}\` is the service's own host, which the HTTPRoute attaches to; each version needs a Service of its own to split to. Remove \`host\` (${v} then gets \`${s.host}-${v}\`) or name another Service.`,
      });
    else if (owner.has(name))
      out.push({
        ...at,
        message: `${v}'s Service \`${name}\` is also ${owner.get(name)}'s, so the two could not be weighed apart. Give ${v} a \`host:\` of its own.`,
      });
    else owner.set(name, v);
    if (name.length > 63)
      out.push({
        ...at,
        message: `${v}'s Service name \`${name}\` is longer than 63 characters. Set \`host:\` for ${v} to a shorter Service name.`,
      });
  }
  return out;
}

/**
 * Integer percentages adding up to 100 from relative weights: weights that already add up to 100
 * are kept; others are scaled, floors first, then the remainder by largest fraction (ties to
 * order). All zero stays all zero (Gateway API then sends nothing).
 */
function percentages(refs: readonly { version: string; weight: number }[]): Weights {
  const sum = new Map<string, number>();
  for (const r of refs) sum.set(r.version, (sum.get(r.version) ?? 0) + Math.max(0, r.weight));
  const total = [...sum.values()].reduce((a, w) => a + w, 0);
  const out: Record<string, number> = {};
  if (total === 0) {
    for (const v of sum.keys()) out[v] = 0;
    return out;
  }
  return largestRemainder(
    [...sum].map(([v, w]) => [v, (100 * w) / total]),
    100,
  );
}

type LiveRule = {
  readonly matches?: readonly Record<string, unknown>[];
  readonly backendRefs?: readonly (BackendRef & { readonly weight?: number })[];
};

/**
 * Weights live HTTPRoutes send to this service's versions: the first rule (not a header or query
 * pin) whose backendRefs name a version's Service, a missing weight counting 1 as Gateway API
 * says (so one backendRef gets 100 %), as percentages of what those backendRefs get.
 */
function liveWeights(params: { readonly objects: readonly K8sObject[]; readonly input: RouterInput }) {
  const { input } = params;
  for (const route of params.objects) {
    if (route.kind !== "HTTPRoute") continue;
    const ns = route.metadata.namespace ?? input.service.namespace;
    const spec = route.spec as { rules?: readonly LiveRule[] } | undefined;
    for (const rule of spec?.rules ?? []) {
      if ((rule.matches ?? []).some((m) => isPinMatch(Object.keys(m)))) continue;
      const refs = (rule.backendRefs ?? []).flatMap((r) => {
        const version = backendVersion(input, r, ns);
        return version === undefined ? [] : [{ version, weight: r.weight ?? 1 }];
      });
      if (refs.length > 0) return percentages(refs);
    }
  }
  return {};
}

/**
 * Istio's standard metrics of the version Services (and `host`), each request once: a request
 * through a waypoint to a pod with a sidecar is reported by both, so per version (and bucket)
 * the waypoint's series win, and the sidecar's (`reporter="destination"`) count only where no
 * waypoint reports. The version comes from the Service it was sent to.
 */
function telemetry(input: RouterInput): Telemetry {
  const { service: s } = input;
  const own = Object.keys(s.versions).map((v) => [v, versionService(input, v)] as const);
  const names = [...own.map(([, h]) => h), s.host];
  const service = `destination_service_name=~${promString(names.map(regexLiteral).join("|"))}`;
  const ns = `destination_service_namespace=${promString(s.namespace)}`;
  return {
    sumByVersion({ fn, metric, range, matchers = "", by = [] }) {
      const reported = (reporter: "waypoint" | "destination", only: string) => {
        let inner = `${fn}(${metric}{reporter="${reporter}",${service},${ns}${only}}[${range}])`;
        // Known by the Service it was sent to, whatever (or whether) its pods' labels say.
        for (const [v, h] of own)
          inner = `label_replace(${inner}, "destination_version", ${promString(v)}, "destination_service_name", ${promString(regexLiteral(h))})`;
        return `sum by (${["destination_version", ...by].join(", ")}) (${inner})`;
      };
      // `or` keeps a right-hand series only where no left-hand one has the same labels.
      const both = `${reported("waypoint", matchers)} or ${reported("destination", matchers)}`;
      if (matchers === "") return `(${both})`;
      // A subset (e.g. 5xx) comes from the reporter whose totals were counted: where a waypoint
      // reports a version at all, its having no 5xx series means none, not "ask the sidecar".
      return `(${reported("waypoint", matchers)} or (${reported("destination", matchers)} unless on (destination_version) ${reported("waypoint", "")}))`;
    },
    description: `Istio metrics of Services ${names.map((n) => `\`${n}\``).join(", ")} (from waypoints in ambient mode, else from the pods' sidecars)`,
  };
}

/** Gateway API: HTTPRoutes splitting a Service between a Service per version (GAMMA, Gateway). */
export const gatewayApi: Router = {
  name: "gateway-api",
  kinds: [{ apiVersion: API, kind: "HTTPRoute" }],
  // Ambient mode's ztunnel and waypoints need none; a namespace with injection on still gets one.
  sidecar: false,
  broughtField: "httpRoute",
  problems,
  versionHost: versionService,
  render(input): RenderedGroup[] {
    return input.service.httpRoute ? [] : [{ file: "httproute.yaml", objects: httpRoutes(input) }];
  },
  validate(objects) {
    for (const o of objects) {
      if (o.kind !== "HTTPRoute") continue;
      const bad = validated(o, () => new HTTPRoute(o as never).validate(), "Gateway API");
      if (bad) return bad;
    }
    return undefined;
  },
  edit: (params) => editHTTPRoute(params),
  liveWeights,
  telemetry,
};
