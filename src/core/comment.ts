import type { ChatCommand, ClassifyResult, ParseCommentResult } from "./chatops.js";
import { BARE_WORDS, COMMAND_WORDS, isOneOf, SERVICE_WORDS, type ServiceWord } from "./commands.js";
import { parseTrafficRequest } from "./request.js";
import { closest } from "./suggest.js";

const COMMAND_LINE = /^\s*\/rollout(?:\s|$)/i;
const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;
const QUOTE = /^\s*>/;

/**
 * Finds the `/rollout` command in a comment body. Only a line starting with `/rollout` counts;
 * lines in fenced code blocks, quotes and HTML comments never do, so examples, quote-replies
 * and hidden template text do not run.
 */
export function parseComment(body: string): ParseCommentResult {
  let fence: { char: string; length: number } | undefined;
  let inHtmlComment = false;
  const commands: string[] = [];
  for (const line of body.split(/\r\n|\r|\n/)) {
    if (fence) {
      const close = FENCE.exec(line);
      const run = close?.[1] ?? "";
      // A fence closes only with the same character, at least as long, and nothing after it.
      if (close && run[0] === fence.char && run.length >= fence.length && close[2]?.trim() === "")
        fence = undefined;
      continue;
    }
    const hidden = inHtmlComment;
    inHtmlComment = htmlCommentOpenAfter(line, inHtmlComment);
    if (hidden || QUOTE.test(line)) continue;
    const open = FENCE.exec(line);
    // A backtick fence's info string cannot hold a backtick: "```a```" is inline code.
    if (open?.[1] && !(open[1][0] === "`" && open[2]?.includes("`"))) {
      fence = { char: open[1][0] ?? "`", length: open[1].length };
      continue;
    }
    if (COMMAND_LINE.test(line)) commands.push(line);
  }
  const [first] = commands;
  if (first === undefined) return { ok: false, reason: "no-command" };
  const words = first
    .trim()
    .split(/\s+/)
    .slice(1)
    .filter((w) => w !== "");
  return { ok: true, words, ignoredLines: commands.length - 1 };
}

/** Whether an HTML comment is still open at the end of `line`. */
function htmlCommentOpenAfter(line: string, open: boolean): boolean {
  let at = 0;
  let inside = open;
  for (;;) {
    const next = line.indexOf(inside ? "-->" : "<!--", at);
    if (next < 0) return inside;
    at = next + (inside ? 3 : 4);
    inside = !inside;
  }
}

function usage(message: string): ClassifyResult {
  return { ok: false, reason: "usage", message };
}

function ok(command: ChatCommand): ClassifyResult {
  return { ok: true, command };
}

function unknownService(word: string, serviceKeys: readonly string[], action: ServiceWord): ClassifyResult {
  const hint = closest(word, serviceKeys);
  const services = serviceKeys.length > 0 ? serviceKeys.join(", ") : "none";
  return {
    ok: false,
    reason: "unknown-service",
    message: `no service \`${word}\` in rollout.yaml (services: ${services}).${hint ? ` Did you mean \`${action} ${hint}\`?` : ""}`,
  };
}

/**
 * Tells what the words of a `/rollout` line ask for, by the command table: a bare command
 * (`help`), one that takes at most a service key (`status [service]`, `plan [service]`, or
 * `[service] status|plan`), or a traffic change, which is checked with `parseTrafficRequest` so
 * its refusals reach the user unchanged.
 */
export function classifyCommand(params: {
  readonly words: readonly string[];
  readonly serviceKeys: readonly string[];
}): ClassifyResult {
  const { serviceKeys } = params;
  const all = params.words.filter((w) => w !== "");
  // Echoing a backtick back inside `code` would end the code span and let the rest render (and @-mention).
  if (all.some((w) => w.includes("`")))
    return usage("commands are plain words: write them without backticks, e.g. `/rollout v2 20`.");
  if (all.length === 0) return ok({ kind: "help" });
  const force = all.includes("--force");
  const words = all.filter((w) => w !== "--force");
  const lower = words.map((w) => w.toLowerCase());
  const [first, second] = lower;

  // Words after a bare command are ignored (`help me`); before it, only a service key fits.
  if (isOneOf(BARE_WORDS, first)) return ok({ kind: first });
  if (isOneOf(BARE_WORDS, second) && words.length === 2) return ok({ kind: second });

  const at = isOneOf(SERVICE_WORDS, first) ? 0 : isOneOf(SERVICE_WORDS, second) ? 1 : -1;
  const action = lower[at];
  if (isOneOf(SERVICE_WORDS, action)) {
    if (force) return usage(`\`--force\` only applies to traffic changes; \`${action}\` changes nothing.`);
    if (words.length > 2)
      return usage(
        `\`${action}\` takes at most a service key (got \`${words.join(" ")}\`), e.g. \`${action} ${serviceKeys[0] ?? "mnist"}\`.`,
      );
    const word = words[1 - at];
    if (word === undefined) return ok({ kind: action });
    // Service keys are lowercase Kubernetes names, so `MNIST status` can only mean `mnist`.
    const service = word.toLowerCase();
    if (!serviceKeys.includes(service)) return unknownService(word, serviceKeys, action);
    return ok({ kind: action, service });
  }

  const typo = commandTypo(words, serviceKeys);
  if (typo) return typo;

  const parsed = parseTrafficRequest({ words: all, serviceKeys });
  if (!parsed.ok) return parsed;
  return ok({ kind: "traffic", words: all, force });
}

/**
 * `stauts`, `pln`, `nxet` in the command position (first, or after a service key). A word
 * followed by a weight is left alone: it is a version (`plain 20`), however close to a command.
 */
function commandTypo(words: readonly string[], serviceKeys: readonly string[]): ClassifyResult | undefined {
  const at = words.length > 1 && serviceKeys.includes(words[0] ?? "") ? 1 : 0;
  const word = words[at];
  if (word === undefined || word.includes(":") || serviceKeys.includes(word)) return undefined;
  const after = words[at + 1];
  if (after !== undefined && /^-?\d/.test(after)) return undefined;
  const lower = word.toLowerCase();
  if (isOneOf(COMMAND_WORDS, lower)) return undefined;
  const hint = closest(lower, COMMAND_WORDS);
  if (!hint) return undefined;
  return usage(`unknown command \`${word}\`. Did you mean \`${hint}\`?`);
}
