import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import {
  CHAT_COMMANDS,
  type ChatExample,
  type ChatSpec,
  CLI_COMMANDS,
  CLI_VERBS,
  COMMAND_WORDS,
  COMMANDS,
  type CommandSpec,
  SERVICE_WORDS,
  TRAFFIC_WORDS,
  usageRows,
} from "../../src/core/commands.js";
import { classifyCommand } from "../../src/core/comment.js";
import { code } from "../../src/core/markdown.js";
import { helpMessage } from "../../src/core/messages.js";
import { REQUEST_USAGE } from "../../src/core/request.js";
import { COMMAND_WORDS as SCHEMA_COMMAND_WORDS } from "../../src/core/schema.js";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const V = { stable: "v1", canary: "v2" };
const args = (e: ChatExample) => e.args.replaceAll("{stable}", V.stable).replaceAll("{canary}", V.canary);
const name = (c: CommandSpec) => `${c.where} ${c.usage}`;

/** The fenced block after a README heading. */
function readmeBlock(heading: string): string[] {
  const at = README.indexOf(heading);
  const open = README.indexOf("```", at);
  const body = README.indexOf("\n", open) + 1;
  return README.slice(body, README.indexOf("```", body)).trimEnd().split("\n");
}

describe("the command table", () => {
  it.each(COMMANDS.map((c) => [name(c), c] as const))(
    "%s: usage starts with its word, one help line",
    (_, c) => {
      const spec: CommandSpec = c;
      expect(spec.help).not.toBe("");
      expect(spec.help).not.toContain("\n");
      for (const word of spec.words) expect(spec.usage.split(" ")[0]).toBe(word);
      if (spec.where !== "cli") expect(spec.examples.length).toBeGreaterThan(0);
    },
  );

  it.each(["chat", "cli"] as const)("no word means two commands in %s", (surface) => {
    const words = COMMANDS.filter((c) => c.where === surface || c.where === "both").flatMap((c) => c.words);
    expect(new Set(words).size).toBe(words.length);
  });

  it("derives the word lists", () => {
    expect(COMMAND_WORDS).toEqual(["next", "promote", "abort", "mirror", "status", "plan", "help"]);
    expect(TRAFFIC_WORDS).toEqual(["next", "promote", "abort", "mirror"]);
    expect(SERVICE_WORDS).toEqual(["status", "plan"]);
    expect(CLI_VERBS).toEqual(["validate", "render", "metrics", "plan", "apply", "set", "help"]);
  });

  // rollout.yaml's reserved names (schema.ts) must be exactly the words the classifier reads.
  it("reserves in rollout.yaml every word the classifier reads", () => {
    expect([...SCHEMA_COMMAND_WORDS]).toEqual([...COMMAND_WORDS]);
  });

  it.each(CHAT_COMMANDS.flatMap((c) => c.examples.map((e) => [`${c.usage}: ${args(e)}`, c, e] as const)))(
    "%s is the command it documents",
    (_, c: ChatSpec, e) => {
      const r = classifyCommand({ words: args(e).split(" "), serviceKeys: ["mnist", "iris"] });
      if (!r.ok) throw new Error(r.message);
      expect(r.command.kind).toBe(c.reads === "traffic" ? "traffic" : c.words[0]);
      if (c.words.length > 0) expect(c.words).toContain(args(e).split(" ")[0]);
    },
  );
});

describe("usageRows", () => {
  it("puts the help lines in one column, past the longest synopsis and at least at minWidth", () => {
    const specs = CHAT_COMMANDS.filter((c) => c.reads === "traffic");
    const longest = Math.max(...specs.map((c) => c.usage.length));
    for (const [i, row] of usageRows(specs).entries()) expect(row.slice(longest + 1)).toBe(specs[i]?.help);
    for (const [i, row] of usageRows(CLI_COMMANDS, 25).entries())
      expect(row).toBe(`${CLI_COMMANDS[i]?.usage.padEnd(24)} ${CLI_COMMANDS[i]?.help}`);
  });

  it("REQUEST_USAGE is every traffic form, then the service key and --force", () => {
    const traffic = CHAT_COMMANDS.filter((c) => c.reads === "traffic");
    expect(REQUEST_USAGE).toHaveLength(traffic.length + 1);
    for (const [i, c] of traffic.entries())
      expect(REQUEST_USAGE[i]).toMatch(new RegExp(`^${literal(c.usage)} +`));
    expect(REQUEST_USAGE.at(-1)).toContain("--force");
  });
});

describe("/rollout help", () => {
  it.each([[[]], [["mnist"]], [["mnist", "iris"]]])("with services %j lists every chat command", (keys) => {
    const help = helpMessage({ serviceKeys: keys, example: V });
    const key = keys[0] === undefined ? "" : `${keys[0]} `;
    for (const c of CHAT_COMMANDS) {
      const shown = c.examples.filter((e) => e.key !== "all" || keys.length > 1);
      expect(shown.length).toBeGreaterThan(0);
      for (const e of shown) {
        const line =
          e.key === undefined || e.key === "first" ? `/rollout ${key}${args(e)}` : `/rollout ${args(e)}`;
        expect([c.usage, help]).toEqual([c.usage, expect.stringContaining(`| ${code(line)} |`)]);
      }
    }
  });

  it("lists plan", () => {
    expect(helpMessage({ serviceKeys: ["mnist"] })).toContain("`/rollout mnist plan`");
  });
});

describe("README", () => {
  it("its /rollout block shows every chat command", () => {
    const block = readmeBlock("## `/rollout` on pull requests");
    for (const c of CHAT_COMMANDS) {
      const [first] = c.examples;
      expect([c.usage, block.some((l) => l.startsWith(`/rollout ${first && args(first)} `))]).toEqual([
        c.usage,
        true,
      ]);
    }
  });

  it("its Requests table has every traffic form's synopsis", () => {
    const table = README.slice(README.indexOf("## Requests"), README.indexOf("## CLI"));
    for (const c of CHAT_COMMANDS.filter((c) => c.reads === "traffic"))
      expect(table).toContain(`| \`${c.usage.replaceAll("|", "\\|")}\``);
  });

  it("runs every CLI verb", () => {
    for (const verb of CLI_VERBS) expect(README).toContain(`node dist/cli.js ${verb} `);
  });
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
