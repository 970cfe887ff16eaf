// Section "chatops": what one `/rollout v2 20` comment costs — GitHub requests and handler time with
// a 1-service and a 1,000-service rollout.yaml — and the Action's cold start (dist/index.js).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { githubAdapter } from "../src/adapters/github/index.js";
import { loadConfig } from "../src/core/config.js";
import { renderService } from "../src/core/render.js";
import { type CommandOutcome, handleRolloutComment } from "../src/handlers/rollout-command.js";
import {
  ackReply,
  commentEvent,
  decodeAdditions,
  FakeOctokit,
  type FakeOptions,
  MUTATION_REPLIES,
  OWNER,
  REPO,
  type RecordedCall,
  readServiceReply,
  snapshotReplies,
} from "./fake-github.js";
import { configFiles, rolloutYaml, serviceKey } from "./fixture.js";
import {
  type BenchContext,
  median,
  mib,
  ms,
  percentile,
  type Row,
  ratio,
  type Section,
  summarize,
  type Table,
  type Timing,
  timeIt,
} from "./lib.js";

const FILE = "rollout.yaml";
const SMALL = 1;
const LARGE = 1000;
/** Issue 10: an event that is not the Action's business costs at most this over `node -e 0`. */
const GOAL_COLD_MS = 60;

type PathName = "create" | "update";
/** Issue 10's floor per path: requests and round trips, for 1 and 1,000 services alike (token cached). */
const PATHS: readonly { name: PathName; label: string; goal: { requests: number; roundTrips: number } }[] = [
  {
    name: "create",
    label: "no rollout PR yet: read → service read → create ref+commit+PR → label+reviewers+reply+👀",
    goal: { requests: 5, roundTrips: 4 },
  },
  {
    name: "update",
    label: "open rollout PR: read → service read → commit+PR+reply+👀",
    goal: { requests: 3, roundTrips: 3 },
  },
];

function pass(ok: boolean): string {
  return ok ? "PASS" : "MISS";
}

/** A generated rollout.yaml, the service a command names, and its rendered manifests. */
interface Sized {
  readonly services: number;
  readonly key: string;
  readonly body: string;
  readonly text: string;
  /** rollout.yaml on rollout/<key>: the open PR from `/rollout <key> v2 15`. */
  readonly branchText: string;
  readonly defaultFolder: Readonly<Record<string, string>>;
  readonly branchFolder: Readonly<Record<string, string>>;
}

function weightLine(key: string, version: "v1" | "v2", weight: number): string {
  return `${version}: { weight: ${weight}, modelBasePath: gs://kubeflow-examples-data/${key}/${version.slice(1)} }`;
}

/** `key`'s weights in rollout.yaml text, from `from` to `to` (v1, v2; the fixture's exact lines). */
function reweigh(text: string, key: string, from: readonly [number, number], to: readonly [number, number]) {
  let out = text;
  for (const [i, version] of (["v1", "v2"] as const).entries()) {
    const line = weightLine(key, version, from[i] as number);
    if (!out.includes(line)) throw new Error(`bench: no line \`${line}\` in the fixture`);
    out = out.replace(line, weightLine(key, version, to[i] as number));
  }
  return out;
}

/** The service's manifests as the repository holds them (repo path → text), rendered by the core. */
function renderedFolder(text: string, key: string): Record<string, string> {
  const r = loadConfig({ text, file: FILE, only: key });
  if (!r.ok) throw new Error(`bench config does not load: ${r.message}`);
  const service = r.loaded.config.services[key];
  if (!service) throw new Error(`bench config has no service ${key}`);
  const rendered = renderService({ configFile: FILE, key, service });
  if (!rendered.ok) throw new Error(rendered.message);
  return Object.fromEntries(rendered.files.map((f) => [f.path, f.content]));
}

function sized(services: number): Sized {
  const key = serviceKey(services === 1 ? 0 : Math.floor(services / 2));
  const text = rolloutYaml(services);
  const branchText = reweigh(text, key, [90, 10], [85, 15]);
  return {
    services,
    key,
    body: services === 1 ? "/rollout v2 20" : `/rollout ${key} v2 20`,
    text,
    branchText,
    defaultFolder: renderedFolder(text, key),
    branchFolder: renderedFolder(branchText, key),
  };
}

/** Canned GraphQL answers for one path: the service read differs, the rest is shared. */
function replies(s: Sized, path: PathName): Record<string, unknown> {
  const read =
    path === "create"
      ? readServiceReply({ service: s.key, defaultFolder: s.defaultFolder, labelId: "LA_rollout" })
      : readServiceReply({
          service: s.key,
          openPr: { number: 42 },
          branchConfig: s.branchText,
          defaultFolder: s.defaultFolder,
          branchFolder: s.branchFolder,
          labelId: "LA_rollout",
        });
  return {
    RolloutRead: ackReply({ configText: s.text }),
    RolloutReadService: read,
    ...MUTATION_REPLIES,
  };
}

