// Section "set": how `set <svc> v2 20` scales from a 1-service rollout.yaml to a 1,000-service one.
import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { type LocalTree, localTree } from "../src/adapters/fs.js";
import { runSet, snapshot } from "../src/commands/local.js";
import { type FileChange, loadForRequest, planSet, renderChanges, unifiedDiff } from "../src/core/changes.js";
import { type LoadedConfig, loadConfig, YAML_OPTIONS } from "../src/core/config.js";
import { editConfigWeights } from "../src/core/edit.js";
import { planTraffic } from "../src/core/plan.js";
import { scanServices } from "../src/core/scan.js";
import { RolloutSchema } from "../src/core/schema.js";
import { loadedFiles } from "../src/core/service-files.js";
import { type Fixture, type Layout, makeFixture, serviceKey } from "./fixture.js";
import {
  type BenchContext,
  mib,
  ms,
  type Row,
  ratio,
  type Section,
  type Table,
  type Timing,
  timeIt,
} from "./lib.js";

const FILE = "rollout.yaml";
const SMALL = 1;
const LARGE = 1000;
const GOAL_MS = 50;
const GOAL_RATIO = 2;

/** The CLI to spawn for the whole-process case; set by scripts/bench.mjs. */
export interface CliTarget {
  readonly path: string;
  readonly label: string;
}

interface Sized {
  readonly fx: Fixture;
  readonly key: string;
  readonly words: readonly string[];
}

function sized(fx: Fixture): Sized {
  const key = serviceKey(Math.floor(fx.services / 2));
  return { fx, key, words: [key, "v2", "20"] };
}

async function setOnce(s: Sized, dryRun: boolean, tree: LocalTree = localTree(s.fx.dir)) {
  const r = await runSet({ tree, file: FILE, words: s.words, dryRun });
  if (!r.ok) throw new Error(`set ${s.words.join(" ")} on ${s.fx.services} service(s) refused: ${r.message}`);
  if (r.command !== "set") throw new Error(`runSet answered ${r.command}`);
  return r;
}

/** Puts back every file a `set` changes (rollout.yaml and the service's manifests). */
function resetter(s: Sized, changes: readonly FileChange[]) {
  const originals = changes.map((c) => [join(s.fx.dir, ...c.path.split("/")), c.before] as const);
  return async () => {
    for (const [path, before] of originals) if (before !== undefined) await writeFile(path, before, "utf8");
  };
}

function spawnCli(cwd: string, args: readonly string[], nodeArgs: readonly string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, ...args], { cwd, encoding: "utf8" });
  if (r.status !== 0)
    throw new Error(`\`node ${args.join(" ")}\` exited ${r.status}: ${r.stderr || r.stdout}`.trim());
  return r;
}

/**
 * A preload that reports the process's peak RSS and final heap on stderr when it exits. Peak RSS is
 * /proc/self/status VmHWM where there is one: on Linux `resourceUsage().maxRSS` of a spawned child
 * can carry the parent's peak over the exec.
 */
const MEMORY_PROBE = `data:text/javascript,${encodeURIComponent(
  `process.on("exit", () => {
    let peak = process.resourceUsage().maxRSS * 1024;
    try {
      const status = process.getBuiltinModule("node:fs").readFileSync("/proc/self/status", "utf8");
      const hwm = /VmHWM:\\s+(\\d+) kB/.exec(status);
      if (hwm) peak = Number(hwm[1]) * 1024;
    } catch {}
    process.stderr.write("\\nBENCH_MEMORY " + JSON.stringify({ maxRss: peak, heapUsed: process.memoryUsage().heapUsed }) + "\\n");
  });`,
)}`;

function childMemory(cwd: string, args: readonly string[]): { maxRss: number; heapUsed: number } {
  const r = spawnCli(cwd, args, ["--import", MEMORY_PROBE]);
  const m = /BENCH_MEMORY (\{.*\})/.exec(r.stderr);
  if (!m) throw new Error(`no memory figures from \`node ${args.join(" ")}\``);
  return JSON.parse(m[1] as string) as { maxRss: number; heapUsed: number };
}

/** Same steps as commands/local.ts `snapshot` (not exported): list manifest folders, read every file. */

function mustLoad(text: string): LoadedConfig {
  const r = loadConfig({ text, file: FILE });
  if (!r.ok) throw new Error(`bench config does not load: ${r.message}`);
  return r.loaded;
}

