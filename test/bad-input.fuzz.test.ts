// Property-based: generated requests (CLI words, `/rollout` comments) and mutated rollout.yaml
// files and working trees never crash, never answer outside exit 0/1/2, never print a stack,
// and never write on a refusal. Seeded: FUZZ_SEED=<n> (and FUZZ_RUNS=<n>) replays a run.
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import { localTree } from "../src/adapters/fs.js";
import { type LocalResult, runRender, runSet, runValidate } from "../src/commands/local.js";
import { type MetricsCommandResult, parseAt, runMetrics } from "../src/commands/metrics.js";
import { classifyCommand, parseComment } from "../src/core/comment.js";
import type { PromFactory } from "../src/handlers/report-metrics.js";
import { buildCliBundle, runCliAsync } from "./helpers/cli-bundle.js";

const ROOT = new URL("..", import.meta.url).pathname;
const MNIST = join(ROOT, "examples/mnist");
const SEED = Number(process.env.FUZZ_SEED ?? 9_2026);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SPAWNED = Number(process.env.FUZZ_SPAWNED ?? 20);

// ---- generators ---------------------------------------------------------------------------

const ODD_WORDS = [
  "v1",
  "v2",
  "v3",
  "V2",
  "mnist",
  "mnst",
  "next",
  "promote",
  "abort",
  "mirror",
  "off",
  "status",
  "plan",
  "help",
  "--force",
  "20",
  "0",
  "100",
  "101",
  "-5",
  "1e3",
  "0x10",
  "20%",
  "NaN",
  "Infinity",
  "99999999999999999999",
  "v1:80:v2:20",
  "v1:50",
  "v2:100",
  "::",
  ":",
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "",
  " ",
  "\n",
  "\u0000",
  "v2\n",
  "é",
  "𝟘",
  "`",
  "\u202e",
  "\r\n",
] as const;
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: "binary" }) },
);
const words = fc.array(word, { maxLength: 5 });

const ODD_SCALARS = [
  "99999999999999999999",
  "-1",
  "0",
  "1.5",
  "1e400",
  "-0",
  ".inf",
  ".nan",
  "0x1F",
  "~",
  "null",
  "yes",
  "''",
  '""',
  '"\\0"',
  '"a\\nb"',
  '"deploy/mnist\\0"',
  "0s",
  "0ms",
  "31d",
  "99999999999999999999m",
  "constructor",
  "__proto__",
  "toString",
  "é",
  "🙂",
  "../..",
  "/abs",
  "rollout.yaml",
  ".",
  "deploy/mnist/virtualservice.yaml",
  "[]",
  "{}",
  "[1, [2]]",
  "{ a: 1 }",
  "&a 1",
  "*a",
  "!!binary AA==",
  "!js/function x",
  "|\n  text",
  "'it''s'",
  "v1",
  "v2",
  "mnist",
  "100",
  "10m",
  "http://x",
  "not a url",
] as const;
const ODD_KEYS = [
  "constructor",
  "__proto__",
  "toString",
  "sta\nble",
  "",
  "é",
  "weight",
  "stable",
  "versions",
  "mnist",
  "v3",
  "policy",
  "window",
  "x y",
  "'q'",
  "<<",
] as const;

type Mutation =
  | {
      readonly op: "delete" | "retype" | "rename" | "insert" | "dupline" | "raw";
      readonly at: number;
      readonly pick: number;
    }
  | { readonly op: "bytes"; readonly at: number; readonly bytes: readonly number[] }
  | { readonly op: "nest"; readonly at: number; readonly depth: number; readonly flow: boolean };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom("delete", "retype", "rename", "insert", "dupline", "raw" as const),
    at: fc.nat(),
    pick: fc.nat(),
  }),
  fc.record({
    op: fc.constant("bytes" as const),
    at: fc.nat(),
    bytes: fc.oneof(
      fc.constantFrom(
        [0x00],
        [0xe9],
        [0x09],
        [0x0d],
        [0xef, 0xbb, 0xbf],
        [0xc3],
        [0xed, 0xa0, 0x80],
        [0x7b],
        [0x5b],
        [0x23, 0xe9],
      ),
      fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }),
    ),
  }),
  fc.record({
    op: fc.constant("nest" as const),
    at: fc.nat(),
    depth: fc.oneof(fc.integer({ min: 1, max: 70 }), fc.integer({ min: 60, max: 3000 })),
    flow: fc.boolean(),
  }),
);

