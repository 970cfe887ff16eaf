import {
  isMap,
  isNode,
  isScalar,
  LineCounter,
  type Node,
  parseAllDocuments,
  type Scalar,
  type YAMLMap,
} from "yaml";
import { YAML_OPTIONS } from "./k8s.js";

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
