import { localTree } from "../adapters/fs.js";
import { type LocalResult, runValidate } from "../commands/local.js";

/** `mode: validate`: rollout.yaml valid and rendered manifests current, in the checked-out workspace. */
export function validateMode(params: {
  readonly workspace: string;
  readonly configPath: string;
}): Promise<LocalResult> {
  return runValidate({ tree: localTree(params.workspace), file: params.configPath });
}

/** One GitHub annotation: a message on a file's line. */
export interface Annotation {
  readonly message: string;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** The first line (1-based) where `after` differs from `before`. */
function firstChangedLine(before: string, after: string): number {
  const a = before.split("\n");
  const b = after.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i + 1;
}

/**
 * Annotations for a failed validate that has no located rollout.yaml problems: each stale or
 * missing rendered file on its first differing line, and each `file:line[:column]: …` line of
 * the message (problems in a brought routing file); none when nothing can be placed.
 */
export function annotationsOf(result: LocalResult): Annotation[] {
  if (result.ok) return [];
  if (result.changes && result.changes.length > 0) {
    return result.changes.map((c) => ({
      file: c.path,
      line: c.before === undefined || c.after === undefined ? 1 : firstChangedLine(c.before, c.after),
      message:
        c.before === undefined
          ? `${c.path} is missing: rollout.yaml renders it. ${result.message.split("\n").at(-1)}`
          : c.after === undefined
            ? `${c.path} is no longer rendered from rollout.yaml (a rendered file to delete). ${result.message.split("\n").at(-1)}`
            : `${c.path} does not match what rollout.yaml renders (from here on). ${result.message.split("\n").at(-1)}`,
    }));
  }
  const out: Annotation[] = [];
  for (const line of result.message.split("\n")) {
    const m = /^([^\s:][^:]*):(\d+)(?::(\d+))?: (.*)$/.exec(line);
    if (m?.[1] && m[2] && m[4]) {
      out.push({ file: m[1], line: Number(m[2]), ...(m[3] ? { column: Number(m[3]) } : {}), message: m[4] });
    }
  }
  return out;
}