interface Case {
  readonly s: Sized;
  readonly path: PathName;
  readonly fake: FakeOctokit;
  run(): Promise<CommandOutcome>;
}

function makeCase(s: Sized, path: PathName, options: FakeOptions = {}): Case {
  const fake = new FakeOctokit(replies(s, path), options);
  const gh = githubAdapter(fake, { owner: OWNER, name: REPO });
  const event = commentEvent(s.body);
  return { s, path, fake, run: () => handleRolloutComment({ event, gh }) };
}

/** Not timing: the command did what the path means, and committed exactly the two expected files. */
function check(c: Case, outcome: CommandOutcome): void {
  const where = `${c.s.body} on ${c.s.services} service(s), ${c.path}`;
  if (outcome.kind !== "answered" || outcome.result !== "done" || outcome.created !== (c.path === "create"))
    throw new Error(`bench: ${where} answered ${JSON.stringify(outcome)}`);
  const write = c.fake.calls.find(
    (x) => x.name === (c.path === "create" ? "RolloutCreate" : "RolloutUpdate"),
  );
  if (!write) throw new Error(`bench: ${where} sent no commit`);
  const files = decodeAdditions(write.variables);
  const paths = Object.keys(files).join(", ");
  if (paths !== `${FILE}, deploy/${c.s.key}/virtualservice.yaml`)
    throw new Error(`bench: ${where} committed unexpected files: ${paths}`);
  const base = c.path === "create" ? c.s.text : c.s.branchText;
  const expected = reweigh(base, c.s.key, c.path === "create" ? [90, 10] : [85, 15], [80, 20]);
  if (files[FILE] !== expected)
    throw new Error(`bench: ${where} committed a rollout.yaml other than v1 80 / v2 20`);
}

const kib = (bytes: number | undefined) => (bytes === undefined ? "" : (bytes / 1024).toFixed(1));

// ---- The include layout: rollout.yaml with `include: [rollout.d/*.yaml]`, one file per service --

/** An include-layout repository as snapshots, the service a command names and its own file. */
interface IncludeSized {
  readonly services: number;
  readonly key: string;
  readonly body: string;
  readonly ownFile: string;
  /** The default branch: rollout.yaml, every rollout.d/<key>.yaml, the named service's manifests. */
  readonly main: ReadonlyMap<string, string>;
  /** rollout/<key> after `/rollout <key> v2 15`: its own file and manifests at 85/15. */
  readonly branch: ReadonlyMap<string, string>;
}

/** `files` with the service's manifests rendered from its own file (repo path → text). */
function withRendered(files: Map<string, string>, key: string): Map<string, string> {
  const r = loadConfig({ text: files.get(FILE) ?? "", file: FILE, only: key, included: files });
  if (!r.ok) throw new Error(`bench include config does not load: ${r.message}`);
  const service = r.loaded.config.services[key];
  if (!service) throw new Error(`bench include config has no service ${key}`);
  const rendered = renderService({ configFile: FILE, key, service });
  if (!rendered.ok) throw new Error(rendered.message);
  for (const f of rendered.files) files.set(f.path, f.content);
  return files;
}

function includeSized(services: number): IncludeSized {
  const key = serviceKey(services === 1 ? 0 : Math.floor(services / 2));
  const ownFile = `rollout.d/${key}.yaml`;
  const main = withRendered(configFiles(services, "include"), key);
  const branch = new Map(main);
  branch.set(ownFile, reweigh(main.get(ownFile) ?? "", key, [90, 10], [85, 15]));
  // The service is named even with one: a bare `/rollout v2 20` would read every included file to find it.
  return { services, key, body: `/rollout ${key} v2 20`, ownFile, main, branch: withRendered(branch, key) };
}

function makeIncludeCase(s: IncludeSized, path: PathName, options: FakeOptions = {}) {
  const replies = snapshotReplies({
    service: s.key,
    main: s.main,
    labelId: "LA_rollout",
    ...(path === "update" ? { branch: s.branch, openPr: { number: 42 } } : {}),
  });
  const fake = new FakeOctokit({ ...replies, ...MUTATION_REPLIES }, options);
  const gh = githubAdapter(fake, { owner: OWNER, name: REPO });
  const event = commentEvent(s.body);
  return { s, path, fake, run: () => handleRolloutComment({ event, gh }) };
}

