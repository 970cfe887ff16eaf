import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * One temp folder per test run: every test's mkdtemp(tmpdir()) lands in it (workers inherit
 * TMPDIR), and tmp-teardown.mjs removes it, so a run leaves nothing in the system temp folder.
 */
export default function setup() {
  const root = mkdtempSync(join(tmpdir(), "rollout-bot-test-run-"));
  process.env.ROLLOUT_BOT_TEST_TMP = root;
  process.env.TMPDIR = root;
  globalThis.__rolloutBotTestTmp = root;
}
