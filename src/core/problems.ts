/** A problem a user must fix, located in a file. */
export interface Problem {
  readonly file: string;
  /** 1-based; 0 when the problem is about the whole file. */
  readonly line: number;
  readonly column: number;
  /** Dotted field path, e.g. `services.mnist.versions.v2.weight`; empty for the document. */
  readonly path: string;
  readonly message: string;
}

// Line breaks and other control characters (from a key or value such as "sta\nble").
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what it finds
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;

/** One problem stays on one line: a line break inside it is shown as ⏎, other control characters escaped. */
export function oneLine(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, "⏎")
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A key as messages show it: as written, or JSON-quoted when it holds a line break or another control character. */
export function showKey(key: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what it looks for
  return /[\u0000-\u001f\u007f\u2028\u2029]/.test(key) ? JSON.stringify(key) : key;
}

/** `rollout.yaml:12:15: services.mnist.stable: must name one of the versions…` */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return oneLine(p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`);
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join("\n");
}

/** Renders a path array the way users write it in YAML. */
export function pathToString(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === "number" ? `[${k}]` : `${i === 0 ? "" : "."}${showKey(String(k))}`))
    .join("");
}