interface Phase {
  readonly name: string;
  readonly timing?: Timing;
  /** Median derived from others (e.g. a remainder), not measured itself. */
  readonly derived?: number;
  /** Part of runSet (summed), as opposed to a sub-phase or CLI-only work. */
  readonly inSet: boolean;
}

/** Times each step of `runSet` (and the CLI's diff) by calling the core functions directly. */
async function phases(s: Sized, ctx: BenchContext): Promise<Phase[]> {
  const tree = localTree(s.fx.dir);
  const large = s.fx.services >= LARGE;
  const opts = ctx.quick
    ? { warmup: 1, runs: 5, minRuns: 3 }
    : { warmup: 1, runs: 30, minRuns: large ? 5 : 10, budgetMs: large ? 1_500 : 300 };
  const text = (await tree.read(FILE)) as string;
  const forRequest = loadForRequest({ text, file: FILE, words: s.words });
  if (!forRequest.ok) throw new Error(forRequest.message);
  const { loaded, request } = forRequest;
  const files = await snapshot(tree, loaded);
  const planned = planTraffic({ config: loaded.config, request });
  if (!planned.ok) throw new Error(planned.message);
  const { plan } = planned;
  const editArgs = { loaded, service: plan.service, after: plan.after, stableAfter: plan.stableAfter };
  const edited = editConfigWeights(editArgs);
  const reloaded = mustLoad(edited.parsed);
  const rendered = renderChanges({ loaded: reloaded, files, services: [plan.service] });
  if (!rendered.ok) throw new Error(rendered.message);
  const set = planSet({ loaded, request, files });
  if (!set.ok) throw new Error(set.message);

  const whole = mustLoad(text);
  const data: unknown = whole.doc.toJS({ maxAliasCount: YAML_OPTIONS.maxAliasCount });
  const t = (fn: () => unknown) => timeIt(fn, opts);
  const load = await t(() => loadConfig({ text, file: FILE }));
  const yamlParse = await t(() => parseDocument(text, { ...YAML_OPTIONS, lineCounter: new LineCounter() }));
  const toJS = await t(() => whole.doc.toJS({ maxAliasCount: YAML_OPTIONS.maxAliasCount }));
  const zod = await t(() => RolloutSchema.safeParse(data));
  return [
    { name: "read rollout.yaml", timing: await t(() => tree.read(FILE)), inSet: true },
    {
      name: `loadForRequest (scan + parse ${loaded.scope ? "one service" : "whole file"})`,
      timing: await t(() => loadForRequest({ text, file: FILE, words: s.words })),
      inSet: true,
    },
    { name: "  scanServices (line scan)", timing: await t(() => scanServices(text)), inSet: false },
    {
      name: `snapshot: list ${loadedFiles({ loaded }).folders.length} folder(s), read ${files.size} file(s)`,
      timing: await t(() => snapshot(tree, loaded)),
      inSet: true,
    },
    {
      name: "planTraffic",
      timing: await t(() => planTraffic({ config: loaded.config, request })),
      inSet: true,
    },
    { name: "editConfigWeights", timing: await t(() => editConfigWeights(editArgs)), inSet: true },
    {
      name: "re-load the edited service (loadConfig)",
      timing: await t(() => mustLoad(edited.parsed)),
      inSet: true,
    },
    {
      name: "renderChanges (1 service)",
      timing: await t(() => renderChanges({ loaded: reloaded, files, services: [plan.service] })),
      inSet: true,
    },
    { name: "unifiedDiff (CLI output only)", timing: await t(() => unifiedDiff(set.changes)), inSet: false },
    { name: "whole-file loadConfig (validate's path)", timing: load, inSet: false },
    { name: "  yaml parseDocument + LineCounter", timing: yamlParse, inSet: false },
    { name: "  doc.toJS", timing: toJS, inSet: false },
    { name: "  zod RolloutSchema.safeParse", timing: zod, inSet: false },
    {
      name: "  semantic checks + rest (difference)",
      derived: load.median - yamlParse.median - toJS.median - zod.median,
      inSet: false,
    },
  ];
}

function pass(ok: boolean): string {
  return ok ? "PASS" : "MISS";
}

