#!/usr/bin/env node
import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);

// src/cli.ts
var [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
if (major < 22 || major === 22 && minor < 19) {
  process.stderr.write(
    `rollout-bot needs Node.js 22.19 or newer; this is ${process.version}. Install a current Node.js (or, in a clone, use npm scripts or node_modules/.bin/node, which run the Node 24 that npm ci installs).
`
  );
  process.exit(2);
}
await import("./cli-main.js");
