// The CLI as src/ builds it (dist/ is rebuilt only on release): an esbuild bundle of
// src/cli-main.ts in .tmp/, run with the Node that runs the tests.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("../../", import.meta.url).pathname;

/** Bundles src/cli-main.ts to `.tmp/<name>-<pid>.mjs`; returns its path and how to remove it. */
export function buildCliBundle(name: string): { readonly path: string; readonly remove: () => void } {
  const path = join(ROOT, ".tmp", `${name}-${process.pid}.mjs`);
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const esbuild = join(ROOT, "node_modules", ".bin", "esbuild");
  const flags = ["--bundle", "--platform=node", "--format=esm", "--packages=external", "--log-level=error"];
  const r = spawnSync(esbuild, ["src/cli-main.ts", ...flags, `--outfile=${path}`], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return { path, remove: () => rmSync(path, { force: true }) };
}

/** Runs the bundle in `cwd`; `status` is null when it was killed (a hang). */
export function runCli(
  bundle: string,
  cwd: string,
  args: readonly string[],
  timeoutMs = 30_000,
): { readonly status: number | null; readonly stdout: string; readonly stderr: string } {
  const r = spawnSync(process.execPath, [bundle, ...args], {
    cwd,
    encoding: "utf8",
    timeout: timeoutMs,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** `runCli` without blocking: several runs go side by side. */
export function runCliAsync(
  bundle: string,
  cwd: string,
  args: readonly string[],
  timeoutMs = 30_000,
): Promise<{ readonly status: number | null; readonly stdout: string; readonly stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: timeoutMs,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
