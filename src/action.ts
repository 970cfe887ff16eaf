import * as core from "@actions/core";
import { localTree } from "./adapters/fs.js";
import { runValidate } from "./commands/local.js";

/** GitHub Action entry: reads inputs, runs one mode, reports. `mode: validate` for now. */
async function run(): Promise<void> {
  const mode = core.getInput("mode") || "validate";
  const file = core.getInput("config") || "rollout.yaml";
  const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
  if (mode !== "validate") {
    core.setFailed(`mode \`${mode}\` is not supported by this version of rollout-bot. Use mode: validate.`);
    return;
  }
  const result = await runValidate({ tree: localTree(root), file });
  if (result.ok) {
    core.info(`${file}: valid; rendered manifests are current.`);
    return;
  }
  // Annotations put each problem on its line in the pull request's "Files changed" view.
  for (const p of result.problems ?? []) {
    core.error(p.path ? `${p.path}: ${p.message}` : p.message, {
      title: "rollout.yaml",
      file: p.file,
      ...(p.line > 0 ? { startLine: p.line, startColumn: p.column } : {}),
    });
  }
  core.setFailed(result.message);
}

run().catch((e: unknown) =>
  core.setFailed(
    `rollout-bot: internal error (a bug — please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
  ),
);
