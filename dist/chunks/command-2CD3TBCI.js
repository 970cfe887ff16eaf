import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  actionOctokit
} from "./chunk-WRPFYSA5.js";
import "./chunk-RWIUNC6U.js";
import {
  handleRolloutComment
} from "./chunk-BVQQJ6EY.js";
import {
  commentEventFrom
} from "./chunk-ZIZ3AMXU.js";
import "./chunk-SRXGRV3X.js";
import {
  githubAdapter
} from "./chunk-63VUSVSR.js";
import "./chunk-TD34S6FT.js";
import "./chunk-YQQIK7IX.js";
import "./chunk-H55LD6BY.js";
import "./chunk-MVTX7BNA.js";
import "./chunk-M2FA62U7.js";
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
