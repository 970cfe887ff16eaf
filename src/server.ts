// The app's production entry (`npm start`, the image's CMD): checks the settings, then starts
// Probot with rollout-bot, /healthz and /readyz. Wiring only; a bad setting exits 1 with one
// sentence per problem, and Probot's setup mode is never started.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getTransformStream } from "@probot/pino";
import { pino } from "pino";
import { type ApplicationFunctionOptions, Probot, Server } from "probot";
import { type Check, clusterCheck, githubCheck, readiness } from "./adapters/health.js";
import { kubernetesPort } from "./adapters/kubernetes.js";
import { readSettings } from "./adapters/settings.js";
import { rolloutBotApp } from "./app.js";
import type { KubePort } from "./core/ports.js";

/**
 * A refused webhook signature is a caller's mistake, not ours: one line with the reason, without
 * the stack or the (unverified) payload the webhooks library attaches to the error.
 */
function errorForLog(e: unknown): unknown {
  const first = e instanceof AggregateError ? [...e.errors][0] : e;
  const message = first instanceof Error ? first.message : String(first);
  if (/signature/i.test(message)) return { type: "WebhookSignatureError", message };
  return e instanceof Error ? pino.stdSerializers.err(e) : e;
}

function fail(message: string): never {
  process.stderr.write(`rollout-bot: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const read = readSettings(process.env);
  if (!read.ok) {
    for (const p of read.problems) process.stderr.write(`rollout-bot: ${p}\n`);
    process.exit(1);
  }
  const s = read.settings;

  const cluster =
    s.cluster.kind === "kubeconfig"
      ? { kubeconfig: s.cluster.text }
      : s.cluster.kind === "in-cluster"
        ? ({ inCluster: true } as const)
        : undefined;
  let kube: KubePort | undefined;
  const checks: Check[] = [];
  try {
    if (cluster) {
      kube = kubernetesPort(cluster);
      checks.push(clusterCheck(cluster));
    }
  } catch (e) {
    const what =
      s.cluster.kind === "kubeconfig"
        ? `ROLLOUT_BOT_KUBECONFIG ("${s.cluster.path}")`
        : "the pod's service account";
    fail(`${what} could not be used: ${(e as Error).message.split("\n")[0]}`);
  }

  const transform = await getTransformStream({ logFormat: s.logFormat });
  transform.pipe(pino.destination(1) as unknown as NodeJS.WritableStream);
  // Probot's webhook handler and its HTTP middleware both log a failed delivery: once is enough.
  const logged = new WeakSet<object>();
  const log = pino(
    {
      level: s.logLevel,
      name: "probot",
      messageKey: "msg",
      serializers: { err: errorForLog },
      // Signatures are credentials of a sort: never in the access log.
      redact: {
        paths: ['req.headers["x-hub-signature-256"]', 'req.headers["x-hub-signature"]'],
        remove: true,
      },
      hooks: {
        logMethod(args, method) {
          const first: unknown = args[0];
          if (first instanceof Error) {
            // The two wrap the same cause in different AggregateErrors: compare causes too.
            const causes = [first, ...(first instanceof AggregateError ? [...first.errors] : [])];
            if (causes.some((c: unknown) => typeof c === "object" && c !== null && logged.has(c))) return;
            for (const c of causes) if (typeof c === "object" && c !== null) logged.add(c);
          }
          method.apply(this, args);
        },
      },
    },
    transform,
  );

  const server = new Server({
    host: s.host,
    port: s.port,
    log,
    Probot: Probot.defaults({
      appId: s.appId,
      privateKey: s.privateKey,
      secret: s.webhookSecret,
      baseUrl: s.baseUrl,
      log,
    }),
  });

  const health = (app: Probot, { addHandler }: ApplicationFunctionOptions) => {
    const ready = readiness([githubCheck(() => app.auth(), s.baseUrl), ...checks]);
    addHandler(async (req: IncomingMessage, res: ServerResponse) => {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      const path = (req.url ?? "").split("?")[0];
      if (path === "/healthz") {
        res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
        return true;
      }
      if (path === "/readyz") {
        const r = await ready();
        if (!r.ok) log.warn({ reason: r.reason }, "not ready");
        res.writeHead(r.ok ? 200 : 503, { "content-type": "text/plain" }).end(`${r.reason}\n`);
        return true;
      }
      return false;
    });
  };

  try {
    await server.load(
      rolloutBotApp({
        ...(kube ? { kube } : {}),
        ...(s.prometheusUrl ? { prometheusUrl: s.prometheusUrl } : {}),
        ...(s.bakeIntervalMs !== undefined ? { bake: { intervalMs: s.bakeIntervalMs } } : {}),
      }),
    );
    await server.load(health);
    await server.start();
  } catch (e) {
    fail(`could not start: ${(e as Error).message.split("\n")[0]}`);
  }

  const stop = (signal: string) => {
    log.info(`${signal}: stopping`);
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

main().catch((e: unknown) =>
  fail(`could not start: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`),
);
