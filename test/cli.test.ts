import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { localTree } from "../src/adapters/fs.js";
import { loadForServices } from "../src/commands/local.js";
import { CLI_COMMANDS } from "../src/core/commands.js";
import { buildCliBundle, runCli } from "./helpers/cli-bundle.js";
import { EXAMPLES, readTree } from "./helpers/tree.js";

const CLI = new URL("../dist/cli.js", import.meta.url).pathname;

function scratch(example = "mnist"): string {
  const dir = mkdtempSync(join(tmpdir(), "rollout-bot-cli-"));
  cpSync(join(EXAMPLES, example), dir, { recursive: true });
  return dir;
}

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("dist/cli.js", () => {
  // Pasted from the README as a new user would, from a clone's root: each must exit 0.
  const README_LINES = readFileSync(new URL("../README.md", import.meta.url), "utf8")
    .split("\n")
    .filter((l) => /^node dist\/cli\.js (validate|set) .*--config examples\//.test(l))
    .filter((l) => l.startsWith("node dist/cli.js validate") || l.includes("--dry-run"));
  it("the README names every example router's dry run", () => {
    for (const example of ["mnist", "byo-virtualservice", "gateway-api", "kserve"])
      expect(README_LINES.some((l) => l.includes(`examples/${example}/`))).toBe(true);
  });
  it.each(README_LINES)("README: %s", (line) => {
    const args = (line.split(" #")[0] ?? "").trim().split(/\s+/).slice(2);
    const r = cli(join(EXAMPLES, ".."), ...args);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("set writes the plan's files and prints plan and diff; a second identical set is a no-op", () => {
    const dir = scratch();
    const r = cli(dir, "set", "v2", "20");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Plan: mnist (set): v1 90 % → 80 %, v2 10 % → 20 %");
    expect(r.stdout).toContain(
      "-      v2: { weight: 10, modelBasePath: gs://kubeflow-examples-data/mnist/2 }",
    );
    expect(r.stdout).toContain("Wrote 2 file(s).");
    expect(readFileSync(join(dir, "rollout.yaml"), "utf8")).toContain("v2: { weight: 20,");
    expect(cli(dir, "validate").code).toBe(0);
    const again = cli(dir, "set", "v2", "20");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("nothing to change");
  });

  it("--dry-run writes nothing", () => {
    const dir = scratch();
    const before = readTree(dir);
    const r = cli(dir, "set", "v1:75:v2:25", "--dry-run");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Dry run: nothing written.");
    expect(readTree(dir)).toEqual(before);
  });

  it("--json is machine-readable, with reason codes on refusal", () => {
    const dir = scratch("byo-virtualservice");
    const ok = cli(dir, "set", "next", "--json", "--dry-run");
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      ok: true,
      command: "set",
      plan: { service: "mnist", after: { v1: 75, v2: 25 } },
      changes: [
        { path: "rollout.yaml", action: "update" },
        { path: "istio/mnist.yaml", action: "update" },
      ],
    });
    const refused = cli(dir, "set", "v2", "90", "--json");
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, reason: "step-too-large" });
  });

  it("--force passes maxStep; --config finds rollout.yaml elsewhere and diffs with its path", () => {
    const dir = scratch();
    const r = cli(tmpdir(), "set", "v2", "60", "--force", "--config", join(dir, "rollout.yaml"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(forced past policy.maxStep)");
    const inside = cli(
      join(dir, ".."),
      "set",
      "abort",
      "--dry-run",
      "--config",
      join(dir.split("/").pop() ?? "", "rollout.yaml"),
    );
    expect(inside.stdout).toContain(`+++ b/${dir.split("/").pop()}/rollout.yaml`);
  });

  it("render rewrites stale manifests; validate reports them", () => {
    const dir = scratch();
    const vs = join(dir, "deploy/mnist/virtualservice.yaml");
    spawnSync("sed", ["-i", "s/weight: 90/weight: 85/", vs]);
    const v = cli(dir, "validate");
    expect(v.code).toBe(1);
    expect(v.stderr).toContain("deploy/mnist/virtualservice.yaml");
    expect(v.stderr).toContain("Run `rollout-bot render --config rollout.yaml`");
    expect(cli(dir, "render").code).toBe(0);
    expect(cli(dir, "validate").code).toBe(0);
  });

  it.each([
    [[], 2, "Usage: rollout-bot"],
    [["frobnicate"], 2, "unknown command `frobnicate`"],
    [["set", "--bogus"], 2, "Unknown option '--bogus'"],
    [["set", "v2"], 2, "`v2` needs a weight"],
    [["validate", "--config", "nope.yaml"], 1, "nope.yaml: not found"],
  ])("%j exits %i", (args, code, message) => {
    const r = cli(scratch(), ...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
  });

  it.each([
    [
      "mnist",
      "manifests: deploy/mnist  ",
      "manifests: rollout.yaml  ",
      // dist/ (rebuilt on release) said "rollout.yaml/service.yaml has a file where…"; src names rollout.yaml.
      "where a folder was expected (E",
    ],
    [
      "byo-virtualservice",
      "virtualService: istio/mnist.yaml",
      "virtualService: istio",
      "istio is a folder where a file was expected (EISDIR)",
    ],
  ])(
    "a path in %s/rollout.yaml that is the wrong kind of file is refused, not a crash",
    (example, from, to, message) => {
      const dir = scratch(example);
      const file = join(dir, "rollout.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace(from, to));
      const before = readTree(dir);
      const r = cli(dir, "set", "v2", "20");
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain("nothing was written");
      expect(readTree(dir)).toEqual(before);
    },
  );

  it("--help exits 0", () => {
    const r = cli(scratch(), "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("set <request...>");
  });
});

describe("the launcher", () => {
  // The machines' system Node is 20; the CLI's libraries need 22.19. It must say so, not crash.
  const system = spawnSync("/usr/bin/node", ["--version"], { encoding: "utf8" }).stdout?.trim() ?? "";
  const [major = 99, minor = 99] = system.replace(/^v/, "").split(".").map(Number);
  const old = system !== "" && (major < 22 || (major === 22 && minor < 19));
  (old ? it : it.skip)(`refuses ${system || "an old Node"} with a sentence, exit 2`, () => {
    const r = spawnSync("/usr/bin/node", [CLI, "validate"], { cwd: scratch(), encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("rollout-bot needs Node.js 22.19 or newer");
    expect(r.stderr).not.toContain("TypeError");
  });
});

// dist/ is rebuilt only on release; the usage text must follow the command table in src/ now.
describe("the CLI as src/ builds it", () => {
  const root = new URL("../", import.meta.url).pathname;
  const bundle = join(root, ".tmp", `cli-main-${process.pid}.mjs`);
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [bundle, ...args], { cwd: scratch(), encoding: "utf8" });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  beforeAll(() => {
    mkdirSync(join(root, ".tmp"), { recursive: true });
    const esbuild = join(root, "node_modules", ".bin", "esbuild");
    const flags = ["--bundle", "--platform=node", "--format=esm", "--packages=external", "--log-level=error"];
    const r = spawnSync(esbuild, ["src/cli-main.ts", ...flags, `--outfile=${bundle}`], {
      cwd: root,
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(r.stderr);
  });
  afterAll(() => rmSync(bundle, { force: true }));

  it.each(["--help", "help"])("%s lists every CLI verb of the command table with its help line", (flag) => {
    const r = run(flag);
    expect(r.code).toBe(0);
    const commands = r.stdout.slice(r.stdout.indexOf("Commands:"), r.stdout.indexOf("Options:")).split("\n");
    for (const c of CLI_COMMANDS) {
      const line = commands.find((l) => l.startsWith(`  ${c.usage} `));
      expect([c.usage, line?.trim().endsWith(c.help)]).toEqual([c.usage, true]);
    }
  });

  it("set mirror v2 10 writes the mirror line and routes; set mirror off takes them back out", () => {
    const dir = scratch();
    const runIn = (...args: string[]) => {
      const r = spawnSync(process.execPath, [bundle, ...args], { cwd: dir, encoding: "utf8" });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    expect(runIn("set", "abort").code).toBe(0); // v2 to 0 %: only a version without traffic can be shadowed
    const atZero = readTree(dir);
    const on = runIn("set", "mirror", "v2", "10");
    expect([on.code, on.stderr]).toEqual([0, ""]);
    expect(on.stdout).toContain(
      "Plan: mnist (mirror): `v2` receives a copy of 10 % of requests (shadow traffic; not served, not in the gate)",
    );
    expect(on.stdout).toContain("v2 (mirror)  0 %     0 %");
    expect(on.stdout).toContain("+    mirror: { version: v2, percent: 10 }");
    expect(on.stdout).toContain("Wrote 2 file(s).");
    expect(runIn("validate").code).toBe(0);
    const again = runIn("set", "mirror", "v2", "10%");
    expect([again.code, again.stderr]).toEqual([
      1,
      "rollout-bot: `mnist` already mirrors 10 % of requests to `v2`: nothing to change.\n",
    ]);
    const serving = runIn("set", "mirror", "v1", "10", "--json");
    expect([serving.code, JSON.parse(serving.stdout).reason]).toEqual([1, "mirror-is-stable"]);
    expect(runIn("set", "mirror", "off").code).toBe(0);
    expect(readTree(dir)).toEqual(atZero);
  });

  it("validate --config <a folder> says it is a folder, and names the rollout.yaml in it", () => {
    const here = run("validate", "--config", ".");
    expect([here.code, here.stderr]).toEqual([
      2,
      "rollout-bot: --config . is a folder, not a file: pass --config rollout.yaml.\n",
    ]);
    const deploy = run("validate", "--config", "deploy");
    expect(deploy.code).toBe(2);
    expect(deploy.stderr).toContain("--config deploy is a folder, not a file, and it holds no rollout.yaml");
  });

  it("validate reports every problem in one run (a schema problem does not hide the cross-field ones)", () => {
    const dir = scratch();
    const file = join(dir, "rollout.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("v1: { weight: 90,", "v1: { weight: 95,")
        .replace("stable: v1 ", "stable: v9 ")
        .replace("maxStep: 30", "maxStep: 300"),
    );
    const r = spawnSync(process.execPath, [bundle, "validate"], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("services.mnist.versions: weights add up to 105");
    expect(r.stderr).toContain("services.mnist.stable: `v9` is not one of the versions");
    expect(r.stderr).toContain("services.mnist.policy.maxStep: must be a whole number from 1 to 100");
  });

  it("set on Istio's one-subset VirtualService adds the weights and a destination, and says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "rollout-bot-cli-"));
    try {
      mkdirSync(join(dir, "istio"));
      cpSync(
        new URL("fixtures/brought/istio/virtual-service-all-v1.yaml", import.meta.url).pathname,
        join(dir, "istio/vs.yaml"),
      );
      writeFileSync(
        join(dir, "rollout.yaml"),
        "services:\n  reviews:\n    namespace: default\n    host: reviews\n    virtualService: istio/vs.yaml\n    versions: { v1: { weight: 100 }, v2: { weight: 0 } }\n    stable: v1\n",
      );
      const runIn = (...args: string[]) =>
        spawnSync(process.execPath, [bundle, ...args], { cwd: dir, encoding: "utf8" });
      expect(runIn("validate").status).toBe(0);
      const r = runIn("set", "v2", "20");
      expect([r.status, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toContain(
        "The routing file needed more than new weight values:\n  istio/vs.yaml:24:7: added `weight: 80` to the destination of v1\n  istio/vs.yaml:24:5: added a destination for v2 (20 %)\n",
      );
      expect(runIn("validate").status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("suggests the closest verb for a typo", () => {
    const r = run("vaildate");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command `vaildate`. Did you mean `validate`?");
  });
});

// include: as src/ builds it (an esbuild bundle of src/cli-main.ts): dist/ is rebuilt only on release.
describe("include: rollout.d/*.yaml (CLI from src)", () => {
  let bundle: { readonly path: string; readonly remove: () => void };
  beforeAll(() => {
    bundle = buildCliBundle("cli-include");
  });
  afterAll(() => bundle.remove());
  const run = (cwd: string, ...args: string[]) => {
    const r = runCli(bundle.path, cwd, args);
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it.each(
    readFileSync(new URL("../README.md", import.meta.url), "utf8")
      .split("\n")
      .filter((l) => l.startsWith("node dist/cli.js") && l.includes("--config examples/include/")),
  )("README: %s", (line) => {
    const args = (line.split(" #")[0] ?? "").trim().split(/\s+/).slice(2);
    const r = run(join(EXAMPLES, ".."), ...args);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("apply/plan/metrics --service load that service from its own file (loadForServices)", async () => {
    const dir = scratch("include");
    writeFileSync(join(dir, "rollout.d/mnist.yaml"), "versions: [\n"); // not read for --service resnet
    const one = await loadForServices({ tree: localTree(dir), file: "rollout.yaml", service: "resnet" });
    expect(one).toMatchObject({ ok: true, keys: ["resnet"] });
    if (one.ok) expect(one.loaded.included.get("resnet")?.file).toBe("rollout.d/resnet.yaml");
    const all = await loadForServices({ tree: localTree(dir), file: "rollout.yaml" });
    expect(all).toMatchObject({ ok: false, reason: "invalid-config" });
    if (!all.ok) expect(all.message).toContain("rollout.d/mnist.yaml:1:11");
    const none = await loadForServices({ tree: localTree(dir), file: "rollout.yaml", service: "iris" });
    expect(none).toMatchObject({ ok: false, reason: "unknown-service" });
  });

  it("validate reads every included file", () => {
    const r = run(scratch("include"), "validate");
    expect(r.stdout).toBe("rollout.yaml: valid (mnist, resnet); manifests are current.\n");
    expect(r.code).toBe(0);
  });

  it("set writes only the service's own file and manifests; another service's broken file is not read", () => {
    const dir = scratch("include");
    writeFileSync(join(dir, "rollout.d/mnist.yaml"), "versions: [\n");
    const before = readTree(dir);
    const r = run(dir, "set", "resnet", "v2", "5");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const after = readTree(dir);
    expect([...after].filter(([p, t]) => before.get(p) !== t).map(([p]) => p)).toEqual([
      "deploy/resnet/virtualservice.yaml",
      "rollout.d/resnet.yaml",
    ]);
    expect(after.get("rollout.d/resnet.yaml")).toContain("v2: { weight: 5,");
    // validate reads them all, and names the broken one.
    const v = run(dir, "validate");
    expect(v.code).toBe(1);
    expect(v.stderr).toContain("rollout.d/mnist.yaml:1:11: YAML syntax error");
  });

  it("a service named in no file is refused naming the file that is not there, --json keeps the reason", () => {
    const r = run(scratch("include"), "set", "resnt", "v2", "5", "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, reason: "unknown-service" });
    expect(r.stdout).toContain("there is no rollout.d/resnt.yaml");
  });

  it("a second file for one key is refused by validate and by a command on that service", () => {
    const dir = scratch("include");
    writeFileSync(
      join(dir, "rollout.yaml"),
      readFileSync(join(dir, "rollout.yaml"), "utf8").replace(
        "  - rollout.d/*.yaml",
        "  - rollout.d/*.yaml\n  - rollout.d/*.yml",
      ),
    );
    writeFileSync(
      join(dir, "rollout.d/resnet.yml"),
      readFileSync(join(dir, "rollout.d/resnet.yaml"), "utf8"),
    );
    for (const args of [["validate"], ["set", "resnet", "v2", "5"]]) {
      const r = run(dir, ...args);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        "rollout.d/resnet.yml: gives service `resnet`, which rollout.d/resnet.yaml already gives",
      );
    }
  });
});
