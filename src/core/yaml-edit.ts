import {
  isMap,
  isNode,
  isScalar,
  LineCounter,
  type Node,
  parseAllDocuments,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { nestingProblem } from "./depth.js";
import { YAML_OPTIONS } from "./k8s.js";
import { formatProblem } from "./problems.js";

/** A text replacement at source offsets [start, end). */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies splices from the end back; insertions at one offset land in the order they were given. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  let out = text;
  const order = splices.map((s, i) => ({ s, i })).sort((a, b) => b.s.start - a.s.start || b.i - a.i);
  for (const { s } of order) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** Renders `value` the way the existing scalar was written (plain, 'single' or "double"). */
function scalarText(node: Scalar, value: string | number): string {
  if (typeof value === "number") return String(value);
  if (node.type === "QUOTE_DOUBLE") return JSON.stringify(value);
  if (node.type === "QUOTE_SINGLE") return `'${value.replace(/'/g, "''")}'`;
  return value;
}

export function replaceScalar(node: Node | undefined, value: string | number): Splice | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  return { start: node.range[0], end: node.range[1], text: scalarText(node, value) };
}

/** The value node of `key` in a YAML map node (undefined for anything else). */
export function get(map: unknown, key: string): unknown {
  return isMap(map) ? map.get(key, true) : undefined;
}

/** A string scalar's value. */
export function str(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === "string" ? node.value : undefined;
}

/** Adds `key: value` to a block-style map entry, indented like its other keys (undefined for flow style). */
export function insertKey(text: string, entry: YAMLMap, key: string, value: number): Splice | undefined {
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
  return { start: at, end: at, text: `\n${" ".repeat(column)}${key}: ${value}` };
}

export type ParsedStream =
  | {
      readonly ok: true;
      readonly docs: ReturnType<typeof parseAllDocuments> & unknown[];
      /** `file:line:col` of a node. */
      readonly where: (node: Node | undefined) => string;
    }
  | { readonly ok: false; readonly reason: "invalid-yaml"; readonly message: string };

/** Parses a multi-document YAML file the user brought, or says where it is broken. */
export function parseStream(params: {
  readonly file: string;
  readonly text: string;
  readonly expected: string;
}): ParsedStream {
  const { file, text } = params;
  // The parser recurses: refuse deep nesting first, at its spot, rather than overflow the stack.
  const deep = nestingProblem(text, file);
  if (deep) return { ok: false, reason: "invalid-yaml", message: formatProblem(deep) };
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter: lines });
  if (!Array.isArray(docs))
    return { ok: false, reason: "invalid-yaml", message: `${file}: is empty; expected ${params.expected}.` };
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
  const where = (node: Node | undefined) => {
    const p = lines.linePos(node?.range?.[0] ?? 0);
    return `${file}:${p.line}:${p.col}`;
  };
  return { ok: true, docs, where };
}

/** The column of a node's first character on its line. */
export function columnOf(text: string, node: Node): number | undefined {
  if (!node.range) return undefined;
  return node.range[0] - (text.lastIndexOf("\n", node.range[0] - 1) + 1);
}

/**
 * Columns of a block-style list item written as `- key: …`: its `-` and its first key, for writing
 * a sibling item the same way. Undefined for flow style.
 */
export function itemColumns(
  text: string,
  item: YAMLMap,
): { readonly dash: number; readonly key: number } | undefined {
  if (item.flow) return undefined;
  const first = item.items[0]?.key;
  if (!isNode(first) || !first.range) return undefined;
  const lineStart = text.lastIndexOf("\n", first.range[0] - 1) + 1;
  const dash = text.slice(lineStart, first.range[0]).lastIndexOf("-");
  return dash < 0 ? undefined : { dash, key: first.range[0] - lineStart };
}

/** Appends lines after the last item of a block-style list. Undefined for flow style. */
export function appendToSeq(text: string, seq: YAMLSeq, lines: readonly string[]): Splice | undefined {
  const last = seq.items[seq.items.length - 1];
  if (seq.flow || !isNode(last) || !last.range) return undefined;
  const nl = text.indexOf("\n", last.range[1] - 1);
  const at = nl === -1 ? text.length : nl;
  return { start: at, end: at, text: `\n${lines.join("\n")}` };
}

export type WeightSplice =
  | { readonly ok: true; readonly splice?: Splice; readonly inserted: boolean }
  | { readonly ok: false; readonly problem: "not-a-number" | "flow-style"; readonly node: Node | undefined };

/**
 * Sets the `weight` of a route entry: the scalar rewritten when it differs (a quoted "10" becomes
 * a number), or `weight:` inserted in block style when the entry has none.
 */
export function weightSplice(text: string, entry: unknown, weight: number): WeightSplice {
  const node = get(entry, "weight");
  if (isNode(node)) {
    if (isScalar(node) && node.value === weight) return { ok: true, inserted: false };
    const splice = replaceScalar(node, weight);
    return splice ? { ok: true, splice, inserted: false } : { ok: false, problem: "not-a-number", node };
  }
  const splice = isMap(entry) ? insertKey(text, entry, "weight", weight) : undefined;
  return splice
    ? { ok: true, splice, inserted: true }
    : { ok: false, problem: "flow-style", node: isNode(entry) ? entry : undefined };
}
