// The Action's triage (src/modes/skip.ts over src/core/triage.ts) against the modes themselves, on
// the same events: every real delivery in @octokit/webhooks-examples plus the edge cases. A skip
// must be exactly what the mode would answer `ignored` without a request — never a hidden command —
// and must write what the mode writes.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "@jest/globals";
import type { OctokitLike } from "../../src/adapters/github/index.js";
import { commandMode } from "../../src/modes/command.js";
import { main } from "../../src/modes/main.js";
import { reportMode } from "../../src/modes/report.js";
import { triageWorkflow, writeSkip } from "../../src/modes/skip.js";
import { commentPayload, OWNER, REPO } from "../helpers/github.js";

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as {
  name: string;
  examples: unknown[];
}[];

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

interface EventCase {
  readonly name: string;
  readonly eventName: string | undefined;
  /** The event file's text; undefined: no GITHUB_EVENT_PATH. */
  readonly file: string | undefined;
}

const json = (payload: unknown) => JSON.stringify(payload);
const repository = { ...commentPayload({ body: "" }).repository, full_name: `${OWNER}/${REPO}` };
const pr = (ref: string, headRepo = `${OWNER}/${REPO}`) =>
  json({
    action: "synchronize",
    repository,
    pull_request: { number: 42, head: { ref, sha: "abc123", repo: { full_name: headRepo } } },
  });
const edited = { ...commentPayload({ body: "/rollout v2 20" }), action: "edited" };

const EDGE_CASES: EventCase[] = [
  {
    name: "a command on a PR",
    eventName: "issue_comment",
    file: json(commentPayload({ body: "/rollout v2 20" })),
  },
  { name: "a bare /rollout", eventName: "issue_comment", file: json(commentPayload({ body: "/rollout" })) },
  {
    name: "a command under prose",
    eventName: "issue_comment",
    file: json(commentPayload({ body: "LGTM\r\n/Rollout abort" })),
  },
  { name: "no command", eventName: "issue_comment", file: json(commentPayload({ body: "LGTM" })) },
  { name: "an empty comment", eventName: "issue_comment", file: json(commentPayload({ body: "" })) },
  { name: "/rollouts", eventName: "issue_comment", file: json(commentPayload({ body: "/rollouts v2 20" })) },
  {
    name: "a quoted command",
    eventName: "issue_comment",
    file: json(commentPayload({ body: "> /rollout v2 20" })),
  },
  {
    name: "a fenced command",
    eventName: "issue_comment",
    file: json(commentPayload({ body: "~~~\n/rollout v2 20\n~~~" })),
  },
  {
    name: "a hidden command",
    eventName: "issue_comment",
    file: json(commentPayload({ body: "<!--\n/rollout v2 20\n-->" })),
  },
  {
    name: "a command by a bot",
    eventName: "issue_comment",
    file: json(commentPayload({ body: "/rollout v2 20", type: "Bot" })),
  },
  {
    name: "a command on an issue",
    eventName: "issue_comment",
    file: json(commentPayload({ body: "/rollout v2 20", onPullRequest: false })),
  },
  {
    name: "no command on an issue",
    eventName: "issue_comment",
    file: json(commentPayload({ body: "hi", onPullRequest: false })),
  },
  { name: "an edited command", eventName: "issue_comment", file: json(edited) },
  {
    name: "a comment without a repository",
    eventName: "issue_comment",
    file: json({ ...commentPayload({ body: "/rollout v2 20" }), repository: undefined }),
  },
  { name: "a rollout PR", eventName: "pull_request", file: pr("rollout/mnist") },
  { name: "another PR", eventName: "pull_request", file: pr("feature/x") },
  { name: "a fork's rollout/ branch", eventName: "pull_request", file: pr("rollout/mnist", "someone/fork") },
  { name: "a push", eventName: "push", file: json({ ref: "refs/heads/main", after: "1".repeat(40) }) },
  { name: "a schedule", eventName: "schedule", file: json({ schedule: "0 * * * *" }) },
  { name: "no event file", eventName: "issue_comment", file: undefined },
  { name: "no event file, pull_request", eventName: "pull_request", file: undefined },
  { name: "no event at all", eventName: undefined, file: undefined },
  { name: "bad JSON", eventName: "issue_comment", file: "{" },
  { name: "bad JSON, pull_request", eventName: "pull_request", file: "{" },
  { name: "bad JSON, push", eventName: "push", file: "{" },
  { name: "null", eventName: "issue_comment", file: "null" },
  { name: "null, pull_request", eventName: "pull_request", file: "null" },
];