/** Not timing: the command committed exactly the service's own file (v1 80 / v2 20) and its route. */
function checkInclude(c: ReturnType<typeof makeIncludeCase>, outcome: CommandOutcome): void {
  const where = `${c.s.body} on ${c.s.services} included service(s), ${c.path}`;
  if (outcome.kind !== "answered" || outcome.result !== "done" || outcome.created !== (c.path === "create"))
    throw new Error(`bench: ${where} answered ${JSON.stringify(outcome)}`);
  const write = c.fake.calls.find(
    (x) => x.name === (c.path === "create" ? "RolloutCreate" : "RolloutUpdate"),
  );
  if (!write) throw new Error(`bench: ${where} sent no commit`);
  const files = decodeAdditions(write.variables);
  const paths = Object.keys(files).join(", ");
  if (paths !== `${c.s.ownFile}, deploy/${c.s.key}/virtualservice.yaml`)
    throw new Error(`bench: ${where} committed unexpected files: ${paths}`);
  const base = (c.path === "create" ? c.s.main : c.s.branch).get(c.s.ownFile) ?? "";
  const expected = reweigh(base, c.s.key, c.path === "create" ? [90, 10] : [85, 15], [80, 20]);
  if (files[c.s.ownFile] !== expected)
    throw new Error(`bench: ${where} committed a ${c.s.ownFile} other than v1 80 / v2 20`);
}

const sum = (xs: readonly RecordedCall[], k: "sentBytes" | "receivedBytes") =>
  xs.reduce((n, x) => n + (x[k] ?? 0), 0);

/**
 * Part 1b: the same paths on the include layout (1 and 1,000 services), and issue 10's bytes
 * figure: what a command sends and receives at 1,000 services, single file against include.
 */
async function includeTables(single: Sized): Promise<Table[]> {
  const small = includeSized(SMALL);
  const large = includeSized(LARGE);
  const rows: Row[] = [];
  const summary: Row[] = [];
  const bytes: Row[] = [];
  for (const p of PATHS) {
    const calls: RecordedCall[][] = [];
    for (const s of [small, large]) {
      const c = makeIncludeCase(s, p.name, { measureBytes: true });
      checkInclude(c, await c.run());
      calls.push(c.fake.calls);
    }
    const flat = makeCase(single, p.name, { measureBytes: true });
    check(flat, await flat.run());
    const [sm = [], lg = []] = calls as [typeof flat.fake.calls?, typeof flat.fake.calls?];
    for (let i = 0; i < Math.max(sm.length, lg.length); i++) {
      const a = sm[i];
      const b = lg[i];
      const name = (x: typeof a) => (x ? `${x.kind} ${x.name}` : "–");
      rows.push({
        path: i === 0 ? p.name : "",
        "#": i + 1,
        "round trip": a?.roundTrip ?? b?.roundTrip ?? "",
        request: a?.name === b?.name ? name(a) : `${name(a)} (1 svc) / ${name(b)} (1000 svc)`,
        "KiB sent 1 svc": kib(a?.sentBytes),
        "KiB recv 1 svc": kib(a?.receivedBytes),
        "KiB sent 1000 svc": kib(b?.sentBytes),
        "KiB recv 1000 svc": kib(b?.receivedBytes),
      });
    }
    const trips = (xs: typeof sm) => Math.max(0, ...xs.map((x) => x.roundTrip));
    const requests = Math.max(sm.length, lg.length);
    const roundTrips = Math.max(trips(sm), trips(lg));
    summary.push({
      path: `${p.name} (include)`,
      "requests 1 svc/1000": `${sm.length}/${lg.length}`,
      "goal requests": `≤ ${p.goal.requests}`,
      "round trips 1 svc/1000": `${trips(sm)}/${trips(lg)}`,
      "goal round trips": `≤ ${p.goal.roundTrips}`,
      verdict: pass(requests <= p.goal.requests && roundTrips <= p.goal.roundTrips),
    });
    // Grows with the service's own files: 1,000 included services cost what 1 does, give or
    // take the fixture's header comment (a few bytes); 1 KiB of slack.
    const total = (xs: typeof sm) => sum(xs, "sentBytes") + sum(xs, "receivedBytes");
    const growth = total(lg) - total(sm);
    bytes.push({
      path: p.name,
      "single file, 1000 svc: KiB recv + sent": `${kib(sum(flat.fake.calls, "receivedBytes"))} + ${kib(sum(flat.fake.calls, "sentBytes"))}`,
      "include, 1 svc: KiB recv + sent": `${kib(sum(sm, "receivedBytes"))} + ${kib(sum(sm, "sentBytes"))}`,
      "include, 1000 svc: KiB recv + sent": `${kib(sum(lg, "receivedBytes"))} + ${kib(sum(lg, "sentBytes"))}`,
      "include 1000 − 1 svc, bytes": growth >= 0 ? `+${growth}` : String(growth),
      goal: "grows with the service's own files, not the repository's",
      verdict: pass(growth <= 1024),
    });
  }
  return [
    {
      title: `GitHub requests per command, include layout (rollout.yaml with \`include: [rollout.d/*.yaml]\`, one file per service): ${small.body} (1 service) and ${large.body} (${LARGE.toLocaleString("en")} services)`,
      rows,
      notes: [
        "The fake answers each `ref:path` object from whole snapshots of the default and rollout branches (every rollout.d/*.yaml is there),",
        "so the bytes are what the command asked for. The first read carries the guess rollout.d/<key>.yaml (README: Big repositories).",
      ],
    },
    {
      title: "requests per command, include layout",
      rows: summary,
      notes: [
        "goals (issue 10): create ≤ 5 requests in ≤ 4 round trips, update ≤ 3 in ≤ 3 (printed, not asserted).",
        "Under an include pattern other than rollout.d/*.yaml the guess misses: one more read (RolloutReadFiles) before the service read.",
      ],
    },
    {
      title: `bytes per command on a ${LARGE.toLocaleString("en")}-service repository (issue 10: was 1.1 MiB read + 1.5 MiB sent in one rollout.yaml)`,
      rows: bytes,
      notes: [
        "KiB = JSON bodies (GraphQL query + variables sent; answers received), summed over the command's requests.",
        "PASS when the include layout at 1,000 services costs at most 1 KiB more than at 1 service (printed, not asserted).",
      ],
    },
  ];
}

