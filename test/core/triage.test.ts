import { describe, expect, it } from "@jest/globals";
import { type Triage, type TriageEvent, triage } from "../../src/core/triage.js";

const none: TriageEvent = { read: "none" };
const unreadable: TriageEvent = { read: "unreadable" };
const comment = (body: string, isPullRequest = true): TriageEvent => ({
  read: "ok",
  comment: { body, isPullRequest },
  rolloutPr: false,
});
const other: TriageEvent = { read: "ok", comment: undefined, rolloutPr: false };
const rolloutPr: TriageEvent = { read: "ok", comment: undefined, rolloutPr: true };

const RUN: Triage = { kind: "run" };
const skipCommand = (reason: "not-a-comment" | "no-command" | "not-a-pull-request"): Triage => ({
  kind: "skip",
  mode: "command",
  reason,
});
const skipReport: Triage = { kind: "skip", mode: "report", reason: "not-a-rollout-pr" };

describe("triage: whether the Action has anything to do with an event", () => {
  it.each<[string, string, string | undefined, TriageEvent, Triage]>([
    // mode: command
    ["command on a comment with a command", "command", "issue_comment", comment("/rollout v2 20"), RUN],
    ["command on a bare /rollout (help)", "command", "issue_comment", comment("/rollout"), RUN],
    ["command on a command under prose", "command", "issue_comment", comment("LGTM\n\n/ROLLOUT v2 20"), RUN],
    [
      "command on a comment without one",
      "command",
      "issue_comment",
      comment("LGTM"),
      skipCommand("no-command"),
    ],
    [
      "command on /rollouts (not the word)",
      "command",
      "issue_comment",
      comment("/rollouts v2"),
      skipCommand("no-command"),
    ],
    [
      "command on a quoted command",
      "command",
      "issue_comment",
      comment("> /rollout abort"),
      skipCommand("no-command"),
    ],
    [
      "command in a code block",
      "command",
      "issue_comment",
      comment("```\n/rollout v2 20\n```"),
      skipCommand("no-command"),
    ],
    [
      "command on an issue, not a PR",
      "command",
      "issue_comment",
      comment("/rollout v2 20", false),
      skipCommand("not-a-pull-request"),
    ],
    [
      "no command on an issue (no-command first, as the handler)",
      "command",
      "issue_comment",
      comment("hi", false),
      skipCommand("no-command"),
    ],
    [
      "command on an edited or malformed comment",
      "command",
      "issue_comment",
      other,
      skipCommand("not-a-comment"),
    ],
    ["command on a push", "command", "push", other, skipCommand("not-a-comment")],
    [
      "command on a push whose file is unreadable (not read)",
      "command",
      "push",
      unreadable,
      skipCommand("not-a-comment"),
    ],
    ["command without an event", "command", undefined, none, skipCommand("not-a-comment")],
    [
      "command on issue_comment without an event file",
      "command",
      "issue_comment",
      none,
      skipCommand("not-a-comment"),
    ],
    ["command on an unreadable comment event (the mode fails)", "command", "issue_comment", unreadable, RUN],
    // mode: report
    ["report on a rollout PR", "report", "pull_request", rolloutPr, RUN],
    ["report on another PR", "report", "pull_request", other, skipReport],
    ["report on pull_request without an event file", "report", "pull_request", none, skipReport],
    ["report on an unreadable PR event (the mode fails)", "report", "pull_request", unreadable, RUN],
    ["report on a schedule (every open rollout PR)", "report", "schedule", none, RUN],
    ["report on workflow_dispatch", "report", "workflow_dispatch", other, RUN],
    ["report on an unreadable schedule event", "report", "schedule", unreadable, RUN],
    // the modes that always run
    ["validate on anything", "validate", "push", other, RUN],
    ["the default mode (validate)", "", "issue_comment", comment("LGTM"), RUN],
    ["apply on a pull request (fails first on a bad kubeconfig)", "apply", "pull_request", other, RUN],
    ["plan on a push", "plan", "push", other, RUN],
    ["an unknown mode (fails, naming it)", "deploy", "issue_comment", comment("LGTM"), RUN],
    ["a mode name is exact", "Command", "push", other, RUN],
  ])("%s", (_, mode, eventName, event, expected) => {
    expect(triage({ mode, hasToken: true, eventName, event })).toEqual(expected);
  });

  it.each([
    ["command", "push", other],
    ["command", "issue_comment", comment("LGTM")],
    ["report", "pull_request", other],
  ] as const)(
    "without the token, %s on %s runs, so the job fails naming the input",
    (mode, eventName, event) => {
      expect(triage({ mode, hasToken: false, eventName, event })).toEqual(RUN);
    },
  );
});
