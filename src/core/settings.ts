// The app's start-up settings from its environment: pure (the caller reads the files the
// settings name and passes what it found). Every problem is one sentence that names the
// variable and the fix; the app never falls back to Probot's setup mode.
import { parse as parseYaml } from "yaml";

/** What the caller found at a path a setting names. */
export type FileRead =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: string };

export type LogLevel = "trace" | "debug" | "info" | "warn" | "error" | "fatal" | "silent";
export type LogFormat = "json" | "pretty";

export interface Settings {
  readonly port: number;
  /** Interface to listen on; default 0.0.0.0 (a container's probes come from outside it). */
  readonly host: string;
  readonly logLevel: LogLevel;
  readonly logFormat: LogFormat;
  /** GitHub's REST API: https://api.github.com, or https://<GHE_HOST>/api/v3. */
  readonly baseUrl: string;
  readonly appId: number;
  /** PEM text. */
  readonly privateKey: string;
  readonly webhookSecret: string;
  readonly prometheusUrl?: string;
  /** How often bakes are resumed, in ms (ROLLOUT_BOT_BAKE_INTERVAL_MS; unset: the app's default, 30 000). */
  readonly bakeIntervalMs?: number;
  /** Cluster credentials: kubeconfig text, the pod's service account, or none (no merge-to-deploy). */
  readonly cluster:
    | { readonly kind: "kubeconfig"; readonly path: string; readonly text: string }
    | { readonly kind: "in-cluster" }
    | { readonly kind: "none" };
}

export type SettingsResult =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly problems: readonly string[] };

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS: readonly LogLevel[] = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];

/** The one sentence when no GitHub App setting is there at all (setup mode is never started). */
export const NOTHING_SET =
  "APP_ID, PRIVATE_KEY_PATH and WEBHOOK_SECRET are not set: register the GitHub App from app.yml and set them (see .env.example); rollout-bot does not start Probot's setup mode.";

/** The files `parseSettings` needs read: the private key and the kubeconfig, when set. */
export function filesNeeded(env: Env): string[] {
  return [set(env.PRIVATE_KEY) ? undefined : env.PRIVATE_KEY_PATH, env.ROLLOUT_BOT_KUBECONFIG].filter(
    (p): p is string => set(p),
  );
}

function set(v: string | undefined): v is string {
  return v !== undefined && v.trim() !== "";
}

function why(read: FileRead | undefined): string {
  if (!read || read.ok) return "cannot be read";
  if (read.code === "ENOENT") return "does not exist";
  if (read.code === "EACCES" || read.code === "EPERM") return "cannot be read (permission denied)";
  if (read.code === "EISDIR") return "is a folder, not a file";
  return `cannot be read (${read.code})`;
}

const PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/** PRIVATE_KEY as Probot accepts it: PEM, PEM with literal \n, or base64 of PEM. */
function keyFromValue(value: string): string | undefined {
  const text = value.trim();
  if (PEM.test(text)) return text.replace(/\\n/g, "\n");
  if (/^[A-Za-z0-9+/=\s]+$/.test(text)) {
    const decoded = Buffer.from(text, "base64").toString("utf8");
    if (PEM.test(decoded)) return decoded;
  }
  return undefined;
}

/**
 * Parses the environment. `files` holds what the caller read at each path of `filesNeeded(env)`.
 * Problems come one per variable, in a fixed order.
 */
