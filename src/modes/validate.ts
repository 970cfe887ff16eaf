import { localTree } from "../adapters/fs.js";
import { type LocalResult, runValidate } from "../commands/local.js";

/** `mode: validate`: rollout.yaml valid and rendered manifests current, in the checked-out workspace. */
export function validateMode(params: {
  readonly workspace: string;
  readonly configPath: string;
}): Promise<LocalResult> {
  return runValidate({ tree: localTree(params.workspace), file: params.configPath });
}
