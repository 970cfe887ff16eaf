// esbuild settings shared by every bundle of src/ (dist/, the bench, the schema writer).
/**
 * @actions/core imports @actions/http-client, and with it undici (0.75 MiB of bundle), only for
 * getIDToken (OIDC), and @actions/exec only for `platform.getDetails()`; rollout-bot calls
 * neither. Stubbing the two modules keeps them out of every bundle, so `mode: validate` parses no
 * HTTP client at all. The stubs keep every export; the two unused functions throw, saying why.
 */
const unused = (what) =>
  `throw new Error("rollout-bot is bundled without @actions/core's ${what} (scripts/esbuild-options.mjs).");`;
const ACTIONS_CORE_STUBS = {
  "oidc-utils": `export class OidcClient { static async getIDToken() { ${unused("OIDC client")} } }`,
  platform: `import os from "node:os";
export const platform = os.platform();
export const arch = os.arch();
export const isWindows = platform === "win32";
export const isMacOS = platform === "darwin";
export const isLinux = platform === "linux";
export async function getDetails() { ${unused("platform details")} }`,
};
const actionsCoreUnused = {
  name: "actions-core-unused",
  setup(build) {
    build.onLoad({ filter: /[\\/]@actions[\\/]core[\\/]lib[\\/](?:oidc-utils|platform)\.js$/ }, (args) => ({
      contents: ACTIONS_CORE_STUBS[args.path.includes("oidc-utils") ? "oidc-utils" : "platform"],
      loader: "js",
    }));
  },
};

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
  plugins: [actionsCoreUnused],
};

/** The dist/ entry points bundled together with code splitting: name → source. */
export const distEntryPoints = {
  cli: "src/cli.ts",
  "cli-main": "src/cli-main.ts",
  "action-main": "src/action-main.ts",
  app: "src/app.ts",
  server: "src/server.ts",
};

/** dist/cli.js is a launcher that checks the Node.js version, then loads dist/cli-main.js. */
export const distExternal = ["./cli-main.js"];

/**
 * How `npm run build` bundles dist/ (add `outdir` to each), and so every copy made "like npm run
 * build" (the bench, the Action's bundle tests). Two builds:
 * - everything but the Action's entry, with code splitting: what only some runs need goes into
 *   chunks loaded on demand (each mode of the Action, the GitHub and the Kubernetes clients);
 * - dist/index.js (src/action.ts) alone, one file without chunks: the triage that answers an event
 *   which is not the Action's business, and `import("./action-main.js")` for the rest. Built with
 *   the others it would share chunks with the CLI (the comment parser), several small files to
 *   load instead of one (about 6 ms more per start, measured).
 */
export const distBuilds = [
  {
    ...bundleOptions,
    entryPoints: distEntryPoints,
    external: distExternal,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
  },
  { ...bundleOptions, entryPoints: { index: "src/action.ts" }, external: ["./action-main.js"] },
];