/** A LocalTree that counts what passes through it: files and bytes read, folders listed. */
function countingTree(root: string): {
  tree: LocalTree;
  counts: { files: number; bytes: number; lists: number };
} {
  const inner = localTree(root);
  const counts = { files: 0, bytes: 0, lists: 0 };
  const tree: LocalTree = {
    root,
    async read(path) {
      const t = await inner.read(path);
      if (t !== undefined) {
        counts.files++;
        counts.bytes += Buffer.byteLength(t);
      }
      return t;
    },
    async list(folder) {
      counts.lists++;
      return inner.list(folder);
    },
    check: (changes) => inner.check(changes),
    write: (changes) => inner.write(changes),
  };
  return { tree, counts };
}

/** Bytes a file change writes (the whole new text; a deletion writes none). */
function written(changes: readonly FileChange[]): number {
  return changes.reduce((a, c) => a + (c.after === undefined ? 0 : Buffer.byteLength(c.after)), 0);
}

/**
 * Bytes read and written by one `set <svc> v2 20`, single rollout.yaml vs the include layout, at
 * 1 and 1,000 services. Goal (issue 10): they grow with the service's own files, not the
 * repository's — the 1,000-service figure within 5 % of the 1-service one.
 */
export async function bytesTables(ctx: BenchContext): Promise<Table[]> {
  const rows: Row[] = [];
  const figures = new Map<string, { read: number; written: number }>();
  for (const layout of ["single", "include"] as const satisfies readonly Layout[]) {
    for (const services of [SMALL, LARGE]) {
      ctx.progress(`set-bytes: ${services} service(s), ${layout}…`);
      const fx = await makeFixture(services, layout);
      try {
        const s = sized(fx);
        const { tree, counts } = countingTree(fx.dir);
        const r = await setOnce(s, true, tree);
        const w = written(r.changes);
        const timing = await timeIt(
          () => setOnce(s, true),
          ctx.quick
            ? { warmup: 1, runs: 5, minRuns: 3 }
            : { warmup: 1, runs: 20, minRuns: 5, budgetMs: 3_000 },
        );
        figures.set(`${layout} ${services}`, { read: counts.bytes, written: w });
        const small = figures.get(`${layout} ${SMALL}`);
        const grows =
          services === LARGE && small ? counts.bytes + w > (small.read + small.written) * 1.05 : false;
        rows.push({
          layout: layout === "single" ? "one rollout.yaml" : "include: rollout.d/*.yaml",
          services,
          "files read": counts.files,
          "folders listed": counts.lists,
          "bytes read": counts.bytes.toLocaleString("en"),
          "files written": r.changes.length,
          "bytes written": w.toLocaleString("en"),
          written: r.changes.map((c) => c.path.replace(s.key, "<svc>")).join(", "),
          "goal: own files only": services === SMALL ? "" : grows ? "MISS" : "PASS",
          "runSet dry run median ms": ms(timing.median),
        });
      } finally {
        await fx.remove();
      }
    }
  }
  return [
    {
      title:
        "bytes per `set <svc> v2 20` (dry run, local tree; what the GitHub path would fetch and commit is the same files)",
      rows,
      notes: [
        "goal: bytes grow with the service's own files, not the repository's: PASS when the 1,000-service read + written is within 5 % of the 1-service one (printed, not asserted).",
        "the single-file layout keeps working as before and reads/commits the whole rollout.yaml; the include layout reads rollout.yaml (top-level keys), rollout.d/<svc>.yaml and the service's manifests.",
      ],
    },
  ];
}

export function setSection(cli: CliTarget): Section {
  return {
    name: "set",
    title: `set <svc> v2 20: ${SMALL.toLocaleString("en")} vs ${LARGE.toLocaleString("en")} services`,
    async run(ctx) {
      ctx.progress(`set: generating and rendering ${SMALL} and ${LARGE} service(s)…`);
      const t0 = performance.now();
      const small = sized(await makeFixture(SMALL));
      const large = sized(await makeFixture(LARGE));
      const setupMs = performance.now() - t0;
      try {
        return [...(await measure(ctx, cli, small, large, setupMs)), ...(await bytesTables(ctx))];
      } finally {
        await Promise.all([small.fx.remove(), large.fx.remove()]);
      }
    },
  };
}

