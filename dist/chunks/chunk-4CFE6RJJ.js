import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  createTwoFilesPatch,
  planTraffic,
  renderService,
  routerInput,
  sameMirror,
  weightsOf
} from "./chunk-GALRH6VZ.js";
import {
  CHAT_COMMANDS,
  GENERATED_MARK,
  TRAFFIC_WORDS,
  applySplices,
  candidatePaths,
  didYouMean,
  directlyIn,
  includeOf,
  includeSources,
  includedFiles,
  isOneOf,
  isServiceKey,
  loadConfig,
  nestingProblem,
  nodeAt,
  replaceScalar,
  repoPath,
  routerOf,
  scanServices,
  serviceSource,
  usageRows
} from "./chunk-QOBLRCRL.js";
import {
  require_dist
} from "./chunk-3WS6I62Y.js";
import {
  __toESM
} from "./chunk-VQQVTJLU.js";

// src/core/request.ts
var REQUEST_USAGE = [
  ...usageRows(CHAT_COMMANDS.filter((c) => c.reads === "traffic")),
  "Put the service key first when rollout.yaml has several (mnist v2 20); add --force to exceed policy.maxStep."
];
var WEIGHT = /^(\d{1,3})%?$/;
function usage(message) {
  return {
    ok: false,
    reason: "usage",
    message: `${message}
Usage:
  ${REQUEST_USAGE.join("\n  ")}`
  };
}
var KEYWORD_PARSERS = {
  next: (rest) => rest.length > 1 ? `\`next\` takes at most a version (got \`${rest.join(" ")}\`).` : rest[0] === void 0 ? { kind: "next" } : { kind: "next", version: rest[0] },
  promote: (rest) => rest.length !== 1 || rest[0] === void 0 ? "`promote` takes one version, e.g. `promote v2`." : { kind: "promote", version: rest[0] },
  abort: (rest) => rest.length > 0 ? `\`abort\` takes no arguments (got \`${rest.join(" ")}\`).` : { kind: "abort" },
  mirror: parseMirror
};
function parseMirror(rest) {
  const [version, percent] = rest;
  if (rest.length === 1 && version?.toLowerCase() === "off") return { kind: "mirror", off: true };
  if (version === void 0)
    return "`mirror` needs a version and a percent, e.g. `mirror v2 10`, or `mirror off` to stop.";
  if (percent === void 0)
    return `\`mirror ${version}\` needs a percent of requests to copy, e.g. \`mirror ${version} 10\`.`;
  if (rest.length > 2)
    return `too many words after \`mirror\`: give one version and one percent, e.g. \`mirror ${version} ${percent}\`.`;
  const p = WEIGHT.exec(percent);
  if (!p && version.toLowerCase() === "off")
    return `\`mirror off\` takes nothing after it (got \`${rest.slice(1).join(" ")}\`).`;
  if (!p)
    return `\`${percent}\` is not a percent: use a whole number from 1 to 100, e.g. \`mirror ${version} 10\`.`;
  return { kind: "mirror", version, percent: Number(p[1]) };
}
function parseRule(word) {
  const parts = word.includes(",") ? word.split(",").flatMap((p) => p.split(":")) : word.split(":");
  if (parts.length % 2 !== 0 || parts.some((p) => p === "")) {
    return usage(
      `\`${word}\` is not a traffic rule: write version:weight pairs, e.g. v1:90:v2:10 or v1:90,v2:10.`
    );
  }
  const pairs = [];
  for (let i = 0; i < parts.length; i += 2) {
    const version = parts[i] ?? "";
    const w = WEIGHT.exec(parts[i + 1] ?? "");
    if (!w)
      return usage(`\`${parts[i + 1]}\` in \`${word}\` is not a weight: use a whole number from 0 to 100.`);
    if (pairs.some(([v]) => v === version))
      return usage(`\`${version}\` appears twice in \`${word}\`: give each version once.`);
    pairs.push([version, Number(w[1])]);
  }
  return pairs;
}
function parseTrafficRequest(params) {
  let words = params.words.filter((w) => w !== "");
  const force = words.includes("--force");
  words = words.filter((w) => w !== "--force");
  const unknownFlag = words.find((w) => w.startsWith("-") && !/^-\d/.test(w));
  if (unknownFlag) return usage(`unknown option \`${unknownFlag}\`.${didYouMean(unknownFlag, ["--force"])}`);
  let service;
  const first = words[0];
  if (first !== void 0 && words.length > 1 && params.serviceKeys.includes(first)) {
    service = first;
    words = words.slice(1);
  }
  const done = (change) => ({
    ok: true,
    request: { ...service === void 0 ? {} : { service }, change, force }
  });
  const [head, ...rest] = words;
  if (head === void 0) return usage("say what traffic to set.");
  const lower = head.toLowerCase();
  if (isOneOf(TRAFFIC_WORDS, lower)) {
    const change = KEYWORD_PARSERS[lower](rest);
    return typeof change === "string" ? usage(change) : done(change);
  }
  if (head.includes(":")) {
    if (rest.length > 0)
      return usage(`a traffic rule is one word; \`${rest.join(" ")}\` after it is not understood.`);
    const rule = parseRule(head);
    if (!Array.isArray(rule)) return rule;
    return done({ kind: "weights", weights: rule });
  }
  if (/^[^=\s]+=\d+%?$/.test(head) || /^[^,\s]+,\d+(,|$)/.test(head)) {
    return usage(
      `\`${words.join(" ")}\` is not a traffic rule: write version:weight pairs in one word, e.g. v1:90:v2:10 or v1:90,v2:10.`
    );
  }
  if (rest.length === 1 && rest[0] !== void 0) {
    const w = WEIGHT.exec(rest[0]);
    const command = didYouMean(head, TRAFFIC_WORDS);
    if (!w && command) return usage(`unknown command \`${head}\`.${command}`);
    if (!w)
      return usage(`\`${rest[0]}\` is not a weight: use a whole number from 0 to 100, e.g. \`${head} 20\`.`);
    return done({ kind: "set", version: head, weight: Number(w[1]) });
  }
  if (rest.length === 0 && !params.serviceKeys.includes(head)) {
    const hint = didYouMean(head, TRAFFIC_WORDS);
    if (hint) return usage(`unknown command \`${head}\`.${hint}`);
    return usage(`\`${head}\` needs a weight, e.g. \`${head} 20\`.`);
  }
  if (rest.length === 0) return usage(`say what to do with service \`${head}\`, e.g. \`${head} v2 20\`.`);
  const [second = "", third = ""] = rest;
  const looksLikeService = rest.length === 2 && !WEIGHT.test(second) && (WEIGHT.test(third) || isOneOf(TRAFFIC_WORDS, second.toLowerCase()));
  if (service === void 0 && (looksLikeService || isOneOf(TRAFFIC_WORDS, second.toLowerCase()))) {
    const command = didYouMean(head, TRAFFIC_WORDS);
    if (command && !didYouMean(head, params.serviceKeys) && !isOneOf(TRAFFIC_WORDS, second.toLowerCase()))
      return usage(`unknown command \`${head}\`.${command}`);
    const example = params.serviceKeys[0] ?? "mnist";
    return {
      ok: false,
      reason: "unknown-service",
      message: `no service \`${head}\` in rollout.yaml (services: ${params.serviceKeys.join(", ")}).${didYouMean(head, params.serviceKeys)} Put one of them first, e.g. \`${example} ${rest.join(" ")}\`.`
    };
  }
  if (rest.length >= 2) {
    return usage(
      `too many words in \`${words.join(" ")}\`: give one version and one weight, e.g. \`${head} ${rest[0]}\`.`
    );
  }
  return usage(`\`${words.join(" ")}\` is not understood.`);
}

