// `npm run bench [-- --quick] [-- <section>...]`: prints figures, never asserts timing.
// Bundled by scripts/bench.mjs into .tmp/bench.mjs, which calls `main`.
import { cpus } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { applySection } from "./apply.js";
import { chatopsSection } from "./chatops.js";
import { judgeSection } from "./judge.js";
import { type BenchContext, formatTable, type Section } from "./lib.js";
import { metricsSection } from "./metrics.js";
import { type CliTarget, setSection } from "./set.js";
import { soakSection } from "./soak.js";

export interface BenchOptions {
  readonly argv: readonly string[];
  readonly repoRoot: string;
  /** The built CLI for whole-process cases. */
  readonly cli: CliTarget;
}

/** Every section, in the order they run. Add new ones here. */
function sections(options: BenchOptions): Section[] {
  return [
    setSection(options.cli),
    chatopsSection(),
    metricsSection(),
    judgeSection(),
    applySection(),
    soakSection(),
  ];
}

/** Makes `globalThis.gc` available without restarting node with --expose-gc. */
function exposeGc(): void {
  if (typeof (globalThis as { gc?: unknown }).gc === "function") return;
  setFlagsFromString("--expose-gc");
  (globalThis as { gc?: unknown }).gc = runInNewContext("gc");
}

export async function main(options: BenchOptions): Promise<number> {
  const quick = options.argv.includes("--quick");
  const wanted = options.argv.filter((a) => !a.startsWith("--"));
  const all = sections(options);
  const unknown = wanted.filter((w) => !all.some((s) => s.name === w));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: unknown section ${unknown.join(", ")}; sections: ${all.map((s) => s.name).join(", ")}\n`,
    );
    return 2;
  }
  exposeGc();
  const ctx: BenchContext = {
    repoRoot: options.repoRoot,
    quick,
    progress: (m) => process.stderr.write(`… ${m}\n`),
  };
  const cpu = cpus();
  process.stdout.write(
    `rollout-bot bench — node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? "cpu"}${quick ? ", --quick (few runs: figures are rough)" : ""}\n`,
  );
  const started = performance.now();
  for (const section of all.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    const t0 = performance.now();
    const tables = await section.run(ctx);
    process.stdout.write(`\n== ${section.name}: ${section.title} ==\n\n`);
    process.stdout.write(`${tables.map(formatTable).join("\n\n")}\n`);
    process.stdout.write(`\n(section ${section.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  }
  process.stdout.write(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}