/** The scalar nodes (and map pairs) of `text`, by source range, to aim a mutation at. */
function spots(text: string): { scalars: [number, number][]; keys: [number, number][]; maps: number[] } {
  const scalars: [number, number][] = [];
  const keys: [number, number][] = [];
  const maps: number[] = [];
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text);
  } catch {
    return { scalars, keys, maps }; // nested too deep for the parser: the mutation inserts text instead
  }
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      if (node.range) maps.push(node.range[0]);
      for (const p of node.items) {
        if (isScalar(p.key) && p.key.range) keys.push([p.key.range[0], p.key.range[1]]);
        walk(p.value);
      }
    } else if (isSeq(node)) {
      for (const i of node.items) walk(i);
    } else if (isScalar(node) && node.range) {
      scalars.push([node.range[0], node.range[1]]);
    }
  };
  walk(doc.contents);
  return { scalars, keys, maps };
}

function lineStartAt(text: string, at: number): number {
  return text.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
}

/** Applies one mutation to rollout.yaml's bytes. */
function mutate(bytes: Buffer, m: Mutation): Buffer {
  const text = bytes.toString("latin1") === bytes.toString("utf8") ? bytes.toString("utf8") : undefined;
  const splice = (from: number, to: number, insert: string | Buffer) => {
    const head = bytes.subarray(0, from);
    return Buffer.concat([
      head,
      typeof insert === "string" ? Buffer.from(insert) : insert,
      bytes.subarray(to),
    ]);
  };
  const at = m.at % (bytes.length + 1);
  if (m.op === "bytes") return splice(at, at, Buffer.from(m.bytes));
  if (m.op === "nest") {
    const deep = m.flow
      ? `x: ${"[".repeat(m.depth)}${"]".repeat(m.depth)}\n`
      : `x:\n${Array.from({ length: m.depth }, (_, i) => `${" ".repeat(i + 1)}k:\n`).join("")}`;
    const start = lineStartAt(bytes.toString("latin1"), at);
    return splice(start, start, deep);
  }
  // The rest aim at nodes: byte offsets equal character offsets while the text is ASCII.
  const ascii = text !== undefined && Buffer.byteLength(text) === text.length;
  if (!ascii || text === undefined) return splice(at, at, ODD_SCALARS[m.pick % ODD_SCALARS.length] ?? "");
  const s = spots(text);
  const pickScalar = s.scalars[m.pick % Math.max(1, s.scalars.length)];
  const pickKey = s.keys[m.pick % Math.max(1, s.keys.length)];
  const odd = ODD_SCALARS[m.at % ODD_SCALARS.length] ?? "x";
  const oddKey = ODD_KEYS[m.at % ODD_KEYS.length] ?? "x";
  const yamlKey = /[\n'" ]/.test(oddKey) || oddKey === "" ? JSON.stringify(oddKey) : oddKey;
  switch (m.op) {
    case "retype":
    case "raw":
      return pickScalar ? splice(pickScalar[0], pickScalar[1], odd) : bytes;
    case "rename":
      return pickKey ? splice(pickKey[0], pickKey[1], yamlKey) : bytes;
    case "delete": {
      if (!pickKey) return bytes;
      const start = lineStartAt(text, pickKey[0]);
      const end = text.indexOf("\n", pickKey[1]);
      return splice(start, end < 0 ? text.length : end + 1, "");
    }
    case "dupline": {
      const start = lineStartAt(text, at);
      const end = text.indexOf("\n", start);
      const line = text.slice(start, end < 0 ? text.length : end + 1);
      return splice(start, start, line.endsWith("\n") ? line : `${line}\n`);
    }
    case "insert": {
      if (!pickKey) return bytes;
      const start = lineStartAt(text, pickKey[0]);
      const indent = pickKey[0] - start;
      return splice(start, start, `${" ".repeat(indent)}${yamlKey}: ${odd}\n`);
    }
  }
}

/** Odd working trees: what is in the way of, or inside, the files rollout-bot reads and writes. */
const treeChange = fc.oneof(
  { weight: 6, arbitrary: fc.constant("none" as const) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "folder-for-virtualservice",
      "folder-for-deployment",
      "manifests-is-a-file",
      "deploy-is-a-file",
      "latin1-in-service",
      "rendered-file-missing",
      "extra-generated-file",
      "stale-tmp-file",
    ),
  },
);
type TreeChange = typeof treeChange extends fc.Arbitrary<infer T> ? T : never;

