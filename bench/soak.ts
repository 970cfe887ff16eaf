// Section "soak": 1,000 signed webhooks on loopback to the app (Probot's HTTP server with
// rollout-bot loaded, against the stateful fake GitHub of the end-to-end tests): a mix of comments
// the app ignores and `/rollout status`. Every one must be answered 2xx; RSS is printed at the
// start and the end (and the delta), never asserted.
//
// In-process rather than the production child process: the production client spaces GitHub writes
// one second apart (@octokit/plugin-throttling), so 1,000 deliveries with a few hundred commands
// would take many minutes of waiting, not work. Throttling off, as in test/helpers/probot.ts.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pino } from "pino";
import { Probot, ProbotOctokit, Server } from "probot";
import { rolloutBotApp } from "../src/app.js";
import { freePort } from "../test/e2e/harness.js";
import { startFakeGitHub } from "../test/helpers/fake-github-server.js";
import type { BenchContext, Section, Table } from "./lib.js";

const MB = 1024 * 1024;

/** examples/mnist as repository files (path → text). */
function exampleFiles(root: string): Map<string, string> {
  const base = join(root, "examples/mnist");
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(base, p), readFileSync(p, "utf8"));
    }
  };
  walk(base);
  return out;
}
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

export function soakSection(): Section {
  return {
    name: "soak",
    title: "1,000 webhooks on loopback: every one answered, memory flat",
    run: async (ctx: BenchContext): Promise<readonly Table[]> => {
      const total = ctx.quick ? 200 : 1000;
      const github = await startFakeGitHub({ teams: { "kubeflow/ml-platform": ["bob"] } });
      const repo = github.createRepo({
        owner: "Codertocat",
        name: "soak",
        files: exampleFiles(ctx.repoRoot),
      });
      repo.permissions.set("alice", "write");
      github.commitOnBranch(repo, { branch: "docs", changes: { "README.md": "hi\n" }, message: "docs" });
      const pr = github.openPr(repo, { head: "docs", title: "docs", author: "alice" });

      const secret = randomBytes(16).toString("hex");
      const port = await freePort();
      const log = pino({ level: "warn" });
      const server = new Server({
        host: "127.0.0.1",
        port,
        log,
        Probot: Probot.defaults({
          appId: 12345,
          privateKey: generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
            type: "pkcs1",
            format: "pem",
          }) as string,
          secret,
          baseUrl: `${github.url}/api/v3`,
          log,
          Octokit: ProbotOctokit.defaults((o: Record<string, unknown>) => ({
            ...o,
            throttle: { ...(o.throttle as object), enabled: false },
          })),
        }),
      });
      await server.load(rolloutBotApp({}));
      await server.start();
      github.setWebhookTarget({ url: `http://127.0.0.1:${port}/api/github/webhooks`, secret });

      const gc = (globalThis as { gc?: () => void }).gc;
      const rss = () => {
        gc?.();
        return process.memoryUsage().rss;
      };
      const statuses = new Map<string, number>();
      const count = (s: number | string) => statuses.set(String(s), (statuses.get(String(s)) ?? 0) + 1);
      let n = 0;
      const payloadOf = (body: string) => {
        const c = {
          id: 900_000 + n,
          nodeId: `IC_soak${n}`,
          issueNumber: pr.number,
          body,
          login: "alice",
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
          reactions: [] as string[],
        };
        repo.comments.push(c);
        return github.commentPayload(repo, c);
      };
      const send = async (i: number) => {
        n++;
        // Three in four are ordinary comments the app ignores; one in four is `/rollout status`.
        const body = i % 4 === 3 ? "/rollout status" : `looks good to me (${i})`;
        try {
          count(await github.send({ event: "issue_comment", payload: payloadOf(body) }));
        } catch (e) {
          count(`error: ${(e as Error).message}`);
        }
      };

      // Warm up (first token, schema, JIT), then measure.
      for (let i = 0; i < 20; i++) await send(i);
      statuses.clear();
      const rssStart = rss();
      const heapStart = process.memoryUsage().heapUsed;
      const t0 = performance.now();
      const concurrency = 8;
      let next = 0;
      let done = 0;
      // RSS half-way too: growth that stops once the heap and the allocator have warmed up is
      // not a leak; growth that goes on through the second half is.
      let rssHalf = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          for (let i = next++; i < total; i = next++) {
            await send(i);
            if (++done === Math.floor(total / 2)) rssHalf = rss();
            if (i % 200 === 199) ctx.progress(`soak: ${i + 1}/${total} webhooks`);
          }
        }),
      );
      const seconds = (performance.now() - t0) / 1000;
      const rssEnd = rss();
      const heapEnd = process.memoryUsage().heapUsed;
      await server.stop();
      await github.close();

      const answered2xx = [...statuses].filter(([s]) => /^2\d\d$/.test(s)).reduce((a, [, c]) => a + c, 0);
      const replies = repo.comments.filter((c) => c.login === "rollout-bot[bot]").length;
      return [
        {
          title: `soak: ${total} webhooks (${concurrency} at a time), ${Math.round(total / 4)} of them \`/rollout status\``,
          rows: [
            {
              webhooks: total,
              "answered 2xx": answered2xx,
              statuses: [...statuses].map(([s, c]) => `${s}×${c}`).join(" "),
              "status replies": replies,
              seconds: seconds.toFixed(1),
              "webhooks/s": (total / seconds).toFixed(0),
              "RSS start": mb(rssStart),
              "RSS half-way": mb(rssHalf),
              "RSS end": mb(rssEnd),
              "RSS delta": `${rssEnd >= rssStart ? "+" : ""}${mb(rssEnd - rssStart)}`,
              "second half": `${rssEnd >= rssHalf ? "+" : ""}${mb(rssEnd - rssHalf)}`,
              "heap used start → end": `${mb(heapStart)} → ${mb(heapEnd)}`,
            },
          ],
          notes: [
            "RSS of the bench process (the app, the fake GitHub and the sender), after a GC; printed, never asserted.",
            `GraphQL documents invalid or failing in the fake: ${github.problems.length}`,
          ],
        },
      ];
    },
  };
}
