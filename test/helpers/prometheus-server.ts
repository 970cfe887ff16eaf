// The real-Prometheus harness without jest: test/helpers/prometheus.ts re-exports it (and adds the
// jest-only `usePrometheus`); the bench (bench/metrics.ts) imports it directly.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import type { Dataset } from "../fixtures/prometheus/generate.js";

/**
 * A real Prometheus (Debian's 2.42 in CI) serving the given datasets, for adapter and end-to-end tests.
 *
 * Each dataset's OpenMetrics text is written to a temp dir and backfilled with
 * `promtool tsdb create-blocks-from openmetrics` (in parallel, all into one data dir: the datasets
 * lie days apart, so their series never meet), then Prometheus starts with no scrape targets on
 * 127.0.0.1 and a free port. Retention is 100 years: Prometheus measures it back from the newest
 * block (not from now) and would drop, at start-up, any dataset more than 15 days older than another.
 * Start-up on 2 CPUs, ready included: twoVersions 0.4 s, the four 30-minute datasets 1 s, all with
 * `day` 2 s (mostly generating and parsing text; Prometheus itself is ready in < 0.1 s).
 *
 * `PROMETHEUS_BIN` and `PROMTOOL_BIN` override the binaries (default: `prometheus`, `promtool` on PATH).
 */
export interface PrometheusServer {
  /** Base URL, e.g. http://127.0.0.1:40123 (no trailing slash). */
  readonly url: string;
  readonly dataDir: string;
  /** Where start-up time went, in ms: generating + backfilling the datasets, then Prometheus until ready. */
  readonly startup: { readonly backfillMs: number; readonly readyMs: number };
  /** Kills Prometheus and removes the temp dir; safe to call twice. */
  stop(): Promise<void>;
}

const INSTALL = "install Debian's prometheus: apt-get install prometheus";
const READY_TIMEOUT_MS = 20_000;

export async function startPrometheus(options: {
  datasets: readonly Dataset[];
  /** Binaries; default `PROMETHEUS_BIN` / `PROMTOOL_BIN`, else `prometheus` / `promtool` on PATH. */
  prometheus?: string;
  promtool?: string;
}): Promise<PrometheusServer> {
  const prometheus = options.prometheus ?? (process.env.PROMETHEUS_BIN || "prometheus");
  const promtool = options.promtool ?? (process.env.PROMTOOL_BIN || "promtool");
  // Fail fast, before generating anything, when either is missing.
  await Promise.all([run(prometheus, ["--version"]), run(promtool, ["--version"])]);
  const dir = await mkdtemp(join(tmpdir(), "rollout-bot-prometheus-"));
  try {
    const dataDir = join(dir, "data");
    const t0 = performance.now();
    await backfill({ promtool, datasets: options.datasets, dir, dataDir });
    const backfillMs = performance.now() - t0;
    const config = join(dir, "prometheus.yml");
    await writeFile(config, "global:\n  scrape_interval: 15s\nscrape_configs: []\n");
    let lastError: unknown;
    for (let i = 0; i < 3; i++) {
      try {
        const t1 = performance.now();
        const server = await serve({ prometheus, config, dataDir, dir });
        return { ...server, startup: { backfillMs, readyMs: performance.now() - t1 } };
      } catch (e) {
        // Another process may take the free port between our probe and Prometheus binding it.
        if (!(e instanceof PortTaken)) throw e;
        lastError = e;
      }
    }
    throw lastError;
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

async function backfill(p: {
  promtool: string;
  datasets: readonly Dataset[];
  dir: string;
  dataDir: string;
}): Promise<void> {
  const queue = [...p.datasets];
  const worker = async () => {
    for (let d = queue.shift(); d; d = queue.shift()) {
      const file = join(p.dir, `${d.name}.om`);
      await writeFile(file, d.chunks());
      // Blocks default to 2 h and promtool re-reads the whole file for each one; one block per
      // dataset is ~5× faster for `day` (the flag is hidden in promtool 2.42 but present).
      const long = d.end - d.start > 2 * 3600 ? ["--max-block-duration=1000h"] : [];
      const args = ["tsdb", "create-blocks-from", "openmetrics", "--quiet", ...long, file, p.dataDir];
      const r = await run(p.promtool, args);
      if (r.code !== 0) {
        throw new Error(
          `promtool could not backfill dataset ${d.name} (exit ${r.code}):\n${r.output.trim()}`,
        );
      }
      await rm(file);
    }
  };
  const n = Math.max(1, Math.min(availableParallelism(), p.datasets.length));
  await Promise.all(Array.from({ length: n }, worker));
}

function run(cmd: string, args: readonly string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (b: Buffer) => (output += b));
    child.stderr.on("data", (b: Buffer) => (output += b));
    child.on("error", (e) => reject(missing(cmd, e)));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

function missing(cmd: string, e: Error): Error {
  if ((e as NodeJS.ErrnoException).code === "ENOENT") return new Error(`${cmd} not found: ${INSTALL}`);
  return e;
}

class PortTaken extends Error {}

async function serve(p: {
  prometheus: string;
  config: string;
  dataDir: string;
  dir: string;
}): Promise<Omit<PrometheusServer, "startup">> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    p.prometheus,
    [
      `--config.file=${p.config}`,
      `--storage.tsdb.path=${p.dataDir}`,
      "--storage.tsdb.retention.time=100y",
      `--web.listen-address=127.0.0.1:${port}`,
      "--log.level=warn",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  child.stderr?.on("data", (b: Buffer) => {
    log = (log + b).slice(-4000);
  });
  const exited = new Promise<Error>((resolve) => {
    child.on("error", (e) => resolve(missing(p.prometheus, e)));
    child.on("exit", (code, signal) => {
      const why = `Prometheus exited (${signal ?? `code ${code}`}) before it was ready:\n${log.trim()}`;
      resolve(/address already in use/.test(log) ? new PortTaken(why) : new Error(why));
    });
  });
  const killOnExit = () => child.kill("SIGKILL");
  process.on("exit", killOnExit);

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      process.off("exit", killOnExit);
      await kill(child);
      await rm(p.dir, { recursive: true, force: true });
    })();
    return stopped;
  };

  let exitError: Error | undefined;
  void exited.then((e) => {
    exitError = e;
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (await ready(url)) return { url, dataDir: p.dataDir, stop };
    if (exitError) {
      process.off("exit", killOnExit);
      throw exitError;
    }
    if (Date.now() > deadline) {
      process.off("exit", killOnExit);
      await kill(child);
      throw new Error(
        `Prometheus at ${url} was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${log.trim()}`,
      );
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function ready(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not find a free port"));
      });
    });
  });
}