export function parseSettings(env: Env, files: ReadonlyMap<string, FileRead>): SettingsResult {
  if (![env.APP_ID, env.PRIVATE_KEY, env.PRIVATE_KEY_PATH, env.WEBHOOK_SECRET].some(set)) {
    return { ok: false, problems: [NOTHING_SET] };
  }
  const problems: string[] = [];
  const bad = (text: string) => {
    problems.push(text);
    return undefined;
  };

  const port = (() => {
    if (!set(env.PORT)) return 3000;
    const n = Number(env.PORT);
    if (Number.isInteger(n) && n >= 1 && n <= 65535) return n;
    return bad(`PORT is "${env.PORT}": set it to a TCP port number from 1 to 65535 (default 3000).`);
  })();

  const host = set(env.HOST) ? env.HOST.trim() : "0.0.0.0";

  const logLevel = (() => {
    if (!set(env.LOG_LEVEL)) return "info";
    const l = env.LOG_LEVEL.trim().toLowerCase() as LogLevel;
    if (LOG_LEVELS.includes(l)) return l;
    return bad(`LOG_LEVEL is "${env.LOG_LEVEL}": set it to one of ${LOG_LEVELS.join(", ")} (default info).`);
  })();

  const logFormat = (() => {
    if (!set(env.LOG_FORMAT)) return "json";
    const f = env.LOG_FORMAT.trim().toLowerCase();
    if (f === "json" || f === "pretty") return f;
    return bad(`LOG_FORMAT is "${env.LOG_FORMAT}": set it to json or pretty (default json).`);
  })();

  const baseUrl = (() => {
    if (!set(env.GHE_HOST)) return "https://api.github.com";
    const h = env.GHE_HOST.trim();
    if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(h)) {
      return bad(
        `GHE_HOST is "${h}": set it to your GitHub Enterprise Server's host name only, such as github.example.com (no https:// and no path).`,
      );
    }
    const protocol = set(env.GHE_PROTOCOL) ? env.GHE_PROTOCOL.trim() : "https";
    if (protocol !== "https" && protocol !== "http") {
      return bad(`GHE_PROTOCOL is "${protocol}": set it to https (the default) or http.`);
    }
    return `${protocol}://${h}/api/v3`;
  })();

  const prometheusUrl = (() => {
    if (!set(env.PROMETHEUS_URL)) return undefined;
    const u = env.PROMETHEUS_URL.trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(u);
    } catch {
      parsed = undefined;
    }
    if (parsed && (parsed.protocol === "http:" || parsed.protocol === "https:")) return u;
    return bad(
      `PROMETHEUS_URL is "${u}": set it to Prometheus's http:// or https:// address, such as http://prometheus.istio-system:9090, or unset it to use prometheus: from rollout.yaml.`,
    );
  })();

  const bakeIntervalMs = (() => {
    if (!set(env.ROLLOUT_BOT_BAKE_INTERVAL_MS)) return undefined;
    const n = Number(env.ROLLOUT_BOT_BAKE_INTERVAL_MS.trim());
    if (Number.isInteger(n) && n >= 100) return n;
    return bad(
      `ROLLOUT_BOT_BAKE_INTERVAL_MS is "${env.ROLLOUT_BOT_BAKE_INTERVAL_MS}": set it to a whole number of milliseconds, at least 100 (default 30000).`,
    );
  })();

  const appId = (() => {
    if (!set(env.APP_ID)) {
      return bad(
        "APP_ID is not set: register the GitHub App from app.yml and set APP_ID to its App ID, with PRIVATE_KEY_PATH and WEBHOOK_SECRET (see .env.example).",
      );
    }
    const n = Number(env.APP_ID.trim());
    if (Number.isInteger(n) && n > 0) return n;
    return bad(
      `APP_ID is "${env.APP_ID}": set it to the App ID number shown on the GitHub App's settings page.`,
    );
  })();

  const privateKey = (() => {
    if (set(env.PRIVATE_KEY) && set(env.PRIVATE_KEY_PATH)) {
      return bad("PRIVATE_KEY and PRIVATE_KEY_PATH are both set: keep one of them.");
    }
    if (set(env.PRIVATE_KEY)) {
      return (
        keyFromValue(env.PRIVATE_KEY) ??
        bad(
          "PRIVATE_KEY is not a PEM private key: set it to the .pem file's contents (or their base64), or use PRIVATE_KEY_PATH.",
        )
      );
    }
    if (!set(env.PRIVATE_KEY_PATH)) {
      return bad(
        "PRIVATE_KEY_PATH is not set: generate a private key on the GitHub App's settings page and set PRIVATE_KEY_PATH to the .pem file (or PRIVATE_KEY to its contents).",
      );
    }
    const path = env.PRIVATE_KEY_PATH;
    const read = files.get(path);
    if (!read?.ok) {
      return bad(
        `PRIVATE_KEY_PATH is "${path}", which ${why(read)}: point it at the GitHub App's .pem private key file.`,
      );
    }
    if (!PEM.test(read.text)) {
      return bad(
        `PRIVATE_KEY_PATH is "${path}", which holds no PEM private key: point it at the .pem file GitHub generated for the app.`,
      );
    }
    return read.text;
  })();

  const webhookSecret = (() => {
    if (set(env.WEBHOOK_SECRET)) return env.WEBHOOK_SECRET;
    return bad(
      "WEBHOOK_SECRET is not set: set it to the webhook secret entered on the GitHub App's settings page.",
    );
  })();

  const cluster = ((): Settings["cluster"] | undefined => {
    if (!set(env.ROLLOUT_BOT_KUBECONFIG)) {
      return set(env.KUBERNETES_SERVICE_HOST) ? { kind: "in-cluster" } : { kind: "none" };
    }
    const path = env.ROLLOUT_BOT_KUBECONFIG;
    const read = files.get(path);
    if (!read?.ok) {
      return bad(
        `ROLLOUT_BOT_KUBECONFIG is "${path}", which ${why(read)}: point it at a readable kubeconfig file, or unset it to use the pod's service account.`,
      );
    }
    let doc: unknown;
    try {
      doc = parseYaml(read.text);
    } catch {
      doc = undefined;
    }
    const clusters =
      typeof doc === "object" && doc !== null ? (doc as { clusters?: unknown }).clusters : undefined;
    if (!Array.isArray(clusters) || clusters.length === 0) {
      return bad(
        `ROLLOUT_BOT_KUBECONFIG is "${path}", which is not a kubeconfig with a cluster: point it at a kubeconfig file (kubectl config view --minify --raw writes one).`,
      );
    }
    return { kind: "kubeconfig", path, text: read.text };
  })();

  if (
    problems.length > 0 ||
    port === undefined ||
    logLevel === undefined ||
    logFormat === undefined ||
    baseUrl === undefined ||
    appId === undefined ||
    privateKey === undefined ||
    webhookSecret === undefined ||
    cluster === undefined
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    settings: {
      port,
      host,
      logLevel,
      logFormat,
      baseUrl,
      appId,
      privateKey,
      webhookSecret,
      ...(prometheusUrl ? { prometheusUrl } : {}),
      ...(bakeIntervalMs !== undefined ? { bakeIntervalMs } : {}),
      cluster,
    },
  };
}
