import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { EXAMPLES } from "./helpers/tree.js";

const ACTION = new URL("../dist/index.js", import.meta.url).pathname;

function runAction(workspace: string, inputs: Record<string, string>) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", GITHUB_WORKSPACE: workspace };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [ACTION], { cwd: tmpdir(), env, encoding: "utf8" });
  return { code: r.status, out: r.stdout + r.stderr };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "rollout-bot-action-"));
  cpSync(join(EXAMPLES, "mnist"), join(dir, "models"), { recursive: true });
  return dir;
}

describe("dist/index.js (the Action), mode: validate", () => {
  it("passes on the example", () => {
    const r = runAction(workspace(), { mode: "validate", config: "models/rollout.yaml" });
    expect(r.out).toContain("models/rollout.yaml: valid");
    expect(r.code).toBe(0);
  });

  it("annotates each problem on its line and fails the job", () => {
    const dir = workspace();
    const file = join(dir, "models/rollout.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("weight: 10,", "weight: 20,"));
    const r = runAction(dir, { mode: "validate", config: "models/rollout.yaml" });
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "::error title=rollout.yaml,file=models/rollout.yaml,line=15,col=7::services.mnist.versions: weights add up to 110",
    );
    expect(r.out).toContain(
      "::error::models/rollout.yaml:15:7: services.mnist.versions: weights add up to 110",
    );
  });

  it("refuses an unknown mode by name", () => {
    const r = runAction(workspace(), { mode: "deploy" });
    expect(r.code).toBe(1);
    expect(r.out).toContain("mode `deploy` is not supported");
  });
});
