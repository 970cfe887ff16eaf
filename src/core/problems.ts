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

/** `rollout.yaml:12:15: services.mnist.stable: must name one of the versions…` */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join("\n");
}

/** Renders a path array the way users write it in YAML. */
export function pathToString(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === "number" ? `[${k}]` : `${i === 0 ? "" : "."}${String(k)}`))
    .join("");
}
