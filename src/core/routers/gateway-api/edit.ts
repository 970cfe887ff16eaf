import { isMap, isNode, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from "yaml";
import type { Weights } from "../../plan.js";
import {
  appendToSeq,
  applySplices,
  get,
  itemColumns,
  parseStream,
  type Splice,
  str,
  weightSplice,
} from "../../yaml-edit.js";
import type { EditResult, RouterInput } from "../types.js";
import { backendVersion, isPinMatch, versionService } from "./backends.js";

/** A rule matched by header or query parameter is someone's pin: never ours to weigh. */
function isPinned(rule: unknown): boolean {
  const matches = get(rule, "matches");
  if (!isSeq(matches)) return false;
  return matches.items.some(
    (m) => isMap(m) && isPinMatch(m.items.map((p) => String(isScalar(p.key) ? p.key.value : ""))),
  );
}

/** A foreign backendRef, for messages: `Service other`, `ServiceImport store (multicluster.x-k8s.io)`. */
function refText(r: unknown, routeNs: string, ns: string): string {
  const kind = str(get(r, "kind")) ?? "Service";
  const group = str(get(r, "group")) ?? "";
  const refNs = str(get(r, "namespace")) ?? routeNs;
  return `${kind} \`${str(get(r, "name")) ?? "?"}\`${group ? ` (${group})` : ""}${refNs === ns ? "" : ` in namespace ${refNs}`}`;
}

/**
 * Edits the weights of an HTTPRoute file the user brought (any number of documents, any kinds):
 * only rules whose backendRefs are all this service's version Services change, and only their
 * `weight` values (added, with a backendRef for a version that gains traffic, where a rule needs
 * them). Rules matched by header or query parameter are left as they are.
 */
export function editHTTPRoute(params: {
  readonly file: string;
  readonly text: string;
  readonly input: RouterInput;
  readonly weights: Weights;
}): EditResult {
  const { file, text, input, weights } = params;
  const { host, namespace } = input.service;
  const parsed = parseStream({ file, text, expected: "an HTTPRoute" });
  if (!parsed.ok) return parsed;
  const { docs, where } = parsed;
  const versions = Object.keys(weights);
  const services = versions.map((v) => `\`${versionService(input, v)}\``).join(", ");
  const splices: Splice[] = [];
  const notes: string[] = [];
  let routes = 0;
  for (const d of docs) {
    if (str(get(d.contents, "kind")) !== "HTTPRoute") continue;
    const routeNs = str(get(get(d.contents, "metadata"), "namespace")) ?? namespace;
    const rules = get(get(d.contents, "spec"), "rules");
    if (!isSeq(rules)) continue;
    for (const rule of rules.items) {
      const refs = get(rule, "backendRefs");
      if (!isSeq(refs)) continue;
      const entries = refs.items.map((r) => ({
        r,
        version: backendVersion(
          input,
          {
            group: str(get(r, "group")),
            kind: str(get(r, "kind")),
            name: str(get(r, "name")),
            namespace: str(get(r, "namespace")),
          },
          routeNs,
        ),
      }));
      const ours = entries.filter((e): e is { r: unknown; version: string } => e.version !== undefined);
      if (ours.length === 0 || isPinned(rule)) continue;
      const foreign = entries.find((e) => e.version === undefined);
      if (foreign) {
        const name = str(get(foreign.r, "name")) ?? "";
        const maybeVersion = name.startsWith(`${host}-`)
          ? ` If \`${name}\` is a version, add it to rollout.yaml's versions first.`
          : "";
        return {
          ok: false,
          reason: "route-mismatch",
          message: `${where(foreign.r as Node)}: this rule sends traffic to ${refText(foreign.r, routeNs, namespace)} as well as to ${host}'s version Services. HTTPRoute weights are relative to the whole rule (a missing weight counts as 1), so rollout-bot cannot set ${host}'s split here. Move the other backend to a rule of its own (e.g. with its own \`matches:\`), or leave ${host}'s versions out of this rule.${maybeVersion}`,
        };
      }
      const seen = new Set<string>();
      for (const e of ours) {
        if (seen.has(e.version)) {
          return {
            ok: false,
            reason: "route-mismatch",
            message: `${where(e.r as Node)}: this rule names ${e.version}'s Service \`${versionService(input, e.version)}\` twice, so its weights would add up. Keep one backendRef per version.`,
          };
        }
        seen.add(e.version);
      }
      routes++;
      // One backendRef and no weight: it gets everything. Valid as it is while that stays true.
      const only = ours[0];
      if (ours.length === 1 && only && !isNode(get(only.r, "weight")) && weights[only.version] === 100)
        continue;
      for (const e of ours) {
        const w = weights[e.version] ?? 0;
        const set = weightSplice(text, e.r, w);
        if (!set.ok)
          return {
            ok: false,
            reason: "route-mismatch",
            message:
              set.problem === "not-a-number"
                ? `${where(set.node)}: weight is not a plain number. Write it as e.g. \`weight: ${w}\`.`
                : `${where(e.r as Node)}: the backendRef of ${e.version} has no \`weight:\` and is written in flow style. Add \`weight: ${w}\` to it.`,
          };
        if (set.splice) splices.push(set.splice);
        if (set.inserted)
          notes.push(`${where(e.r as Node)}: added \`weight: ${w}\` to the backendRef of ${e.version}`);
      }
      for (const v of versions.filter((x) => (weights[x] ?? 0) > 0 && !seen.has(x))) {
        const w = weights[v] ?? 0;
        const template = ours[0]?.r;
        const added = isMap(template)
          ? addBackendRef({ text, refs, template, name: versionService(input, v), weight: w })
          : undefined;
        if (!added) {
          const portNode = get(template, "port");
          const port = isScalar(portNode) ? String(portNode.value) : undefined;
          return {
            ok: false,
            reason: "route-mismatch",
            message: `${where(refs as Node)}: this rule to ${host} has no backendRef for \`${v}\`, which would get ${w} %. Add \`- { name: ${versionService(input, v)}${port ? `, port: ${port}` : ""}, weight: ${w} }\` to its backendRefs.`,
          };
        }
        splices.push(added);
        notes.push(`${where(refs as Node)}: added a backendRef for ${v} (${w} %)`);
      }
    }
  }
  if (routes === 0) {
    return {
      ok: false,
      reason: "no-matching-route",
      message: `${file}: no HTTPRoute rule sends traffic to ${host}'s version Services (${services} in namespace ${namespace}) without a header or query match. Point httpRoute at the file that routes to them, or set each version's \`host:\` in rollout.yaml to the Service its backendRef names.`,
    };
  }
  return { ok: true, text: applySplices(text, splices), routes, notes };
}

/**
 * Appends a backendRef for `name` with `weight:` to a block-style backendRefs list, written like
 * `template` (its key order, and its port, namespace, group and kind as they are written;
 * filters are not copied). Undefined for flow style.
 */
function addBackendRef(params: {
  readonly text: string;
  readonly refs: YAMLSeq;
  readonly template: YAMLMap;
  readonly name: string;
  readonly weight: number;
}): Splice | undefined {
  const { text, refs, template, name, weight } = params;
  const cols = itemColumns(text, template);
  if (!cols) return undefined;
  const fields: string[] = [];
  for (const p of template.items) {
    const k = isScalar(p.key) ? String(p.key.value) : "";
    if (k === "name") fields.push(`name: ${name}`);
    else if (k === "weight") fields.push(`weight: ${weight}`);
    else if (["port", "namespace", "group", "kind"].includes(k) && isScalar(p.value) && p.value.range)
      fields.push(`${k}: ${text.slice(p.value.range[0], p.value.range[1])}`);
  }
  if (!fields.some((f) => f.startsWith("weight:"))) fields.push(`weight: ${weight}`);
  const pad = (n: number) => " ".repeat(n);
  return appendToSeq(
    text,
    refs,
    fields.map((f, i) =>
      i === 0 ? `${pad(cols.dash)}-${pad(cols.key - cols.dash - 1)}${f}` : `${pad(cols.key)}${f}`,
    ),
  );
}
