import { isMap, isNode, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from "yaml";
import type { Weights } from "../../plan.js";
import {
  appendToSeq,
  applySplices,
  columnOf,
  get,
  itemColumns,
  parseStream,
  type Splice,
  str,
  weightSplice,
} from "../../yaml-edit.js";
import type { EditResult, RouterInput } from "../types.js";
import { destinationVersion, isSelective, resolveHost } from "./hosts.js";

/** The one-line form of a destination, for messages. */
function destText(host: string, subset: string | undefined): string {
  return subset === undefined ? host : `${host} (subset ${subset})`;
}

/**
 * Edits the weights of a VirtualService file the user brought: only routes whose destinations
 * are exactly this service's versions change, and only their `weight` values (added where a
 * route needs them). Routes matched by header, cookie, query or source are left as they are.
 */
export function editVirtualService(params: {
  readonly file: string;
  readonly text: string;
  readonly input: RouterInput;
  readonly weights: Weights;
}): EditResult {
  const { file, text, input, weights } = params;
  const { host, namespace } = input.service;
  const parsed = parseStream({ file, text, expected: "a VirtualService" });
  if (!parsed.ok) return parsed;
  const { docs, where } = parsed;
  const versions = Object.keys(weights);
  const splices: Splice[] = [];
  const notes: string[] = [];
  let routes = 0;
  for (const d of docs) {
    if (str(get(d.contents, "kind")) !== "VirtualService") continue;
    const ns = str(get(get(d.contents, "metadata"), "namespace")) ?? namespace;
    const spec = get(d.contents, "spec");
    for (const proto of ["http", "tls", "tcp"]) {
      const list = get(spec, proto);
      if (!isSeq(list)) continue;
      for (const rule of list.items) {
        const route = get(rule, "route");
        if (!isSeq(route)) continue;
        const entries = route.items.map((r) => {
          const dest = get(r, "destination");
          const h = str(get(dest, "host"));
          const subset = str(get(dest, "subset"));
          const version =
            h === undefined
              ? undefined
              : destinationVersion({ input, host: resolveHost(h, ns, input.clusterDomain), subset });
          return { r, dest, h, subset, version };
        });
        const ours = entries.filter((e) => e.version !== undefined);
        if (ours.length === 0) continue;
        if (isSelective(isMap(rule) ? rule.toJSON() : undefined)) continue;
        const foreign = entries.find((e) => e.version === undefined);
        if (foreign) {
          return {
            ok: false,
            reason: "route-mismatch",
            message: `${where(foreign.dest as Node)}: this route sends traffic to ${destText(foreign.h ?? "?", foreign.subset)} as well as to ${host}'s versions. Istio weights are relative to the whole route, so rollout-bot cannot set ${host}'s split here. Move the other destination to a route of its own (e.g. with a \`match:\`), or leave ${host} out of this route.`,
          };
        }
        routes++;
        const seen = new Set<string>();
        for (const e of ours) {
          if (e.version === null || e.version === undefined) {
            return {
              ok: false,
              reason: "route-mismatch",
              message: `${where(e.dest as Node)}: route to ${host} ${e.subset === undefined ? "has no subset" : `uses subset \`${e.subset}\``}, which is not a version in rollout.yaml (${versions.join(", ")}). Give each destination a \`subset:\` named after a version.`,
            };
          }
          seen.add(e.version);
        }
        // One destination and no weight: it gets everything. Valid as it is while that stays true.
        const only = ours[0];
        if (
          ours.length === 1 &&
          only?.version &&
          !isNode(get(only.r, "weight")) &&
          weights[only.version] === 100
        )
          continue;
        for (const e of ours) {
          const version = e.version as string;
          const w = weights[version] ?? 0;
          const set = weightSplice(text, e.r, w);
          if (!set.ok)
            return {
              ok: false,
              reason: "route-mismatch",
              message:
                set.problem === "not-a-number"
                  ? `${where(set.node)}: weight is not a plain number. Write it as e.g. \`weight: 10\`.`
                  : `${where(e.r as Node)}: destination \`${version}\` has no \`weight:\` and is written in flow style. Add \`weight: ${w}\` to it.`,
            };
          if (set.splice) splices.push(set.splice);
          if (set.inserted)
            notes.push(`${where(e.r as Node)}: added \`weight: ${w}\` to the destination of ${version}`);
        }
        const missing = versions.filter((v) => (weights[v] ?? 0) > 0 && !seen.has(v));
        for (const v of missing) {
          const template = ours[0];
          const added =
            template &&
            addDestination({
              text,
              route,
              template: template.r as YAMLMap,
              input,
              version: v,
              weight: weights[v] ?? 0,
            });
          if (!added) {
            return {
              ok: false,
              reason: "route-mismatch",
              message: `${where(route as Node)}: this route to ${host} has no destination for \`${v}\`, which would get ${weights[v]} %. Add \`- destination: { host: ${input.service.versions[v]?.host ?? host}${input.service.versions[v]?.host ? "" : `, subset: ${v}`} }\` with a weight to the route.`,
            };
          }
          splices.push(added);
          notes.push(`${where(route as Node)}: added a destination for ${v} (${weights[v]} %)`);
        }
      }
    }
  }
  if (routes === 0) {
    return {
      ok: false,
      reason: "no-matching-route",
      message: `${file}: no VirtualService route sends traffic to \`${host}\` (namespace ${namespace}). Point virtualService at the file that routes to it, or fix \`host\` in rollout.yaml.`,
    };
  }
  return { ok: true, text: applySplices(text, splices), routes, notes };
}

/**
 * Appends `- destination: {host, subset, port as the template's}` with `weight:` to a block-style
 * route list, written like its first entry. Undefined for flow style.
 */
function addDestination(params: {
  readonly text: string;
  readonly route: YAMLSeq;
  readonly template: YAMLMap;
  readonly input: RouterInput;
  readonly version: string;
  readonly weight: number;
}): Splice | undefined {
  const { text, route, template, input, version, weight } = params;
  const dest = get(template, "destination");
  const cols = itemColumns(text, template);
  const destCol =
    isMap(dest) && !dest.flow && isNode(dest.items[0]?.key) ? columnOf(text, dest.items[0].key) : undefined;
  if (!cols || destCol === undefined || !isMap(dest)) return undefined;
  const own = input.service.versions[version]?.host;
  const port = get(get(dest, "port"), "number");
  const pad = (n: number) => " ".repeat(n);
  return appendToSeq(text, route, [
    `${pad(cols.dash)}-${pad(cols.key - cols.dash - 1)}destination:`,
    `${pad(destCol)}host: ${own ?? str(get(dest, "host")) ?? input.service.host}`,
    ...(own ? [] : [`${pad(destCol)}subset: ${version}`]),
    ...(isScalar(port) ? [`${pad(destCol)}port:`, `${pad(destCol + 2)}number: ${String(port.value)}`] : []),
    `${pad(cols.key)}weight: ${weight}`,
  ]);
}