async function changeTree(dir: string, c: TreeChange): Promise<void> {
  const p = (rel: string) => join(dir, rel);
  switch (c) {
    case "none":
      return;
    case "folder-for-virtualservice":
      await rm(p("deploy/mnist/virtualservice.yaml"), { force: true });
      await mkdir(p("deploy/mnist/virtualservice.yaml"));
      return;
    case "folder-for-deployment":
      await rm(p("deploy/mnist/deployment-v2.yaml"), { force: true });
      await mkdir(p("deploy/mnist/deployment-v2.yaml/x"), { recursive: true });
      return;
    case "manifests-is-a-file":
      await rm(p("deploy/mnist"), { recursive: true, force: true });
      await writeFile(p("deploy/mnist"), "a file\n");
      return;
    case "deploy-is-a-file":
      await rm(p("deploy"), { recursive: true, force: true });
      await writeFile(p("deploy"), "a file\n");
      return;
    case "latin1-in-service":
      await appendFile(p("deploy/mnist/service.yaml"), Buffer.from("# caf\u00e9\n", "latin1"));
      return;
    case "rendered-file-missing":
      await rm(p("deploy/mnist/destinationrule.yaml"), { force: true });
      return;
    case "extra-generated-file": {
      const service = await readFile(p("deploy/mnist/service.yaml"), "utf8");
      await writeFile(p("deploy/mnist/deployment-v9.yaml"), service);
      return;
    }
    case "stale-tmp-file":
      await writeFile(p("deploy/mnist/service.yaml.rollout-bot-1.tmp"), "old\n");
      return;
  }
}

const optionValue = fc.constantFrom(
  "0s",
  "0ms",
  "10m",
  "31d",
  "99999999999999999999d",
  "1.5m",
  "",
  " ",
  "\n",
  "constructor",
  "__proto__",
  "toString",
  "mnist",
  "mnst",
  "99999999999999999999",
  "-1",
  "2026-11-25T12:00:00Z",
  "+275760-09-13T00:00:00Z",
  "not-a-url",
  "ftp://x",
  "http://",
  "http://[::1",
  "javascript:alert(1)",
  "http://127.0.0.1:1",
  "deploy",
  "deploy/mnist",
  "rollout.yaml",
  "nope.yaml",
  "\u0000",
  "é",
);
const option = fc.oneof(
  fc.constantFrom(["--dry-run"], ["--json"], ["--force"], ["-h"], ["--bogus"], ["--dry-run=1"]),
  fc.tuple(
    fc.constantFrom("--service", "--window", "--at", "--prometheus", "--config", "--kubeconfig"),
    optionValue,
  ),
);
/** CLI arguments: a command, its words and options. */
const argv = fc
  .tuple(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom("set", "validate", "render", "metrics") },
      { weight: 1, arbitrary: fc.constantFrom("help", "frobnicate", "plan", "", "SET", "constructor") },
    ),
    words,
    fc.array(option, { maxLength: 3 }),
  )
  .map(([command, ws, opts]) => [command, ...ws, ...opts.flat()].filter((_, i) => i > 0 || command !== ""));

/** A `/rollout` comment as people (and pastes) write them. */
const comment = fc
  .tuple(
    fc.constantFrom(
      "",
      "thanks!\n",
      "```\n/rollout abort\n```\n",
      "> /rollout abort\n",
      "<!-- /rollout abort -->\n",
      "\r\n",
    ),
    fc.constantFrom("/rollout", "/ROLLOUT", " /rollout", "/rollout\t"),
    words,
    fc.constantFrom(" ", "  ", "\t", "\u00a0"),
    fc.constantFrom("", "\n/rollout next", "\r\nmore text", " `x`"),
  )
  .map(([before, cmd, ws, sep, after]) => `${before}${cmd} ${ws.join(sep)}${after}`);