async function measure(
  ctx: BenchContext,
  cli: CliTarget,
  small: Sized,
  large: Sized,
  setupMs: number,
): Promise<Table[]> {
  const q = ctx.quick;
  // Budgets keep the whole bench near a minute on 2 cores: the 1-service cases reach 30 runs, the
  // 1,000-service ones stop at their time budget (n is printed).
  const inProc = q
    ? { warmup: 1, runs: 5, minRuns: 3 }
    : { warmup: 2, runs: 30, minRuns: 8, budgetMs: 7_000 };
  const spawned = q
    ? { warmup: 1, runs: 3, minRuns: 3 }
    : { warmup: 1, runs: 30, minRuns: 8, budgetMs: 9_000 };

  // Sanity (not timing): the rendered tree is current, so a set changes exactly rollout.yaml and the
  // service's VirtualService file.
  const probe = await setOnce(large, true);
  const smallProbe = await setOnce(small, true);
  for (const [s, r] of [
    [large, probe],
    [small, smallProbe],
  ] as const) {
    const paths = r.changes.map((c) => c.path).join(", ");
    if (paths !== `${FILE}, deploy/${s.key}/virtualservice.yaml`)
      throw new Error(`bench fixture (${s.fx.services} services): set changed unexpected files: ${paths}`);
  }

  const gc = (globalThis as { gc?: () => void }).gc;
  const results: { name: string; small: Timing; large: Timing }[] = [];
  const pair = async (name: string, fn: (s: Sized) => Promise<Timing>) => {
    ctx.progress(`set: ${name}…`);
    gc?.();
    const sm = await fn(small);
    gc?.();
    const lg = await fn(large);
    results.push({ name, small: sm, large: lg });
  };

  await pair("(a) runSet in-process, dry run", (s) => timeIt(() => setOnce(s, true), inProc));
  await pair("(b) runSet in-process, writing files", async (s) => {
    const reset = resetter(s, (s === large ? probe : smallProbe).changes);
    try {
      return await timeIt(() => setOnce(s, false), { ...inProc, before: reset });
    } finally {
      await reset();
    }
  });
  await pair("(c) node cli set … --dry-run", (s) =>
    timeIt(() => spawnCli(s.fx.dir, [cli.path, "set", ...s.words, "--dry-run"]), spawned),
  );
  ctx.progress("set: node -e 0…");
  const bare = await timeIt(() => spawnCli(small.fx.dir, ["-e", "0"]), spawned);

  const rows: Row[] = results.map(({ name, small: sm, large: lg }) => ({
    case: name,
    n: `${sm.n}/${lg.n}`,
    "1 svc median ms": ms(sm.median),
    "1 svc p90": ms(sm.p90),
    "1000 svc median ms": ms(lg.median),
    "1000 svc p90": ms(lg.p90),
    "large/small": ratio(lg.median / sm.median),
    "≤ 50 ms": pass(lg.median <= GOAL_MS),
    "≤ 2×": pass(lg.median / sm.median <= GOAL_RATIO),
  }));
  const c = results[2];
  if (c) {
    const sm = c.small.median - bare.median;
    const lg = c.large.median - bare.median;
    rows.push({
      case: "(c) minus node -e 0 (startup excluded)",
      n: "",
      "1 svc median ms": ms(sm),
      "1 svc p90": "",
      "1000 svc median ms": ms(lg),
      "1000 svc p90": "",
      "large/small": ratio(lg / sm),
      "≤ 50 ms": pass(lg <= GOAL_MS),
      "≤ 2×": pass(lg / sm <= GOAL_RATIO),
    });
  }
  rows.push({
    case: "node -e 0 (for comparison)",
    n: String(bare.n),
    "1 svc median ms": ms(bare.median),
    "1 svc p90": ms(bare.p90),
    "1000 svc median ms": "",
    "1000 svc p90": "",
    "large/small": "",
    "≤ 50 ms": "",
    "≤ 2×": "",
  });

  ctx.progress("set: phases…");
  const [phSmall, phLarge] = [await phases(small, ctx), await phases(large, ctx)];
  const phaseRows: Row[] = phLarge.map((p, i) => {
    const sp = phSmall[i] as Phase;
    const med = (x: Phase) => x.timing?.median ?? x.derived ?? Number.NaN;
    return {
      phase: p.name,
      n: p.timing ? String(p.timing.n) : "",
      "1 svc median ms": ms(med(sp)),
      "1000 svc median ms": ms(med(p)),
      "1000 svc p90": p.timing ? ms(p.timing.p90) : "",
      "large/small": ratio(med(p) / med(sp)),
    };
  });
  const sum = (ps: Phase[]) => ps.filter((p) => p.inSet).reduce((a, p) => a + (p.timing?.median ?? 0), 0);
  const a = results[0];
  phaseRows.push(
    {
      phase: "sum of runSet phases (unindented rows, no diff)",
      n: "",
      "1 svc median ms": ms(sum(phSmall)),
      "1000 svc median ms": ms(sum(phLarge)),
      "1000 svc p90": "",
      "large/small": ratio(sum(phLarge) / sum(phSmall)),
    },
    {
      phase: "runSet measured as a whole, (a)",
      n: "",
      "1 svc median ms": ms(a?.small.median ?? Number.NaN),
      "1000 svc median ms": ms(a?.large.median ?? Number.NaN),
      "1000 svc p90": "",
      "large/small": ratio((a?.large.median ?? Number.NaN) / (a?.small.median ?? Number.NaN)),
    },
  );
  const total = sum(phLarge);
  const top = phLarge
    .filter((p) => p.inSet && p.timing)
    .sort((x, y) => (y.timing?.median ?? 0) - (x.timing?.median ?? 0))
    .slice(0, 3)
    .map((p) => `${p.name.trim()} ${(((p.timing?.median ?? 0) / total) * 100).toFixed(0)} %`);

  ctx.progress("set: memory…");
  const mem = await memory(cli, small, large);

  const sizeSmall = Buffer.byteLength(small.fx.text);
  const sizeLarge = Buffer.byteLength(large.fx.text);
  return [
    {
      title: `set ${large.words.join(" ")} (${LARGE.toLocaleString("en")} services) vs set ${small.words.join(" ")} (1 service)`,
      rows,
      notes: [
        `goal: ≤ ${GOAL_MS} ms median, and ≤ ${GOAL_RATIO}× the 1-service case (PASS/MISS above; printed, not asserted)`,
        `n = measured runs small/large, after warm-up; (b) restores the changed files before each run, untimed.`,
        `rollout.yaml: ${sizeSmall.toLocaleString("en")} B / ${sizeLarge.toLocaleString("en")} B; manifests rendered: ${small.fx.rendered} / ${large.fx.rendered} files; set changes ${probe.changes.length} files (${probe.changes.map((x) => x.path).join(", ")}).`,
        `(c) spawns ${process.execPath.endsWith("node") ? "node" : process.execPath} ${process.version} on ${cli.label}; fixture setup took ${ms(setupMs)} ms.`,
      ],
    },
    {
      title: `runSet by phase (core functions called directly; the 1000-svc case dominates by: ${top.join(", ")})`,
      rows: phaseRows,
    },
    {
      title: "memory",
      rows: mem,
    },
  ];
}

