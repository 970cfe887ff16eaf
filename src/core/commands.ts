// Every `/rollout` command and CLI verb, once. The classifier, the traffic parser, `/rollout help`,
// the usage lines of refusals and `rollout-bot --help` all read this table, so a command cannot be
// parsed in one place and missing from help in another. A new command is one entry here plus its
// parse/plan logic; the types derived below make the compiler point at every place that needs it.

/** Where a command can be typed: a `/rollout` comment, the `rollout-bot` CLI. */
export type Surface = "chat" | "cli";

/** A row of `/rollout help`. `{stable}` and `{canary}` stand for the repository's own versions. */
export interface ChatExample {
  /** Words after `/rollout` (and after the service key, when it goes first). */
  readonly args: string;
  /** What the example does; defaults to the entry's `help`. Versions come out as code. */
  readonly effect?: string;
  /**
   * Where the service key goes: `first` (the default), `never` (`help` needs none), or `all`:
   * no key, meaning every service, so shown only when rollout.yaml has several.
   */
  readonly key?: "first" | "never" | "all";
}

interface SpecBase {
  /** Keywords that start the command; none when it is told by its shape (`v2 20`, `v1:90:v2:10`). */
  readonly words: readonly string[];
  /** Where it can be typed. */
  readonly where: Surface | "both";
  /** Synopsis: `<required>`, `[optional]`, `a | b` for alternatives. */
  readonly usage: string;
  /** What it does, in one line. */
  readonly help: string;
}

/** A command of `/rollout` comments (and, for `both`, of the CLI). */
export interface ChatSpec extends SpecBase {
  readonly where: "chat" | "both";
  /**
   * What the classifier reads after the word: a traffic request (`parseTrafficRequest`, service
   * key first), at most a service key (before or after the word), or nothing that matters.
   */
  readonly reads: "traffic" | "service" | "nothing";
  /** Its rows in `/rollout help`, every one a command that works when pasted. */
  readonly examples: readonly ChatExample[];
}

/** A verb of the `rollout-bot` CLI only. */
export interface CliSpec extends SpecBase {
  readonly where: "cli";
  /** Its arguments are a traffic request, as in a `/rollout` comment (`set v2 20`). */
  readonly request?: true;
}

/** One entry of `COMMANDS`. */
export type CommandSpec = ChatSpec | CliSpec;

/**
 * Every command. Order is the order of help and usage listings; `help` comes last so it ends both
 * the chat and the CLI lists. The traffic entries' `help` lines are the ones refusals quote.
 */
export const COMMANDS = [
  {
    words: [],
    where: "chat",
    reads: "traffic",
    usage: "<version> <weight>",
    help: "e.g. v2 20 (the others shrink in proportion)",
    examples: [
      { args: "{canary} 20", effect: "{canary} gets 20 %; the other versions shrink in proportion" },
    ],
  },
  {
    words: [],
    where: "chat",
    reads: "traffic",
    usage: "v1:90:v2:10 | v1:90,v2:10",
    help: "every weight at once (Kubeflow trafficRule form)",
    examples: [
      {
        args: "{stable}:80:{canary}:20",
        effect: "every weight at once (Kubeflow `trafficRule` form); versions left out get 0",
      },
    ],
  },
  {
    words: ["next"],
    where: "chat",
    reads: "traffic",
    usage: "next [version]",
    help: "the next entry of `steps` for the version rolling out",
    examples: [
      { args: "next", effect: "the version being rolled out moves to its next entry of `steps`" },
      { args: "next {canary}", effect: "the same, naming the version" },
    ],
  },
  {
    words: ["promote"],
    where: "chat",
    reads: "traffic",
    usage: "promote <version>",
    help: "100 % to <version>, which becomes `stable`",
    examples: [{ args: "promote {canary}", effect: "{canary} gets 100 % and becomes `stable`" }],
  },
  {
    words: ["abort"],
    where: "chat",
    reads: "traffic",
    usage: "abort",
    help: "100 % back to `stable`",
    examples: [{ args: "abort", effect: "100 % back to the `stable` version" }],
  },
  {
    words: ["mirror"],
    where: "chat",
    reads: "traffic",
    usage: "mirror <version> <percent> | off",
    help: "copy <percent> % of requests to a version at weight 0 (shadow traffic, not in the gate)",
    examples: [
      {
        args: "mirror {canary} 10",
        effect:
          "a copy of 10 % of requests goes to {canary}, which must be at weight 0; its answers are dropped and the gate ignores it",
      },
      { args: "mirror off", effect: "stop copying requests to the mirrored version" },
    ],
  },
  {
    words: ["status"],
    where: "chat",
    reads: "service",
    usage: "status [service]",
    help: "weights on the default branch, and the open rollout PR",
    examples: [{ args: "status" }, { args: "status", effect: "the same for every service", key: "all" }],
  },
  {
    words: ["plan"],
    where: "chat",
    reads: "service",
    usage: "plan [service]",
    help: "server-side dry-run diff of what merging would apply, and drift (needs cluster credentials)",
    examples: [{ args: "plan" }],
  },
  {
    words: ["validate"],
    where: "cli",
    usage: "validate",
    help: "check rollout.yaml and that the rendered manifests are current",
  },
  { words: ["render"], where: "cli", usage: "render", help: "write the manifests rollout.yaml describes" },
  {
    words: ["metrics"],
    where: "cli",
    usage: "metrics",
    help: "Istio metrics per version from Prometheus, and the gate verdict",
  },
  {
    words: ["plan"],
    where: "cli",
    usage: "plan",
    help: "server-side dry-run diff of every object against the cluster, and drift",
  },
  {
    words: ["apply"],
    where: "cli",
    usage: "apply",
    help: "apply to the cluster: dry-run all, workloads, wait Available, routing, prune",
  },
  {
    words: ["set"],
    where: "cli",
    request: true,
    usage: "set <request...>",
    help: "change traffic weights in rollout.yaml and the manifests",
  },
  {
    words: ["help"],
    where: "both",
    reads: "nothing",
    usage: "help",
    help: "every command and what it does",
    examples: [{ args: "help", effect: "this message", key: "never" }],
  },
] as const satisfies readonly CommandSpec[];