/** Part 1: every request per path and size, counted by the fake. */
async function requestTables(small: Sized, large: Sized): Promise<Table[]> {
  const rows: Row[] = [];
  const summary: Row[] = [];
  for (const p of PATHS) {
    const calls = [];
    for (const s of [small, large]) {
      const c = makeCase(s, p.name, { measureBytes: true });
      check(c, await c.run());
      calls.push(c.fake.calls);
    }
    const [sm = [], lg = []] = calls;
    for (let i = 0; i < Math.max(sm.length, lg.length); i++) {
      const a = sm[i];
      const b = lg[i];
      const name = (x: typeof a) => (x ? `${x.kind} ${x.name}` : "–");
      rows.push({
        path: i === 0 ? p.name : "",
        "#": i + 1,
        "round trip": a?.roundTrip ?? b?.roundTrip ?? "",
        request: a?.name === b?.name ? name(a) : `${name(a)} (1 svc) / ${name(b)} (1000 svc)`,
        "KiB sent 1 svc": kib(a?.sentBytes),
        "KiB recv 1 svc": kib(a?.receivedBytes),
        "KiB sent 1000 svc": kib(b?.sentBytes),
        "KiB recv 1000 svc": kib(b?.receivedBytes),
      });
    }
    const same = sm.map((x) => x.name).join() === lg.map((x) => x.name).join();
    const trips = (xs: typeof sm) => Math.max(0, ...xs.map((x) => x.roundTrip));
    const requests = Math.max(sm.length, lg.length);
    const roundTrips = Math.max(trips(sm), trips(lg));
    summary.push({
      path: `${p.name}: ${p.label}`,
      "requests 1 svc/1000": `${sm.length}/${lg.length}`,
      "goal requests": `≤ ${p.goal.requests}`,
      "round trips 1 svc/1000": `${trips(sm)}/${trips(lg)}`,
      "goal round trips": `≤ ${p.goal.roundTrips}`,
      "same for both sizes": same ? "yes" : "NO",
      verdict: pass(same && requests <= p.goal.requests && roundTrips <= p.goal.roundTrips),
    });
  }
  return [
    {
      title: `GitHub requests per command: ${small.body} (1 service) and ${large.body} (${LARGE.toLocaleString("en")} services)`,
      rows,
      notes: [
        "Counted by an in-process fake OctokitLike (bench/fake-github.ts) answering instantly with GitHub's response shapes;",
        "every octokit.request / octokit.graphql call is one HTTP request. Calls with the same round trip were in flight together.",
        "KiB = JSON body sizes (GraphQL: query + variables). Installation-token requests are excluded (the goal counts",
        "requests once the token is cached); the fake client never asks for one.",
      ],
    },
    {
      title: "requests per command",
      rows: summary,
      notes: [
        "goals (issue 10): create ≤ 5 requests in ≤ 4 round trips, update ≤ 3 in ≤ 3, the same for 1 and 1,000 services (PASS/MISS above; printed, not asserted).",
        "The commenter's permission rides in the first read (GraphQL collaborator edge); REST asks only when GraphQL cannot say.",
        "A repository's first rollout PR also adds the missing `rollout` label by REST beside the last request (+1 request, same round trips).",
      ],
    },
  ];
}

