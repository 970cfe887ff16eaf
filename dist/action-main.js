import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import "./chunks/chunk-VQQVTJLU.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "node:os";
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/modes/main.ts
function runAction() {
  return main().catch(
    (e) => setFailed(
      `rollout-bot: internal error (a bug \u2014 please report it): ${e instanceof Error ? e.stack ?? e.message : String(e)}`
    )
  );
}
async function main(params = {}) {
  const env = params.env ?? process.env;
  const mode = getInput("mode") || "validate";
  const configPath = getInput("config") || "rollout.yaml";
  switch (mode) {
    case "validate": {
      const { annotationsOf, validateMode } = await import("./chunks/validate-G3OBXMVN.js");
      const result = await validateMode({ workspace: env.GITHUB_WORKSPACE ?? process.cwd(), configPath });
      if (result.ok) {
        info(`${configPath}: valid; rendered manifests are current.`);
        return;
      }
      for (const p of result.problems ?? []) {
        error(p.path ? `${p.path}: ${p.message}` : p.message, {
          title: "rollout.yaml",
          file: p.file,
          ...p.line > 0 ? { startLine: p.line, startColumn: p.column } : {}
        });
      }
      if (!result.problems?.length) {
        for (const a of annotationsOf(result)) {
          error(a.message, {
            title: "rollout-bot validate",
            file: a.file,
            ...a.line ? { startLine: a.line } : {},
            ...a.column ? { startColumn: a.column } : {}
          });
        }
      }
      setFailed(result.message);
      return;
    }
    case "command": {
      const token = tokenInput(mode);
      if (token === void 0) return;
      const { actionOctokit, commandMode } = await import("./chunks/command-2CD3TBCI.js");
      const outcome = await commandMode({
        octokit: actionOctokit({ token, log: (m) => warning(m), ...params.octokitOptions }),
        eventName: env.GITHUB_EVENT_NAME,
        eventPath: env.GITHUB_EVENT_PATH,
        configPath
      });
      setOutput("result", outcome.kind === "answered" ? outcome.result : outcome.kind);
      if (outcome.kind === "answered" && outcome.prUrl) setOutput("pr-url", outcome.prUrl);
      if (outcome.kind === "failed") setFailed(`rollout-bot: ${outcome.message}`);
      else info(`rollout-bot: ${JSON.stringify(outcome)}`);
      return;
    }
    case "report": {
      const token = tokenInput(mode);
      if (token === void 0) return;
      const { actionOctokit, prometheusClient, reportMode } = await import("./chunks/report-HIGJCCRX.js");
      const prometheusUrl = getInput("prometheus") || void 0;
      const outcomes = await reportMode({
        octokit: actionOctokit({ token, log: (m) => warning(m), ...params.octokitOptions }),
        prom: (url) => prometheusClient({ url }),
        ...prometheusUrl ? { prometheusUrl } : {},
        eventName: env.GITHUB_EVENT_NAME,
        eventPath: env.GITHUB_EVENT_PATH,
        repository: env.GITHUB_REPOSITORY,
        configPath,
        now: Math.floor(Date.now() / 1e3)
      });
      for (const o of outcomes) {
        if (o.ok) summary.addRaw(o.comment, true);
        else error(o.message);
      }
      if (outcomes.length === 0) summary.addRaw("No open rollout PR to report on.", true);
      if (env.GITHUB_STEP_SUMMARY) await summary.write();
      const failed = outcomes.filter((o) => !o.ok || o.verdict.conclusion === "failure");
      setOutput("conclusion", failed.length > 0 ? "failure" : "success");
      if (outcomes.some((o) => !o.ok))
        setFailed("rollout-bot: a metrics report could not be made; see the errors above.");
      return;
    }
    case "apply":
    case "plan": {
      const {
        KubeConfigError,
        kubernetesPort,
        applyMode,
        planMode,
        applyComment,
        reportOf,
        actionOctokit,
        prometheusClient,
        parseWaitTimeout,
        WAIT_TIMEOUT_FORMS
      } = await import("./chunks/deploy-234UVRZN.js");
      const waitInput = getInput("wait-timeout") || "600";
      const timeoutMs = parseWaitTimeout(waitInput);
      if (timeoutMs === void 0) {
        setFailed(
          `rollout-bot: the \`wait-timeout\` input is \`${waitInput}\`: use ${WAIT_TIMEOUT_FORMS}.`
        );
        return;
      }
      const token = tokenInput(mode);
      if (token === void 0) return;
      const kubeconfig = getInput("kubeconfig");
      maskKubeconfig(kubeconfig);
      let kube;
      try {
        kube = kubernetesPort(kubeconfig ? { kubeconfig } : { inCluster: true });
      } catch (e) {
        if (!(e instanceof KubeConfigError)) throw e;
        setFailed(`rollout-bot: ${e.message} Set the \`kubeconfig\` input from a secret.`);
        return;
      }
      const prometheusUrl = getInput("prometheus") || void 0;
      const context = {
        octokit: actionOctokit({ token, log: (m) => warning(m), ...params.octokitOptions }),
        kube,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        repository: env.GITHUB_REPOSITORY,
        eventName: env.GITHUB_EVENT_NAME,
        eventPath: env.GITHUB_EVENT_PATH,
        configPath,
        wait: { timeoutMs, pollMs: 2e3, onProgress: (line) => info(`rollout-bot: ${line}`) },
        ...env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? {
          runUrl: `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        } : {}
      };
      if (mode === "plan") {
        const plan = await planMode(context);
        summary.addRaw(plan.comment, true);
        if (env.GITHUB_STEP_SUMMARY) await summary.write();
        if (!plan.ok)
          setFailed("rollout-bot: the server-side dry run refused an object; see the summary.");
        return;
      }
      const outcome = await applyMode({
        ...context,
        all: flag("all"),
        force: flag("force"),
        metrics: {
          prom: (url) => prometheusClient({ url }),
          ...prometheusUrl ? { prometheusUrl } : {},
          now: () => Math.floor(Date.now() / 1e3)
        }
      });
      setOutput("result", outcome.kind);
      summary.addRaw(`rollout-bot apply: **${outcome.kind}**

${outcome.message}`, true);
      if ("apply" in outcome && outcome.apply.services.length > 0) {
        const sha = env.GITHUB_SHA ?? "";
        summary.addRaw(
          applyComment({ sha, services: outcome.apply.services.map((s) => reportOf(s)) }),
          true
        );
      }
      if (env.GITHUB_STEP_SUMMARY) await summary.write();
      if (outcome.kind === "refused" || outcome.kind === "failed" || outcome.kind === "rolled-back") {
        setFailed(`rollout-bot: ${outcome.message}`);
      } else info(`rollout-bot: ${outcome.message}`);
      return;
    }
    default:
      setFailed(
        `mode \`${mode}\` is not supported by this version of rollout-bot. Use mode: validate, command, report, plan or apply.`
      );
  }
}
function tokenInput(mode) {
  const token = getInput("token");
  if (!token) {
    setFailed(
      `rollout-bot: \`mode: ${mode}\` needs the \`token\` input, and it is not set (or its secret is empty). Add \`token: \${{ secrets.ROLLOUT_BOT_TOKEN }}\` (a GitHub App installation token, e.g. from actions/create-github-app-token) under \`with:\` of the rollout-bot step.`
    );
    return void 0;
  }
  setSecret(token);
  return token;
}
function maskKubeconfig(text) {
  if (!text) return;
  setSecret(text);
  for (const m of text.matchAll(
    /^\s*(?:token|client-key-data|client-certificate-data|password|id-token|refresh-token):\s*["']?([^"'\s]+)/gm
  )) {
    if (m[1]) setSecret(m[1]);
  }
}
function flag(name) {
  return getInput(name) === "" ? false : getBooleanInput(name);
}
export {
  runAction
};