type Entry = (typeof COMMANDS)[number];
type ChatEntry = Extract<Entry, { readonly where: "chat" | "both" }>;
type CliEntry = Extract<Entry, { readonly where: "cli" | "both" }>;
type WordsReading<R extends ChatSpec["reads"]> = Extract<ChatEntry, { readonly reads: R }>["words"][number];

/** A word that starts a `/rollout` command. */
export type CommandWord = ChatEntry["words"][number];
/** A word that starts a traffic request (`next`, `promote`, `abort`). */
export type TrafficWord = WordsReading<"traffic">;
/** A word of a command that takes at most a service key (`status`, `plan`). */
export type ServiceWord = WordsReading<"service">;
/** A word of a command that takes no arguments (`help`). */
export type BareWord = WordsReading<"nothing">;
/** A verb of the `rollout-bot` CLI. */
export type CliVerb = CliEntry["words"][number];

const ALL: readonly CommandSpec[] = COMMANDS;
const isChat = (c: CommandSpec): c is ChatSpec => c.where !== "cli";

/** The `/rollout` commands, in help order. */
export const CHAT_COMMANDS: readonly ChatSpec[] = ALL.filter(isChat);
/** The CLI verbs, in `--help` order. */
export const CLI_COMMANDS: readonly CommandSpec[] = ALL.filter((c) => c.where !== "chat");

const wordsOf = (specs: readonly CommandSpec[]): string[] => [...new Set(specs.flatMap((c) => c.words))];
const reading = (reads: ChatSpec["reads"]) => wordsOf(CHAT_COMMANDS.filter((c) => c.reads === reads));

/** Words of `/rollout` commands; a service or version with such a name could not be addressed. */
export const COMMAND_WORDS = wordsOf(CHAT_COMMANDS) as readonly CommandWord[];
/** Words that start a traffic request. */
export const TRAFFIC_WORDS = reading("traffic") as readonly TrafficWord[];
/** Words of commands that take at most a service key. */
export const SERVICE_WORDS = reading("service") as readonly ServiceWord[];
/** Words of commands that take no arguments. */
export const BARE_WORDS = reading("nothing") as readonly BareWord[];
/** Verbs of the CLI. */
export const CLI_VERBS = wordsOf(CLI_COMMANDS) as readonly CliVerb[];

/** Whether `word` is one of `words`, narrowing it to their type. */
export function isOneOf<W extends string>(words: readonly W[], word: string | undefined): word is W {
  return word !== undefined && (words as readonly string[]).includes(word);
}

/**
 * `usage  help` lines with the help lines in one column, at least `minWidth` from the start
 * (the CLI aligns them with its options) and always past the longest synopsis.
 */
export function usageRows(specs: readonly CommandSpec[], minWidth = 0): string[] {
  const width = Math.max(minWidth, ...specs.map((c) => c.usage.length + 1));
  return specs.map((c) => `${c.usage.padEnd(width - 1)} ${c.help}`);
}
