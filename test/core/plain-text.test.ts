import { describe, expect, it } from "@jest/globals";
import { displayWidth, MERMAID_NOTE, plainInline, plainText } from "../../src/core/plain-text.js";

describe("plainInline", () => {
  it.each([
    ["**Verdict:** pass", "Verdict: pass"],
    ["`v2` at 10 %", "v2 at 10 %"],
    ["`` a`b ``", "a`b"],
    ["see [the run](https://ci/1)", "see the run (https://ci/1)"],
    ["<sub>Commit `abc`</sub>", "Commit abc"],
    ["&lt;version&gt; &amp; more", "<version> & more"],
    ["a\\|b", "a|b"],
    ["`**not bold**` in code", "**not bold** in code"],
    ["an unclosed `tick", "an unclosed `tick"],
  ])("%j → %j", (markdown, text) => {
    expect(plainInline(markdown)).toBe(text);
  });
});

describe("displayWidth", () => {
  it.each([
    ["abc", 3],
    ["✅ ok", 5],
    ["↩️ back", 7],
    ["⛔", 2],
    ["é", 1],
  ])("%j is %i columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe("plainText", () => {
  it.each<[string, string, string]>([
    [
      "an HTML comment alone on its line goes",
      "<!-- rollout-bot:apply sha=abc -->\n### Title\n\nText",
      "Title\n\nText",
    ],
    ["a comment inside a line goes, the text stays", "before <!-- x --> after", "before  after"],
    ["a comment over several lines goes", "a\n<!--\nhidden\n-->\nb", "a\nb"],
    [
      "a mermaid block becomes one note",
      "Intro\n\n```mermaid\ngraph LR\n  a --> b\n```\n\nEnd",
      `Intro\n\n${MERMAID_NOTE}\n\nEnd`,
    ],
    ["other fenced code stays, unfenced and untouched", "```diff\n- **a**\n+ `b`\n```", "- **a**\n+ `b`"],
    ["a longer fence holds a shorter one", "````text\n```\ninside\n```\n````", "```\ninside\n```"],
    [
      "details and summary tags go, their text stays",
      "<details>\n<summary>Diff of `mnist`</summary>\n\nbody\n\n</details>",
      "Diff of mnist\n\nbody",
    ],
    ["headings are their text", "### ✅ Applied `x` to the cluster", "✅ Applied x to the cluster"],
    ["a rule is a line of dashes", "a\n\n---\n\nb", `a\n\n${"-".repeat(40)}\n\nb`],
    ["blank lines collapse, ends are trimmed", "\n\na\n\n\n\nb\n\n", "a\n\nb"],
  ])("%s", (_name, markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });

  it.each<[string, string, string]>([
    [
      "columns align with spaces; `---:` columns to the right",
      "| version | weight | requests |\n|---|---:|---:|\n| `v1` (stable) | 90 % | 5,400 |\n| **`v2`** | 10 % | 600 |",
      [
        "version      weight  requests",
        "-----------  ------  --------",
        "v1 (stable)    90 %     5,400",
        "v2             10 %       600",
      ].join("\n"),
    ],
    [
      "an escaped bar stays in its cell; emoji count two columns",
      "| a | b |\n|---|---|\n| `x\\|y` | ✅ ok |\n| z | no |",
      ["a    b", "---  -----", "x|y  ✅ ok", "z    no"].join("\n"),
    ],
    [
      "text before and after a table stays",
      "Before:\n\n| a |\n|:---:|\n| 1 |\n\nAfter.",
      ["Before:", "", "a", "-", "1", "", "After."].join("\n"),
    ],
    ["a line that starts with a bar but is no table stays", "| not a table", "| not a table"],
  ])("%s", (_name, markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });

  it("leaves no Markdown or HTML of the bot's reports", () => {
    const md = [
      "<!-- rollout-bot:plan -->",
      "### What merging this PR changes",
      "",
      "| service | result |",
      "|---|---|",
      "| `mnist` | ✅ applied |",
      "",
      "<details><summary>Diff</summary>",
      "",
      "```diff",
      "+ weight: 10",
      "```",
      "</details>",
      "",
      "```mermaid",
      "pie",
      "```",
      "<sub>Commit `abc` · server-side apply</sub>",
    ].join("\n");
    const text = plainText(md);
    for (const mark of ["<!--", "-->", "<details", "<summary", "</", "```", "|", "###", "**", "`"])
      expect([mark, text.includes(mark)]).toEqual([mark, false]);
    expect(text).toContain("+ weight: 10");
    expect(text).toContain("Diff");
  });
});
