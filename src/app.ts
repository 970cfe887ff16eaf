import type { Probot } from "probot";
import { commentEventFrom } from "./adapters/events.js";
import { githubAdapter, type OctokitLike } from "./adapters/github.js";
import { handleRolloutComment } from "./handlers/rollout-command.js";

/** The Probot app: wiring only. */
export default function rolloutBot(app: Probot): void {
  app.on("issue_comment.created", async (context) => {
    const event = commentEventFrom(context.payload);
    if (!event) return;
    // Probot's client carries the retry and throttling plugins; the handler needs two of its calls.
    const gh = githubAdapter(context.octokit as unknown as OctokitLike, {
      owner: event.owner,
      name: event.repo,
    });
    const outcome = await handleRolloutComment({ event, gh });
    if (outcome.kind === "failed") context.log.error({ outcome }, "rollout command failed");
    else context.log.info({ outcome }, "rollout command");
  });
}
