import { isMap, isNode, isScalar, type Node, type Pair, parse } from "yaml";
import { type LoadedConfig, nodeAt, serviceSource } from "./config.js";
import type { Mirror, Weights } from "./plan.js";
import { applySplices, replaceScalar, type Splice } from "./yaml-edit.js";

/**
 * Rewrites only the weight (and `stable`) scalars of one service in the file that holds it
 * (rollout.yaml, or the service's own included file), and its `mirror` when `mirrorAfter` is
 * given (`null`: remove it), leaving every other byte — comments, key order, alignment — as it was.
 */
export function editConfigWeights(params: {
  readonly loaded: LoadedConfig;
  readonly service: string;
  readonly after: Weights;
  readonly stableAfter: string;
  /** The mirror to write; `null` removes it; left out, the mirror stays as it is. */
  readonly mirrorAfter?: Mirror | null;
}): { readonly file: string; readonly text: string; readonly parsed: string } {
  const { loaded, service, after, stableAfter } = params;
  const source = serviceSource(loaded, service);
  const base = source.base;
  const current = loaded.config.services[service];
  if (!current) throw new Error(`editConfigWeights: unknown service ${service}`);
  const splices: Splice[] = [];
  for (const [v, w] of Object.entries(after)) {
    if (current.versions[v]?.weight === w) continue;
    const s = replaceScalar(nodeAt(source.doc, [...base, "versions", v, "weight"]).node, w);
    if (!s) throw new Error(`editConfigWeights: no weight scalar for ${service}.${v}`);
    splices.push(s);
  }
  if (stableAfter !== current.stable) {
    const s = replaceString(nodeAt(source.doc, [...base, "stable"]).node, stableAfter);
    if (!s) throw new Error(`editConfigWeights: no stable scalar for ${service}`);
    splices.push(s);
  }
  if (params.mirrorAfter !== undefined)
    splices.push(...editMirror({ loaded, service, after: params.mirrorAfter ?? undefined }));
  return {
    file: source.file,
    text: applySplices(
      source.text,
      splices.map((s) => ({ ...s, start: s.start + source.offset, end: s.end + source.offset })),
    ),
    parsed: applySplices(source.parsed, splices),
  };
}

/** `value` as YAML: plain when it reads back as that same string, else double-quoted. */
function yamlString(value: string): string {
  try {
    if (parse(value) === value) return value;
  } catch {
    // not plain-safe
  }
  return JSON.stringify(value);
}

/** `replaceScalar` for a string, quoting it when the existing plain style would not read back as it. */
function replaceString(node: Node | undefined, value: string): Splice | undefined {
  const s = replaceScalar(node, value);
  if (!s || !isScalar(node) || node.type !== "PLAIN") return s;
  return { ...s, text: yamlString(value) };
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf("\n", at - 1) + 1;
}

/** The offset of the newline ending the line `at` is on (the text's length on the last line). */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf("\n", at);
  return nl === -1 ? text.length : nl;
}

/** Where a pair's value ends: its last item's value for a block map, else the value itself. */
function valueEnd(pair: Pair<unknown, unknown>): number {
  const v = pair.value;
  if (isMap(v) && !v.flow) {
    const last = v.items[v.items.length - 1];
    if (last) return valueEnd(last as Pair<unknown, unknown>);
  }
  if (isNode(v) && v.range) return v.range[1];
  const k = pair.key;
  return isNode(k) && k.range ? k.range[1] : 0;
}

/**
 * The splices that make a service's `mirror` entry say `after` (remove it when undefined): its
 * `version`/`percent` scalars when the entry exists, a new `mirror: { version, percent }` line
 * after `stable:` (indented like it) when it does not, and the entry's lines (comment-only lines
 * kept) to remove it. A flow-style service map gets `, mirror: {…}` added or taken out instead.
 */
export function editMirror(params: {
  readonly loaded: LoadedConfig;
  readonly service: string;
  readonly after: Mirror | undefined;
}): Splice[] {
  const { loaded, service, after } = params;
  const source = serviceSource(loaded, service);
  const text = source.parsed;
  const fail = (what: string) => new Error(`editConfigWeights: ${what} for ${service}`);
  const map = nodeAt(source.doc, source.base).node;
  if (!isMap(map)) throw fail("no service map");
  const at = map.items.findIndex((p) => isScalar(p.key) && p.key.value === "mirror");
  const pair = map.items[at];
  const flowText = (m: Mirror) => `{ version: ${yamlString(m.version)}, percent: ${m.percent} }`;

  if (after && pair) {
    const value = pair.value;
    if (!isMap(value)) throw fail("`mirror` is not a map");
    const out: Splice[] = [];
    const current = loaded.config.services[service]?.mirror;
    if (current?.version !== after.version) {
      const s = replaceString(value.get("version", true) as Node | undefined, after.version);
      if (!s) throw fail("no mirror.version scalar");
      out.push(s);
    }
    if (current?.percent !== after.percent) {
      const s = replaceScalar(value.get("percent", true) as Node | undefined, after.percent);
      if (!s) throw fail("no mirror.percent scalar");
      out.push(s);
    }
    return out;
  }

  if (after) {
    const stable = map.items.find((p) => isScalar(p.key) && p.key.value === "stable");
    if (!stable || !isNode(stable.key) || !stable.key.range) throw fail("no `stable:` key");
    const end = valueEnd(stable);
    if (map.flow) return [{ start: end, end, text: `, mirror: ${flowText(after)}` }];
    const column = stable.key.range[0] - lineStart(text, stable.key.range[0]);
    const nl = lineEnd(text, end);
    return [{ start: nl, end: nl, text: `\n${" ".repeat(column)}mirror: ${flowText(after)}` }];
  }

  if (!pair || !isNode(pair.key) || !pair.key.range) return [];
  const keyStart = pair.key.range[0];
  const end = valueEnd(pair);
  if (map.flow) {
    // `, mirror: {…}` after the previous entry, or `mirror: {…}, ` before the next one.
    const prev = map.items[at - 1];
    const next = map.items[at + 1];
    if (prev) return [{ start: valueEnd(prev as Pair<unknown, unknown>), end, text: "" }];
    const nextKey = next?.key;
    if (isNode(nextKey) && nextKey.range) return [{ start: keyStart, end: nextKey.range[0], text: "" }];
    return [{ start: keyStart, end, text: "" }];
  }
  // Whole lines, from the key's to the one the value ends on; comment-only lines stay.
  const first = lineStart(text, keyStart);
  const last = lineEnd(text, end);
  const out: Splice[] = [];
  for (let start = first; start <= last; ) {
    const stop = lineEnd(text, start);
    if (!/^\s*#/.test(text.slice(start, stop)))
      out.push({ start, end: Math.min(stop + 1, text.length), text: "" });
    start = stop + 1;
  }
  return out;
}
