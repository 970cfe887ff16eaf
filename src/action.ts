// The Action's entry (dist/index.js). Decide before loading: an event that is not the Action's
// business is answered by this file alone (dist/index.js is one small bundle); only otherwise does
// the full path (dist/action-main.js) load.
import { triageWorkflow, writeSkip } from "./modes/skip.js";

const triaged = triageWorkflow({ env: process.env });
if (triaged.kind === "run" || !writeSkip({ env: process.env, skip: triaged })) {
  const { runAction } = await import("./action-main.js");
  await runAction();
}
