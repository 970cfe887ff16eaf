import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { buildCliBundle, runCliAsync } from "./helpers/cli-bundle.js";
import { type FakeKube, kubeconfigFor, startFakeKube } from "./helpers/fake-kube.js";
import { EXAMPLES } from "./helpers/tree.js";

const CLI = new URL("../dist/cli.js", import.meta.url).pathname;
let fake: FakeKube;
let dir: string;
let kubeconfig: string;

beforeAll(async () => {
  fake = await startFakeKube({ availableAfterGets: 1 });
  dir = mkdtempSync(join(tmpdir(), "rollout-bot-apply-"));
  cpSync(join(EXAMPLES, "mnist"), dir, { recursive: true });
  kubeconfig = join(dir, "kubeconfig");
  writeFileSync(kubeconfig, kubeconfigFor(fake));
});
afterAll(async () => {
  await fake.close();
});

function cli(
  ...args: (string | { bin: string; cwd: string })[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const at = args.find((a) => typeof a !== "string") ?? { bin: CLI, cwd: dir };
  const words = args.filter((a) => typeof a === "string");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [at.bin, ...words], {
      cwd: at.cwd,
      env: { PATH: process.env.PATH ?? "", HOME: at.cwd },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("rollout-bot plan / apply", () => {
  it("plan shows what would be created and writes nothing; apply applies; a second apply is a no-op", async () => {
    const plan = await cli("plan", "--kubeconfig", kubeconfig);
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("VirtualService");
    expect(fake.objects()).toEqual([]);

    const apply = await cli("apply", "--kubeconfig", kubeconfig);
    expect(apply.code).toBe(0);
    expect(fake.find("VirtualService", "kubeflow", "mnist")).toBeDefined();

    const again = await cli("apply", "--kubeconfig", kubeconfig, "--json");
    const out = JSON.parse(again.stdout) as { ok: boolean; services: { status: string }[] };
    expect(out.services[0]?.status).toBe("no-op");
  });

  it("the token never appears in output, and a missing kubeconfig says what to do", async () => {
    const r = await cli("plan", "--kubeconfig", kubeconfig, "--json");
    expect(r.stdout + r.stderr).not.toContain(fake.token);
    const missing = await cli("apply", "--kubeconfig", join(dir, "nope"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot read --kubeconfig");
    const none = await cli("plan");
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("pass --kubeconfig PATH");
  });
});

/** A child process and a bundle: generous bounds, for a busy machine. */
const SLOW = 60_000;

// dist/ is rebuilt only on release: --wait-timeout is tested on the CLI as src/ builds it.
describe("rollout-bot apply --wait-timeout (src/)", () => {
  const root = new URL("../", import.meta.url).pathname;
  const bundle = join(root, ".tmp", `cli-apply-main-${process.pid}.mjs`);
  let failing: FakeKube;
  let work: string;
  let config: string;
  // Asynchronous: the fake API server answers from this process.
  const run = (...args: string[]) => cli(...args, { bin: bundle, cwd: work });
  beforeAll(async () => {
    mkdirSync(join(root, ".tmp"), { recursive: true });
    const esbuild = join(root, "node_modules", ".bin", "esbuild");
    const flags = ["--bundle", "--platform=node", "--format=esm", "--packages=external", "--log-level=error"];
    const r = spawnSync(esbuild, ["src/cli-main.ts", ...flags, `--outfile=${bundle}`], {
      cwd: root,
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(r.stderr);
    failing = await startFakeKube({ failures: { "mnist-v2": { condition: "ProgressDeadlineExceeded" } } });
    work = mkdtempSync(join(tmpdir(), "rollout-bot-wait-"));
    cpSync(join(EXAMPLES, "mnist"), work, { recursive: true });
    config = join(work, "kubeconfig");
    writeFileSync(config, kubeconfigFor(failing));
  }, SLOW);
  afterAll(async () => {
    rmSync(bundle, { force: true });
    rmSync(work, { recursive: true, force: true });
    await failing.close();
  });

  it.each(["0", "0s", "soon", "-5m", "1.5m", "25h"])(
    "--wait-timeout %s: a usage error (exit 2), before the cluster is touched",
    async (value) => {
      const r = await run("apply", "--kubeconfig", config, `--wait-timeout=${value}`);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `rollout-bot: --wait-timeout ${value}: use a duration such as 90s, 10m or 1h30m (or seconds: 600), more than 0 and at most 24h.\n`,
      );
      expect(failing.requests()).toEqual([]);
    },
    SLOW,
  );

  it(
    "a rollout that exceeds its progress deadline stops the apply at once, naming the Deployment, the version and the condition",
    async () => {
      const r = await run("apply", "--kubeconfig", config, "--wait-timeout", "10m");
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /rollout-bot: Deployment kubeflow\/mnist-v2 \(v2\) failed to roll out: deployment "mnist-v2" exceeded its progress deadline \(ReplicaSet "mnist-v2-[^"]+" has timed out progressing\.\); so the DestinationRule and VirtualService were not changed: traffic stays as it was\./,
      );
      expect(failing.find("VirtualService", "kubeflow", "mnist")).toBeUndefined();
      // One read of mnist-v2 after its apply (the wait's LIST of the namespace's Deployments) saw
      // the failure: no poll loop until the timeout. No GET at all: the dry-run pass reads none.
      const log = failing.requests();
      const wrote = log.findIndex(
        (q) =>
          q.method === "PATCH" && q.query.dryRun === undefined && q.path.endsWith("/deployments/mnist-v2"),
      );
      expect(wrote).toBeGreaterThan(0);
      const reads = log
        .slice(wrote + 1)
        .filter((q) => q.method === "GET" && /\/deployments(\/mnist-v2)?$/.test(q.path));
      expect(reads).toHaveLength(1);
      expect(log.filter((q) => q.method === "GET" && q.path.endsWith("/deployments/mnist-v2"))).toEqual([]);
    },
    SLOW,
  );
});

// The header, the unreachable server and --markdown / --no-markdown, on the CLI as src/ builds it.
describe("rollout-bot plan / apply output (src/)", () => {
  let bundle: ReturnType<typeof buildCliBundle>;
  let ok: FakeKube;
  let work: string;
  let config: string;
  let gone: string;
  const run = (...args: string[]) => runCliAsync(bundle.path, work, args, SLOW);
  beforeAll(async () => {
    bundle = buildCliBundle("cli-apply-output");
    ok = await startFakeKube({ availableAfterGets: 1 });
    work = mkdtempSync(join(tmpdir(), "rollout-bot-output-"));
    cpSync(join(EXAMPLES, "mnist"), join(work, "examples", "mnist"), { recursive: true });
    config = join(work, "kubeconfig");
    writeFileSync(config, kubeconfigFor(ok));
    const closed = await startFakeKube();
    await closed.close(); // its port: nobody listens there now
    gone = join(work, "gone-kubeconfig");
    writeFileSync(gone, kubeconfigFor(closed));
  }, SLOW);
  afterAll(async () => {
    bundle.remove();
    rmSync(work, { recursive: true, force: true });
    await ok.close();
  });
  const yaml = ["--config", "examples/mnist/rollout.yaml"];

  it.each(["plan", "apply --dry-run"])(
    "%s against an API server nobody listens on: one sentence, unreachable, exit 1",
    async (verb) => {
      const r = await run(...verb.split(" "), ...yaml, "--kubeconfig", gone);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        /^rollout-bot: Cannot reach the Kubernetes API server at https?:\/\/127\.0\.0\.1:\d+: connect ECONNREFUSED \S+\. Check the kubeconfig's server address \(--kubeconfig, \$KUBECONFIG\) and that the cluster is up; nothing was applied\.\n$/,
      );
    },
    SLOW,
  );

  it(
    "plan --no-markdown (a terminal) prints plain text; --markdown the pull-request Markdown",
    async () => {
      const plain = await run("plan", ...yaml, "--kubeconfig", config, "--no-markdown");
      expect([plain.status, plain.stderr]).toEqual([0, ""]);
      expect(plain.stdout).toContain("What merging this PR changes in the cluster");
      for (const mark of ["<!--", "<details", "<summary", "```", "###", "**"])
        expect([mark, plain.stdout.includes(mark)]).toEqual([mark, false]);
      const md = await run("plan", ...yaml, "--kubeconfig", config, "--markdown");
      expect([md.status, md.stderr]).toEqual([0, ""]);
      expect(md.stdout).toMatch(
        /^<!-- rollout-bot:plan -->\n### What merging this PR changes in the cluster/,
      );
      // Not a terminal (a pipe, as here): Markdown, as with --markdown.
      const piped = await run("plan", ...yaml, "--kubeconfig", config);
      expect(piped.stdout).toBe(md.stdout);
      expect(ok.objects()).toEqual([]);
    },
    SLOW,
  );

  it(
    "apply names the rollout.yaml and the working tree, not `working`; --no-markdown aligns the table",
    async () => {
      const plain = await run("apply", ...yaml, "--kubeconfig", config, "--no-markdown");
      expect(plain.status).toBe(0);
      expect(plain.stdout.split("\n")[0]).toBe(
        "✅ Applied examples/mnist/rollout.yaml (working tree) to the cluster",
      );
      expect(plain.stdout).not.toContain("working`");
      expect(plain.stdout).not.toMatch(/<|`|\*\*|\|/);
      expect(plain.stdout).toContain("examples/mnist/rollout.yaml (working tree) · server-side apply");
      const again = await run("apply", ...yaml, "--kubeconfig", config, "--markdown");
      expect(again.status).toBe(0);
      expect(again.stdout.split("\n")[0]).toBe(
        "### ⚪ `examples/mnist/rollout.yaml` (working tree): the cluster already matched, nothing to apply",
      );
      expect(again.stdout).not.toContain("<!--");
    },
    SLOW,
  );
});
