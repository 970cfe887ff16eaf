/**
 * What every GitHub resource module shares: the two Octokit calls, the repository they act on, and
 * the reading of GitHub's failures (HTTP status, GraphQL errors with partial data, write conflicts).
 */
import type { FileChange } from "../../core/changes.js";

/** The two Octokit calls rollout-bot uses; Probot's and @actions/github's clients both fit. */
export interface OctokitLike {
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
  graphql(query: string, variables?: Record<string, unknown>): Promise<unknown>;
}

export interface RepoId {
  readonly owner: string;
  readonly name: string;
}

/** One repository's client: REST with owner/repo filled in, and GraphQL. */
export interface RepoClient {
  readonly octokit: OctokitLike;
  readonly repo: RepoId;
  rest(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
}

export function repoClient(octokit: OctokitLike, repo: RepoId): RepoClient {
  return {
    octokit,
    repo,
    rest: (route, params = {}) => octokit.request(route, { owner: repo.owner, repo: repo.name, ...params }),
  };
}

export interface GraphqlErrorLike {
  readonly type?: string;
  readonly message: string;
  readonly path?: readonly (string | number)[];
}

/** GraphQL failures carry `errors` and the partial `data` of the fields that ran. */
export function graphqlFailure(
  e: unknown,
): { errors: readonly GraphqlErrorLike[]; data: Record<string, unknown> } | undefined {
  if (typeof e !== "object" || e === null || !("errors" in e) || !Array.isArray(e.errors)) return undefined;
  const data =
    "data" in e && typeof e.data === "object" && e.data !== null ? (e.data as Record<string, unknown>) : {};
  return { errors: e.errors as GraphqlErrorLike[], data };
}

/**
 * The answer's data when every error lies under a field `tolerated` accepts (a null there is an
 * answer: no such user, no access to collaborators); otherwise the failure is rethrown.
 */
export async function graphqlTolerating<T>(
  call: Promise<unknown>,
  tolerated: (path: readonly (string | number)[]) => boolean,
): Promise<{ data: T; errors: readonly GraphqlErrorLike[] }> {
  try {
    return { data: (await call) as T, errors: [] };
  } catch (e) {
    const failure = graphqlFailure(e);
    if (!failure) throw e;
    if (!failure.errors.every((x) => x.path !== undefined && tolerated(x.path))) throw e;
    return { data: failure.data as T, errors: failure.errors };
  }
}

/** Another writer got there first: a branch or PR that now exists, or a head that moved. */
export function isConflict(err: GraphqlErrorLike): boolean {
  return (
    err.type === "STALE_DATA" ||
    /already exists|expected branch to point to|pull and try again|is at .* but expected|reference update failed/i.test(
      err.message,
    )
  );
}

export function httpStatus(e: unknown): number | undefined {
  return typeof e === "object" && e !== null && "status" in e && typeof e.status === "number"
    ? e.status
    : undefined;
}

function base64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

/** createCommitOnBranch's `fileChanges` for a list of changes (undefined `after` deletes). */
export function fileChanges(changes: readonly FileChange[]) {
  return {
    additions: changes
      .filter((c) => c.after !== undefined)
      .map((c) => ({ path: c.path, contents: base64(c.after ?? "") })),
    deletions: changes.filter((c) => c.after === undefined).map((c) => ({ path: c.path })),
  };
}

/** A GraphQL `object(expression:)` answer as files: a Blob is one file, a Tree its direct text blobs. */
export function objectFiles(path: string, node: unknown, into: Map<string, string>): void {
  if (typeof node !== "object" || node === null) return;
  const o = node as {
    text?: unknown;
    isBinary?: unknown;
    entries?: { path: string; type: string; object?: { text?: string | null; isBinary?: boolean } | null }[];
  };
  if (typeof o.text === "string" && o.isBinary !== true) into.set(path, o.text);
  for (const e of o.entries ?? []) {
    if (e.type === "blob" && typeof e.object?.text === "string" && !e.object.isBinary)
      into.set(e.path, e.object.text);
  }
}

export function blobText(node: unknown): string | undefined {
  const text = (node as { text?: unknown } | null | undefined)?.text;
  return typeof text === "string" ? text : undefined;
}

/** Pages of 100 read at most from a list endpoint (10,000 items). */
export const MAX_PAGES = 100;
