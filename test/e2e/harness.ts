// Starts rollout-bot the way the README says — a child process with APP_ID, PRIVATE_KEY,
// WEBHOOK_SECRET, GHE_HOST (+ GHE_PROTOCOL=http) pointing at the fake GitHub, PROMETHEUS_URL and
// ROLLOUT_BOT_KUBECONFIG — on a free port, and wires the fake GitHub's webhooks to it.
// No jest imports: the soak bench uses it too.
import { type ChildProcess, spawn } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("../../", import.meta.url).pathname;
/** Node 24 from devDependencies (the system node may be older). */
export const NODE = join(ROOT, "node_modules/.bin/node");

export type Entry = "server" | "app";

/**
 * What starts the app: `node dist/server.js` (src/server.ts, the production entry) when it exists,
 * else `probot run dist/app.js`. E2E_ENTRY=app|server chooses.
 */
export function defaultEntry(): Entry {
  const wanted = process.env.E2E_ENTRY;
  if (wanted === "app" || wanted === "server") return wanted;
  return existsSync(join(ROOT, "src/server.ts")) ? "server" : "app";
}

const bundles = new Map<Entry, Promise<string>>();

/** Bundles the entry into .tmp/e2e/ with the options dist/ is built with (dist/ may be stale). */
export function bundle(entry: Entry): Promise<string> {
  let p = bundles.get(entry);
  if (!p) {
    p = (async () => {
      const { build } = await import("esbuild");
      const { bundleOptions } = (await import(join(ROOT, "scripts/esbuild-options.mjs"))) as {
        bundleOptions: Record<string, unknown>;
      };
      const outdir = join(ROOT, ".tmp/e2e");
      await mkdir(outdir, { recursive: true });
      const outfile = join(outdir, `${entry}.mjs`);
      await build({
        ...bundleOptions,
        absWorkingDir: ROOT,
        entryPoints: [join(ROOT, `src/${entry}.ts`)],
        outfile,
      } as never);
      return outfile;
    })();
    bundles.set(entry, p);
  }
  return p;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const a = srv.address();
      srv.close(() => (a && typeof a === "object" ? resolve(a.port) : reject(new Error("no port"))));
    });
  });
}

export interface AppProcess {
  readonly url: string;
  readonly webhookUrl: string;
  readonly secret: string;
  readonly child: ChildProcess;
  /** Everything the app wrote so far. */
  output(): string;
  /** Lines written since `mark()` returned. */
  outputSince(mark: number): string;
  mark(): number;
  /** Resident set size of the app's process in bytes (Linux /proc), or undefined. */
  rss(): Promise<number | undefined>;
  stop(): Promise<void>;
}

export async function startApp(params: {
  githubHost: string;
  prometheusUrl?: string;
  kubeconfig?: string;
  entry?: Entry;
  env?: Record<string, string>;
}): Promise<AppProcess> {
  const entry = params.entry ?? defaultEntry();
  const file = await bundle(entry);
  const dir = await mkdtemp(join(tmpdir(), "rollout-bot-e2e-"));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: dir,
    NODE_ENV: "production",
    APP_ID: "12345",
    PRIVATE_KEY: generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
      type: "pkcs1",
      format: "pem",
    }) as string,
    WEBHOOK_SECRET: randomBytes(16).toString("hex"),
    GHE_HOST: params.githubHost,
    GHE_PROTOCOL: "http",
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
    LOG_FORMAT: "json",
    ...(params.prometheusUrl ? { PROMETHEUS_URL: params.prometheusUrl } : {}),
  };
  if (params.kubeconfig !== undefined) {
    const path = join(dir, "kubeconfig");
    await writeFile(path, params.kubeconfig);
    env.ROLLOUT_BOT_KUBECONFIG = path;
  }
  Object.assign(env, params.env ?? {});
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    env.PORT = String(port);
    const args = entry === "server" ? [file] : [join(ROOT, "node_modules/probot/bin/probot.js"), "run", file];
    const child = spawn(NODE, args, { env, cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout?.on("data", (b: Buffer) => (out += b));
    child.stderr?.on("data", (b: Buffer) => (out += b));
    const killOnExit = () => child.kill("SIGKILL");
    process.on("exit", killOnExit);
    const url = `http://127.0.0.1:${port}`;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    let gone = false;
    void exited.then(() => (gone = true));
    const deadline = Date.now() + 60_000;
    let up = false;
    while (!gone && Date.now() < deadline) {
      try {
        const r = await fetch(`${url}${entry === "server" ? "/healthz" : "/ping"}`, {
          signal: AbortSignal.timeout(2000),
        });
        await r.arrayBuffer();
        if (r.ok) {
          up = true;
          break;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!up) {
      process.off("exit", killOnExit);
      child.kill("SIGKILL");
      await exited;
      lastError = new Error(`the app did not start (${entry}):\n${out.slice(-4000)}`);
      if (/EADDRINUSE/.test(out)) continue;
      await rm(dir, { recursive: true, force: true });
      throw lastError;
    }
    const stop = async () => {
      process.off("exit", killOnExit);
      if (!gone) {
        const hard = setTimeout(() => child.kill("SIGKILL"), 5000);
        child.kill("SIGTERM");
        await exited;
        clearTimeout(hard);
      }
      await rm(dir, { recursive: true, force: true });
    };
    return {
      url,
      webhookUrl: `${url}/api/github/webhooks`,
      secret: env.WEBHOOK_SECRET as string,
      child,
      output: () => out,
      mark: () => out.length,
      outputSince: (m) => out.slice(m),
      rss: async () => {
        try {
          const { readFile } = await import("node:fs/promises");
          const status = await readFile(`/proc/${child.pid}/status`, "utf8");
          const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
          return kb ? Number(kb) * 1024 : undefined;
        } catch {
          return undefined;
        }
      },
      stop,
    };
  }
  await rm(dir, { recursive: true, force: true });
  throw lastError ?? new Error("the app did not start");
}

/** Polls `probe` until it returns a value other than undefined/false, up to `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  options: { timeoutMs?: number; intervalMs?: number; diagnostics?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${what}${options.diagnostics ? `\n${options.diagnostics()}` : ""}`,
      );
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 100));
  }
}
