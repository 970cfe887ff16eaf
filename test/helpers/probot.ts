import { Probot, ProbotOctokit } from "probot";
import app, { rolloutBotApp } from "../../src/app.js";
import { PRIVATE_KEY } from "./github.js";

/**
 * A real Probot running the app. Throttling off (its write spacing would add seconds per test);
 * retries on, with millisecond steps, so 5xx-then-success runs the real retry plugin.
 */
export async function probotWithApp(options?: Parameters<typeof rolloutBotApp>[0]): Promise<Probot> {
  const probot = new Probot({
    appId: 123,
    privateKey: PRIVATE_KEY,
    logLevel: "fatal",
    Octokit: ProbotOctokit.defaults((o: Record<string, unknown>) => ({
      ...o,
      throttle: { ...(o.throttle as object), enabled: false },
      retry: { ...(o.retry as object), retryAfterBaseValue: 1 },
    })),
  });
  await probot.load(options ? rolloutBotApp(options) : app);
  return probot;
}
