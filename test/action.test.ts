import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { commentPayload } from "./helpers/github.js";
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

// ---- The Action as src/ builds it: dist/index.js is rebuilt only on release, so these bundle the
// current source exactly as `npm run build` does (scripts/esbuild-options.mjs, code splitting).

const ROOT = new URL("../", import.meta.url).pathname;
/** The Node the Action runs on (action.yml: node24): the `node` devDependency, whatever runs jest. */
const NODE24 = join(ROOT, "node_modules/.bin/node");

interface Metafile {
  outputs: Record<
    string,
    {
      bytes: number;
      imports: { path: string; kind: string; external?: boolean }[];
      inputs: Record<string, unknown>;
    }
  >;
}

/** Builds dist/ into a temp folder; returns the folder and esbuild's metafiles' outputs, merged. */
function buildLikeDist(): { dir: string; meta: Metafile } {
  const dir = mkdtempSync(join(tmpdir(), "rollout-bot-action-dist-"));
  const script = `
    import { writeFileSync } from "node:fs";
    import { build } from "esbuild";
    import { distBuilds } from "./scripts/esbuild-options.mjs";
    const outputs = {};
    for (const options of distBuilds)
      Object.assign(outputs, (await build({ ...options, outdir: ${JSON.stringify(dir)}, metafile: true })).metafile.outputs);
    writeFileSync(${JSON.stringify(join(dir, "meta.json"))}, JSON.stringify({ outputs }));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return { dir, meta: JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as Metafile };
}

/** Output files (metafile keys) `from` loads before its code runs: its static imports, transitively. */
function staticClosure(meta: Metafile, from: string): Set<string> {
  const seen = new Set<string>();
  const todo = [from];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    const out = meta.outputs[next];
    if (seen.has(next) || !out) continue;
    seen.add(next);
    for (const i of out.imports) if (i.kind === "import-statement") todo.push(i.path);
  }
  return seen;
}

/** A metafile output key (relative to the repository) as an absolute path, as the process loads it. */
const absolute = (key: string) => resolve(ROOT, key);

/** Records every file the process loads (module.registerHooks), so a test sees what was parsed. */
const RECORDER = `import { appendFileSync } from "node:fs";
import { registerHooks } from "node:module";
registerHooks({
  load(url, context, next) {
    if (url.startsWith("file:")) appendFileSync(process.env.LOADED_LOG, url + "\\n");
    return next(url, context);
  },
});`;

describe("the Action as src/ builds it: decide before loading", () => {
  let built: { dir: string; meta: Metafile };
  let entry: string;
  beforeAll(() => {
    built = buildLikeDist();
    entry = Object.keys(built.meta.outputs).find((f) => f.endsWith("/index.js")) ?? "";
  }, 60_000);

  function run(env: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), "rollout-bot-action-run-"));
    const recorder = join(dir, "recorder.mjs");
    writeFileSync(recorder, RECORDER);
    const output = join(dir, "output.txt");
    writeFileSync(output, "");
    const loaded = join(dir, "loaded.txt");
    writeFileSync(loaded, "");
    const r = spawnSync(NODE24, ["--import", pathToFileURL(recorder).href, absolute(entry)], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", GITHUB_OUTPUT: output, LOADED_LOG: loaded, ...env },
      encoding: "utf8",
    });
    const files = readFileSync(loaded, "utf8")
      .split("\n")
      .filter((u) => u !== "" && !u.endsWith("/recorder.mjs"))
      .map((u) => new URL(u).pathname);
    return {
      code: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
      output: readFileSync(output, "utf8"),
      files,
    };
  }

  function event(payload: unknown): string {
    const path = join(mkdtempSync(join(tmpdir(), "rollout-bot-action-event-")), "event.json");
    writeFileSync(path, JSON.stringify(payload));
    return path;
  }

  it("dist/index.js is one small file: rollout-bot's triage, no package, and one import of the rest", () => {
    expect([...staticClosure(built.meta, entry)]).toEqual([entry]);
    const inputs = Object.keys(built.meta.outputs[entry]?.inputs ?? {});
    expect(inputs.filter((i) => i.includes("node_modules"))).toEqual([]);
    expect(inputs).toContain("src/core/triage.ts");
    expect(built.meta.outputs[entry]?.imports.filter((i) => i.kind !== "import-statement")).toEqual([
      { path: "./action-main.js", kind: "dynamic-import", external: true },
    ]);
    expect(built.meta.outputs[entry]?.bytes).toBeLessThan(32 * 1024);
  });

  it.each([
    ["a comment without /rollout", "issue_comment", commentPayload({ body: "LGTM, thanks" }), "no-command"],
    ["a push", "push", { ref: "refs/heads/main", after: "1".repeat(40) }, "not-a-comment"],
  ])(
    "mode: command on %s answers from dist/index.js alone: result ignored, one log line",
    (_, name, payload, reason) => {
      const r = run({
        INPUT_MODE: "command",
        INPUT_TOKEN: "t",
        GITHUB_EVENT_NAME: name,
        GITHUB_EVENT_PATH: event(payload),
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`rollout-bot: {"kind":"ignored","reason":"${reason}"}\n`);
      expect(r.output).toMatch(/^result<<(ghadelimiter_[0-9a-f-]{36})\nignored\n\1\n$/);
      expect(new Set(r.files)).toEqual(new Set([...staticClosure(built.meta, entry)].map(absolute)));
    },
  );

  it("a command loads the mode code (and without the token fails naming it)", () => {
    const r = run({
      INPUT_MODE: "command",
      GITHUB_EVENT_NAME: "issue_comment",
      GITHUB_EVENT_PATH: event(commentPayload({ body: "/rollout v2 20" })),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("::error::rollout-bot: `mode: command` needs the `token` input");
    expect(r.files).toContain(join(built.dir, "action-main.js"));
  });

  it("mode: validate runs the full path and loads no GitHub or Kubernetes client", () => {
    const dir = workspace();
    const r = run({ INPUT_MODE: "validate", INPUT_CONFIG: "models/rollout.yaml", GITHUB_WORKSPACE: dir });
    expect(r.stdout).toContain("models/rollout.yaml: valid");
    expect(r.code).toBe(0);
    const byPath = new Map(Object.keys(built.meta.outputs).map((k) => [absolute(k), k]));
    const inputs = r.files.flatMap((f) => Object.keys(built.meta.outputs[byPath.get(f) ?? ""]?.inputs ?? {}));
    expect(inputs).toContain("src/core/config.ts");
    expect(
      inputs.filter((i) =>
        /node_modules\/(@actions\/github|@actions\/http-client|undici|@octokit|@kubernetes\/client-node)\//.test(
          i,
        ),
      ),
    ).toEqual([]);
  });
});
