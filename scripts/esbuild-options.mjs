// esbuild settings shared by every bundle of src/ (dist/, the bench, the schema writer).
export const bundleOptions = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  // ESM output still loads CommonJS dependencies through `require`.
  banner: {
    js: "import { createRequire as __rolloutBotCreateRequire } from 'node:module';\nconst require = __rolloutBotCreateRequire(import.meta.url);",
  },
  legalComments: "none",
  // ajv's uri-js asks for node's deprecated builtin; the userland copy says the same, quietly.
  alias: { punycode: "./node_modules/punycode/punycode.js" },
  logLevel: "warning",
};

/** The dist/ entry points: name → source. */
export const distEntryPoints = {
  cli: "src/cli.ts",
  "cli-main": "src/cli-main.ts",
  index: "src/action.ts",
  app: "src/app.ts",
  server: "src/server.ts",
};

/** dist/cli.js is a launcher that checks the Node.js version, then loads dist/cli-main.js. */
export const distExternal = ["./cli-main.js"];
