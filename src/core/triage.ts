import { parseComment } from "./comment.js";

/**
 * What the Action's entry could read of the workflow's event file before loading anything:
 * `none` (no GITHUB_EVENT_PATH), `unreadable` (missing file or bad JSON: the mode's own read
 * would fail, so the mode must run to say so), or the parts the modes decide on, taken through
 * the trust boundary (src/adapters/events.ts).
 */
export type TriageEvent =
  | { readonly read: "none" }
  | { readonly read: "unreadable" }
  | {
      readonly read: "ok";
      /** The created comment (commentEventFrom), or undefined when the payload is not one. */
      readonly comment: { readonly body: string; readonly isPullRequest: boolean } | undefined;
      /** Whether the payload is a rollout PR event (rolloutPrEventFrom). */
      readonly rolloutPr: boolean;
    };

/** Why a mode has nothing to do with an event; the command reasons are CommandModeResult's. */
export type SkipReason =
  /** `mode: command` on an event that is not a created comment. */
  | "not-a-comment"
  /** `mode: command` on a comment with no `/rollout` line outside code, quotes and HTML comments. */
  | "no-command"
  /** `mode: command` on a comment on an issue, not a pull request. */
  | "not-a-pull-request"
  /** `mode: report` on a `pull_request` event whose PR is not a rollout PR. */
  | "not-a-rollout-pr";

/** Run the mode (load it), or skip: write what the mode writes when it ignores the event, and stop. */
export type Triage =
  | { readonly kind: "run" }
  | {
      readonly kind: "skip";
      readonly mode: "command";
      readonly reason: Exclude<SkipReason, "not-a-rollout-pr">;
    }
  | { readonly kind: "skip"; readonly mode: "report"; readonly reason: "not-a-rollout-pr" };

const RUN: Triage = { kind: "run" };

/**
 * Whether the Action has anything to do with this event, decided from the inputs and the event
 * alone so that a workflow step on every comment or pull request returns before loading the
 * GitHub, Kubernetes or Prometheus code. Exactly as strict as the modes themselves
 * (src/modes/command.ts, src/modes/report.ts, rollout-command's first checks): a skip is only
 * what the mode would answer `ignored` without a request, and anything the mode would fail on
 * (no token, an unreadable event file, an unknown mode) runs, so the failure is still reported.
 * `validate`, `plan` and `apply` always run: validate reads the workspace on any event, and
 * plan/apply fail on a bad kubeconfig or `wait-timeout` first, which only the mode can tell.
 */
export function triage(params: {
  /** The `mode` input, trimmed ("" is the default, validate). */
  readonly mode: string;
  /** Whether the `token` input is set; without it the mode fails, naming the input. */
  readonly hasToken: boolean;
  readonly eventName: string | undefined;
  readonly event: TriageEvent;
}): Triage {
  const { event } = params;
  if (!params.hasToken) return RUN;
  if (params.mode === "command") {
    // commandMode reads the file only for issue_comment (and only when a path is given).
    if (params.eventName !== "issue_comment" || event.read === "none")
      return { kind: "skip", mode: "command", reason: "not-a-comment" };
    if (event.read === "unreadable") return RUN;
    if (!event.comment) return { kind: "skip", mode: "command", reason: "not-a-comment" };
    if (!parseComment(event.comment.body).ok) return { kind: "skip", mode: "command", reason: "no-command" };
    if (!event.comment.isPullRequest) return { kind: "skip", mode: "command", reason: "not-a-pull-request" };
    return RUN;
  }
  if (params.mode === "report") {
    // reportMode reads the file whenever a path is given; only a pull_request event names one PR.
    if (event.read === "unreadable" || params.eventName !== "pull_request") return RUN;
    if (event.read === "ok" && event.rolloutPr) return RUN;
    return { kind: "skip", mode: "report", reason: "not-a-rollout-pr" };
  }
  return RUN;
}
