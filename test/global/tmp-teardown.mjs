import { rmSync } from "node:fs";

/** Removes the run's temp folder made by tmp-setup.mjs. */
export default function teardown() {
  const root = globalThis.__rolloutBotTestTmp ?? process.env.ROLLOUT_BOT_TEST_TMP;
  if (root) rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
