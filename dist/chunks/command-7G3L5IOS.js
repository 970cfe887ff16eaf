import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  actionOctokit
} from "./chunk-WRPFYSA5.js";
import "./chunk-RWIUNC6U.js";
import {
  handleRolloutComment
} from "./chunk-WUEWVDUL.js";
import {
  commentEventFrom
} from "./chunk-ZIZ3AMXU.js";
import "./chunk-SRXGRV3X.js";
import {
  githubAdapter
} from "./chunk-RG4HYRNW.js";
import "./chunk-2NCW3ADH.js";
import "./chunk-MO6ZCZZJ.js";
import "./chunk-WW4OIPSK.js";
import "./chunk-64SZFHHV.js";
import "./chunk-4CFE6RJJ.js";
import "./chunk-GALRH6VZ.js";
import "./chunk-QOBLRCRL.js";
import "./chunk-3WS6I62Y.js";
import "./chunk-VQQVTJLU.js";

// src/modes/command.ts
import { readFile } from "node:fs/promises";
async function commandMode(params) {
  if (params.eventName !== "issue_comment" || !params.eventPath)
    return { kind: "ignored", reason: "not-a-comment" };
  const payload = JSON.parse(await readFile(params.eventPath, "utf8"));
  const event = commentEventFrom(payload);
  if (!event) return { kind: "ignored", reason: "not-a-comment" };
  const gh = githubAdapter(params.octokit, { owner: event.owner, name: event.repo });
  return handleRolloutComment({ event, gh, configPath: params.configPath });
}
export {
  actionOctokit,
  commandMode
};
