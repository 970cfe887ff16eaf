import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  GENERATED_MARK,
  didYouMean,
  largestRemainder,
  repoPath,
  routerOf,
  tfServing,
  toYaml
} from "./chunk-QOBLRCRL.js";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/core/plan.ts
function weightsOf(service) {
  return Object.fromEntries(Object.entries(service.versions).map(([v, c]) => [v, c.weight]));
}
function refuse(reason, message) {
  return { ok: false, reason, message };
}
function proportional(params) {
  const { before, order, stable, version, weight } = params;
  const others = order.filter((v) => v !== version);
  const rest = 100 - weight;
  const base = others.reduce((a, v) => a + (before[v] ?? 0), 0);
  const after = {};
  for (const v of order) after[v] = 0;
  after[version] = weight;
  if (others.length === 0) return after;
  if (base === 0) {
    const receiver = others.includes(stable) ? stable : others[0];
    after[receiver] = rest;
    return after;
  }
  Object.assign(
    after,
    largestRemainder(
      others.map((v) => [v, rest * (before[v] ?? 0) / base]),
      rest
    )
  );
  return after;
}
function pickService(config, wanted) {
  const keys = Object.keys(config.services);
  if (wanted === void 0) {
    if (keys.length === 1) return [keys[0], config.services[keys[0]]];
    return refuse(
      "service-required",
      `rollout.yaml has ${keys.length} services (${keys.join(", ")}): name one first, e.g. \`${keys[0]} v2 20\`.`
    );
  }
  const s = config.services[wanted];
  if (!s)
    return refuse(
      "unknown-service",
      `no service \`${wanted}\` in rollout.yaml (services: ${keys.join(", ")}).${didYouMean(wanted, keys)}`
    );
  return [wanted, s];
}
function checkVersion(service, s, version) {
  const versions = Object.keys(s.versions);
  if (versions.includes(version)) return void 0;
  return refuse(
    "unknown-version",
    `service \`${service}\` has no version \`${version}\` (versions: ${versions.join(", ")}).${didYouMean(version, versions)} Add it under services.${service}.versions in rollout.yaml first.`
  );
}
function currentCanary(s, service) {
  const nonStable = Object.keys(s.versions).filter((v) => v !== s.stable);
  const live = nonStable.filter((v) => (s.versions[v]?.weight ?? 0) > 0);
  if (live.length === 1) return live[0];
  if (live.length === 0 && nonStable.length === 1) return nonStable[0];
  if (nonStable.length === 0)
    return refuse(
      "no-next-step",
      `service \`${service}\` has only its stable version \`${s.stable}\`: add a new version to roll out.`
    );
  return refuse(
    "ambiguous-canary",
    `service \`${service}\` has several candidate versions (${(live.length ? live : nonStable).join(", ")}): name one, e.g. \`next ${(live.length ? live : nonStable)[0]}\`.`
  );
}
function planMirror(service, s, change) {
  const current = s.mirror;
  if (change.off) {
    if (!current) return refuse("no-op", `\`${service}\` mirrors no version: nothing to stop.`);
    return { mirror: void 0 };
  }
  const { version, percent } = change;
  const field = routerOf(s).broughtField;
  const brought = s[field];
  if (brought !== void 0)
    return refuse(
      "mirror-not-rendered",
      `\`${service}\` routes through your own file \`${brought}\` (\`${field}\`), whose mirror rollout-bot does not edit: add the mirror to that file yourself, or let rollout-bot render the routes (\`manifests\`).`
    );
  const bad = checkVersion(service, s, version);
  if (bad) return bad;
  if (version === s.stable)
    return refuse(
      "mirror-is-stable",
      `\`${version}\` is the stable version of \`${service}\`: it serves live traffic, so its metrics would mix copies with real answers. Mirror a version at weight 0.`
    );
  const weight = s.versions[version]?.weight ?? 0;
  if (weight > 0)
    return refuse(
      "mirror-serves-traffic",
      `\`${version}\` serves ${weight} % of live traffic: its metrics would mix copies with real answers. Mirror a version at weight 0, or take it to 0 first (\`${version} 0\`).`
    );
  if (!Number.isInteger(percent) || percent < 1 || percent > 100)
    return refuse(
      "percent-out-of-range",
      `mirror percent ${percent} is out of range: use a whole number from 1 to 100${percent === 0 ? ", or `mirror off` to stop mirroring" : ""}.`
    );
  if (current && current.version === version && current.percent === percent)
    return refuse(
      "no-op",
      `\`${service}\` already mirrors ${percent} % of requests to \`${version}\`: nothing to change.`
    );
  return { mirror: { version, percent } };
}
function describe(w) {
  return Object.entries(w).map(([v, n]) => `${v} ${n} %`).join(", ");
}
function planTraffic(params) {
  const { config, request } = params;
  const picked = pickService(config, request.service);
  if (!Array.isArray(picked)) return picked;
  const [service, s] = picked;
  const order = Object.keys(s.versions);
  const before = weightsOf(s);
  const change = request.change;
  let after;
  let stableAfter = s.stable;
  let canary;
  let finalStep = false;
  let mirrorAfter = s.mirror;
  const all = (winner) => Object.fromEntries(order.map((v) => [v, v === winner ? 100 : 0]));
  switch (change.kind) {
    case "set": {
      const bad = checkVersion(service, s, change.version);
      if (bad) return bad;
      if (change.weight < 0 || change.weight > 100)
        return refuse(
          "weight-out-of-range",
          `weight ${change.weight} is out of range: use a whole number from 0 to 100.`
        );
      if (order.length === 1 && change.weight !== 100)
        return refuse(
          "bad-sum",
          `\`${change.version}\` is the only version of \`${service}\`, so it carries 100 %: add another version first.`
        );
      after = proportional({
        before,
        order,
        stable: s.stable,
        version: change.version,
        weight: change.weight
      });
      canary = change.version === s.stable ? void 0 : change.version;
      break;
    }
    case "weights": {
      for (const [v, w] of change.weights) {
        const bad = checkVersion(service, s, v);
        if (bad) return bad;
        if (w < 0 || w > 100)
          return refuse(
            "weight-out-of-range",
            `weight ${w} for \`${v}\` is out of range: use a whole number from 0 to 100.`
          );
      }
      const sum = change.weights.reduce((a, [, w]) => a + w, 0);
      if (sum !== 100)
        return refuse(
          "bad-sum",
          `weights add up to ${sum}, not 100 (${change.weights.map(([v, w]) => `${v}:${w}`).join(":")}). Make them add up to 100; versions left out get 0.`
        );
      const given = new Map(change.weights);
      after = Object.fromEntries(order.map((v) => [v, given.get(v) ?? 0]));
      const rising = order.filter((v) => v !== s.stable && (after[v] ?? 0) > 0);
      canary = rising.length === 1 ? rising[0] : void 0;
      break;
    }
    case "next": {
      let version = change.version;
      if (version === void 0) {
        const c = currentCanary(s, service);
        if (typeof c !== "string") return c;
        version = c;
      } else {
        const bad = checkVersion(service, s, version);
        if (bad) return bad;
      }
      const current = before[version] ?? 0;
      const step = s.steps.find((x) => x > current);
      if (step === void 0) {
        return refuse(
          "no-next-step",
          `\`${version}\` is at ${current} %, past the last step (steps: ${s.steps.join(", ")}). Use \`promote ${version}\` to make it stable, or set a weight.`
        );
      }
      const belowFull = s.steps.filter((x) => x < 100);
      finalStep = step === 100 && current >= (belowFull[belowFull.length - 1] ?? 0);
      after = proportional({ before, order, stable: s.stable, version, weight: step });
      canary = version;
      break;
    }
    case "promote": {
      const bad = checkVersion(service, s, change.version);
      if (bad) return bad;
      after = all(change.version);
      stableAfter = change.version;
      canary = change.version;
      const belowFull = s.steps.filter((x) => x < 100);
      finalStep = (before[change.version] ?? 0) >= (belowFull[belowFull.length - 1] ?? 0);
      break;
    }
    case "abort":
      after = all(s.stable);
      break;
    case "mirror": {
      const m = planMirror(service, s, change);
      if ("ok" in m) return m;
      mirrorAfter = m.mirror;
      after = before;
      const live = order.filter((v) => v !== s.stable && (before[v] ?? 0) > 0);
      canary = live.length === 1 ? live[0] : void 0;
      break;
    }
  }
  if (change.kind !== "mirror" && mirrorAfter && ((after[mirrorAfter.version] ?? 0) > 0 || stableAfter === mirrorAfter.version))
    mirrorAfter = void 0;
  const cannot = routerOf(s).refusePlan?.({
    input: { key: service, service: s, clusterDomain: config.clusterDomain },
    after,
    stableAfter,
    mirrorAfter
  });
  if (cannot) return refuse("router-refused", cannot);
  const done = (forced) => ({
    ok: true,
    plan: {
      service,
      kind: change.kind,
      before,
      after,
      stableBefore: s.stable,
      stableAfter,
      ...canary ? { canary } : {},
      forced,
      ...s.mirror ? { mirrorBefore: s.mirror } : {},
      ...mirrorAfter ? { mirrorAfter } : {}
    }
  });
  if (change.kind === "mirror") return done(false);
  if (order.every((v) => after[v] === before[v]) && stableAfter === s.stable) {
    return refuse(
      "no-op",
      `\`${service}\` already has ${describe(before)}${change.kind === "promote" ? ` and \`${stableAfter}\` is stable` : ""}: nothing to change. Ask for different weights.`
    );
  }
  if (change.kind !== "abort" && !finalStep) {
    const maxStep = s.policy.maxStep;
    const from = params.live ?? before;
    const jump = order.map((v) => ({ v, up: (after[v] ?? 0) - (from[v] ?? 0) })).filter((x) => x.up > maxStep).sort((a, b) => b.up - a.up)[0];
    if (jump && !request.force) {
      return refuse(
        "step-too-large",
        params.live && params.live[jump.v] !== before[jump.v] ? `\`${jump.v}\` serves ${from[jump.v] ?? 0} % now and the open rollout PR already proposes ${before[jump.v]} %; ${after[jump.v]} % would be +${jump.up} on merge, more than policy.maxStep ${maxStep} for \`${service}\`. Merge (or close) the rollout PR first, take a smaller step (at most \`${jump.v} ${(from[jump.v] ?? 0) + maxStep}\`), or add --force if you are allowed to.` : `\`${jump.v}\` would go from ${before[jump.v]} % to ${after[jump.v]} % (+${jump.up}), more than policy.maxStep ${maxStep} for \`${service}\`. Take a smaller step (e.g. \`${jump.v} ${(before[jump.v] ?? 0) + maxStep}\`) or add --force if you are allowed to.`
      );
    }
    if (jump) return done(true);
  }
  return done(false);
}
function describeChange(plan) {
  return Object.keys(plan.after).filter((v) => plan.before[v] !== plan.after[v]).map((v) => `${v} ${plan.before[v] ?? 0} % \u2192 ${plan.after[v]} %`).join(", ");
}
function describeMirror(m) {
  return `\`${m.version}\` receives a copy of ${m.percent} % of requests (shadow traffic; not served, not in the gate)`;
}
function sameMirror(a, b) {
  return a === b || a !== void 0 && b !== void 0 && a.version === b.version && a.percent === b.percent;
}
function describeMirrorChange(plan) {
  const { mirrorBefore: was, mirrorAfter: now } = plan;
  if (sameMirror(was, now)) return void 0;
  if (now) return `${describeMirror(now)}${was ? `; was ${was.percent} % to \`${was.version}\`` : ""}`;
  if (!was) return void 0;
  const weight = plan.after[was.version] ?? 0;
  return plan.kind !== "mirror" && weight > 0 ? `the mirror to \`${was.version}\` stops: \`${was.version}\` now serves ${weight} % of live traffic` : `the mirror to \`${was.version}\` (${was.percent} % of requests) stops`;
}

