import { DestinationRule } from "@kubernetes-models/istio/networking.istio.io/v1/DestinationRule";
import { VirtualService } from "@kubernetes-models/istio/networking.istio.io/v1/VirtualService";
import { type K8sObject, managedMeta, validated } from "../../k8s.js";
import { promString, regexLiteral } from "../../promql.js";
import { modelName, REST_PORT, routePath } from "../../workloads/tf-serving.js";
import type { RenderedGroup, Router, RouterInput, Telemetry } from "../types.js";
import { editVirtualService } from "./edit.js";
import { destinationVersion, isSelective, resolveHost } from "./hosts.js";

const API = "networking.istio.io/v1";

function destination(input: RouterInput, version: string, port?: number) {
  const own = input.service.versions[version]?.host;
  return {
    host: own ?? input.service.host,
    ...(port ? { port: { number: port } } : {}),
    ...(own ? {} : { subset: version }),
  };
}

function routeTo(input: RouterInput, port?: number) {
  return Object.entries(input.service.versions).map(([v, c]) => ({
    destination: destination(input, v, port),
    weight: c.weight,
  }));
}

/** Istio's shadow copy of the weighted route's requests, when `mirror` is set. */
function mirrorOf(input: RouterInput, port?: number) {
  const m = input.service.mirror;
  return m ? { mirror: destination(input, m.version, port), mirrorPercentage: { value: m.percent } } : {};
}

/**
 * HTTP routes of one VirtualService: with `pin`, one route per version for requests that name
 * it in the header (ahead of the split, so a tester always reaches the version they asked
 * for), then the weighted split. `base` is the match every route needs (the gateway's path).
 */
function httpRoutes(
  input: RouterInput,
  base: Record<string, unknown> | undefined,
  rest: Record<string, unknown>,
  port?: number,
) {
  const { pin, versions } = input.service;
  const pinned = pin
    ? Object.keys(versions).map((v) => ({
        match: [{ ...base, headers: { [pin.header]: { exact: v } } }],
        ...rest,
        route: [{ destination: destination(input, v, port) }],
      }))
    : [];
  return [
    ...pinned,
    { ...(base ? { match: [base] } : {}), ...rest, route: routeTo(input, port), ...mirrorOf(input, port) },
  ];
}

/** The VirtualServices for a service: mesh-internal, plus the gateway route when `gateway` is set. */
export function virtualServices(input: RouterInput): K8sObject[] {
  const { key, service: s } = input;
  const out: K8sObject[] = [
    {
      apiVersion: API,
      kind: "VirtualService",
      metadata: managedMeta(key, s.namespace, key),
      spec: { hosts: [s.host], http: httpRoutes(input, undefined, {}) },
    },
  ];
  if (s.gateway) {
    // An exact path, not a prefix: /models/mnist must not also catch /models/mnist-fashion.
    // POST only, as the Kubeflow 0.6 route: it rewrites to TF Serving's predict call.
    const base = { uri: { exact: routePath(key, s) }, method: { exact: "POST" } };
    out.push({
      apiVersion: API,
      kind: "VirtualService",
      metadata: managedMeta(key, s.namespace, `${key}-gateway`),
      spec: {
        hosts: ["*"],
        gateways: [s.gateway],
        http: httpRoutes(
          input,
          base,
          { rewrite: { uri: `/v1/models/${modelName(key, s)}:predict` } },
          REST_PORT,
        ),
      },
    });
  }
  return out;
}

/** The DestinationRule with one subset per version that has no Service of its own. */
export function destinationRule(input: RouterInput): K8sObject | undefined {
  const { key, service: s } = input;
  const subsets = Object.keys(s.versions).filter((v) => s.versions[v]?.host === undefined);
  if (subsets.length === 0) return undefined;
  return {
    apiVersion: API,
    kind: "DestinationRule",
    metadata: managedMeta(key, s.namespace, key),
    spec: { host: s.host, subsets: subsets.map((v) => ({ name: v, labels: { version: v } })) },
  };
}

/** Weights live VirtualServices send to this service's versions (first HTTP route that names it). */
function liveWeights(params: { readonly objects: readonly K8sObject[]; readonly input: RouterInput }) {
  const { input } = params;
  for (const vs of params.objects) {
    if (vs.kind !== "VirtualService") continue;
    const spec = vs.spec as
      | {
          http?: {
            match?: Record<string, unknown>[];
            route?: { destination?: { host?: string; subset?: string }; weight?: number }[];
          }[];
        }
      | undefined;
    const ns = vs.metadata.namespace ?? input.service.namespace;
    for (const rule of spec?.http ?? []) {
      if (isSelective(rule)) continue;
      const routes = (rule.route ?? []).flatMap((r) => {
        const version =
          r.destination?.host === undefined
            ? undefined
            : destinationVersion({
                input,
                host: resolveHost(r.destination.host, ns, input.clusterDomain),
                subset: r.destination.subset,
              });
        return version == null ? [] : [{ version, weight: r.weight }];
      });
      if (routes.length === 0) continue;
      const out: Record<string, number> = {};
      for (const r of routes) out[r.version] = r.weight ?? (routes.length === 1 ? 100 : 0);
      return out;
    }
  }
  return {};
}

function telemetry(input: RouterInput): Telemetry {
  const { service: s } = input;
  const own = Object.entries(s.versions).flatMap(([v, c]) => (c.host ? [[v, c.host] as const] : []));
  const names = [s.host, ...own.map(([, h]) => h)];
  const service =
    own.length === 0
      ? `destination_service_name=${promString(s.host)}`
      : `destination_service_name=~${promString(names.map(regexLiteral).join("|"))}`;
  const sel = (matchers: string) =>
    `{reporter="destination",${service},destination_service_namespace=${promString(s.namespace)}${matchers}}`;
  return {
    sumByVersion({ fn, metric, range, matchers = "", by = [] }) {
      let inner = `${fn}(${metric}${sel(matchers)}[${range}])`;
      // A version with its own Service is known by that Service, whatever its pods' labels say.
      for (const [v, h] of own)
        inner = `label_replace(${inner}, "destination_version", ${promString(v)}, "destination_service_name", ${promString(regexLiteral(h))})`;
      return `sum by (${["destination_version", ...by].join(", ")}) (${inner})`;
    },
    description: `Istio metrics of Service \`${s.host}\``,
  };
}

/** Istio: a VirtualService splitting a host by DestinationRule subsets, or by a Service per version. */
export const istio: Router = {
  name: "istio",
  kinds: [
    { apiVersion: API, kind: "DestinationRule" },
    { apiVersion: API, kind: "VirtualService" },
  ],
  broughtField: "virtualService",
  problems: () => [],
  versionHost: (input, version) => input.service.versions[version]?.host,
  render(input): RenderedGroup[] {
    const dr = destinationRule(input);
    return [
      ...(dr ? [{ file: "destinationrule.yaml", objects: [dr] }] : []),
      ...(input.service.virtualService
        ? []
        : [{ file: "virtualservice.yaml", objects: virtualServices(input) }]),
    ];
  },
  validate(objects) {
    for (const o of objects) {
      const bad =
        o.kind === "VirtualService"
          ? validated(o, () => new VirtualService(o as never).validate(), "Istio")
          : o.kind === "DestinationRule"
            ? validated(o, () => new DestinationRule(o as never).validate(), "Istio")
            : undefined;
      if (bad) return bad;
    }
    return undefined;
  },
  edit: (params) => editVirtualService(params),
  liveWeights,
  telemetry,
};