/** Part 2: handler time with GitHub answered instantly. */
async function handlerTable(ctx: BenchContext, small: Sized, large: Sized): Promise<Table> {
  const q = ctx.quick;
  const optsFor = (s: Sized) =>
    q
      ? { warmup: 1, runs: 5, minRuns: 3 }
      : s.services >= LARGE
        ? { warmup: 2, runs: 40, minRuns: 10, budgetMs: 1_500 }
        : { warmup: 2, runs: 40, minRuns: 30, budgetMs: 1_000 };
  const gc = (globalThis as { gc?: () => void }).gc;
  const variants: { suffix: string; options: FakeOptions }[] = [
    { suffix: "", options: {} },
    { suffix: " + JSON encode/decode of bodies", options: { jsonRoundTrip: true } },
  ];
  const cases = variants.flatMap((v) =>
    PATHS.map((p) => ({
      name: `${p.name}${v.suffix}`,
      pair: [small, large].map((s) => makeCase(s, p.name, v.options)),
    })),
  );
  // Every case checked, then all warmed together first, so the JIT is as warm for the first case timed as for the last.
  ctx.progress("chatops: handler, warming up…");
  for (const { pair } of cases) for (const c of pair) check(c, await c.run());
  for (let i = 0; i < (q ? 1 : 10); i++) for (const { pair } of cases) for (const c of pair) await c.run();
  const rows: Row[] = [];
  for (const { name, pair } of cases) {
    const t: Timing[] = [];
    for (const c of pair) {
      ctx.progress(`chatops: handler, ${name}, ${c.s.services} service(s)…`);
      gc?.();
      t.push(await timeIt(() => c.run(), { ...optsFor(c.s), before: () => c.fake.reset() }));
    }
    const [sm, lg] = t as [Timing, Timing];
    rows.push({
      case: name,
      n: `${sm.n}/${lg.n}`,
      "1 svc median ms": ms(sm.median),
      "1 svc p90": ms(sm.p90),
      "1000 svc median ms": ms(lg.median),
      "1000 svc p90": ms(lg.p90),
      "large/small": ratio(lg.median / sm.median),
    });
  }
  return {
    title: "handleRolloutComment with GitHub answered instantly (in-process, no network)",
    rows,
    notes: [
      "n = measured runs small/large after warm-up; the 1000-service cases stop at a time budget.",
      `"+ JSON encode/decode": the fake also stringifies each request and parses each response, as a real client would;`,
      `rollout.yaml is ${mib(Buffer.byteLength(large.text))} at ${LARGE.toLocaleString("en")} services and travels in the ack's answer and (base64) in the commit.`,
    ],
  };
}

// ---- Part 3: the Action's cold start ------------------------------------------------------------

interface Esbuild {
  build(options: Record<string, unknown>): Promise<{
    outputFiles?: { path: string; text: string }[];
    metafile?: {
      inputs: Record<string, { imports: { path: string }[] }>;
      outputs: Record<
        string,
        {
          bytes: number;
          imports: { path: string; kind: string; external?: boolean }[];
          inputs: Record<string, { bytesInOutput: number }>;
          entryPoint?: string;
        }
      >;
    };
  }>;
}

