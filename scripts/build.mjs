// Bundles the entry points into dist/ and writes rollout.schema.json. Deterministic output.
import { writeFile } from "node:fs/promises";
import { build } from "esbuild";
import { bundleOptions, distEntryPoints, distExternal } from "./esbuild-options.mjs";

await build({ ...bundleOptions, entryPoints: distEntryPoints, outdir: "dist", external: distExternal });

// The JSON Schema comes from the zod schema, the single source; bundle it to run it.
await build({ ...bundleOptions, entryPoints: ["src/core/schema.ts"], outfile: ".tmp/schema.mjs" });
const { rolloutJsonSchema } = await import(`../.tmp/schema.mjs?t=${Date.now()}`);
await writeFile("rollout.schema.json", `${JSON.stringify(rolloutJsonSchema(), null, 2)}\n`);
