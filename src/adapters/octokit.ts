import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import type { OctokitLike } from "./github/index.js";

/** How often a rate-limited request is tried again before the command fails. */
const RATE_LIMIT_RETRIES = 2;

/**
 * The Action's GitHub client: @actions/github with the same retry (5xx) and throttling
 * (rate limits, `retry-after`) plugins Probot uses. Requests go through the global `fetch`.
 */
export function actionOctokit(params: {
  readonly token: string;
  /** Milliseconds per retry step (squared by attempt); tests make it small. */
  readonly retryAfterBaseValue?: number;
  readonly throttle?: boolean;
  readonly log?: (message: string) => void;
}): OctokitLike {
  const log = params.log ?? (() => undefined);
  const again =
    (what: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
      log(`${what} on ${options.method} ${options.url}: retrying in ${retryAfter}s`);
      return retryCount < RATE_LIMIT_RETRIES;
    };
  return getOctokit(
    params.token,
    {
      request: { fetch: (...args: Parameters<typeof fetch>) => globalThis.fetch(...args) },
      retry: { retryAfterBaseValue: params.retryAfterBaseValue ?? 1000 },
      throttle: {
        enabled: params.throttle ?? true,
        onRateLimit: again("rate limit"),
        onSecondaryRateLimit: again("secondary rate limit"),
      },
    },
    retry,
    throttling,
  ) as unknown as OctokitLike;
}
