// The bot's GitHub Markdown as plain text for a terminal: what `metrics`, `plan` and `apply` print
// on a TTY (README, CLI). Only the Markdown the bot itself writes (src/core/markdown.ts) needs to
// read well; anything else passes through unchanged.

/** What a terminal shows instead of a Mermaid diagram. */
export const MERMAID_NOTE =
  "(a diagram in the pull-request comment: pass --markdown to print its Mermaid source)";

/** Columns a string takes in a terminal: emoji and East Asian wide characters 2, marks 0. */
export function displayWidth(text: string): number {
  let width = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (/^(?:\p{Mn}|\p{Me}|\u200d|\ufe0e|\ufe0f)$/u.test(ch)) continue;
    const wide =
      /\p{Emoji_Presentation}/u.test(ch) ||
      (chars[i + 1] === "\ufe0f" && /\p{Extended_Pictographic}/u.test(ch)) ||
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u.test(ch);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Inline Markdown to text: code spans, bold, links, the HTML tags and entities the bot writes. */
export function plainInline(line: string): string {
  let out = "";
  let at = 0;
  while (at < line.length) {
    const tick = line.indexOf("`", at);
    const text = tick < 0 ? line.slice(at) : line.slice(at, tick);
    out += text
      .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) =>
        label === url ? url : `${label} (${url})`,
      )
      // Bold may wrap a code span (**`v2`**): every `**` outside code is markup.
      .replace(/\*\*/g, "")
      .replace(/<\/?(?:sub|sup|b|strong|i|em|code|summary)>/g, "")
      .replace(/<br\s*\/?>/g, " ")
      .replace(/\\([|\\`*_[\]#<>])/g, "$1")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
    if (tick < 0) break;
    const run = /^`+/.exec(line.slice(tick))?.[0] ?? "`";
    const close = line.indexOf(run, tick + run.length);
    if (close < 0) {
      out += line.slice(tick);
      break;
    }
    let inner = line.slice(tick + run.length, close);
    // `` ` x ` ``: the padding around a backtick inside belongs to the delimiter.
    if (inner.length > 2 && inner.startsWith(" ") && inner.endsWith(" ") && inner.trim() !== "")
      inner = inner.slice(1, -1);
    out += inner;
    at = close + run.length;
  }
  return out;
}

/** The cells of a `| a | b |` row; `\|` is a `|` inside a cell. */
function cellsOf(row: string): string[] {
  const body = row
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return body.split(/(?<!\\)\|/).map((c) => c.trim().replaceAll("\\|", "|"));
}

const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/** A Markdown table as space-aligned columns: header, a rule, rows; `---:` columns to the right. */
function alignTable(rows: readonly string[]): string[] {
  const [head, sep, ...body] = rows;
  const right = cellsOf(sep ?? "").map((c) => c.endsWith(":") && !c.startsWith(":"));
  const grid = [head ?? "", ...body].map((r) => cellsOf(r).map(plainInline));
  const columns = Math.max(...grid.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(...grid.map((r) => displayWidth(r[i] ?? ""))),
  );
  const line = (cells: readonly string[]) =>
    widths
      .map((w, i) => {
        const c = cells[i] ?? "";
        const pad = " ".repeat(w - displayWidth(c));
        return right[i] ? pad + c : c + pad;
      })
      .join("  ")
      .trimEnd();
  const [first, ...rest] = grid;
  return [line(first ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...rest.map(line)];
}

/**
 * The Markdown the bot posts, for a terminal: no HTML comments, a one-line note for each Mermaid
 * diagram, tables as space-aligned columns, `<details>`/`<summary>` tags dropped (their text
 * kept), headings, bold and code spans as their text; fenced code (diffs) as is, unfenced.
 */
export function plainText(markdown: string): string {
  const lines = markdown.replace(/<!--[\s\S]*?-->/g, "\u0000").split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    // A line that held only an HTML comment goes; text around a comment stays.
    if (raw.trim() === "\u0000") continue;
    const line = raw.replaceAll("\u0000", "");
    const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (fence) {
      const marker = fence[1] as string;
      const end = lines.findIndex((l, j) => j > i && l.trim().startsWith(marker) && /^[`~]+$/.test(l.trim()));
      const stop = end < 0 ? lines.length : end;
      if (fence[2] === "mermaid") out.push(MERMAID_NOTE);
      else out.push(...lines.slice(i + 1, stop).map((l) => l.replaceAll("\u0000", "")));
      i = stop;
      continue;
    }
    if (/^\s*<\/?details( [^>]*)?>\s*$/.test(line)) continue;
    if (/^\s*\|/.test(line) && SEPARATOR.test((lines[i + 1] ?? "").trim())) {
      const rows: string[] = [];
      while (i < lines.length && /^\s*\|/.test(lines[i] as string)) rows.push(lines[i++] as string);
      i--;
      out.push(...alignTable(rows));
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      out.push(plainInline(heading[1] as string));
      continue;
    }
    if (/^\s*---+\s*$/.test(line)) {
      out.push("-".repeat(40));
      continue;
    }
    out.push(plainInline(line.replace(/<\/?details( [^>]*)?>/g, "")).trimEnd());
  }
  // At most one blank line in a row, none at the ends.
  const text = out.join("\n").replace(/\n{3,}/g, "\n\n");
  return text.replace(/^\n+/, "").replace(/\n+$/, "");
}
