// The start-up settings, table-driven: each bad setting is one sentence naming the variable.
import { describe, expect, it } from "@jest/globals";
import { type FileRead, filesNeeded, NOTHING_SET, parseSettings } from "../../src/core/settings.js";

const PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n";
const KUBECONFIG = "apiVersion: v1\nkind: Config\nclusters: [{ name: c, cluster: { server: https://k } }]\n";
const GOOD = { APP_ID: "12345", PRIVATE_KEY_PATH: "/k.pem", WEBHOOK_SECRET: "s" };
const FILES = new Map<string, FileRead>([
  ["/k.pem", { ok: true, text: PEM }],
  ["/kc", { ok: true, text: KUBECONFIG }],
  ["/empty", { ok: true, text: "" }],
  ["/locked", { ok: false, code: "EACCES" }],
  ["/dir", { ok: false, code: "EISDIR" }],
  ["/missing.pem", { ok: false, code: "ENOENT" }],
  ["/nokc", { ok: false, code: "ENOENT" }],
]);
const parse = (env: Record<string, string>) => parseSettings(env, FILES);

describe("parseSettings", () => {
  it("defaults: port 3000 on 0.0.0.0, info, json, github.com, no cluster", () => {
    expect(parse(GOOD)).toEqual({
      ok: true,
      settings: {
        port: 3000,
        host: "0.0.0.0",
        logLevel: "info",
        logFormat: "json",
        baseUrl: "https://api.github.com",
        appId: 12345,
        privateKey: PEM,
        webhookSecret: "s",
        cluster: { kind: "none" },
      },
    });
  });

  it.each<[string, Record<string, string>, Record<string, unknown>]>([
    ["PORT", { PORT: "8080" }, { port: 8080 }],
    ["HOST", { HOST: "127.0.0.1" }, { host: "127.0.0.1" }],
    ["LOG_LEVEL", { LOG_LEVEL: "DEBUG" }, { logLevel: "debug" }],
    ["LOG_FORMAT", { LOG_FORMAT: "pretty" }, { logFormat: "pretty" }],
    ["GHE_HOST", { GHE_HOST: "github.example.com" }, { baseUrl: "https://github.example.com/api/v3" }],
    [
      "GHE_PROTOCOL",
      { GHE_HOST: "127.0.0.1:8080", GHE_PROTOCOL: "http" },
      { baseUrl: "http://127.0.0.1:8080/api/v3" },
    ],
    ["PROMETHEUS_URL", { PROMETHEUS_URL: "http://prom:9090" }, { prometheusUrl: "http://prom:9090" }],
    ["ROLLOUT_BOT_BAKE_INTERVAL_MS", { ROLLOUT_BOT_BAKE_INTERVAL_MS: "500" }, { bakeIntervalMs: 500 }],
    [
      "ROLLOUT_BOT_KUBECONFIG",
      { ROLLOUT_BOT_KUBECONFIG: "/kc" },
      { cluster: { kind: "kubeconfig", path: "/kc", text: KUBECONFIG } },
    ],
    ["in a pod", { KUBERNETES_SERVICE_HOST: "10.0.0.1" }, { cluster: { kind: "in-cluster" } }],
    ["PRIVATE_KEY", { PRIVATE_KEY_PATH: "", PRIVATE_KEY: PEM.replace(/\n/g, "\\n") }, { privateKey: PEM }],
    [
      "PRIVATE_KEY base64",
      { PRIVATE_KEY_PATH: "", PRIVATE_KEY: Buffer.from(PEM).toString("base64") },
      { privateKey: PEM },
    ],
  ])("%s", (_, env, expected) => {
    const r = parse({ ...GOOD, ...env });
    expect(r.ok && r.settings).toMatchObject(expected);
  });

  it.each<[Record<string, string | undefined>, string]>([
    [{ PORT: "http" }, 'PORT is "http": set it to a TCP port number from 1 to 65535 (default 3000).'],
    [{ PORT: "70000" }, 'PORT is "70000"'],
    [
      { LOG_LEVEL: "verbose" },
      'LOG_LEVEL is "verbose": set it to one of trace, debug, info, warn, error, fatal, silent',
    ],
    [{ LOG_FORMAT: "text" }, 'LOG_FORMAT is "text": set it to json or pretty'],
    [{ GHE_HOST: "https://github.example.com" }, 'GHE_HOST is "https://github.example.com": set it to'],
    [{ GHE_HOST: "g.example.com", GHE_PROTOCOL: "ftp" }, 'GHE_PROTOCOL is "ftp"'],
    [{ PROMETHEUS_URL: "prometheus:9090" }, 'PROMETHEUS_URL is "prometheus:9090": set it to'],
    [{ PROMETHEUS_URL: "ftp://p" }, 'PROMETHEUS_URL is "ftp://p"'],
    [
      { ROLLOUT_BOT_BAKE_INTERVAL_MS: "5s" },
      'ROLLOUT_BOT_BAKE_INTERVAL_MS is "5s": set it to a whole number',
    ],
    [{ ROLLOUT_BOT_BAKE_INTERVAL_MS: "10" }, 'ROLLOUT_BOT_BAKE_INTERVAL_MS is "10"'],
    [{ APP_ID: "rollout-bot" }, 'APP_ID is "rollout-bot": set it to the App ID number'],
    [{ APP_ID: "1.5" }, 'APP_ID is "1.5"'],
    [{ APP_ID: undefined }, "APP_ID is not set"],
    [{ WEBHOOK_SECRET: undefined }, "WEBHOOK_SECRET is not set"],
    [{ PRIVATE_KEY_PATH: undefined }, "PRIVATE_KEY_PATH is not set"],
    [{ PRIVATE_KEY_PATH: "/missing.pem" }, 'PRIVATE_KEY_PATH is "/missing.pem", which does not exist'],
    [{ PRIVATE_KEY_PATH: "/locked" }, "which cannot be read (permission denied)"],
    [{ PRIVATE_KEY_PATH: "/dir" }, "which is a folder, not a file"],
    [{ PRIVATE_KEY_PATH: "/empty" }, 'PRIVATE_KEY_PATH is "/empty", which holds no PEM private key'],
    [{ PRIVATE_KEY: PEM }, "PRIVATE_KEY and PRIVATE_KEY_PATH are both set"],
    [{ PRIVATE_KEY_PATH: undefined, PRIVATE_KEY: "not a key" }, "PRIVATE_KEY is not a PEM private key"],
    [{ ROLLOUT_BOT_KUBECONFIG: "/nokc" }, 'ROLLOUT_BOT_KUBECONFIG is "/nokc", which does not exist'],
    [{ ROLLOUT_BOT_KUBECONFIG: "/locked" }, 'ROLLOUT_BOT_KUBECONFIG is "/locked", which cannot be read'],
    [{ ROLLOUT_BOT_KUBECONFIG: "/k.pem" }, "which is not a kubeconfig with a cluster"],
  ])("%j: one sentence naming the variable", (change, sentence) => {
    const env = Object.fromEntries(
      Object.entries({ ...GOOD, ...change }).filter((e): e is [string, string] => e[1] !== undefined),
    );
    const r = parse(env);
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems).toEqual([expect.stringContaining(sentence)]);
    const variable = sentence.split(" ")[0] ?? "";
    if (/^[A-Z_]+$/.test(variable)) expect(problems[0]?.startsWith(variable)).toBe(true);
    expect(problems[0]).toMatch(/\.$/);
    expect(problems[0]).not.toContain("\n");
  });

  it("reports every bad setting, one line each", () => {
    const r = parse({ ...GOOD, PORT: "x", APP_ID: "y" });
    expect(r.ok ? [] : r.problems.map((p) => p.split(" ")[0])).toEqual(["PORT", "APP_ID"]);
  });

  it("with no GitHub App setting at all: one sentence, never setup mode", () => {
    expect(parse({ PORT: "3000" })).toEqual({ ok: false, problems: [NOTHING_SET] });
  });

  it("filesNeeded names the key file and the kubeconfig", () => {
    expect(filesNeeded({ ...GOOD, ROLLOUT_BOT_KUBECONFIG: "/kc" })).toEqual(["/k.pem", "/kc"]);
    expect(filesNeeded({ PRIVATE_KEY: PEM, PRIVATE_KEY_PATH: "/k.pem" })).toEqual([]);
  });
});
