import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  actionOctokit
} from "./chunk-WRPFYSA5.js";
import "./chunk-RWIUNC6U.js";
import {
  deploymentsStepStart
} from "./chunk-X3C5QJBG.js";
import {
  rolloutPrEventFrom
} from "./chunk-ZIZ3AMXU.js";
import {
  githubAdapter
} from "./chunk-63VUSVSR.js";
import {
  prometheusClient
} from "./chunk-XONPVMBC.js";
import {
  reportOnPr
} from "./chunk-YQQIK7IX.js";
import "./chunk-MVTX7BNA.js";
import "./chunk-M2FA62U7.js";
import "./chunk-VQQVTJLU.js";

// src/modes/report.ts
import { readFile } from "node:fs/promises";
async function reportMode(params) {
  const payload = params.eventPath ? JSON.parse(await readFile(params.eventPath, "utf8")) : {};
  const [owner = "", name = ""] = (params.repository ?? "").split("/");
  const gh = githubAdapter(params.octokit, { owner, name });
  const one = params.eventName === "pull_request" ? rolloutPrEventFrom(payload) : void 0;
  const defaultBranch = payload.repository?.default_branch ?? "main";
  const targets = [];
  if (one) targets.push(one);
  else if (params.eventName !== "pull_request") {
    for (const [service, pr] of await gh.openRolloutPrs()) {
      targets.push({
        owner,
        repo: name,
        defaultBranch: String(defaultBranch),
        number: pr.number,
        headSha: pr.headRefOid,
        headRef: `rollout/${service}`,
        service
      });
    }
  }
  const out = [];
  for (const t of targets) {
    out.push(
      await reportOnPr({
        gh,
        prom: params.prom,
        ...params.prometheusUrl ? { prometheusUrl: params.prometheusUrl } : {},
        configPath: params.configPath,
        defaultBranch: t.defaultBranch,
        key: t.service,
        pr: { number: t.number, headSha: t.headSha, headRef: t.headRef },
        at: params.now,
        stepStart: deploymentsStepStart(params.octokit, { owner, name })
      })
    );
  }
  return out;
}
export {
  actionOctokit,
  prometheusClient,
  reportMode
};
