// npm run demo: on a scratch copy of examples/mnist, show the plan and the diff that
// `/rollout v2 20` would put in a pull request. Uses the committed dist/cli.js.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "rollout-bot-demo-"));
cpSync(join(root, "examples", "mnist"), scratch, { recursive: true });

function run(title, args) {
  process.stdout.write(`\n$ rollout-bot ${args.join(" ")}\n`);
  const r = spawnSync(process.execPath, [join(root, "dist", "cli.js"), ...args], {
    cwd: scratch,
    encoding: "utf8",
  });
  process.stdout.write(r.stdout + r.stderr);
  if (r.status !== 0) {
    process.stderr.write(`demo: ${title} exited ${r.status}\n`);
    process.exit(1);
  }
}

process.stdout.write(`Scratch copy of examples/mnist: ${scratch}\n`);
run("validate", ["validate"]);
run("set", ["set", "v2", "20"]);
process.stdout.write(
  `\nThis is the change a \`/rollout v2 20\` comment puts in the rollout PR. Inspect it with:\n  cd ${scratch} && git diff --no-index ${join(root, "examples", "mnist")} .\n`,
);
