/** Markdown building blocks for everything the bot posts on GitHub. */

/** Inline code that survives any content (a backtick inside needs a longer delimiter). */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = "`".repeat(longest + 1);
  const pad = longest > 0 ? " " : "";
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** A fenced block whose fence no line inside can close. */
export function fenced(text: string, lang = "text"): string {
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** A table cell: no line breaks, no column separators. */
export function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replaceAll("|", "\\|");
}

/** A GitHub table; `align` per column, `r` for numbers. */
export function table(
  header: readonly string[],
  align: readonly ("l" | "r")[],
  rows: readonly string[][],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), line(align.map((a) => (a === "r" ? "---:" : "---"))), ...rows.map(line)].join("\n");
}

/** Escapes `<` outside code spans, so `<version>` shows instead of vanishing as an HTML tag. */
export function prose(line: string): string {
  let out = "";
  let at = 0;
  while (at < line.length) {
    const tick = line.indexOf("`", at);
    if (tick < 0) {
      out += line.slice(at).replaceAll("<", "&lt;");
      break;
    }
    out += line.slice(at, tick).replaceAll("<", "&lt;");
    const run = /^`+/.exec(line.slice(tick))?.[0] ?? "`";
    const close = line.indexOf(run, tick + run.length);
    const end = close < 0 ? tick + run.length : close + run.length;
    out += line.slice(tick, end);
    at = end;
  }
  return out;
}
