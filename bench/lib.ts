// Shared helpers for `npm run bench`: timing, statistics and table printing. Prints figures only;
// nothing here asserts timing.

/** One printed row: column name → cell. Columns are taken in the order of the first row's keys. */
export type Cell = string | number;
export type Row = Readonly<Record<string, Cell>>;

/** A titled table of rows, with optional lines printed under it. */
export interface Table {
  readonly title: string;
  readonly rows: readonly Row[];
  readonly notes?: readonly string[];
}

/** What every section gets: where the repo is, and a way to report progress (on stderr). */
export interface BenchContext {
  readonly repoRoot: string;
  /** Whether `--quick` was passed: fewer runs, for checking the bench itself. */
  readonly quick: boolean;
  progress(message: string): void;
}

/** A named part of the benchmark; `npm run bench -- <name>...` runs only those. */
export interface Section {
  readonly name: string;
  readonly title: string;
  run(ctx: BenchContext): Promise<readonly Table[]>;
}

/** The q-th percentile (0–100) of `samples`, interpolating linearly between closest ranks. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const pos = ((sorted.length - 1) * Math.min(100, Math.max(0, q))) / 100;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export interface Timing {
  /** Milliseconds, one per measured run (warm-up runs excluded). */
  readonly samples: readonly number[];
  readonly n: number;
  readonly median: number;
  readonly p90: number;
  readonly min: number;
}

export function summarize(samples: readonly number[]): Timing {
  return {
    samples,
    n: samples.length,
    median: median(samples),
    p90: percentile(samples, 90),
    min: samples.length ? Math.min(...samples) : Number.NaN,
  };
}

export interface TimeItOptions {
  /** Untimed runs first, to let the JIT and file cache settle. */
  readonly warmup?: number;
  /** Measured runs wanted. */
  readonly runs?: number;
  /** Stop early once this much measured time has passed and `minRuns` are done. */
  readonly budgetMs?: number;
  readonly minRuns?: number;
  /** Called before every run (warm-up included), outside the timed part, e.g. to reset files. */
  readonly before?: () => unknown;
}

/** Times `fn` (wall clock, ms) over warm-up plus measured runs. */
export async function timeIt(fn: () => unknown, options: TimeItOptions = {}): Promise<Timing> {
  const { warmup = 3, runs = 30, budgetMs = Number.POSITIVE_INFINITY, minRuns = 10, before } = options;
  for (let i = 0; i < warmup; i++) {
    await before?.();
    await fn();
  }
  const samples: number[] = [];
  let spent = 0;
  while (samples.length < runs && (spent < budgetMs || samples.length < minRuns)) {
    await before?.();
    const t0 = performance.now();
    await fn();
    const ms = performance.now() - t0;
    samples.push(ms);
    spent += ms;
  }
  return summarize(samples);
}

/** A number of milliseconds for a table: 3 significant digits, at least one decimal below 100. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return "–";
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

export function ratio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(1)}×` : "–";
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Formats tables as aligned plain text (numbers right-aligned, text left-aligned). */
export function formatTable(table: Table): string {
  const { rows } = table;
  const out = [table.title];
  if (rows.length > 0) {
    const cols = Object.keys(rows[0] as Row);
    const text = (r: Row, c: string) => String(r[c] ?? "");
    const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => text(r, c).length)));
    const numeric = cols.map((c) => rows.every((r) => /^[-–+]?[\d.,]*[\d–][×%]?( MiB)?$/.test(text(r, c))));
    const line = (cells: string[]) =>
      `  ${cells
        .map((s, i) => (numeric[i] ? s.padStart(width[i] as number) : s.padEnd(width[i] as number)))
        .join("  ")
        .trimEnd()}`;
    out.push(line(cols), line(width.map((w) => "-".repeat(w))));
    for (const r of rows) out.push(line(cols.map((c) => text(r, c))));
  }
  for (const n of table.notes ?? []) out.push(`  ${n}`);
  return out.join("\n");
}