type Op =
  | { readonly kind: "validate" }
  | { readonly kind: "render" }
  | { readonly kind: "set"; readonly words: readonly string[] }
  | { readonly kind: "comment"; readonly body: string }
  | {
      readonly kind: "metrics";
      readonly service?: string;
      readonly window?: string;
      readonly at?: string;
      readonly prometheus?: string;
    };

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant({ kind: "validate" as const }),
  fc.constant({ kind: "render" as const }),
  { weight: 3, arbitrary: words.map((w) => ({ kind: "set" as const, words: w })) },
  { weight: 2, arbitrary: comment.map((body) => ({ kind: "comment" as const, body })) },
  fc
    .record({
      service: maybe(optionValue),
      window: maybe(optionValue),
      at: maybe(optionValue),
      prometheus: maybe(optionValue),
    })
    .map((r) => ({
      kind: "metrics" as const,
      ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== "")),
    })),
);

// ---- checks -------------------------------------------------------------------------------

/** Every file's bytes and every folder under `dir`. */
async function snapshotTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const rel = join(e.parentPath, e.name).slice(dir.length + 1);
    out.set(rel, e.isDirectory() ? "<folder>" : (await readFile(join(dir, rel))).toString("base64"));
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** What no output may hold: a stack trace, a JS error's name, an internal error. */
function expectNoStack(text: string, context: unknown): void {
  const bad =
    /^\s+at .+(:\d+:\d+\)?|\(<anonymous>\)|\(node:[^)]*\))$/m.test(text) ||
    /\b(TypeError|RangeError|ReferenceError|SyntaxError|InternalError)\b/.test(text) ||
    /Maximum call stack size exceeded|internal error/.test(text);
  if (bad) throw new Error(`a stack or JS error in the output of ${JSON.stringify(context)}:\n${text}`);
}

const exitOf = (r: LocalResult | MetricsCommandResult): number => (r.ok ? 0 : r.reason === "usage" ? 2 : 1);

/** A Prometheus that answers every query with no series: the gate then says "insufficient data". */
const emptyProm: PromFactory = () => ({
  query: async () => ({ ok: true, data: { resultType: "vector", result: [] } }),
  queryRange: async () => ({ ok: true, data: { resultType: "matrix", result: [] } }),
});

async function runOp(
  dir: string,
  o: Op,
): Promise<{ result: LocalResult | MetricsCommandResult; dryRun?: LocalResult }> {
  const tree = localTree(dir);
  const file = "rollout.yaml";
  switch (o.kind) {
    case "validate":
      return { result: await runValidate({ tree, file }) };
    case "render": {
      const dryRun = await runRender({ tree, file, dryRun: true });
      return { dryRun, result: await runRender({ tree, file, dryRun: false }) };
    }
    case "set": {
      const dryRun = await runSet({ tree, file, words: o.words, dryRun: true });
      return { dryRun, result: await runSet({ tree, file, words: o.words, dryRun: false }) };
    }
    case "comment": {
      // As the app reads a comment: its first `/rollout` line, classified against the service keys.
      const parsed = parseComment(o.body);
      if (!parsed.ok) return { result: { ok: false, reason: "no-command", message: "no /rollout line" } };
      const c = classifyCommand({ words: parsed.words, serviceKeys: ["mnist"] });
      if (!c.ok) return { result: { ok: false, reason: c.reason, message: c.message } };
      if (c.command.kind !== "traffic")
        return { result: { ok: true, command: "validate", file, services: [] } };
      const w = [...c.command.words, ...(c.command.force ? ["--force"] : [])];
      const dryRun = await runSet({ tree, file, words: w, dryRun: true });
      return { dryRun, result: await runSet({ tree, file, words: w, dryRun: false }) };
    }
    case "metrics": {
      const at = parseAt(o.at, 1_790_000_000);
      if (at === undefined) return { result: { ok: false, reason: "usage", message: "--at is not a time" } };
      return {
        result: await runMetrics({
          tree,
          file,
          prom: emptyProm,
          at,
          ...(o.service ? { service: o.service } : {}),
          ...(o.prometheus ? { prometheusUrl: o.prometheus } : {}),
          ...(o.window ? { window: o.window } : {}),
        }),
      };
    }
  }
}

// ---- the properties -----------------------------------------------------------------------

let base: Buffer;
let scratchRoot: string;
let n = 0;

async function scratch(rollout: Buffer, change: TreeChange): Promise<string> {
  const dir = join(scratchRoot, String(n++));
  await cp(MNIST, dir, { recursive: true });
  await writeFile(join(dir, "rollout.yaml"), rollout);
  await changeTree(dir, change);
  return dir;
}

