// The judge stays honest however often it is asked: simulated two-hour steps judged through the
// real core (evaluateGate on synthetic metrics, bench/judge.ts) at every minute and every 10th
// minute, on fixed seeds, so the counts are exact. The bench runs 1,000 of each
// (`npm run bench -- judge`); here 300. The simulations run in plain Node child processes (an
// esbuild bundle of the same sources, as test/helpers/cli-bundle.ts does for the CLI): number
// crunching runs many times slower inside Jest's module sandbox.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mulberry32, poisson, type Tally } from "../../bench/judge.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const BUNDLE = join(ROOT, ".tmp", `judge-simulation-${process.pid}.mjs`);
const ROLLOUTS = 300;
// The exact counts of these seeds (the bench's figures for 1,000 are in its output).
const AA_JUDGE_MINUTE = 0;
const AA_TODAY = { everyMinute: 262, every10: 167 };
const ERRORS_MEDIAN = { everyMinute: 13, every10: 20 };
const LATENCY_MEDIAN = { everyMinute: 3, every10: 10 };

/** One simulation in a child process: its Tally. */
function run(args: { scenario: "AA" | "AB_ERRORS" | "AB_LATENCY"; seed: number }): Promise<Tally> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, args.scenario, String(args.seed), String(ROLLOUTS)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(JSON.parse(out) as Tally) : reject(new Error(`exit ${code}`)),
    );
  });
}

const tallies: Partial<Record<"aa" | "errors" | "latency", Tally>> = {};

beforeAll(async () => {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const entry = join(ROOT, ".tmp", `judge-simulation-${process.pid}.ts`);
  writeFileSync(
    entry,
    `import { AA, AB_ERRORS, AB_LATENCY, COMPARISON_ONLY_GATE, DEFAULT_GATE, simulate } from "../bench/judge.js";
const [name, seed, rollouts] = process.argv.slice(2);
const scenario = { AA, AB_ERRORS, AB_LATENCY }[name];
const gate = name === "AA" ? DEFAULT_GATE : COMPARISON_ONLY_GATE;
process.stdout.write(JSON.stringify(simulate({ scenario, gate, rollouts: Number(rollouts), seed: Number(seed), stopAtFirst: name !== "AA" })));
`,
  );
  const esbuild = join(ROOT, "node_modules", ".bin", "esbuild");
  const flags = ["--bundle", "--platform=node", "--format=esm", "--packages=external", "--log-level=error"];
  const r = spawnSync(esbuild, [entry, ...flags, `--outfile=${BUNDLE}`], { cwd: ROOT, encoding: "utf8" });
  rmSync(entry, { force: true });
  if (r.status !== 0) throw new Error(r.stderr);
  const [aa, errors, latency] = await Promise.all([
    run({ scenario: "AA", seed: 1 }),
    run({ scenario: "AB_ERRORS", seed: 2 }),
    run({ scenario: "AB_LATENCY", seed: 3 }),
  ]);
  Object.assign(tallies, { aa, errors, latency });
}, 300_000);

afterAll(() => rmSync(BUNDLE, { force: true }));

function tally(name: "aa" | "errors" | "latency"): Tally {
  const t = tallies[name];
  if (t === undefined) throw new Error(`no ${name} simulation`);
  return t;
}

describe("the simulation's random numbers", () => {
  it("are seeded: the same seed gives the same draws", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it.each([0.5, 29, 30, 1080])("Poisson(%p) has that mean and variance", (lambda) => {
    const rand = mulberry32(11);
    const n = 2_000;
    const xs = Array.from({ length: n }, () => poisson(lambda, rand));
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    // Five standard errors of the mean, and of the variance (≈ λ √(2/n) for large λ, plus λ/n).
    expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / n));
    expect(Math.abs(variance - lambda)).toBeLessThan(5 * Math.sqrt((2 * lambda * lambda + lambda) / n));
  });
});

describe(`A/A: ${ROLLOUTS} healthy canaries, judged every minute for two hours`, () => {
  it("the judge fails at most 5 % of them at some look, every minute and every 10 minutes", () => {
    const t = tally("aa");
    expect(t.judge).toEqual({ everyMinute: AA_JUDGE_MINUTE, every10: 0 });
    expect(t.judge.everyMinute).toBeLessThanOrEqual(0.05 * ROLLOUTS);
  });

  it("while today's fixed-window z-tests fail most of the same healthy canaries", () => {
    expect(tally("aa").today).toEqual(AA_TODAY);
  });
});

describe(`A/B: ${ROLLOUTS} real regressions, judged every minute for two hours`, () => {
  it("5xx 0.3 % → 1.0 %: the judge catches ≥ 80 % of them", () => {
    const t = tally("errors");
    expect(t.judge).toEqual({ everyMinute: ROLLOUTS, every10: ROLLOUTS });
    expect(t.judge.every10).toBeGreaterThanOrEqual(0.8 * ROLLOUTS);
    expect(t.judgeMedianMinute).toEqual(ERRORS_MEDIAN);
  });

  it("latency ×1.3 (p99 +30 %): the judge catches ≥ 80 % of them", () => {
    const t = tally("latency");
    expect(t.judge).toEqual({ everyMinute: ROLLOUTS, every10: ROLLOUTS });
    expect(t.judge.every10).toBeGreaterThanOrEqual(0.8 * ROLLOUTS);
    expect(t.judgeMedianMinute).toEqual(LATENCY_MEDIAN);
  });
});
