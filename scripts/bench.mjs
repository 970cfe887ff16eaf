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
const fresh = await build({ ...common, entryPoints: { cli: "src/cli.ts" }, outdir: "dist", write: false });
const freshText = fresh.outputFiles[0]?.text ?? "";
const distText = await readFile("dist/cli.js", "utf8").catch(() => undefined);
let cli = { path: join(root, "dist/cli.js"), label: "dist/cli.js" };
if (distText !== freshText) {
  await writeFile(".tmp/bench-cli.js", freshText);
  cli = {
    path: join(root, ".tmp/bench-cli.js"),
    label: `.tmp/bench-cli.js (src/cli.ts bundled like \`npm run build\`; dist/cli.js is ${distText === undefined ? "missing" : "out of date"})`,
  };
}

const { main } = await import(`${pathToFileURL(join(root, ".tmp/bench.mjs")).href}?t=${Date.now()}`);
process.exitCode = await main({ argv: process.argv.slice(2), repoRoot: root, cli });