const REAL: EventCase[] = examples.flatMap((e) =>
  e.examples.map((payload, i) => ({ name: `${e.name} #${i}`, eventName: e.name, file: json(payload) })),
);

/** An OctokitLike that answers nothing: any request means the mode had work to do. */
function refusingOctokit(): { octokit: OctokitLike; calls: () => number } {
  let calls = 0;
  const no = () => {
    calls++;
    return Promise.reject(new Error("the triage test answers no request"));
  };
  return { octokit: { request: no, graphql: no }, calls: () => calls };
}

/** The workflow step's environment for this event and mode, with fresh output and summary files. */
function workflow(mode: string, c: EventCase): { env: NodeJS.ProcessEnv; output: string; summary: string } {
  const dir = mkdtempSync(join(tmpdir(), "rollout-bot-triage-"));
  const output = join(dir, "output.txt");
  const summary = join(dir, "summary.md");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const env: NodeJS.ProcessEnv = {
    INPUT_MODE: mode,
    INPUT_TOKEN: "t",
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
  };
  if (c.eventName !== undefined) env.GITHUB_EVENT_NAME = c.eventName;
  if (c.file !== undefined) {
    env.GITHUB_EVENT_PATH = join(dir, "event.json");
    writeFileSync(env.GITHUB_EVENT_PATH, c.file);
  }
  return { env, output, summary };
}

/** What the mode itself does with the event: `ignored` (and why) without a request, or work. */
async function modeDecision(mode: "command" | "report", env: NodeJS.ProcessEnv): Promise<string> {
  const gh = refusingOctokit();
  const common = {
    eventName: env.GITHUB_EVENT_NAME,
    eventPath: env.GITHUB_EVENT_PATH,
    configPath: "rollout.yaml",
  };
  try {
    if (mode === "command") {
      const outcome = await commandMode({ octokit: gh.octokit, ...common });
      return outcome.kind === "ignored" && gh.calls() === 0 ? `skip ${outcome.reason}` : "run";
    }
    const outcomes = await reportMode({
      octokit: gh.octokit,
      prom: () => {
        throw new Error("no Prometheus in the triage test");
      },
      repository: env.GITHUB_REPOSITORY,
      now: 0,
      ...common,
    });
    return outcomes.length === 0 && gh.calls() === 0 ? "skip not-a-rollout-pr" : "run";
  } catch {
    // The mode throws (an unreadable event file): the Action must run it to report that.
    return "run";
  }
}

const decisionOf = (env: NodeJS.ProcessEnv) => {
  const t = triageWorkflow({ env });
  return t.kind === "skip" ? `skip ${t.reason}` : "run";
};

describe.each(["command", "report"] as const)("triage agrees with mode: %s", (mode) => {
  it.each(EDGE_CASES.map((c) => [c.name, c] as const))("on %s", async (_, c) => {
    const { env } = workflow(mode, c);
    expect(decisionOf(env)).toBe(await modeDecision(mode, env));
  });

  it(`on every delivery in @octokit/webhooks-examples (${REAL.length})`, async () => {
    const disagree: string[] = [];
    let skipped = 0;
    for (const c of REAL) {
      const { env } = workflow(mode, c);
      const [ours, theirs] = [decisionOf(env), await modeDecision(mode, env)];
      if (ours.startsWith("skip")) skipped++;
      if (ours !== theirs) disagree.push(`${c.name}: triage ${ours}, mode ${theirs}`);
    }
    expect(disagree).toEqual([]);
    // Most deliveries are not a command's business (report works on any event but pull_request).
    expect(skipped).toBeGreaterThan(mode === "command" ? REAL.length / 2 : 0);
  });
});

