/**
 * A commenter's role from what GitHub says about their access. A custom repository role has its
 * own name; what it allows is its base permission, which is what authorize() compares.
 */
import type { RepoRole } from "./chatops.js";

const KNOWN: readonly RepoRole[] = ["admin", "maintain", "write", "triage", "read"];

/**
 * The first of the names GitHub gave that is a base role, in the order given (REST: `role_name`
 * then `permission`; GraphQL: the collaborator edge's `permission`), else "none".
 */
export function repoRoleOf(names: readonly (string | null | undefined)[]): RepoRole {
  for (const n of names) {
    const lower = n?.toLowerCase();
    const known = KNOWN.find((k) => k === lower);
    if (known) return known;
  }
  return "none";
}