interface ActionBundle {
  readonly path: string;
  readonly label: string;
  /** The path to print in a table row. */
  readonly short: string;
  /** What the no-op path parses: index.js and the chunks it imports statically (esbuild metafile). */
  readonly entry: { readonly files: number; readonly bytes: number };
  /** index.js and every chunk it can import, statically or not: what a run could load at most. */
  readonly totalBytes: number;
  /** Bytes in the bundle per input file (esbuild metafile). */
  readonly inputs: ReadonlyMap<string, number>;
  /** Package (see packageOf) → the packages that import it. */
  readonly importers: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * dist/index.js, or a fresh bundle of src/action.ts made like `npm run build` when dist/ is out of
 * date (dist/ is left alone), as scripts/bench.mjs does for the CLI. Also returns the metafile.
 */
async function actionBundle(ctx: BenchContext): Promise<ActionBundle> {
  // Loaded at run time, not bundled into the bench: esbuild's API cannot be bundled.
  const esbuild = createRequire(join(ctx.repoRoot, "package.json"))("esbuild") as Esbuild;
  const shared = join(ctx.repoRoot, "scripts/esbuild-options.mjs");
  const { distBuilds } = (await import(pathToFileURL(shared).href)) as {
    distBuilds: Record<string, unknown>[];
  };
  // Built like `npm run build` (all entry points, so chunks get the same names as in dist/) into a scratch folder.
  const outdir = join(ctx.repoRoot, ".tmp/bench-dist");
  const builds = [];
  for (const options of distBuilds)
    builds.push(
      await esbuild.build({ ...options, absWorkingDir: ctx.repoRoot, outdir, write: true, metafile: true }),
    );
  const fresh = await readFile(join(outdir, "index.js"), "utf8");
  const outputs = Object.assign({}, ...builds.map((b) => b.metafile?.outputs ?? {})) as NonNullable<
    Awaited<ReturnType<Esbuild["build"]>>["metafile"]
  >["outputs"];
  // Only what src/action.ts can load: index.js, its static imports and every dynamic import's, transitively.
  const reach = (dynamic: boolean) => {
    const seen = new Set<string>();
    const todo = Object.keys(outputs).filter((k) => outputs[k]?.entryPoint === "src/action.ts");
    for (let k = todo.pop(); k !== undefined; k = todo.pop()) {
      const out = outputs[k];
      if (seen.has(k) || !out) continue;
      seen.add(k);
      for (const i of out.imports) {
        // dist/index.js's `import("./action-main.js")` is external to its build: the other build's entry.
        const path = i.external ? join(dirname(k), i.path) : i.path;
        if (i.kind === "import-statement" || (dynamic && i.kind === "dynamic-import")) todo.push(path);
      }
    }
    return [...seen];
  };
  const bytesOf = (keys: readonly string[]) => keys.reduce((n, k) => n + (outputs[k]?.bytes ?? 0), 0);
  const entryFiles = reach(false);
  const all = reach(true);
  const inputs = new Map<string, number>();
  for (const key of all) {
    for (const [k, v] of Object.entries(outputs[key]?.inputs ?? {}))
      inputs.set(k, (inputs.get(k) ?? 0) + v.bytesInOutput);
  }
  const sizes = { entry: { files: entryFiles.length, bytes: bytesOf(entryFiles) }, totalBytes: bytesOf(all) };
  const importers = new Map<string, Set<string>>();
  for (const [from, v] of builds.flatMap((b) => Object.entries(b.metafile?.inputs ?? {}))) {
    for (const i of v.imports) {
      const [a, b] = [packageOf(from), packageOf(i.path)];
      if (a === b) continue;
      const set = importers.get(b) ?? new Set<string>();
      set.add(a);
      importers.set(b, set);
    }
  }
  const dist = join(ctx.repoRoot, "dist/index.js");
  const distText = await readFile(dist, "utf8").catch(() => undefined);
  // dist/ is current when every file src/action.ts can load (index.js and its chunks) is the same.
  const sameInDist = async (key: string) =>
    (await readFile(join(ctx.repoRoot, key), "utf8")) ===
    (await readFile(join(ctx.repoRoot, "dist", relative(outdir, join(ctx.repoRoot, key))), "utf8").catch(
      () => undefined,
    ));
  const current = distText === fresh && (await Promise.all(all.map(sameInDist))).every(Boolean);
  if (current)
    return {
      path: dist,
      label: "dist/index.js",
      short: "dist/index.js",
      ...sizes,
      inputs,
      importers,
    };
  const path = join(outdir, "index.js");
  return {
    path,
    short: ".tmp/bench-dist/index.js",
    label: `.tmp/bench-dist/index.js (src/action.ts bundled like \`npm run build\`; dist/index.js is ${distText === undefined ? "missing" : "out of date"})`,
    ...sizes,
    inputs,
    importers,
  };
}

/** The environment minus anything that would steer the Action (a CI runner's own INPUT_/GITHUB_ vars). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|NODE_COMPILE_CACHE)/.test(k)) env[k] = v;
  return { ...env, ...extra };
}

interface Spawned {
  readonly name: string;
  /** goal: judged against GOAL_COLD_MS (an event that is not the Action's business); info: printed only. */
  readonly row?: "goal" | "info";
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Throws when the run did not do what it should. */
  readonly check?: (r: { stdout: string; stderr: string }) => void;
}

