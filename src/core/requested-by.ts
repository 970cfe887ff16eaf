/**
 * The "Requested by @login" line rollout-bot writes in every commit of a rollout PR, and its
 * reading back: who asked for a PR's changes (they may not approve their own request). Writer and
 * reader live together so the format cannot drift between them.
 */

/** The commit body of a change asked for by `login` in a comment on `owner/repo#issueNumber`. */
export function requestedByLine(params: {
  readonly login: string;
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
  /** The command as typed, e.g. `/rollout v2 20`. */
  readonly command: string;
}): string {
  return `Requested by @${params.login} in ${params.owner}/${params.repo}#${params.issueNumber}: ${params.command}`;
}

/** The logins named by `Requested by @login` lines in commit messages, first seen first, once each. */
export function requestersOf(messages: readonly string[]): string[] {
  const logins = messages.flatMap((m) =>
    [...m.matchAll(/^Requested by @([A-Za-z0-9-]+)/gm)].map((x) => x[1] ?? ""),
  );
  return [...new Set(logins.filter(Boolean))];
}
