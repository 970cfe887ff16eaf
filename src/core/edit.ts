import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  type Scalar,
  type YAMLMap,
} from "yaml";
import { type LoadedConfig, nodeAt, YAML_OPTIONS } from "./config.js";
import type { Weights } from "./plan.js";

/** A text replacement at source offsets [start, end). */
interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function applySplices(text: string, splices: readonly Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start))
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** Renders `value` the way the existing scalar was written (plain, 'single' or "double"). */
function scalarText(node: Scalar, value: string | number): string {
  if (typeof value === "number") return String(value);
  if (node.type === "QUOTE_DOUBLE") return JSON.stringify(value);
  if (node.type === "QUOTE_SINGLE") return `'${value.replace(/'/g, "''")}'`;
  return value;
}

function replaceScalar(node: Node | undefined, value: string | number): Splice | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  return { start: node.range[0], end: node.range[1], text: scalarText(node, value) };
}

/**
 * Rewrites only the weight (and `stable`) scalars of one service in rollout.yaml, leaving every
 * other byte — comments, key order, alignment — as it was.
 */
export function editConfigWeights(params: {
  readonly loaded: LoadedConfig;
  readonly service: string;
  readonly after: Weights;
  readonly stableAfter: string;
}): { readonly text: string; readonly parsed: string } {
  const { loaded, service, after, stableAfter } = params;
  const base = ["services", service];
  const current = loaded.config.services[service];
  if (!current) throw new Error(`editConfigWeights: unknown service ${service}`);
  const splices: Splice[] = [];
  for (const [v, w] of Object.entries(after)) {
    if (current.versions[v]?.weight === w) continue;
    const s = replaceScalar(nodeAt(loaded.doc, [...base, "versions", v, "weight"]).node, w);
    if (!s) throw new Error(`editConfigWeights: no weight scalar for ${service}.${v}`);
    splices.push(s);
  }
  if (stableAfter !== current.stable) {
    const s = replaceScalar(nodeAt(loaded.doc, [...base, "stable"]).node, stableAfter);
    if (!s) throw new Error(`editConfigWeights: no stable scalar for ${service}`);
    splices.push(s);
  }
  return {
    text: applySplices(
      loaded.text,
      splices.map((s) => ({ ...s, start: s.start + loaded.offset, end: s.end + loaded.offset })),
    ),
    parsed: applySplices(loaded.parsed, splices),
  };
}

export type EditResult =
  | { readonly ok: true; readonly text: string; readonly routes: number }
  | {
      readonly ok: false;
      readonly reason: "invalid-yaml" | "no-matching-route" | "route-mismatch";
      readonly message: string;
    };

function get(map: unknown, key: string): unknown {
  return isMap(map) ? map.get(key, true) : undefined;
}

function str(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === "string" ? node.value : undefined;
}

/** Whether a destination host names the Kubernetes Service `host` in `namespace`. */
export function hostMatches(dest: string, host: string, namespace: string): boolean {
  return (
    dest === host ||
    dest === `${host}.${namespace}` ||
    dest === `${host}.${namespace}.svc` ||
    dest === `${host}.${namespace}.svc.cluster.local`
  );
}

/**
 * Edits the weights of an existing (bring-your-own) VirtualService file in place: only routes
 * whose destinations are `host`'s subsets are touched, and only their `weight` values.
 */
