// Bundles the entry points into dist/ and writes rollout.schema.json. Deterministic output.
import { writeFile } from "node:fs/promises";
import { build } from "esbuild";

const banner = {
  js: "import { createRequire as __rolloutBotCreateRequire } from 'node:module';\nconst require = __rolloutBotCreateRequire(import.meta.url);",
};

await build({
  entryPoints: { cli: "src/cli.ts", index: "src/action.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  banner,
  legalComments: "none",
  // ajv's uri-js asks for node's deprecated builtin; the userland copy says the same, quietly.
  alias: { punycode: "./node_modules/punycode/punycode.js" },
  logLevel: "warning",
});

// The JSON Schema comes from the zod schema, the single source; bundle it to run it.
await build({
  entryPoints: ["src/core/schema.ts"],
  outfile: ".tmp/schema.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  logLevel: "warning",
});
const { rolloutJsonSchema } = await import(`../.tmp/schema.mjs?t=${Date.now()}`);
await writeFile("rollout.schema.json", `${JSON.stringify(rolloutJsonSchema(), null, 2)}\n`);
