import { CHAT_COMMANDS, isOneOf, TRAFFIC_WORDS, type TrafficWord, usageRows } from "./commands.js";
import { didYouMean } from "./suggest.js";

/** What a user asked the traffic to become. */
export type TrafficChange =
  | { readonly kind: "set"; readonly version: string; readonly weight: number }
  | { readonly kind: "weights"; readonly weights: readonly (readonly [string, number])[] }
  | { readonly kind: "next"; readonly version?: string }
  | { readonly kind: "promote"; readonly version: string }
  | { readonly kind: "abort" }
  /** Shadow `percent` % of requests to `version` (a copy; its answers are dropped), or stop (`off`). */
  | { readonly kind: "mirror"; readonly version: string; readonly percent: number; readonly off?: false }
  | { readonly kind: "mirror"; readonly off: true };

export interface TrafficRequest {
  /** Service key; required when rollout.yaml has more than one service. */
  readonly service?: string;
  readonly change: TrafficChange;
  readonly force: boolean;
}

export type ParseRequestResult =
  | { readonly ok: true; readonly request: TrafficRequest }
  | { readonly ok: false; readonly reason: "usage" | "unknown-service"; readonly message: string };

/** The usage lines a refused traffic request ends with: every traffic form of the command table. */
export const REQUEST_USAGE: readonly string[] = [
  ...usageRows(CHAT_COMMANDS.filter((c) => c.reads === "traffic")),
  "Put the service key first when rollout.yaml has several (mnist v2 20); add --force to exceed policy.maxStep.",
];

const WEIGHT = /^(\d{1,3})%?$/;

function usage(message: string): ParseRequestResult {
  return {
    ok: false,
    reason: "usage",
    message: `${message}\nUsage:\n  ${REQUEST_USAGE.join("\n  ")}`,
  };
}

/**
 * The rest of a request that starts with a keyword: its change, or what is wrong with it. Keyed
 * by the table's traffic words, so a new traffic command does not compile until it parses.
 */
const KEYWORD_PARSERS: { readonly [W in TrafficWord]: (rest: readonly string[]) => TrafficChange | string } =
  {
    next: (rest) =>
      rest.length > 1
        ? `\`next\` takes at most a version (got \`${rest.join(" ")}\`).`
        : rest[0] === undefined
          ? { kind: "next" }
          : { kind: "next", version: rest[0] },
    promote: (rest) =>
      rest.length !== 1 || rest[0] === undefined
        ? "`promote` takes one version, e.g. `promote v2`."
        : { kind: "promote", version: rest[0] },
    abort: (rest) =>
      rest.length > 0 ? `\`abort\` takes no arguments (got \`${rest.join(" ")}\`).` : { kind: "abort" },
    mirror: parseMirror,
  };

/** `mirror <version> <percent>` (`10` or `10%`) or `mirror off`. The range is the planner's to check. */
function parseMirror(rest: readonly string[]): TrafficChange | string {
  const [version, percent] = rest;
  if (rest.length === 1 && version?.toLowerCase() === "off") return { kind: "mirror", off: true };
  if (version === undefined)
    return "`mirror` needs a version and a percent, e.g. `mirror v2 10`, or `mirror off` to stop.";
  if (percent === undefined)
    return `\`mirror ${version}\` needs a percent of requests to copy, e.g. \`mirror ${version} 10\`.`;
  if (rest.length > 2)
    return `too many words after \`mirror\`: give one version and one percent, e.g. \`mirror ${version} ${percent}\`.`;
  const p = WEIGHT.exec(percent);
  if (!p && version.toLowerCase() === "off")
    return `\`mirror off\` takes nothing after it (got \`${rest.slice(1).join(" ")}\`).`;
  if (!p)
    return `\`${percent}\` is not a percent: use a whole number from 1 to 100, e.g. \`mirror ${version} 10\`.`;
  return { kind: "mirror", version, percent: Number(p[1]) };
}

function parseRule(word: string): ParseRequestResult | readonly (readonly [string, number])[] {
  const parts = word.includes(",") ? word.split(",").flatMap((p) => p.split(":")) : word.split(":");
  if (parts.length % 2 !== 0 || parts.some((p) => p === "")) {
    return usage(
      `\`${word}\` is not a traffic rule: write version:weight pairs, e.g. v1:90:v2:10 or v1:90,v2:10.`,
    );
  }
  const pairs: [string, number][] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const version = parts[i] ?? "";
    const w = WEIGHT.exec(parts[i + 1] ?? "");
    if (!w)
      return usage(`\`${parts[i + 1]}\` in \`${word}\` is not a weight: use a whole number from 0 to 100.`);
    if (pairs.some(([v]) => v === version))
      return usage(`\`${version}\` appears twice in \`${word}\`: give each version once.`);
    pairs.push([version, Number(w[1])]);
  }
  return pairs;
}