export function editVirtualServiceWeights(params: {
  readonly file: string;
  readonly text: string;
  readonly host: string;
  readonly namespace: string;
  readonly weights: Weights;
}): EditResult {
  const { file, text, host, namespace, weights } = params;
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter: lines });
  const where = (node: Node | undefined) => {
    const p = lines.linePos(node?.range?.[0] ?? 0);
    return `${file}:${p.line}:${p.col}`;
  };
  if (!Array.isArray(docs))
    return {
      ok: false,
      reason: "invalid-yaml",
      message: `${file}: is empty; expected a VirtualService.`,
    };
  for (const d of docs) {
    const e = d.errors[0] ?? d.warnings[0];
    if (e) {
      const p = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
      return {
        ok: false,
        reason: "invalid-yaml",
        message: `${file}:${p.line}:${p.col}: YAML error: ${e.message.split("\n")[0]}. Fix the file.`,
      };
    }
  }
  const versions = Object.keys(weights);
  const splices: Splice[] = [];
  let routes = 0;
  for (const d of docs) {
    if (str(get(d.contents, "kind")) !== "VirtualService") continue;
    const spec = get(d.contents, "spec");
    for (const proto of ["http", "tls", "tcp"]) {
      const list = get(spec, proto);
      if (!isSeq(list)) continue;
      for (const rule of list.items) {
        const route = get(rule, "route");
        if (!isSeq(route)) continue;
        const ours = route.items.filter((r) => {
          const h = str(get(get(r, "destination"), "host"));
          return h !== undefined && hostMatches(h, host, namespace);
        });
        if (ours.length === 0) continue;
        routes++;
        const seen = new Set<string>();
        for (const r of ours) {
          const dest = get(r, "destination");
          const subset = str(get(dest, "subset"));
          if (subset === undefined || !versions.includes(subset)) {
            return {
              ok: false,
              reason: "route-mismatch",
              message: `${where(dest as Node)}: route to ${host} ${subset === undefined ? "has no subset" : `uses subset \`${subset}\``}, which is not a version in rollout.yaml (${versions.join(", ")}). Give each destination a \`subset:\` named after a version.`,
            };
          }
          seen.add(subset);
          const w = weights[subset] ?? 0;
          const weightNode = get(r, "weight");
          if (isNode(weightNode)) {
            if (!isScalar(weightNode) || Number(weightNode.value) !== w) {
              const s = replaceScalar(weightNode, w);
              if (!s)
                return {
                  ok: false,
                  reason: "route-mismatch",
                  message: `${where(weightNode)}: weight is not a plain number. Write it as e.g. \`weight: 10\`.`,
                };
              splices.push(s);
            }
          } else {
            const ins = insertWeight(text, r as YAMLMap, w);
            if (!ins)
              return {
                ok: false,
                reason: "route-mismatch",
                message: `${where(r as Node)}: destination \`${subset}\` has no \`weight:\` and is written in flow style. Add \`weight: ${w}\` to it.`,
              };
            splices.push(ins);
          }
        }
        const missing = versions.filter((v) => (weights[v] ?? 0) > 0 && !seen.has(v));
        if (missing.length > 0) {
          return {
            ok: false,
            reason: "route-mismatch",
            message: `${where(route as Node)}: this route to ${host} has no destination for ${missing.map((m) => `\`${m}\``).join(", ")}, which would get ${missing.map((m) => `${weights[m]} %`).join(", ")}. Add \`- destination: { host: ${host}, subset: ${missing[0]} }\` with a weight to the route.`,
          };
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
  return { ok: true, text: applySplices(text, splices), routes };
}

/** Adds `weight: N` to a block-style route entry, indented like its other keys. */
function insertWeight(text: string, entry: YAMLMap, weight: number): Splice | undefined {
  if (entry.flow || !entry.range) return undefined;
  const first = entry.items[0]?.key;
  if (!isNode(first) || !first.range) return undefined;
  const lineStart = text.lastIndexOf("\n", first.range[0] - 1) + 1;
  const column = first.range[0] - lineStart;
  const last = entry.items[entry.items.length - 1]?.value;
  if (!isNode(last) || !last.range) return undefined;
  // Insert after the line on which the entry's last value ends.
  const nl = text.indexOf("\n", last.range[1] - 1);
  const at = nl === -1 ? text.length : nl;
  return { start: at, end: at, text: `\n${" ".repeat(column)}weight: ${weight}` };
}
