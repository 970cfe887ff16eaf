import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { twoVersions } from "./fixtures/prometheus/generate.js";
import { buildCliBundle, runCliAsync } from "./helpers/cli-bundle.js";
import { usePrometheus } from "./helpers/prometheus.js";

const CLI = new URL("../dist/cli.js", import.meta.url).pathname;
const ROOT = new URL("..", import.meta.url).pathname;
const server = usePrometheus({ datasets: [twoVersions] });

/** Runs the built CLI without blocking the event loop (the Prometheus harness lives in this process). */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const at = new Date(twoVersions.end * 1000).toISOString();

describe("rollout-bot metrics", () => {
  it("prints the summary and exits 1 when the gate fails", async () => {
    const r = await cli(
      "metrics",
      "--config",
      "examples/mnist/rollout.yaml",
      "--prometheus",
      server.url,
      "--at",
      at,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("| `v1` (stable, baseline) | 90 % | 9.00 | 5,400 | 99.50 %");
  });

  it("--json gives the verdict and the figures; --window changes the window", async () => {
    const r = await cli(
      "metrics",
      "--config",
      "examples/mnist/rollout.yaml",
      "--prometheus",
      server.url,
      "--at",
      String(twoVersions.end),
      "--window",
      "30m",
      "--json",
      "--service",
      "mnist",
    );
    const out = JSON.parse(r.stdout) as {
      reports: {
        verdict: { conclusion: string };
        metrics: {
          ok: boolean;
          metrics: { windowSeconds: number; versions: { version: string; requests: number }[] };
        };
      }[];
    };
    expect(out.reports[0]?.verdict.conclusion).toBe("failure");
    expect(out.reports[0]?.metrics.metrics.windowSeconds).toBe(1800);
    expect(out.reports[0]?.metrics.metrics.versions.map((v) => [v.version, Math.round(v.requests)])).toEqual([
      ["v1", 16200],
      ["v2", 1800],
    ]);
  });

  it.each([
    [["--at", "yesterday-ish"], 2, "--at yesterday-ish is not a time"],
    [["--window", "ten minutes"], 2, '--window "ten minutes" must be a duration such as 30s, 10m or 1h.'],
    [["--service", "iris"], 1, "no service `iris`"],
  ])("%j exits %i with a clear message", async (extra, code, message) => {
    const r = await cli(
      "metrics",
      "--config",
      "examples/mnist/rollout.yaml",
      "--prometheus",
      server.url,
      ...extra,
    );
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
  });
});

// dist/ is rebuilt only on release: the output modes on the CLI as src/ builds it.
describe("rollout-bot metrics --markdown / --no-markdown (src/)", () => {
  let bundle: ReturnType<typeof buildCliBundle>;
  beforeAll(() => {
    bundle = buildCliBundle("cli-metrics-output");
  }, 60_000);
  afterAll(() => bundle.remove());
  const metrics = (...extra: string[]) =>
    runCliAsync(
      bundle.path,
      ROOT,
      [
        "metrics",
        "--config",
        "examples/mnist/rollout.yaml",
        "--prometheus",
        server.url,
        "--at",
        at,
        ...extra,
      ],
      60_000,
    );

  it("--no-markdown (a terminal): aligned columns, no HTML comment, no mermaid, no Markdown marks", async () => {
    const r = await metrics("--no-markdown");
    expect([r.status, r.stderr]).toEqual([1, ""]);
    expect(r.stdout).toMatch(/^v1 \(stable, baseline\) +90 % +9\.00 +5,400 +99\.50 %/m);
    for (const mark of ["<!--", "```", "mermaid", "<details", "<summary", "**"])
      expect([mark, r.stdout.includes(mark)]).toEqual([mark, false]);
    expect(r.stdout).not.toMatch(/^\s*\|/m); // no Markdown table row
    expect(r.stdout).toContain(
      "(a diagram in the pull-request comment: pass --markdown to print its Mermaid source)",
    );
  }, 60_000);

  it("--markdown, and a pipe without either: the pull-request Markdown", async () => {
    const md = await metrics("--markdown");
    expect(md.status).toBe(1);
    expect(md.stdout).toContain("| `v1` (stable, baseline) | 90 % | 9.00 | 5,400 | 99.50 %");
    expect(md.stdout).toContain("<!--");
    expect((await metrics()).stdout).toBe(md.stdout);
    expect((await metrics("--no-markdown", "--markdown")).stdout).toBe(md.stdout); // the last one counts
  }, 60_000);

  it("--since: the comparisons count from the step's start, as the bot judged them; ISO time or '25m ago' alike", async () => {
    const ago = await metrics("--since", "25m ago", "--json");
    const iso = await metrics("--since", new Date((twoVersions.end - 1500) * 1000).toISOString(), "--json");
    expect([ago.status, ago.stderr]).toEqual([1, ""]);
    expect(iso.stdout).toBe(ago.stdout);
    const out = JSON.parse(ago.stdout) as {
      reports: { verdict: { comparison: { from: string; seconds: number }; checks: { detail: string }[] } }[];
    };
    expect(out.reports[0]?.verdict.comparison).toMatchObject({ from: "since", seconds: 1500 });
    expect(out.reports[0]?.verdict.checks[3]?.detail).toContain("since the step started 25 min ago");
  }, 60_000);

  it("--since later than --at, or not a time: a usage error", async () => {
    for (const since of ["tomorrow-ish", new Date((twoVersions.end + 60) * 1000).toISOString()]) {
      const r = await metrics("--since", since);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`--since ${JSON.stringify(since)} is not a time at or before --at`);
    }
  }, 60_000);
});