function spawnTimed(cwd: string, s: Spawned): { ms: number; stdout: string; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...s.args], { cwd, env: s.env, encoding: "utf8" });
  const took = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench: ${s.name} exited ${r.status}: ${r.stderr || r.stdout}`.trim());
  s.check?.(r);
  return { ms: took, stdout: r.stdout, stderr: r.stderr };
}

/** Reports, on stderr, when user code starts (ms since process start) and how long import() of the bundle takes. */
const IMPORT_PROBE = `const t0 = performance.now();
await import(process.env.BENCH_BUNDLE_URL);
const t1 = performance.now();
process.on("exit", () => process.stderr.write("\\nBENCH_IMPORT " + JSON.stringify({ boot: t0, importMs: t1 - t0, exitAt: performance.now() }) + "\\n"));`;

async function coldStart(ctx: BenchContext, bundle: ActionBundle): Promise<Table[]> {
  const dir = await mkdtemp(join(tmpdir(), "rollout-bot-bench-action-"));
  try {
    const event = join(dir, "event.json");
    const commentEventFile = join(dir, "comment.json");
    const prEventFile = join(dir, "pull_request.json");
    const output = join(dir, "output.txt");
    const repository = {
      name: REPO,
      full_name: `${OWNER}/${REPO}`,
      owner: { login: OWNER },
      default_branch: "main",
    };
    await writeFile(event, `${JSON.stringify({ ref: "refs/heads/main", after: "1".repeat(40) })}\n`);
    await writeFile(
      commentEventFile,
      `${JSON.stringify({
        action: "created",
        issue: { number: 7, pull_request: { url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/7` } },
        comment: {
          id: 1,
          node_id: "IC_bench",
          body: "LGTM, thanks!",
          user: { login: "alice", type: "User" },
        },
        repository,
        sender: { login: "alice", type: "User" },
      })}\n`,
    );
    await writeFile(
      prEventFile,
      `${JSON.stringify({
        action: "synchronize",
        pull_request: { number: 8, head: { ref: "feature/docs", sha: "2".repeat(40) } },
        repository,
      })}\n`,
    );
    await writeFile(output, "");
    const command = cleanEnv({
      GITHUB_EVENT_NAME: "push",
      GITHUB_EVENT_PATH: event,
      GITHUB_OUTPUT: output,
      INPUT_MODE: "command",
      INPUT_TOKEN: "x",
    });
    const said = (what: string, expected: string) => (r: { stdout: string }) => {
      if (!r.stdout.includes(expected)) throw new Error(`bench: ${what} said: ${r.stdout}`);
    };
    const validate = cleanEnv({
      GITHUB_WORKSPACE: ctx.repoRoot,
      INPUT_MODE: "validate",
      INPUT_CONFIG: "examples/mnist/rollout.yaml",
    });
    const cache = join(dir, "compile-cache");
    const cases: Spawned[] = [
      { name: "node -e 0", args: ["-e", "0"], env: cleanEnv({}) },
      {
        name: "mode: command, no-op push event",
        row: "goal",
        args: [bundle.path],
        env: command,
        check: said("command mode", '"reason":"not-a-comment"'),
      },
      {
        name: "mode: command, a PR comment without /rollout",
        row: "goal",
        args: [bundle.path],
        env: { ...command, GITHUB_EVENT_NAME: "issue_comment", GITHUB_EVENT_PATH: commentEventFile },
        check: said("command mode", '"reason":"no-command"'),
      },
      {
        name: "mode: report, a PR that is not a rollout PR",
        row: "goal",
        args: [bundle.path],
        env: {
          ...command,
          INPUT_MODE: "report",
          GITHUB_EVENT_NAME: "pull_request",
          GITHUB_EVENT_PATH: prEventFile,
        },
        check: said("report mode", '"reason":"not-a-rollout-pr"'),
      },
      {
        name: "mode: validate examples/mnist (does the work)",
        row: "info",
        args: [bundle.path],
        env: validate,
        check: said("validate mode", "valid; rendered manifests are current"),
      },
      {
        name: "mode: command no-op, NODE_COMPILE_CACHE warm",
        row: "info",
        args: [bundle.path],
        env: { ...command, NODE_COMPILE_CACHE: cache },
      },
      {
        name: "import() probe",
        args: ["--input-type=module", "-e", IMPORT_PROBE],
        env: { ...command, BENCH_BUNDLE_URL: pathToFileURL(bundle.path).href },
      },
    ];
    const q = ctx.quick;
    const warmup = q ? 1 : 2;
    const runs = q ? 5 : 25;
    const samples = cases.map(() => [] as number[]);
    const probes: { boot: number; importMs: number; exitAt: number }[] = [];
    ctx.progress(`chatops: cold start, ${runs} rounds of ${cases.length} spawns…`);
    // Round-robin, so drift (thermal, other load) hits every case alike.
    for (let round = 0; round < warmup + runs; round++) {
      cases.forEach((c, i) => {
        const r = spawnTimed(dir, c);
        if (round < warmup) return;
        samples[i]?.push(r.ms);
        const m = /BENCH_IMPORT (\{.*\})/.exec(r.stderr);
        if (m) probes.push(JSON.parse(m[1] as string));
      });
    }
    const outputText = readFileSync(output, "utf8");
    if (!/result<<[^\n]*\nignored\n/.test(outputText))
      throw new Error(
        `bench: command mode wrote no result=ignored to GITHUB_OUTPUT: ${outputText.slice(0, 200)}`,
      );
    const t = samples.map(summarize);
    const bare = t[0] as Timing;
    const timed = (name: string) => t[cases.findIndex((c) => c.name === name)] as Timing;
    const rows: Row[] = cases.flatMap((c, i) => {
      const x = t[i] as Timing;
      const over = x.median - bare.median;
      if (i > 0 && !c.row) return [];
      return {
        case: i === 0 ? c.name : `node ${bundle.short} ${c.name}`,
        n: x.n,
        "median ms": ms(x.median),
        p90: ms(x.p90),
        min: ms(x.min),
        "over node -e 0": i === 0 ? "" : `+${ms(over)}`,
        [`goal ≤ +${GOAL_COLD_MS} ms`]: c.row === "goal" ? pass(over <= GOAL_COLD_MS) : c.row ? "(info)" : "",
      };
    });
    const boot = median(probes.map((p) => p.boot));
    const imp = probes.map((p) => p.importMs);
    const after = median(probes.map((p) => p.exitAt - p.boot - p.importMs));
    const probeWall = timed("import() probe");
    const noop = timed("mode: command, no-op push event");
    const cached = timed("mode: command no-op, NODE_COMPILE_CACHE warm");
    const breakdown: Row[] = [
      { part: "node bootstrap until user code (performance.now() at start)", "median ms": ms(boot), p90: "" },
      {
        part: "import() of the bundle: read + compile + evaluate, triage and the skip's writes",
        "median ms": ms(median(imp)),
        p90: ms(percentile(imp, 90)),
      },
      { part: "after import until exit", "median ms": ms(after), p90: "" },
      {
        part: "whole probe process, wall (spawn → exit)",
        "median ms": ms(probeWall.median),
        p90: ms(probeWall.p90),
      },
      {
        part: "V8 compilation share (no-op run minus the same with a warm compile cache)",
        "median ms": ms(noop.median - cached.median),
        p90: "",
      },
    ];
    return [
      {
        title: `the Action's cold start: ${bundle.label}; a no-op parses ${kib(bundle.entry.bytes)} KiB in ${bundle.entry.files} file(s) of the ${(bundle.totalBytes / 1024 / 1024).toFixed(2)} MiB src/action.ts can load`,
        rows,
        notes: [
          `goal: ≤ +${GOAL_COLD_MS} ms over node -e 0 for an event that is not the Action's business (median; PASS/MISS above; printed, not asserted).`,
          "Those answer from dist/index.js alone (src/core/triage.ts, one file); the mode code (dist/action-main.js) is a dynamic import they never take.",
          `Each round spawns every case once (round-robin); ${warmup} warm-up round(s) not counted. Spawned: ${process.execPath.endsWith("node") ? "node" : process.execPath} ${process.version}.`,
          "command: INPUT_MODE=command, INPUT_TOKEN=x (ignored; no request). validate: GITHUB_WORKSPACE=repo root,",
          "INPUT_CONFIG=examples/mnist/rollout.yaml. The compile-cache row is for information: a fresh Actions runner starts without one.",
        ],
      },
      {
        title: `where the no-op command run's time goes (import() probe: node --input-type=module -e 'await import(bundle)', n = ${probes.length})`,
        rows: breakdown,
      },
      bundleTable(bundle),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `node_modules/@scope/name/…` → `@scope/name`; `src/…` → `src/<folder>` (rollout-bot's own code). */
function packageOf(input: string): string {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (m) return m[1] as string;
  const own = /^src\/([^/]+)\//.exec(input);
  return own ? `(rollout-bot) src/${own[1]}` : input;
}

function bundleTable(bundle: ActionBundle): Table {
  const total = [...bundle.inputs.values()].reduce((a, b) => a + b, 0);
  const byPackage = new Map<string, number>();
  for (const [input, bytes] of bundle.inputs) {
    const p = packageOf(input);
    byPackage.set(p, (byPackage.get(p) ?? 0) + bytes);
  }
  const pct = (b: number) => `${((b / total) * 100).toFixed(1)}%`;
  const top = (m: ReadonlyMap<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 10);
  const importedBy = (name: string) =>
    [...(bundle.importers.get(name) ?? [])]
      .filter((x) => !x.startsWith("(rollout-bot)") || !name.startsWith("(rollout-bot)"))
      .sort()
      .join(", ");
  const rows: Row[] = [
    ...top(byPackage).map(([name, bytes]) => ({
      by: "package",
      input: name,
      KiB: (bytes / 1024).toFixed(0),
      share: pct(bytes),
      "imported by": importedBy(name),
    })),
    ...top(bundle.inputs).map(([name, bytes]) => ({
      by: "file",
      input: name.replace(/^.*node_modules\//, ""),
      KiB: (bytes / 1024).toFixed(0),
      share: pct(bytes),
      "imported by": "",
    })),
  ];
  return {
    title: `what src/action.ts can load (index.js and every chunk it may import), by input (esbuild metafile, bytes in output): top 10 packages, top 10 files of ${bundle.inputs.size}`,
    rows,
  };
}

export function chatopsSection(): Section {
  return {
    name: "chatops",
    title: `/rollout v2 20 through the handler (${SMALL.toLocaleString("en")} vs ${LARGE.toLocaleString("en")} services) and the Action's cold start`,
    async run(ctx) {
      ctx.progress(`chatops: generating ${SMALL} and ${LARGE} service(s), rendering the named service…`);
      const small = sized(SMALL);
      const large = sized(LARGE);
      const requests = await requestTables(small, large);
      ctx.progress(`chatops: the include layout, ${SMALL} and ${LARGE} service file(s)…`);
      requests.push(...(await includeTables(large)));
      const handler = await handlerTable(ctx, small, large);
      ctx.progress("chatops: bundling src/action.ts (freshness check, metafile)…");
      const bundle = await actionBundle(ctx);
      const cold = await coldStart(ctx, bundle);
      return [...requests, handler, ...cold];
    },
  };
}
