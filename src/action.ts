import * as core from "@actions/core";
import { main } from "./modes/main.js";

main().catch((e: unknown) =>
  core.setFailed(
    `rollout-bot: internal error (a bug — please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
  ),
);