// src/core/workloads/index.ts
var WORKLOADS = [tfServing];
function workloadOf(service) {
  return WORKLOADS.find((w) => service[w.name] !== void 0);
}
function workloadKinds() {
  const seen = /* @__PURE__ */ new Map();
  for (const w of WORKLOADS) for (const k of w.kinds) seen.set(`${k.apiVersion}/${k.kind}`, k);
  return [...seen.values()];
}

// src/core/render.ts
function routerInput(params) {
  return { key: params.key, service: params.service, clusterDomain: params.config.clusterDomain };
}
function header(key) {
  return `${GENERATED_MARK} from rollout.yaml (services.${key}). Edit rollout.yaml, then run \`rollout-bot render\`.
`;
}
function renderService(params) {
  const { configFile, key, service: s } = params;
  if (!s.manifests) return { ok: true, files: [] };
  const dir = repoPath(configFile, s.manifests);
  const input = routerInput({ config: params.config ?? { clusterDomain: "cluster.local" }, key, service: s });
  const router = routerOf(s);
  const groups = [
    ...workloadOf(s)?.render({
      input,
      versionHost: (v) => router.versionHost(input, v),
      sidecar: router.sidecar ?? true
    }) ?? [],
    ...router.render(input)
  ];
  const invalid = router.validate(groups.flatMap((g) => g.objects));
  if (invalid) return { ok: false, reason: "invalid-manifest", message: invalid };
  return {
    ok: true,
    files: groups.map((g) => ({
      path: dir ? `${dir}/${g.file}` : g.file,
      content: header(key) + toYaml(g.objects),
      objects: g.objects
    }))
  };
}

export {
  createTwoFilesPatch,
  weightsOf,
  planTraffic,
  describeChange,
  describeMirror,
  sameMirror,
  describeMirrorChange,
  workloadKinds,
  routerInput,
  renderService
};