/**
 * Parses the words of a traffic request (`mnist v2 20`, `v1:90:v2:10`, `next`, `promote v2`,
 * `abort`, `mirror v2 10`, `mirror off`, with optional `--force`). `serviceKeys` tells a leading service key from a version.
 */
export function parseTrafficRequest(params: {
  readonly words: readonly string[];
  readonly serviceKeys: readonly string[];
}): ParseRequestResult {
  let words = params.words.filter((w) => w !== "");
  const force = words.includes("--force");
  words = words.filter((w) => w !== "--force");
  // A negative number is a bad weight, not an option.
  const unknownFlag = words.find((w) => w.startsWith("-") && !/^-\d/.test(w));
  if (unknownFlag) return usage(`unknown option \`${unknownFlag}\`.${didYouMean(unknownFlag, ["--force"])}`);
  let service: string | undefined;
  const first = words[0];
  if (first !== undefined && words.length > 1 && params.serviceKeys.includes(first)) {
    service = first;
    words = words.slice(1);
  }
  const done = (change: TrafficChange): ParseRequestResult => ({
    ok: true,
    request: { ...(service === undefined ? {} : { service }), change, force },
  });
  const [head, ...rest] = words;
  if (head === undefined) return usage("say what traffic to set.");
  const lower = head.toLowerCase();
  if (isOneOf(TRAFFIC_WORDS, lower)) {
    const change = KEYWORD_PARSERS[lower](rest);
    return typeof change === "string" ? usage(change) : done(change);
  }
  if (head.includes(":")) {
    if (rest.length > 0)
      return usage(`a traffic rule is one word; \`${rest.join(" ")}\` after it is not understood.`);
    const rule = parseRule(head);
    if (!Array.isArray(rule)) return rule as ParseRequestResult;
    return done({ kind: "weights", weights: rule as readonly (readonly [string, number])[] });
  }
  if (/^[^=\s]+=\d+%?$/.test(head) || /^[^,\s]+,\d+(,|$)/.test(head)) {
    return usage(
      `\`${words.join(" ")}\` is not a traffic rule: write version:weight pairs in one word, e.g. v1:90:v2:10 or v1:90,v2:10.`,
    );
  }
  if (rest.length === 1 && rest[0] !== undefined) {
    const w = WEIGHT.exec(rest[0]);
    const command = didYouMean(head, TRAFFIC_WORDS);
    if (!w && command) return usage(`unknown command \`${head}\`.${command}`);
    if (!w)
      return usage(`\`${rest[0]}\` is not a weight: use a whole number from 0 to 100, e.g. \`${head} 20\`.`);
    return done({ kind: "set", version: head, weight: Number(w[1]) });
  }
  if (rest.length === 0 && !params.serviceKeys.includes(head)) {
    const hint = didYouMean(head, TRAFFIC_WORDS);
    if (hint) return usage(`unknown command \`${head}\`.${hint}`);
    return usage(`\`${head}\` needs a weight, e.g. \`${head} 20\`.`);
  }
  if (rest.length === 0) return usage(`say what to do with service \`${head}\`, e.g. \`${head} v2 20\`.`);
  const [second = "", third = ""] = rest;
  const looksLikeService =
    rest.length === 2 &&
    !WEIGHT.test(second) &&
    (WEIGHT.test(third) || isOneOf(TRAFFIC_WORDS, second.toLowerCase()));
  if (service === undefined && (looksLikeService || isOneOf(TRAFFIC_WORDS, second.toLowerCase()))) {
    // `mirorr v2 10` is a mistyped command rather than a service, unless it is close to a service too.
    const command = didYouMean(head, TRAFFIC_WORDS);
    if (command && !didYouMean(head, params.serviceKeys) && !isOneOf(TRAFFIC_WORDS, second.toLowerCase()))
      return usage(`unknown command \`${head}\`.${command}`);
    const example = params.serviceKeys[0] ?? "mnist";
    return {
      ok: false,
      reason: "unknown-service",
      message: `no service \`${head}\` in rollout.yaml (services: ${params.serviceKeys.join(", ")}).${didYouMean(head, params.serviceKeys)} Put one of them first, e.g. \`${example} ${rest.join(" ")}\`.`,
    };
  }
  if (rest.length >= 2) {
    return usage(
      `too many words in \`${words.join(" ")}\`: give one version and one weight, e.g. \`${head} ${rest[0]}\`.`,
    );
  }
  return usage(`\`${words.join(" ")}\` is not understood.`);
}
