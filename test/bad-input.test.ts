// The bad-input corpus: every broken rollout.yaml and every bad `set` request gets a clear
// message (file:line, field path, what to do) and leaves the working tree exactly as it was.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { localTree } from "../src/adapters/fs.js";
import { type LocalResult, runSet, runValidate } from "../src/commands/local.js";
import { buildCliBundle, runCliAsync } from "./helpers/cli-bundle.js";

const ROOT = new URL("..", import.meta.url).pathname;
const BAD = join(ROOT, "test/fixtures/bad");
const MNIST = "examples/mnist";
const CLI = join(ROOT, "dist/cli.js");

/** A broken rollout.yaml: where its first problem points and what the message must say. */
interface RolloutCase {
  /** 1-based line of the first problem; 0 when it is about the whole file. */
  readonly line: number;
  /** Dotted field path of the first problem; "" for YAML and whole-document problems. */
  readonly path: string;
  readonly includes: readonly string[];
}

/** A bad `set` request against a valid config folder. */
interface RequestCase {
  /** Folder holding rollout.yaml, relative to the repository root. */
  readonly config: string;
  readonly words: readonly string[];
  readonly reason: string;
  readonly includes: readonly string[];
}

/** An odd working tree (or hostile option values): what to do to a config folder, the CLI runs, and the answer. */
interface TreeCase {
  readonly config: string;
  /** Paths removed (recursively), then folders made, files written, Latin-1 text appended, in that order. */
  readonly remove?: readonly string[];
  readonly folders?: readonly string[];
  readonly files?: Readonly<Record<string, string>>;
  readonly latin1?: Readonly<Record<string, string>>;
  /** CLI arguments; each run gets a fresh copy of the tree. */
  readonly runs: readonly (readonly string[])[];
  readonly exit: number;
  readonly includes: readonly string[];
}

const rollouts: Record<string, RolloutCase> = JSON.parse(readFileSync(join(BAD, "rollouts.json"), "utf8"));
const requests: Record<string, RequestCase> = JSON.parse(readFileSync(join(BAD, "requests.json"), "utf8"));
const trees: Record<string, TreeCase> = JSON.parse(readFileSync(join(BAD, "trees.json"), "utf8"));
const fixture = (name: string) => readFileSync(join(BAD, "rollouts", name));

/** Wording that tells the user what to do; every message must carry some. */
const HINT =
  /\b(Fix|Add|Use|Remove|Rename|Change|Set|Make|Give|Take|Point|Write|List|Start|Shorten|Put|Indent|Define|Move)\b|\bre-save\b|\bname one\b|\bDid you mean\b|\bmust (be|name|not)\b|: (use|write|give|add)\b/;

/** A fresh copy of a config folder (with its rendered manifests) in the system temp folder. */
async function scratch(config: string, rollout?: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "rollout-bot-bad-"));
  await cp(join(ROOT, config), dir, { recursive: true });
  if (rollout !== undefined) await writeFile(join(dir, "rollout.yaml"), rollout);
  return dir;
}

