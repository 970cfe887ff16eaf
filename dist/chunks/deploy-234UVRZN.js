import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  actionOctokit
} from "./chunk-WRPFYSA5.js";
import "./chunk-RWIUNC6U.js";
import {
  deployOnMerge
} from "./chunk-FFSTF6DY.js";
import "./chunk-SRXGRV3X.js";
import {
  githubAdapter
} from "./chunk-63VUSVSR.js";
import {
  PLAN_MARKER,
  applyComment,
  planComment
} from "./chunk-TD34S6FT.js";
import {
  prometheusClient
} from "./chunk-XONPVMBC.js";
import "./chunk-YQQIK7IX.js";
import {
  KubeConfigError,
  kubernetesPort
} from "./chunk-OSHHL6DV.js";
import {
  WAIT_TIMEOUT_FORMS,
  applyServices,
  parseWaitTimeout,
  planOf,
  reportOf
} from "./chunk-H55LD6BY.js";
import {
  changedServices,
  loadConfig
} from "./chunk-MVTX7BNA.js";
import "./chunk-M2FA62U7.js";
import "./chunk-VQQVTJLU.js";

// src/modes/deploy.ts
import { readFile } from "node:fs/promises";

// src/adapters/git.ts
import { spawn } from "node:child_process";
function git(root, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["-C", root, ...args], {
      stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
    });
    const out = [];
    let err = "";
    child.stdout?.on("data", (d) => out.push(d));
    child.stderr?.on("data", (d) => {
      err += d.toString();
    });
    child.on("error", (e) => reject(new Error(`git ${args[0]} could not run: ${e.message}`, { cause: e })));
    child.on(
      "close",
      (code) => code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`git ${args.join(" ")} failed: ${err.trim() || `exit ${code}`}`))
    );
    if (input !== void 0 && child.stdin) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
function gitRepo(root) {
  return {
    /** Every YAML file (and so rollout.yaml and the manifests) at `ref`, path → text. */
    async filesAt(ref) {
      const names = (await git(root, ["ls-tree", "-r", "-z", "--name-only", ref])).toString("utf8").split("\0");
      const yaml = names.filter((n) => /\.ya?ml$/.test(n));
      const out = /* @__PURE__ */ new Map();
      if (yaml.length === 0) return out;
      const batch = await git(root, ["cat-file", "--batch"], yaml.map((n) => `${ref}:${n}
`).join(""));
      let at = 0;
      for (const name of yaml) {
        const nl = batch.indexOf(10, at);
        const header = batch.subarray(at, nl).toString("utf8");
        const size = Number(header.split(" ")[2]);
        if (header.endsWith("missing") || Number.isNaN(size)) {
          at = nl + 1;
          continue;
        }
        out.set(name, batch.subarray(nl + 1, nl + 1 + size).toString("utf8"));
        at = nl + 1 + size + 1;
      }
      return out;
    },
    /** Paths changed between two commits. */
    async changedPaths(before, after) {
      return (await git(root, ["diff", "--name-only", "-z", before, after])).toString("utf8").split("\0").filter(Boolean);
    }
  };
}

// src/modes/deploy.ts
async function payloadOf(path) {
  return path ? JSON.parse(await readFile(path, "utf8")) : {};
}
function repoOf(repository) {
  const [owner = "", name = ""] = (repository ?? "").split("/");
  return { owner, name };
}
async function applyMode(params) {
  const payload = await payloadOf(params.eventPath);
  const defaultBranch = payload.repository?.default_branch ?? "main";
  if (params.eventName !== "push" || !payload.after || payload.ref !== `refs/heads/${defaultBranch}`) {
    return {
      kind: "ignored",
      message: `mode: apply runs on a push to ${defaultBranch}; this is ${params.eventName ?? "no event"}.`
    };
  }
  const git2 = gitRepo(params.workspace);
  const before = payload.before && !/^0+$/.test(payload.before) ? payload.before : void 0;
  let changedPaths = "all";
  if (!params.all && before) {
    try {
      changedPaths = await git2.changedPaths(before, payload.after);
    } catch (e) {
      return {
        kind: "refused",
        reason: "shallow-checkout",
        message: `cannot tell what the push changed (${e instanceof Error ? e.message.split("\n")[0] : String(e)}). Check out with \`fetch-depth: 2\` (or 0) so the commit before the push is there, or set \`all: true\`.`
      };
    }
  }
  return deployOnMerge({
    gh: githubAdapter(params.octokit, repoOf(params.repository)),
    repo: repoOf(params.repository),
    kube: params.kube,
    configPath: params.configPath,
    defaultBranch,
    sha: payload.after,
    before,
    changedPaths,
    filesAt: (ref) => git2.filesAt(ref),
    wait: params.wait,
    force: params.force,
    ...params.metrics ? { metrics: params.metrics } : {},
    ...params.runUrl ? { runUrl: params.runUrl } : {}
  });
}
async function planMode(params) {
  const payload = await payloadOf(params.eventPath);
  const pr = payload.pull_request;
  const git2 = gitRepo(params.workspace);
  const head = pr?.head?.sha ?? "HEAD";
  const files = await git2.filesAt(head);
  const text = files.get(params.configPath);
  const loaded = text === void 0 ? void 0 : loadConfig({ text, file: params.configPath, included: files });
  if (!loaded?.ok)
    return { ok: false, comment: loaded ? loaded.message : `${params.configPath} not found at ${head}.` };
  let services = Object.keys(loaded.loaded.config.services);
  if (pr?.base?.sha) {
    const baseFiles = await git2.filesAt(pr.base.sha);
    const baseText = baseFiles.get(params.configPath);
    const base = baseText === void 0 ? void 0 : loadConfig({ text: baseText, file: params.configPath, included: baseFiles });
    const changed = changedServices({
      configFile: params.configPath,
      after: loaded.loaded.config.services,
      before: base?.ok ? base.loaded.config.services : void 0,
      changedPaths: await git2.changedPaths(pr.base.sha, head),
      included: loaded.loaded.included
    });
    if (changed.length > 0) services = changed;
  }
  const outcome = await applyServices({
    kube: params.kube,
    loaded: loaded.loaded,
    files,
    services,
    planOnly: true,
    force: false,
    wait: params.wait
  });
  const comment = outcome.ok ? planComment({
    services: outcome.services.map(planOf),
    ...params.runUrl ? { runUrl: params.runUrl } : {}
  }) : `${PLAN_MARKER}
${outcome.message}`;
  if (pr?.number !== void 0) {
    await githubAdapter(params.octokit, repoOf(params.repository)).upsertStickyComment({
      issueNumber: pr.number,
      marker: PLAN_MARKER,
      body: comment
    });
  }
  return { ok: outcome.ok, comment };
}
export {
  KubeConfigError,
  WAIT_TIMEOUT_FORMS,
  actionOctokit,
  applyComment,
  applyMode,
  kubernetesPort,
  parseWaitTimeout,
  planMode,
  prometheusClient,
  reportOf
};
