import { readFile } from "node:fs/promises";
import { commentEventFrom } from "../adapters/events.js";
import { githubAdapter, type OctokitLike } from "../adapters/github/index.js";
import { type CommandOutcome, handleRolloutComment } from "../handlers/rollout-command.js";

// What src/modes/main.ts needs to run this mode, so that it loads the mode with one dynamic import
// (one chunk boundary per mode keeps dist/ in few, large chunks).
export { actionOctokit } from "../adapters/octokit.js";

export type CommandModeResult =
  | CommandOutcome
  | { readonly kind: "ignored"; readonly reason: "not-a-comment" };

/** `mode: command`: the `/rollout` handler on the workflow's `issue_comment` event. */
export async function commandMode(params: {
  readonly octokit: OctokitLike;
  readonly eventName: string | undefined;
  readonly eventPath: string | undefined;
  readonly configPath: string;
}): Promise<CommandModeResult> {
  if (params.eventName !== "issue_comment" || !params.eventPath)
    return { kind: "ignored", reason: "not-a-comment" };
  const payload: unknown = JSON.parse(await readFile(params.eventPath, "utf8"));
  const event = commentEventFrom(payload);
  if (!event) return { kind: "ignored", reason: "not-a-comment" };
  const gh = githubAdapter(params.octokit, { owner: event.owner, name: event.repo });
  return handleRolloutComment({ event, gh, configPath: params.configPath });
}
