/** Repository contents at a ref, for apps without a checkout: one file, or every blob path. */
import type { GitHubContentsPort } from "../../core/ports.js";
import { httpStatus, type RepoClient } from "./client.js";

export function contents(c: RepoClient): GitHubContentsPort {
  return {
    async readFile(params) {
      try {
        const r = await c.rest("GET /repos/{owner}/{repo}/contents/{+path}", {
          path: params.path,
          ref: params.ref,
          mediaType: { format: "raw" },
        });
        return typeof r.data === "string" ? r.data : undefined;
      } catch (e) {
        if (httpStatus(e) === 404) return undefined;
        throw e;
      }
    },

    async blobPaths(ref) {
      const tree = await c.rest("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
        tree_sha: ref,
        recursive: "1",
      });
      const entries = (tree.data as { tree?: { path: string; type: string }[] }).tree ?? [];
      return entries.filter((e) => e.type === "blob").map((e) => e.path);
    },
  };
}