async function memory(cli: CliTarget, small: Sized, large: Sized): Promise<Row[]> {
  const bare = childMemory(small.fx.dir, ["-e", "0"]);
  const sm = childMemory(small.fx.dir, [cli.path, "set", ...small.words, "--dry-run"]);
  const lg = childMemory(large.fx.dir, [cli.path, "set", ...large.words, "--dry-run"]);
  const rows: Row[] = [
    { measure: "peak RSS, node -e 0", value: mib(bare.maxRss) },
    { measure: "peak RSS, cli set, 1 service", value: mib(sm.maxRss) },
    { measure: "peak RSS, cli set, 1000 services", value: mib(lg.maxRss) },
    { measure: "peak RSS delta, 1000 services − 1 service", value: mib(lg.maxRss - sm.maxRss) },
    { measure: "peak RSS delta, 1000 services − node -e 0", value: mib(lg.maxRss - bare.maxRss) },
    { measure: "heapUsed at exit, cli set, 1 service", value: mib(sm.heapUsed) },
    { measure: "heapUsed at exit, cli set, 1000 services", value: mib(lg.heapUsed) },
  ];
  // In-process: what one large runSet allocates (GC may run during it, so a lower bound).
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    const before = process.memoryUsage();
    const r = await setOnce(large, true);
    const after = process.memoryUsage();
    gc();
    const kept = process.memoryUsage();
    if (r.changes.length === 0) throw new Error("set changed nothing");
    rows.push(
      {
        measure: "in-process: heapUsed growth during one 1000-svc runSet (≥, GC may run)",
        value: mib(after.heapUsed - before.heapUsed),
      },
      {
        measure: "in-process: heapUsed retained after GC (result still referenced)",
        value: mib(kept.heapUsed - before.heapUsed),
      },
    );
  }
  return rows;
}
