/**
 * A line scan of rollout.yaml's `services:` block, so a command about one service can parse
 * only that service's lines: a full YAML parse of a 1,000-service file costs ~300 ms, this ~2 ms.
 * It understands the plain block layout rollout.yaml is written in and gives up (undefined) on
 * anything else, and the caller then parses the whole file.
 */
export interface ServiceScan {
  /** Service keys in file order. */
  readonly keys: readonly string[];
  /** Line ranges [start, end) of each service's block, 0-based. */
  readonly blocks: ReadonlyMap<string, { readonly start: number; readonly end: number }>;
  /** The `services:` line, and the first line after the services block. */
  readonly servicesLine: number;
  readonly servicesEnd: number;
  readonly lines: readonly string[];
}

const TOP_KEY = /^([A-Za-z_][\w-]*)\s*:(?:\s|$)/;
// Anything fancier (complex keys, anchors, tags) makes the scan give up.
const KEY = /^(?:"([^"\\]*)"|'([^']*)'|([A-Za-z0-9_.-]+)) *:(?:\s|$)/;

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

function isBlankOrComment(line: string): boolean {
  const t = line.trim();
  return t === "" || t.startsWith("#");
}

export function scanServices(text: string): ServiceScan | undefined {
  const lines = text.split("\n");
  let servicesLine = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const c = line.charCodeAt(0);
    if (c === 9 || line.startsWith("---") || line.startsWith("...") || line.startsWith("%")) return undefined;
    if (line.startsWith("services:")) {
      if (servicesLine !== -1) return undefined;
      // Only the block form: `services:` then nothing but a comment.
      if (!/^services:\s*(#.*)?\r?$/.test(line)) return undefined;
      servicesLine = i;
    }
  }
  if (servicesLine === -1) return undefined;
  let indent = -1;
  const keys: string[] = [];
  const seen = new Set<string>();
  const blocks = new Map<string, { start: number; end: number }>();
  let current: { key: string; start: number } | undefined;
  let end = lines.length;
  for (let i = servicesLine + 1; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, "");
    if (isBlankOrComment(line)) continue;
    const n = indentOf(line);
    if (n === 0) {
      if (!TOP_KEY.test(line)) return undefined;
      end = i;
      break;
    }
    if (indent === -1) indent = n;
    if (n < indent) return undefined;
    if (n > indent) {
      if (!current) return undefined;
      continue;
    }
    const m = KEY.exec(line.slice(n));
    if (!m) return undefined;
    const key = m[1] ?? m[2] ?? m[3] ?? "";
    if (key === "" || seen.has(key)) return undefined;
    seen.add(key);
    if (current) blocks.set(current.key, { start: current.start, end: i });
    current = { key, start: i };
    keys.push(key);
  }
  if (current) blocks.set(current.key, { start: current.start, end });
  // Trailing blank/comment lines before the next top-level key belong to no service.
  return { keys, blocks, servicesLine, servicesEnd: end, lines };
}

/**
 * The file with every other service's lines emptied: same line numbers and columns, so
 * positions in errors stay true. `offset` maps an offset inside the kept service's block back to
 * the original text.
 */
export function sliceForService(
  scan: ServiceScan,
  key: string,
): { readonly text: string; readonly offset: number } | undefined {
  const block = scan.blocks.get(key);
  if (!block) return undefined;
  let offset = 0;
  const out: string[] = new Array(scan.lines.length);
  for (let i = 0; i < scan.lines.length; i++) {
    const line = scan.lines[i] as string;
    const keep = i <= scan.servicesLine || i >= scan.servicesEnd || (i >= block.start && i < block.end);
    out[i] = keep ? line : "";
    if (!keep && i < block.start) offset += line.length;
  }
  return { text: out.join("\n"), offset };
}
