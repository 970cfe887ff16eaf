// The image, without a Docker engine: the Dockerfile's final stage is read, a folder holding only
// what it copies is assembled (dist/ bundled from src/ as `npm run build` would, the production
// node_modules linked), and the app is started from it with the image's command.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { NOTHING_SET } from "../../src/core/settings.js";
import { type FakeKube, kubeconfigFor, startFakeKube } from "../helpers/fake-kube.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const NODE = join(ROOT, "node_modules", ".bin", "node");

interface Instruction {
  readonly op: string;
  readonly args: string;
}
interface Stage {
  readonly from: string;
  readonly name: string | undefined;
  readonly lines: Instruction[];
}

/** The Dockerfile's stages (comments dropped, `\` continuations joined). */
function stages(text: string): Stage[] {
  const out: Stage[] = [];
  const joined = text.replace(/\\\n/g, " ");
  for (const raw of joined.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const [op = "", ...rest] = line.split(/\s+/);
    const args = rest.join(" ");
    if (op.toUpperCase() === "FROM") {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      out.push({ from: m?.[1] ?? args, name: m?.[2], lines: [] });
    } else out.at(-1)?.lines.push({ op: op.toUpperCase(), args });
  }
  return out;
}

/** COPY [--from=stage] src… dest */
function copies(stage: Stage) {
  return stage.lines
    .filter((l) => l.op === "COPY")
    .map((l) => {
      const words = l.args.split(/\s+/);
      const from = words.find((w) => w.startsWith("--from="))?.slice("--from=".length);
      const paths = words.filter((w) => !w.startsWith("--"));
      return { from, sources: paths.slice(0, -1), dest: paths.at(-1) ?? "" };
    });
}

const dockerfile = stages(readFileSync(join(ROOT, "Dockerfile"), "utf8"));
const final = dockerfile.at(-1) as Stage;

/** The image's start command: distroless's ENTRYPOINT is node, CMD its arguments. */
function command(): string[] {
  const json = (op: string) => {
    const l = final.lines.filter((x) => x.op === op).at(-1);
    return l ? (JSON.parse(l.args) as string[]) : undefined;
  };
  const entry = json("ENTRYPOINT") ?? (final.from.includes("distroless/nodejs") ? ["node"] : []);
  return [...entry, ...(json("CMD") ?? [])];
}

describe("Dockerfile", () => {
  it("is multi-stage on Node 24 and runs as a non-root user", () => {
    expect(dockerfile.length).toBeGreaterThanOrEqual(2);
    for (const s of dockerfile) expect(s.from).toMatch(/node(js)?:?24|nodejs24/);
    const user = final.lines.filter((l) => l.op === "USER").at(-1)?.args;
    expect(user).toBeDefined();
    expect(["root", "0", "0:0"]).not.toContain(user);
  });

  it("copies node_modules only from a stage that installed the production dependencies", () => {
    const fromStages = copies(final).filter((c) => c.from !== undefined);
    expect(fromStages.map((c) => c.sources)).toEqual([[expect.stringMatching(/node_modules\/?$/)]]);
    const deps = dockerfile.find((s) => s.name === fromStages[0]?.from);
    const runs = deps?.lines.filter((l) => l.op === "RUN").map((l) => l.args) ?? [];
    expect(runs.some((r) => /npm ci\b/.test(r) && r.includes("--omit=dev"))).toBe(true);
  });

  it("copies dist/, package.json and app.yml from the context, and .dockerignore lets exactly those in", () => {
    const context = copies(final)
      .filter((c) => c.from === undefined)
      .flatMap((c) => c.sources)
      .map((s) => s.replace(/\/$/, ""));
    expect(new Set(context)).toEqual(new Set(["dist", "package.json", "app.yml"]));
    const ignore = readFileSync(join(ROOT, ".dockerignore"), "utf8").split("\n");
    expect(ignore).toContain("*");
    for (const c of context) expect(ignore.some((l) => l.replace(/\/$/, "") === `!${c}`)).toBe(true);
  });
});