/** Every file's bytes and every folder under `dir`, by relative path. */
async function tree(dir: string): Promise<Map<string, Buffer | "folder">> {
  const out = new Map<string, Buffer | "folder">();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const rel = path.slice(dir.length + 1);
    out.set(rel, entry.isDirectory() ? "folder" : await readFile(path));
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** Runs `run` in a scratch copy and checks that it wrote nothing at all. */
async function refused(
  config: string,
  rollout: Buffer | undefined,
  run: (dir: string) => Promise<LocalResult>,
): Promise<{ reason: string; message: string }> {
  const dir = await scratch(config, rollout);
  try {
    const before = await tree(dir);
    const result = await run(dir);
    expect(await tree(dir)).toEqual(before);
    if (result.ok) throw new Error(`expected a refusal, got ok: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** What no message may contain: leaked JS values and stack traces. */
function expectNoGarbage(message: string): void {
  expect(message).not.toContain("undefined");
  expect(message).not.toContain("[object Object]");
  expect(message).not.toContain("NaN");
  expect(message).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(message).not.toMatch(/\b(TypeError|ReferenceError|RangeError|SyntaxError):/);
}

/** Checks a rollout.yaml refusal against its corpus entry. */
function expectConfigMessage(message: string, expected: RolloutCase): void {
  const first = message.split("\n")[0] ?? "";
  const m = /^rollout\.yaml(?::(\d+):(\d+))?: (.*)$/.exec(first);
  if (!m) throw new Error(`not a \`rollout.yaml[:line:col]: …\` message:\n${message}`);
  expect(m[1] === undefined ? 0 : Number(m[1])).toBe(expected.line);
  const rest = m[3] ?? "";
  if (expected.path) expect(rest.slice(0, expected.path.length + 2)).toBe(`${expected.path}: `);
  else expect(rest).not.toMatch(/^[^\s:`]+: /);
  for (const s of expected.includes) expect(message).toContain(s);
  expectNoGarbage(message);
  // One problem per line, each located and each with a fix.
  for (const line of message.split("\n")) {
    expect(line).toMatch(/^rollout\.yaml(:\d+:\d+)?: /);
    expect(line).toMatch(HINT);
  }
}

describe("the corpus", () => {
  it("has a rollouts.json entry for every broken rollout.yaml and a file for every entry", () => {
    const files = readdirSync(join(BAD, "rollouts")).sort();
    expect(Object.keys(rollouts).sort()).toEqual(files);
    for (const f of files) expect(f).toMatch(/^\d{3}-[a-z0-9-]+\.yaml$/);
    expect(files.length).toBeGreaterThanOrEqual(80);
    expect(Object.keys(requests).length).toBeGreaterThanOrEqual(30);
    expect(files.length + Object.keys(requests).length).toBeGreaterThanOrEqual(100);
  });

  it.each([MNIST, "test/fixtures/rollouts/two-services"])(
    "%s, the base of the request cases, is valid and rendered",
    async (config) => {
      const dir = await scratch(config);
      try {
        expect(await runValidate({ tree: localTree(dir), file: "rollout.yaml" })).toMatchObject({ ok: true });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});

describe("broken rollout.yaml: `set v2 20` refuses with file:line, field path and a fix, and writes nothing", () => {
  it.each(Object.entries(rollouts))("%s", async (name, expected) => {
    const r = await refused(MNIST, fixture(name), (dir) =>
      runSet({ tree: localTree(dir), file: "rollout.yaml", words: ["v2", "20"], dryRun: false }),
    );
    expect(r.reason).toBe("invalid-config");
    expectConfigMessage(r.message, expected);
  });
});

describe("bad `set` requests refuse with a reason code and a fix, and write nothing", () => {
  it.each(Object.entries(requests))("%s", async (_name, expected) => {
    const r = await refused(expected.config, undefined, (dir) =>
      runSet({ tree: localTree(dir), file: "rollout.yaml", words: expected.words, dryRun: false }),
    );
    expect(r.reason).toBe(expected.reason);
    for (const s of expected.includes) expect(r.message).toContain(s);
    expectNoGarbage(r.message);
    if (r.reason === "usage") expect(r.message).toContain("\nUsage:\n");
    else expect(r.message).toMatch(HINT);
  });
});

describe("dist/cli.js", () => {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build`");

  /** Runs the built CLI in a scratch copy; checks that nothing was written and stdout is empty. */
  async function cli(config: string, rollout: Buffer | undefined, args: readonly string[]) {
    const dir = await scratch(config, rollout);
    try {
      const before = await tree(dir);
      const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: "utf8" });
      expect(await tree(dir)).toEqual(before);
      expect(r.stdout).toBe("");
      expectNoGarbage(r.stderr);
      return { code: r.status, stderr: r.stderr };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it.each([
    "040-weight-string.yaml",
    "015-multiple-documents.yaml",
    "016-empty-file.yaml",
    "031-unknown-service-stabel.yaml",
  ])("set on broken %s: exit 1, the problem on stderr", async (name) => {
    const expected = rollouts[name] as RolloutCase;
    const r = await cli(MNIST, fixture(name), ["set", "v2", "20"]);
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith("rollout-bot: rollout.yaml:")).toBe(true);
    expectConfigMessage(r.stderr.replace(/^rollout-bot: /, "").trimEnd(), expected);
  });

  it.each(["003-unclosed-flow-map.yaml", "085-steps-zero.yaml", "120-virtualservice-absolute.yaml"])(
    "validate on broken %s: exit 1, the problem on stderr",
    async (name) => {
      const expected = rollouts[name] as RolloutCase;
      const r = await cli(MNIST, fixture(name), ["validate"]);
      expect(r.code).toBe(1);
      expectConfigMessage(r.stderr.replace(/^rollout-bot: /, "").trimEnd(), expected);
    },
  );

  it.each(["step-above-max-step", "two-services-no-service", "two-services-next-past-last-step"])(
    "set with request %s: exit 1, the refusal on stderr",
    async (name) => {
      const expected = requests[name] as RequestCase;
      const r = await cli(expected.config, undefined, ["set", ...expected.words]);
      expect(r.code).toBe(1);
      expect(r.stderr.startsWith("rollout-bot: ")).toBe(true);
      for (const s of expected.includes) expect(r.stderr).toContain(s);
    },
  );

  it.each(["typo-nxt", "promote-without-version", "rule-duplicate-version"])(
    "set with request %s: exit 2 (usage), the message and usage on stderr",
    async (name) => {
      const expected = requests[name] as RequestCase;
      expect(expected.reason).toBe("usage");
      const r = await cli(expected.config, undefined, ["set", ...expected.words]);
      expect(r.code).toBe(2);
      for (const s of expected.includes) expect(r.stderr).toContain(s);
      expect(r.stderr).toContain("Usage:");
    },
  );

  it("set with an option the CLI does not know: exit 2, the option named on stderr", async () => {
    const r = await cli(MNIST, undefined, ["set", "v2", "20", "--forse"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--forse");
    expect(r.stderr).toContain("Usage:");
  });
});

describe("odd working trees and hostile option values: the CLI (as src/ builds it) refuses in a sentence and writes nothing", () => {
  let cli: ReturnType<typeof buildCliBundle>;
  beforeAll(() => {
    cli = buildCliBundle("bad-input-cli");
  });
  afterAll(() => cli.remove());

  async function setUp(dir: string, c: TreeCase): Promise<void> {
    for (const p of c.remove ?? []) await rm(join(dir, p), { recursive: true, force: true });
    for (const p of c.folders ?? []) await mkdir(join(dir, p), { recursive: true });
    for (const [p, text] of Object.entries(c.files ?? {})) await writeFile(join(dir, p), text);
    for (const [p, text] of Object.entries(c.latin1 ?? {}))
      await appendFile(join(dir, p), Buffer.from(text, "latin1"));
  }

  it("has at least 15 cases", () => {
    expect(Object.keys(trees).length).toBeGreaterThanOrEqual(15);
  });

  it.each(Object.entries(trees))(
    "%s",
    async (_name, c) => {
      // Each run in its own copy of the tree, side by side.
      await Promise.all(
        c.runs.map(async (args) => {
          const dir = await scratch(c.config);
          try {
            await setUp(dir, c);
            const before = await tree(dir);
            const r = await runCliAsync(cli.path, dir, args);
            expect(await tree(dir)).toEqual(before);
            expect({ args, status: r.status, stdout: r.stdout }).toEqual({
              args,
              status: c.exit,
              stdout: "",
            });
            for (const s of c.includes) expect(r.stderr).toContain(s);
            expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
            expectNoGarbage(r.stderr);
          } finally {
            await rm(dir, { recursive: true, force: true });
          }
        }),
      );
    },
    60_000,
  );
});
