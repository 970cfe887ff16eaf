import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
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

function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: dir },
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