describe("the app started from only what the image holds", () => {
  let folder: string;
  let fake: FakeKube;
  let github: Server;
  let githubUrl: string;
  let appStatus = 200;
  const auth: string[] = [];
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "rollout-bot-image-"));
    const app = join(folder, "app");
    mkdirSync(app);
    for (const c of copies(final)) {
      for (const src of c.sources) {
        const name = src.replace(/\/$/, "");
        const dest = join(app, c.dest === "./" ? name : c.dest.replace(/^\.\//, ""));
        if (c.from !== undefined) symlinkSync(join(ROOT, "node_modules"), dest, "dir");
        else if (name === "dist") bundleDist(dest);
        else cpSync(join(ROOT, name), dest, { recursive: true });
      }
    }
    fake = await startFakeKube();
    github = createServer((req, res) => {
      if (req.url === "/api/v3/app") {
        auth.push(req.headers.authorization ?? "");
        res.writeHead(appStatus, { "content-type": "application/json" });
        res.end(
          JSON.stringify(appStatus === 200 ? { id: 1, slug: "rollout-bot" } : { message: "Bad credentials" }),
        );
      } else res.writeHead(404).end("{}");
    });
    await new Promise<void>((r) => github.listen(0, "127.0.0.1", r));
    githubUrl = `127.0.0.1:${(github.address() as AddressInfo).port}`;
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    writeFileSync(join(folder, "key.pem"), privateKey.export({ type: "pkcs1", format: "pem" }));
    writeFileSync(join(folder, "kubeconfig"), kubeconfigFor(fake));
  }, 60_000);

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    await fake?.close();
    await new Promise((r) => github?.close(r));
    rmSync(folder, { recursive: true, force: true });
  });

  function bundleDist(out: string) {
    const script = `
      const o = await import(${JSON.stringify(join(ROOT, "scripts/esbuild-options.mjs"))});
      const { build } = await import("esbuild");
      await build({ ...o.bundleOptions, entryPoints: o.distEntryPoints, outdir: ${JSON.stringify(out)},
        external: o.distExternal, splitting: true, chunkNames: "chunks/[name]-[hash]" });`;
    const r = spawnSync(NODE, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
  }

  function env(extra: Record<string, string>, port: number): NodeJS.ProcessEnv {
    const fromImage = Object.fromEntries(
      final.lines.filter((l) => l.op === "ENV").map((l) => l.args.split("=") as [string, string]),
    );
    return {
      PATH: process.env.PATH,
      ...fromImage,
      HOST: "127.0.0.1",
      PORT: String(port),
      APP_ID: "1",
      PRIVATE_KEY_PATH: join(folder, "key.pem"),
      WEBHOOK_SECRET: "s3cret",
      GHE_PROTOCOL: "http",
      GHE_HOST: githubUrl,
      LOG_LEVEL: "warn",
      ...extra,
    };
  }

  async function freePort(): Promise<number> {
    const s = createServer();
    await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
    const { port } = s.address() as AddressInfo;
    await new Promise((r) => s.close(r));
    return port;
  }

  /** Starts the image's command in the folder; resolves once /healthz answers 200. */
  async function start(extra: Record<string, string> = {}) {
    const port = await freePort();
    const [cmd = "", ...args] = command();
    expect(cmd).toBe("node");
    const child = spawn(NODE, args, { cwd: join(folder, "app"), env: env(extra, port) });
    children.push(child);
    let stderr = "";
    child.stderr?.on("data", (d) => {
      stderr += String(d);
    });
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 150; i++) {
      if (child.exitCode !== null) throw new Error(`the app exited ${child.exitCode}: ${stderr}`);
      const r = await fetch(`${url}/healthz`).catch(() => undefined);
      if (r?.status === 200) return { child, url, stderr: () => stderr };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the app did not answer /healthz: ${stderr}`);
  }

  const stopped = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once("exit", (code) => resolve(code));
    });

  it("answers /healthz and /readyz (GitHub as the app, and the cluster), and stops on SIGTERM", async () => {
    appStatus = 200;
    fake.clearRequests();
    const app = await start({ ROLLOUT_BOT_KUBECONFIG: join(folder, "kubeconfig") });
    const ready = await fetch(`${app.url}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([200, "ready\n"]);
    expect(auth.at(-1)).toMatch(/^bearer [\w-]+\.[\w-]+\.[\w-]+$/i);
    expect(fake.requests().some((r) => r.method === "GET" && r.path === "/version")).toBe(true);
    // Probot still serves its webhook path: an unsigned delivery is refused.
    const hook = await fetch(`${app.url}/api/github/webhooks`, { method: "POST", body: "{}" });
    expect(hook.status).toBeGreaterThanOrEqual(400);
    app.child.kill("SIGTERM");
    expect(await stopped(app.child)).toBe(0);
  }, 30_000);

  it("/readyz is 503 with one line when GitHub refuses the app's credentials", async () => {
    appStatus = 401;
    const app = await start();
    const r = await fetch(`${app.url}/readyz`);
    const text = await r.text();
    expect(r.status).toBe(503);
    expect(text.trim().split("\n")).toHaveLength(1);
    expect(text).toContain(`GitHub (http://${githubUrl}/api/v3) GET /app failed with 401`);
    app.child.kill("SIGKILL");
  }, 30_000);

  it.each([
    [
      { PRIVATE_KEY_PATH: "/nowhere/key.pem" },
      'PRIVATE_KEY_PATH is "/nowhere/key.pem", which does not exist',
    ],
    [{ ROLLOUT_BOT_KUBECONFIG: "/nowhere/kubeconfig" }, "ROLLOUT_BOT_KUBECONFIG is"],
    [{ APP_ID: "my-app" }, 'APP_ID is "my-app"'],
    [{ PROMETHEUS_URL: "prometheus:9090" }, 'PROMETHEUS_URL is "prometheus:9090"'],
  ])("a bad setting %j stops the start with one sentence, exit 1", async (extra, sentence) => {
    const [, ...args] = command();
    const r = spawnSync(NODE, args, {
      cwd: join(folder, "app"),
      env: env(extra, await freePort()),
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringContaining(sentence)]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).not.toContain("setup");
  });

  it("with nothing set, says what to set instead of starting Probot's setup mode", async () => {
    const [, ...args] = command();
    const r = spawnSync(NODE, args, {
      cwd: join(folder, "app"),
      env: { PATH: process.env.PATH, PORT: String(await freePort()) },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`rollout-bot: ${NOTHING_SET}`);
  });
});