// src/core/changes.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/core/edit.ts
var import_yaml = __toESM(require_dist(), 1);
function editConfigWeights(params) {
  const { loaded, service, after, stableAfter } = params;
  const source = serviceSource(loaded, service);
  const base = source.base;
  const current = loaded.config.services[service];
  if (!current) throw new Error(`editConfigWeights: unknown service ${service}`);
  const splices = [];
  for (const [v, w] of Object.entries(after)) {
    if (current.versions[v]?.weight === w) continue;
    const s = replaceScalar(nodeAt(source.doc, [...base, "versions", v, "weight"]).node, w);
    if (!s) throw new Error(`editConfigWeights: no weight scalar for ${service}.${v}`);
    splices.push(s);
  }
  if (stableAfter !== current.stable) {
    const s = replaceString(nodeAt(source.doc, [...base, "stable"]).node, stableAfter);
    if (!s) throw new Error(`editConfigWeights: no stable scalar for ${service}`);
    splices.push(s);
  }
  if (params.mirrorAfter !== void 0)
    splices.push(...editMirror({ loaded, service, after: params.mirrorAfter ?? void 0 }));
  return {
    file: source.file,
    text: applySplices(
      source.text,
      splices.map((s) => ({ ...s, start: s.start + source.offset, end: s.end + source.offset }))
    ),
    parsed: applySplices(source.parsed, splices)
  };
}
function yamlString(value) {
  try {
    if ((0, import_yaml.parse)(value) === value) return value;
  } catch {
  }
  return JSON.stringify(value);
}
function replaceString(node, value) {
  const s = replaceScalar(node, value);
  if (!s || !(0, import_yaml.isScalar)(node) || node.type !== "PLAIN") return s;
  return { ...s, text: yamlString(value) };
}
function lineStart(text, at) {
  return text.lastIndexOf("\n", at - 1) + 1;
}
function lineEnd(text, at) {
  const nl = text.indexOf("\n", at);
  return nl === -1 ? text.length : nl;
}
function valueEnd(pair) {
  const v = pair.value;
  if ((0, import_yaml.isMap)(v) && !v.flow) {
    const last = v.items[v.items.length - 1];
    if (last) return valueEnd(last);
  }
  if ((0, import_yaml.isNode)(v) && v.range) return v.range[1];
  const k = pair.key;
  return (0, import_yaml.isNode)(k) && k.range ? k.range[1] : 0;
}
function editMirror(params) {
  const { loaded, service, after } = params;
  const source = serviceSource(loaded, service);
  const text = source.parsed;
  const fail = (what) => new Error(`editConfigWeights: ${what} for ${service}`);
  const map = nodeAt(source.doc, source.base).node;
  if (!(0, import_yaml.isMap)(map)) throw fail("no service map");
  const at = map.items.findIndex((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "mirror");
  const pair = map.items[at];
  const flowText = (m) => `{ version: ${yamlString(m.version)}, percent: ${m.percent} }`;
  if (after && pair) {
    const value = pair.value;
    if (!(0, import_yaml.isMap)(value)) throw fail("`mirror` is not a map");
    const out2 = [];
    const current = loaded.config.services[service]?.mirror;
    if (current?.version !== after.version) {
      const s = replaceString(value.get("version", true), after.version);
      if (!s) throw fail("no mirror.version scalar");
      out2.push(s);
    }
    if (current?.percent !== after.percent) {
      const s = replaceScalar(value.get("percent", true), after.percent);
      if (!s) throw fail("no mirror.percent scalar");
      out2.push(s);
    }
    return out2;
  }
  if (after) {
    const stable = map.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "stable");
    if (!stable || !(0, import_yaml.isNode)(stable.key) || !stable.key.range) throw fail("no `stable:` key");
    const end2 = valueEnd(stable);
    if (map.flow) return [{ start: end2, end: end2, text: `, mirror: ${flowText(after)}` }];
    const column = stable.key.range[0] - lineStart(text, stable.key.range[0]);
    const nl = lineEnd(text, end2);
    return [{ start: nl, end: nl, text: `
${" ".repeat(column)}mirror: ${flowText(after)}` }];
  }
  if (!pair || !(0, import_yaml.isNode)(pair.key) || !pair.key.range) return [];
  const keyStart = pair.key.range[0];
  const end = valueEnd(pair);
  if (map.flow) {
    const prev = map.items[at - 1];
    const next = map.items[at + 1];
    if (prev) return [{ start: valueEnd(prev), end, text: "" }];
    const nextKey = next?.key;
    if ((0, import_yaml.isNode)(nextKey) && nextKey.range) return [{ start: keyStart, end: nextKey.range[0], text: "" }];
    return [{ start: keyStart, end, text: "" }];
  }
  const first = lineStart(text, keyStart);
  const last = lineEnd(text, end);
  const out = [];
  for (let start = first; start <= last; ) {
    const stop = lineEnd(text, start);
    if (!/^\s*#/.test(text.slice(start, stop)))
      out.push({ start, end: Math.min(stop + 1, text.length), text: "" });
    start = stop + 1;
  }
  return out;
}

// src/core/changes.ts
function changed(path, before, after) {
  return before === after ? [] : [{ path, before, after }];
}
function settingsOf(loaded, key) {
  const own = loaded.included.get(key);
  return own ? own.file : `${loaded.file}: services.${key}`;
}
function renderChanges(params) {
  const { loaded, files } = params;
  const keys = params.services ?? Object.keys(loaded.config.services);
  const out = [];
  const notes = [];
  for (const key of keys) {
    const service = loaded.config.services[key];
    if (!service) continue;
    const r = renderService({ configFile: loaded.file, key, service, config: loaded.config });
    if (!r.ok)
      return {
        ok: false,
        reason: r.reason,
        message: `${settingsOf(loaded, key)}: ${r.message}`
      };
    const wanted = new Set(r.files.map((f) => f.path));
    for (const f of r.files) out.push(...changed(f.path, files.get(f.path), f.content));
    const router = routerOf(service);
    const brought = service[router.broughtField];
    if (brought !== void 0) {
      const path = repoPath(loaded.file, brought);
      const before = files.get(path);
      if (before === void 0) {
        return {
          ok: false,
          reason: "missing-file",
          message: `${settingsOf(loaded, key)}${loaded.included.has(key) ? ": " : "."}${router.broughtField}: \`${path}\` does not exist. Fix the path or commit the file.`
        };
      }
      const edited = router.edit({
        file: path,
        text: before,
        input: routerInput({ config: loaded.config, key, service }),
        weights: weightsOf(service)
      });
      if (!edited.ok) return edited;
      notes.push(...edited.notes);
      out.push(...changed(path, before, edited.text));
    }
    if (service.manifests) {
      const folder = repoPath(loaded.file, service.manifests);
      for (const [path, text] of files) {
        if (directlyIn(folder, path) && !wanted.has(path) && text.startsWith(GENERATED_MARK)) {
          out.push({ path, before: text, after: void 0 });
        }
      }
    }
  }
  return { ok: true, changes: out, notes };
}
function filesNeeded(params) {
  const { loaded } = params;
  const files = [];
  const folders = [];
  for (const s of Object.values(loaded.config.services)) {
    const brought = s[routerOf(s).broughtField];
    if (brought) files.push(repoPath(loaded.file, brought));
    if (s.manifests) folders.push(repoPath(loaded.file, s.manifests));
  }
  return { files, folders };
}
function planSet(params) {
  const { loaded, request, files } = params;
  const planned = planTraffic({
    config: loaded.config,
    request,
    ...params.live ? { live: params.live } : {}
  });
  if (!planned.ok) return planned;
  const { plan } = planned;
  const edit = editConfigWeights({
    loaded,
    service: plan.service,
    after: plan.after,
    stableAfter: plan.stableAfter,
    ...sameMirror(plan.mirrorBefore, plan.mirrorAfter) ? {} : { mirrorAfter: plan.mirrorAfter ?? null }
  });
  const own = loaded.included.get(plan.service);
  const reloaded = own ? loadConfig({
    text: loaded.parsed,
    file: loaded.file,
    included: /* @__PURE__ */ new Map([[own.file, edit.parsed]]),
    only: plan.service
  }) : loadConfig({ text: edit.parsed, file: loaded.file, included: /* @__PURE__ */ new Map() });
  if (!reloaded.ok) throw new Error(`edited ${edit.file} no longer validates:
${reloaded.message}`);
  const service = reloaded.loaded.config.services[plan.service];
  if (!service || Object.entries(plan.after).some(([v, w]) => service.versions[v]?.weight !== w)) {
    throw new Error(`edited ${edit.file} does not carry the planned weights for ${plan.service}`);
  }
  if (service.stable !== plan.stableAfter || !sameMirror(service.mirror, plan.mirrorAfter)) {
    throw new Error(`edited ${edit.file} does not carry the planned stable and mirror for ${plan.service}`);
  }
  const edited = handEdit({ loaded, key: plan.service, files, after: reloaded.loaded });
  if (edited) return { ok: false, reason: "hand-edited", message: edited };
  const rendered = renderChanges({ loaded: reloaded.loaded, files, services: [plan.service] });
  if (!rendered.ok) return rendered;
  return {
    ok: true,
    plan,
    changes: [
      ...changed(edit.file, serviceSource(loaded, plan.service).text, edit.text),
      ...rendered.changes
    ],
    notes: rendered.notes
  };
}
function differences(a, b, path = [], out = []) {
  if (Object.is(a, b)) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) differences(a[i], b[i], [...path, i], out);
    return out;
  }
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const ra = a;
    const rb = b;
    for (const k of /* @__PURE__ */ new Set([...Object.keys(rb), ...Object.keys(ra)]))
      differences(ra[k], rb[k], [...path, k], out);
    return out;
  }
  out.push({ path, was: b, is: a });
  return out;
}
function overlaps(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
var docsOf = (text) => (0, import_yaml2.parseAllDocuments)(text);
var jsOf = (text) => {
  const d = docsOf(text);
  return (Array.isArray(d) ? d : [d]).map((x) => x.toJS());
};
function fieldName(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function sourceField(key, service, file, path) {
  const last = path.at(-1);
  const version = /deployment-([^/]+)\.yaml$/.exec(file)?.[1];
  if (last === "image" && service.tfServing) {
    return version && service.versions[version]?.image ? `services.${key}.versions.${version}.image` : `services.${key}.tfServing.image`;
  }
  if (last === "weight") return `services.${key}.versions.<version>.weight`;
  if (version && service.versions[version]) return `services.${key}.versions.${version}`;
  return `services.${key}`;
}
var show = (v) => v === void 0 ? "(none)" : `\`${typeof v === "string" ? v : JSON.stringify(v)}\``;
function handEdit(params) {
  const { loaded, key, files } = params;
  const service = loaded.config.services[key];
  if (!service?.manifests) return void 0;
  const r = renderService({ configFile: loaded.file, key, service, config: loaded.config });
  if (!r.ok) return void 0;
  const afterService = params.after?.config.services[key];
  const next = afterService ? renderService({ configFile: loaded.file, key, service: afterService, config: loaded.config }) : void 0;
  for (const f of r.files) {
    const text = files.get(f.path);
    if (text === void 0 || text === f.content || !text.startsWith(GENERATED_MARK)) continue;
    const lines = new import_yaml2.LineCounter();
    const docs = nestingProblem(text, f.path) ? [] : (0, import_yaml2.parseAllDocuments)(text, { lineCounter: lines });
    if (!Array.isArray(docs) || docs.length === 0 || docs.some((d) => d.errors.length > 0)) {
      return `${f.path}: was edited by hand (it no longer parses as YAML); rollout-bot renders this file from ${serviceSource(loaded, key).file} (services.${key}). Change it there, or run \`rollout-bot render\` to discard the edit.`;
    }
    const want = jsOf(f.content);
    const nextFile = next?.ok ? next.files.find((n) => n.path === f.path) : void 0;
    const altered = nextFile ? differences(jsOf(nextFile.content), want).map((d) => d.path) : [];
    const diff = differences(
      docs.map((d) => d.toJS()),
      want
    ).find((d) => !altered.some((a) => overlaps(a, d.path)));
    if (!diff) continue;
    const [doc, ...inDoc] = diff.path;
    const node = typeof doc === "number" ? nodeAt2(docs[doc]?.contents ?? null, inDoc) : void 0;
    const at = node?.range ? `:${lines.linePos(node.range[0]).line}` : "";
    const field = inDoc.length > 0 ? fieldName(inDoc) : "(document)";
    return `${f.path}${at}: ${field}: was edited by hand (${show(diff.was)} \u2192 ${show(diff.is)}); rollout-bot renders this file from ${serviceSource(loaded, key).file} (${sourceField(key, service, f.path, inDoc)}). Change it there, or run \`rollout-bot render\` to discard the edit.`;
  }
  return void 0;
}
function nodeAt2(node, path) {
  let cur = node;
  for (const p of path) {
    if ((0, import_yaml2.isMap)(cur)) {
      const pair = cur.items.find((i) => i.key?.value === p);
      if (!pair) return cur;
      cur = pair.value ?? pair.key;
    } else if ((0, import_yaml2.isSeq)(cur) && typeof p === "number") {
      const next = cur.items[p];
      if (!next) return cur;
      cur = next;
    } else return cur ?? void 0;
  }
  return cur ?? void 0;
}
function unifiedDiff(changes) {
  return changes.map(
    (c) => createTwoFilesPatch(
      c.before === void 0 ? "/dev/null" : `a/${c.path}`,
      c.after === void 0 ? "/dev/null" : `b/${c.path}`,
      c.before ?? "",
      c.after ?? "",
      void 0,
      void 0,
      { context: 3 }
    ).split("\n").slice(1).join("\n")
  ).join("");
}
function requestPaths(params) {
  const { text, file } = params;
  const patterns = includeOf({ text, file, ...params.scan ? { scan: params.scan } : {} });
  if (patterns.length === 0) return { files: [], folders: [] };
  const scan = params.scan ?? scanServices(text);
  const inline = scan?.keys ?? [];
  const words = params.words.filter((w) => w !== "");
  const first = words.find((w) => w !== "--force");
  if (first !== void 0 && isServiceKey(first)) {
    const named = parseTrafficRequest({ words, serviceKeys: [.../* @__PURE__ */ new Set([...inline, first])] });
    if (named.ok && named.request.service === first)
      return { files: candidatePaths(patterns, first), folders: [] };
  }
  const parsed = parseTrafficRequest({ words, serviceKeys: inline });
  if (!parsed.ok && parsed.reason === "usage") return { files: [], folders: [] };
  return includeSources(patterns);
}
function knownKeys(inline, patterns, included) {
  const keys = [...inline];
  if (included) {
    for (const f of includedFiles({ patterns, paths: included.keys() }))
      if (isServiceKey(f.key) && !keys.includes(f.key)) keys.push(f.key);
  }
  return keys;
}
function loadForRequest(params) {
  const { text, file, words } = params;
  const scan = params.scan ?? scanServices(text);
  const patterns = includeOf({ text, file, scan });
  const included = params.included ?? (patterns.length > 0 ? void 0 : /* @__PURE__ */ new Map());
  const withIncluded = included === void 0 ? {} : { included };
  const refuseUnknown = (p) => {
    if (p.ok || p.reason !== "unknown-service" || patterns.length === 0) return p;
    const head2 = words.find((w) => w !== "" && w !== "--force") ?? "";
    const keys = knownKeys(scan?.keys ?? [], patterns, included);
    const paths = candidatePaths(patterns, head2);
    return {
      ok: false,
      reason: "unknown-service",
      message: `no service \`${head2}\`: ${file} does not define it${paths.length > 0 ? ` and there is no ${paths.join(" or ")}` : ""}.${didYouMean(head2, keys)} Put a service key first, e.g. \`${keys[0] ?? "mnist"} ${words.slice(1).join(" ")}\`.`
    };
  };
  if (scan) {
    const keys = knownKeys(scan.keys, patterns, included);
    const parsed2 = refuseUnknown(parseTrafficRequest({ words, serviceKeys: keys }));
    if (!parsed2.ok) return parsed2;
    const only = parsed2.request.service ?? (keys.length === 1 ? keys[0] : void 0);
    const r2 = loadConfig({ text, file, scan, ...withIncluded, ...only === void 0 ? {} : { only } });
    return r2.ok ? { ok: true, loaded: r2.loaded, request: parsed2.request } : r2;
  }
  const named = patterns.length > 0 ? requestPaths({ text, file, words }).files.length > 0 : false;
  const head = words.find((w) => w !== "" && w !== "--force");
  const r = loadConfig({
    text,
    file,
    ...withIncluded,
    ...named && head !== void 0 ? { only: head } : {}
  });
  if (!r.ok) return r;
  const parsed = refuseUnknown(
    parseTrafficRequest({ words, serviceKeys: Object.keys(r.loaded.config.services) })
  );
  return parsed.ok ? { ok: true, loaded: r.loaded, request: parsed.request } : parsed;
}

export {
  REQUEST_USAGE,
  parseTrafficRequest,
  renderChanges,
  filesNeeded,
  planSet,
  unifiedDiff,
  requestPaths,
  loadForRequest
};
