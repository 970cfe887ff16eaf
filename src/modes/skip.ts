// The Action's first step, before anything heavy loads: the event trust boundary and the core
// triage only. Bundled into dist/index.js, which is nothing else; keep its imports this small.
import { commentEventFrom, rolloutPrEventFrom } from "../adapters/events.js";
import { type Triage, type TriageEvent, triage } from "../core/triage.js";

// Node's own modules through getBuiltinModule, not `import … from "node:fs"`: an ESM import builds
// a namespace over every export, which loads fs/promises, streams and more (34 internal modules,
// about a third of what node -e 0 loads); getBuiltinModule hands over the fs Node already loaded.
// Measured: the skip path loads 115 of Node's internal modules where an empty script loads 110.
const fs = process.getBuiltinModule("node:fs");
const { EOL } = process.getBuiltinModule("node:os");

/**
 * A delimiter shaped like @actions/core's (`ghadelimiter_<uuid>`), without loading node:crypto
 * (38 more internal modules). Its randomness guards nothing here: the values written are
 * constants (`ignored`, `success`) that cannot contain it.
 */
function delimiter(): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  return `ghadelimiter_${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}

/** The event file's parts triage decides on; `unreadable` when the mode's own read would throw. */
export function readTriageEvent(params: { readonly path: string | undefined }): TriageEvent {
  if (!params.path) return { read: "none" };
  try {
    const payload: unknown = JSON.parse(fs.readFileSync(params.path, "utf8"));
    const comment = commentEventFrom(payload);
    return {
      read: "ok",
      comment: comment ? { body: comment.body, isPullRequest: comment.isPullRequest } : undefined,
      rolloutPr: rolloutPrEventFrom(payload) !== undefined,
    };
  } catch {
    // Also a payload such as `null`, which the modes' readers throw on.
    return { read: "unreadable" };
  }
}

/** The inputs and event of this workflow step, triaged (see core/triage.ts). */
export function triageWorkflow(params: { readonly env: NodeJS.ProcessEnv }): Triage {
  const { env } = params;
  // As @actions/core's getInput reads them: INPUT_<NAME>, trimmed.
  return triage({
    mode: (env.INPUT_MODE ?? "").trim(),
    hasToken: (env.INPUT_TOKEN ?? "").trim() !== "",
    eventName: env.GITHUB_EVENT_NAME,
    event: readTriageEvent({ path: env.GITHUB_EVENT_PATH }),
  });
}

/**
 * Writes what the mode writes when it ignores the event — the same outputs, job summary and log
 * line as src/modes/main.ts through @actions/core, in its formats — and returns true. Returns
 * false, having written nothing, when @actions/core would fail to write them (GITHUB_OUTPUT or the
 * summary file missing or not writable): then the full path runs and fails as before.
 */
export function writeSkip(params: {
  readonly env: NodeJS.ProcessEnv;
  readonly skip: Extract<Triage, { kind: "skip" }>;
  readonly stdout?: (text: string) => void;
}): boolean {
  const { env, skip } = params;
  // fd 1 directly: process.stdout would first load Node's stream stack (20 more internal modules).
  const stdout = params.stdout ?? ((text: string) => void fs.writeSync(1, text));
  const output = env.GITHUB_OUTPUT;
  const summary = skip.mode === "report" ? env.GITHUB_STEP_SUMMARY : undefined;
  try {
    if (output) fs.accessSync(output, fs.constants.W_OK);
    if (summary) fs.accessSync(summary, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    return false;
  }
  const setOutput = (name: string, value: string) => {
    if (!output) {
      stdout(`${EOL}::set-output name=${name}::${value}${EOL}`);
      return;
    }
    const d = delimiter();
    fs.appendFileSync(output, `${name}<<${d}${EOL}${value}${EOL}${d}${EOL}`, "utf8");
  };
  if (skip.mode === "command") {
    setOutput("result", "ignored");
  } else {
    if (summary) fs.appendFileSync(summary, `No open rollout PR to report on.${EOL}`, "utf8");
    setOutput("conclusion", "success");
  }
  stdout(`rollout-bot: ${JSON.stringify({ kind: "ignored", reason: skip.reason })}${EOL}`);
  return true;
}
