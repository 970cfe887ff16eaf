import type { Problem } from "./problems.js";

/**
 * How deep a YAML text nests, found by one pass over its characters, before any parser or
 * validator recurses into it: 2,000 levels of `[[[…` or of indented keys overflow the stack
 * somewhere different in each command, so every command refuses them here first, at one spot.
 */

/** The deepest nesting rollout-bot reads; rollout.yaml itself needs about 6 levels. */
export const MAX_DEPTH = 64;

const SPACE = 32;
const NL = 10;
const CR = 13;
const TAB = 9;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === CR || c === NL || Number.isNaN(c);
}

/**
 * Where the nesting first goes deeper than `max` (an offset into `text`), or undefined. It counts
 * block levels by indentation (each `- ` of a compact `- - x` is one) plus open flow brackets,
 * skipping quoted strings, comments and block scalars; a level it over-counts (a continued plain
 * scalar) is one at most, far below `max`.
 */
export function tooDeepAt(text: string, max: number = MAX_DEPTH): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote = 0; // the open quote's character code, 0 when none
  let blockScalar = -1; // indent of the line that opened a `|`/`>` scalar, -1 when none
  const len = text.length;
  for (let pos = 0; pos < len; ) {
    const nl = text.indexOf("\n", pos);
    const end = nl === -1 ? len : nl;
    const next = nl === -1 ? len : nl + 1;
    let n = pos;
    while (n < end && text.charCodeAt(n) === SPACE) n++;
    const indent = n - pos;
    const empty = n === end || (text.charCodeAt(n) === CR && n + 1 === end);
    if (blockScalar >= 0) {
      if (empty || indent > blockScalar) {
        pos = next;
        continue;
      }
      blockScalar = -1;
    }
    let i = n;
    // Whether a value may begin at `i`: a flow collection or quoted scalar opens only there.
    let valueStart = true;
    if (quote === 0 && flow === 0) {
      if (empty || text.charCodeAt(n) === 35 /* # */) {
        pos = next;
        continue;
      }
      while (indents.length > 0 && (indents[indents.length - 1] as number) >= indent) indents.pop();
      indents.push(indent);
      if (indents.length > max) return n;
      // `- - - x`, `? key`: each indicator opens one more level at the column after it.
      for (;;) {
        const c = text.charCodeAt(i);
        if ((c === 45 /* - */ || c === 63) /* ? */ && isBlank(text.charCodeAt(i + 1)) && i < end) {
          i++;
          while (i < end && text.charCodeAt(i) === SPACE) i++;
          indents.push(i - pos);
          if (indents.length > max) return i;
          continue;
        }
        break;
      }
    } else {
      valueStart = quote === 0;
    }
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (quote !== 0) {
        if (quote === 34 /* " */ && c === 92 /* \ */) i++;
        else if (quote === 39 /* ' */ && c === 39 && text.charCodeAt(i + 1) === 39) i++;
        else if (c === quote) {
          quote = 0;
          valueStart = false;
        }
        continue;
      }
      if (c === SPACE || c === TAB) continue;
      if (c === 35 /* # */ && (i === n || isBlank(text.charCodeAt(i - 1)))) break;
      if (flow > 0) {
        if (c === 91 /* [ */ || c === 123 /* { */) {
          flow++;
          if (indents.length + flow > max) return i;
          valueStart = true;
        } else if (c === 93 /* ] */ || c === 125 /* } */) {
          flow--;
          valueStart = false;
        } else if (c === 44 /* , */ || (c === 58 /* : */ && isBlank(text.charCodeAt(i + 1)))) {
          valueStart = true;
        } else if ((c === 34 || c === 39) && valueStart) {
          quote = c;
        } else {
          valueStart = false;
        }
        continue;
      }
      // Block context.
      if (valueStart && (c === 91 || c === 123)) {
        flow = 1;
        if (indents.length + flow > max) return i;
        valueStart = true;
      } else if (valueStart && (c === 34 || c === 39)) {
        quote = c;
      } else if (valueStart && (c === 124 /* | */ || c === 62) /* > */) {
        blockScalar = indent;
        break;
      } else if (valueStart && (c === 38 /* & */ || c === 33) /* ! */) {
        // An anchor or tag before the value: the value may still open after it.
        while (i + 1 < end && !isBlank(text.charCodeAt(i + 1))) i++;
      } else if (c === 58 /* : */ && isBlank(text.charCodeAt(i + 1))) {
        valueStart = true;
      } else {
        valueStart = false;
      }
    }
    pos = next;
  }
  return undefined;
}

/** The problem to report when `text` nests deeper than `MAX_DEPTH`, at the spot where it does. */
export function nestingProblem(text: string, file: string): Problem | undefined {
  const at = tooDeepAt(text);
  if (at === undefined) return undefined;
  let line = 1;
  let start = 0;
  for (let nl = text.indexOf("\n"); nl !== -1 && nl < at; nl = text.indexOf("\n", nl + 1)) {
    line++;
    start = nl + 1;
  }
  return {
    file,
    line,
    column: at - start + 1,
    path: "",
    message: `YAML nested more than ${MAX_DEPTH} levels deep here (rollout-bot reads at most ${MAX_DEPTH}${file.endsWith("rollout.yaml") ? "; rollout.yaml needs about 6" : ""}). Remove the extra nesting.`,
  };
}
