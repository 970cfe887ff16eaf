// `npm run bench [-- --quick] [-- <section>...]`: bundles bench/index.ts into .tmp/bench.mjs and runs it.
// Prints figures only; never asserts timing.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { bundleOptions } from "./esbuild-options.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const common = bundleOptions;

await mkdir(".tmp", { recursive: true });
await build({ ...common, entryPoints: ["bench/index.ts"], outfile: ".tmp/bench.mjs" });

// The whole-process case spawns dist/cli.js. If src/ changed since the last `npm run build`, it
// spawns a fresh bundle of src/cli.ts made the same way instead (dist/ is left alone), so every case
// measures the same code.
const fresh = await build({
  ...common,
  entryPoints: { "cli-main": "src/cli-main.ts" },
  outdir: "dist",
  write: false,
});
const distMain = await readFile("dist/cli-main.js", "utf8").catch(() => undefined);
const distText =
  distMain === fresh.outputFiles[0]?.text
    ? await readFile("dist/cli.js", "utf8").catch(() => undefined)
    : undefined;
// Out of date: one self-contained bundle of the launcher and the CLI together.
const freshText =
  distText ??
  (await build({ ...common, entryPoints: { cli: "src/cli.ts" }, outdir: ".tmp", write: false }))
    .outputFiles[0]?.text ??
  "";
let cli = { path: join(root, "dist/cli.js"), label: "dist/cli.js" };
if (distText === undefined) {
  await writeFile(".tmp/bench-cli.js", freshText);
  cli = {
    path: join(root, ".tmp/bench-cli.js"),
    label: `.tmp/bench-cli.js (src/cli.ts bundled like \`npm run build\`; dist/cli.js is ${distText === undefined ? "missing" : "out of date"})`,
  };
}

const { main } = await import(`${pathToFileURL(join(root, ".tmp/bench.mjs")).href}?t=${Date.now()}`);
process.exitCode = await main({ argv: process.argv.slice(2), repoRoot: root, cli });
