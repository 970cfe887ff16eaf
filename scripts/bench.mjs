// `npm run bench [-- --quick] [-- <section>...]`: bundles bench/index.ts into .tmp/bench.mjs and runs it.
// Prints figures only; never asserts timing.
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { bundleOptions, distBuilds } from "./esbuild-options.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const common = bundleOptions;

await mkdir(".tmp", { recursive: true });
await build({ ...common, entryPoints: ["bench/index.ts"], outfile: ".tmp/bench.mjs" });

// The whole-process case spawns dist/cli.js. If src/ changed since the last `npm run build`, it
// spawns a fresh build made exactly like `npm run build` in .tmp/bench-cli-dist instead (dist/ is
// left alone), so every case measures the same code.
const scratch = join(root, ".tmp/bench-cli-dist");
for (const options of distBuilds) await build({ ...options, outdir: scratch });
const same = async (name) =>
  (await readFile(join(scratch, name), "utf8")) ===
  (await readFile(join(root, "dist", name), "utf8").catch(() => ""));
const current = (await same("cli.js")) && (await same("cli-main.js"));
const cli = current
  ? { path: join(root, "dist/cli.js"), label: "dist/cli.js" }
  : {
      path: join(scratch, "cli.js"),
      label: ".tmp/bench-cli-dist/cli.js (built like `npm run build`; dist/ is out of date)",
    };

const { main } = await import(`${pathToFileURL(join(root, ".tmp/bench.mjs")).href}?t=${Date.now()}`);
process.exitCode = await main({ argv: process.argv.slice(2), repoRoot: root, cli });
