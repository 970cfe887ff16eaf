/** Repository contents at a ref, for apps without a checkout: one file, or every blob path. */
import type { GitHubContentsPort } from "../../core/ports.js";
import { httpStatus, objectFiles, type RepoClient } from "./client.js";
import { objectAlias, readFilesQuery } from "./rollout-queries.js";

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

    async readFiles(params) {
      const out = new Map<string, string>();
      const paths = [...new Set([...params.files, ...params.folders])];
      if (paths.length === 0) return out;
      const vars: Record<string, unknown> = { owner: c.repo.owner, name: c.repo.name };
      paths.forEach((path, i) => {
        vars[objectAlias(i)] = `${params.ref}:${path}`;
      });
      const data = (await c.octokit.graphql(readFilesQuery(paths.length), vars)) as {
        repository: Record<string, unknown>;
      };
      paths.forEach((path, i) => {
        objectFiles(path, data.repository[objectAlias(i)], out);
      });
      return out;
    },
  };
}