/** fc.assert with the seed in the failure, so the run can be replayed. */
async function check(
  name: string,
  property: fc.IAsyncProperty<never> | fc.IAsyncProperty<unknown>,
  numRuns: number,
) {
  try {
    await fc.assert(property as fc.IAsyncProperty<unknown>, {
      seed: SEED,
      numRuns,
      includeErrorInReport: true,
    });
  } catch (e) {
    throw new Error(
      `${name} failed with FUZZ_SEED=${SEED} (replay: FUZZ_SEED=${SEED} npm test -- test/bad-input.fuzz.test.ts):\n${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

beforeAll(async () => {
  base = await readFile(join(MNIST, "rollout.yaml"));
  scratchRoot = await mkdtemp(join(tmpdir(), "rollout-bot-fuzz-"));
});
afterAll(async () => {
  await rm(scratchRoot, { recursive: true, force: true });
});

describe("bad input never crashes or half-writes (fast-check, seeded)", () => {
  it(`${RUNS} requests against mutated rollout.yaml files and odd trees, in process`, async () => {
    await check(
      "in-process property",
      fc.asyncProperty(fc.array(mutation, { maxLength: 3 }), treeChange, op, async (mutations, change, o) => {
        const rollout = mutations.reduce(mutate, base);
        const dir = await scratch(rollout, change);
        try {
          const before = await snapshotTree(dir);
          const { result, dryRun } = await runOp(dir, o);
          const context = { op: o, change, rollout: rollout.toString("latin1").slice(0, 200) };
          expect([0, 1, 2]).toContain(exitOf(result));
          expectNoStack(result.ok ? "" : result.message, context);
          if (!result.ok && "problems" in result && result.problems) {
            // One problem per line, whatever keys and values hold.
            expect(result.message.split("\n")).toHaveLength(result.problems.length);
          }
          const after = await snapshotTree(dir);
          if (!result.ok || ("written" in result && !result.written)) expect(after).toEqual(before);
          // No temporary file of this process is left behind, written or refused.
          for (const p of after.keys()) expect(p.endsWith(`.rollout-bot-${process.pid}.tmp`)).toBe(false);
          if (dryRun) {
            // A dry run says what the real run then does.
            expect({ ok: dryRun.ok, reason: dryRun.ok ? undefined : dryRun.reason }).toEqual({
              ok: result.ok,
              reason: result.ok ? undefined : result.reason,
            });
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      RUNS,
    );
  }, 120_000);

  describe("the CLI as src/ builds it", () => {
    let cli: ReturnType<typeof buildCliBundle>;
    beforeAll(() => {
      cli = buildCliBundle("fuzz-cli");
    });
    afterAll(() => cli.remove());

    it(`${SPAWNED} generated command lines: exit 0, 1 or 2, no stack, nothing written on exit ≠ 0`, async () => {
      // Spawning costs a Node start each, so these run four at a time, from the same seed
      // (fc.sample: no shrinking; a failure names the case and the seed).
      const cases = fc.sample(fc.tuple(fc.array(mutation, { maxLength: 2 }), treeChange, argv), {
        seed: SEED,
        numRuns: SPAWNED,
      });
      const one = async ([mutations, change, args]: (typeof cases)[number]) => {
        const dir = await scratch(mutations.reduce(mutate, base), change);
        // A NUL cannot reach a process's arguments at all.
        const clean = args.map((a) => a.replaceAll("\u0000", ""));
        const context = { seed: SEED, args: clean, mutations, change };
        try {
          const before = await snapshotTree(dir);
          // Never a real Prometheus: a closed local port unless the arguments name another.
          const r = await runCliAsync(
            cli.path,
            dir,
            ["--prometheus", "http://127.0.0.1:1", ...clean],
            30_000,
          );
          expect({ context, status: [0, 1, 2].includes(r.status ?? -1) }).toEqual({ context, status: true });
          expectNoStack(r.stderr, context);
          expectNoStack(r.stdout, context);
          if (r.status !== 0)
            expect({ context, tree: await snapshotTree(dir) }).toEqual({ context, tree: before });
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      };
      for (let i = 0; i < cases.length; i += 4) await Promise.all(cases.slice(i, i + 4).map(one));
    }, 180_000);
  });
});
