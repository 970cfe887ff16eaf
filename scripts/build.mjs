// Bundles the entry points into dist/ and writes rollout.schema.json. Deterministic output.
import { rm, writeFile } from "node:fs/promises";
import { build } from "esbuild";
import { bundleOptions, distBuilds } from "./esbuild-options.mjs";

// Splitting (see distBuilds): what only some runs need goes into chunks loaded on demand.
await rm("dist", { recursive: true, force: true });
for (const options of distBuilds) await build({ ...options, outdir: "dist" });

// The JSON Schema comes from the zod schema, the single source; bundle it to run it.
await build({ ...bundleOptions, entryPoints: ["src/core/schema.ts"], outfile: ".tmp/schema.mjs" });
const { rolloutJsonSchema, serviceJsonSchema } = await import(`../.tmp/schema.mjs?t=${Date.now()}`);
await writeFile("rollout.schema.json", `${JSON.stringify(rolloutJsonSchema(), null, 2)}\n`);
// One included file of rollout.yaml's `include:` (one service), for editors on rollout.d/*.yaml.
await writeFile("rollout-service.schema.json", `${JSON.stringify(serviceJsonSchema(), null, 2)}\n`);