/** Runs the Action's full path in-process; returns what it wrote, delimiters normalised. */
async function written(
  run: (stdout: (text: string) => void) => Promise<unknown>,
  files: { output: string; summary: string },
) {
  const lines: string[] = [];
  await run((text) => lines.push(text));
  const normal = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, "DELIMITER");
  return {
    stdout: normal(lines.join("")),
    output: normal(readFileSync(files.output, "utf8")),
    summary: readFileSync(files.summary, "utf8"),
  };
}

async function fullPath(env: NodeJS.ProcessEnv, stdout: (text: string) => void): Promise<void> {
  // Only this step's variables steer it, not a CI runner's own.
  const base = Object.fromEntries(Object.entries(saved).filter(([k]) => !/^(INPUT_|GITHUB_)/.test(k)));
  process.env = { ...base, ...env };
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    await main({ octokitOptions: { throttle: false } });
  } finally {
    process.stdout.write = write;
  }
}

describe("a skip writes what the mode writes when it ignores the event", () => {
  it.each([
    ["command", "a push", false],
    ["command", "no command", false],
    ["command", "a command on an issue", false],
    ["command", "an edited command", false],
    ["report", "another PR", false],
    ["command", "a push", true],
    ["report", "another PR", true],
  ] as const)("mode: %s on %s (without GITHUB_OUTPUT/GITHUB_STEP_SUMMARY: %s)", async (mode, name, bare) => {
    const c = EDGE_CASES.find((x) => x.name === name) as EventCase;
    const theirs = workflow(mode, c);
    const ours = workflow(mode, c);
    if (bare) {
      for (const w of [theirs, ours]) {
        delete w.env.GITHUB_OUTPUT;
        delete w.env.GITHUB_STEP_SUMMARY;
      }
    }
    const full = await written((out) => fullPath(theirs.env, out), theirs);
    expect(process.exitCode).toBeUndefined();
    const skip = triageWorkflow({ env: ours.env });
    if (skip.kind !== "skip") throw new Error(`${name} is not skipped`);
    const fast = await written(async (out) => {
      expect(writeSkip({ env: ours.env, skip, stdout: out })).toBe(true);
    }, ours);
    // The full path also masks the token (the fast path never prints it) and, for report, logs nothing.
    const log = `rollout-bot: {"kind":"ignored","reason":"${skip.reason}"}\n`;
    expect(fast).toEqual({
      ...full,
      stdout: full.stdout.replace(/::add-mask::t\n/, "").concat(mode === "report" ? log : ""),
    });
    expect(fast.stdout).toContain(log);
  });

  it("writes nothing and leaves it to the full path when GITHUB_OUTPUT names a missing file", () => {
    const c = EDGE_CASES.find((x) => x.name === "a push") as EventCase;
    const { env, output } = workflow("command", c);
    const missing = join(output, "..", "gone.txt");
    const skip = triageWorkflow({ env });
    if (skip.kind !== "skip") throw new Error("a push is not skipped");
    const lines: string[] = [];
    expect(writeSkip({ env: { ...env, GITHUB_OUTPUT: missing }, skip, stdout: (t) => lines.push(t) })).toBe(
      false,
    );
    expect(lines).toEqual([]);
  });

  it("writes nothing when the summary file cannot be written (report)", () => {
    const c = EDGE_CASES.find((x) => x.name === "another PR") as EventCase;
    const { env, output } = workflow("report", c);
    const skip = triageWorkflow({ env });
    if (skip.kind !== "skip") throw new Error("another PR is not skipped");
    const lines: string[] = [];
    const ok = writeSkip({
      env: { ...env, GITHUB_STEP_SUMMARY: join(output, "..", "none", "summary.md") },
      skip,
      stdout: (t) => lines.push(t),
    });
    expect(ok).toBe(false);
    expect(readFileSync(output, "utf8")).toBe("");
    expect(lines).toEqual([]);
  });
});
