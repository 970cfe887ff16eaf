import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  GENERATED_MARK,
  YAML_OPTIONS,
  createTwoFilesPatch,
  didYouMean,
  directlyIn,
  loadConfig,
  nodeAt,
  planTraffic,
  renderService,
  repoPath,
  scanServices,
  weightsOf
} from "./chunk-SE42GER3.js";
import {
  require_dist
} from "./chunk-M2FA62U7.js";
import {
  __toESM
} from "./chunk-VQQVTJLU.js";

// src/core/request.ts
var REQUEST_USAGE = [
  "<version> <weight>        e.g. v2 20 (the others shrink in proportion)",
  "v1:90:v2:10 | v1:90,v2:10 every weight at once (Kubeflow trafficRule form)",
  "next [version]            the next entry of `steps` for the version rolling out",
  "promote <version>         100 % to <version>, which becomes `stable`",
  "abort                     100 % back to `stable`",
  "Put the service key first when rollout.yaml has several (mnist v2 20); add --force to exceed policy.maxStep."
];
var KEYWORDS = ["next", "promote", "abort"];
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
  if (lower === "abort") {
    if (rest.length > 0) return usage(`\`abort\` takes no arguments (got \`${rest.join(" ")}\`).`);
    return done({ kind: "abort" });
  }
  if (lower === "next") {
    if (rest.length > 1) return usage(`\`next\` takes at most a version (got \`${rest.join(" ")}\`).`);
    return done(rest[0] === void 0 ? { kind: "next" } : { kind: "next", version: rest[0] });
  }
  if (lower === "promote") {
    if (rest.length !== 1 || rest[0] === void 0)
      return usage("`promote` takes one version, e.g. `promote v2`.");
    return done({ kind: "promote", version: rest[0] });
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
    const command = didYouMean(head, KEYWORDS);
    if (!w && command) return usage(`unknown command \`${head}\`.${command}`);
    if (!w)
      return usage(`\`${rest[0]}\` is not a weight: use a whole number from 0 to 100, e.g. \`${head} 20\`.`);
    return done({ kind: "set", version: head, weight: Number(w[1]) });
  }
  if (rest.length === 0 && !params.serviceKeys.includes(head)) {
    const hint = didYouMean(head, KEYWORDS);
    if (hint) return usage(`unknown command \`${head}\`.${hint}`);
    return usage(`\`${head}\` needs a weight, e.g. \`${head} 20\`.`);
  }
  if (rest.length === 0) return usage(`say what to do with service \`${head}\`, e.g. \`${head} v2 20\`.`);
  const [second = "", third = ""] = rest;
  const looksLikeService = rest.length === 2 && !WEIGHT.test(second) && (WEIGHT.test(third) || KEYWORDS.includes(second.toLowerCase()));
  if (service === void 0 && (looksLikeService || rest.length === 1 && KEYWORDS.includes(second.toLowerCase()))) {
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

// src/core/edit.ts
var import_yaml = __toESM(require_dist(), 1);
function applySplices(text, splices) {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start))
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
function scalarText(node, value) {
  if (typeof value === "number") return String(value);
  if (node.type === "QUOTE_DOUBLE") return JSON.stringify(value);
  if (node.type === "QUOTE_SINGLE") return `'${value.replace(/'/g, "''")}'`;
  return value;
}
function replaceScalar(node, value) {
  if (!(0, import_yaml.isScalar)(node) || !node.range) return void 0;
  return { start: node.range[0], end: node.range[1], text: scalarText(node, value) };
}
function editConfigWeights(params) {
  const { loaded, service, after, stableAfter } = params;
  const base = ["services", service];
  const current = loaded.config.services[service];
  if (!current) throw new Error(`editConfigWeights: unknown service ${service}`);
  const splices = [];
  for (const [v, w] of Object.entries(after)) {
    if (current.versions[v]?.weight === w) continue;
    const s = replaceScalar(nodeAt(loaded.doc, [...base, "versions", v, "weight"]).node, w);
    if (!s) throw new Error(`editConfigWeights: no weight scalar for ${service}.${v}`);
    splices.push(s);
  }
  if (stableAfter !== current.stable) {
    const s = replaceScalar(nodeAt(loaded.doc, [...base, "stable"]).node, stableAfter);
    if (!s) throw new Error(`editConfigWeights: no stable scalar for ${service}`);
    splices.push(s);
  }
  return {
    text: applySplices(
      loaded.text,
      splices.map((s) => ({ ...s, start: s.start + loaded.offset, end: s.end + loaded.offset }))
    ),
    parsed: applySplices(loaded.parsed, splices)
  };
}
function get(map, key) {
  return (0, import_yaml.isMap)(map) ? map.get(key, true) : void 0;
}
function str(node) {
  return (0, import_yaml.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
}
function hostMatches(dest, host, namespace) {
  return dest === host || dest === `${host}.${namespace}` || dest === `${host}.${namespace}.svc` || dest === `${host}.${namespace}.svc.cluster.local`;
}
function editVirtualServiceWeights(params) {
  const { file, text, host, namespace, weights } = params;
  const lines = new import_yaml.LineCounter();
  const docs = (0, import_yaml.parseAllDocuments)(text, { ...YAML_OPTIONS, lineCounter: lines });
  const where = (node) => {
    const p = lines.linePos(node?.range?.[0] ?? 0);
    return `${file}:${p.line}:${p.col}`;
  };
  if (!Array.isArray(docs))
    return {
      ok: false,
      reason: "invalid-yaml",
      message: `${file}: is empty; expected a VirtualService.`
    };
  for (const d of docs) {
    const e = d.errors[0] ?? d.warnings[0];
    if (e) {
      const p = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
      return {
        ok: false,
        reason: "invalid-yaml",
        message: `${file}:${p.line}:${p.col}: YAML error: ${e.message.split("\n")[0]}. Fix the file.`
      };
    }
  }
  const versions = Object.keys(weights);
  const splices = [];
  let routes = 0;
  for (const d of docs) {
    if (str(get(d.contents, "kind")) !== "VirtualService") continue;
    const spec = get(d.contents, "spec");
    for (const proto of ["http", "tls", "tcp"]) {
      const list = get(spec, proto);
      if (!(0, import_yaml.isSeq)(list)) continue;
      for (const rule of list.items) {
        const route = get(rule, "route");
        if (!(0, import_yaml.isSeq)(route)) continue;
        const ours = route.items.filter((r) => {
          const h = str(get(get(r, "destination"), "host"));
          return h !== void 0 && hostMatches(h, host, namespace);
        });
        if (ours.length === 0) continue;
        routes++;
        const seen = /* @__PURE__ */ new Set();
        for (const r of ours) {
          const dest = get(r, "destination");
          const subset = str(get(dest, "subset"));
          if (subset === void 0 || !versions.includes(subset)) {
            return {
              ok: false,
              reason: "route-mismatch",
              message: `${where(dest)}: route to ${host} ${subset === void 0 ? "has no subset" : `uses subset \`${subset}\``}, which is not a version in rollout.yaml (${versions.join(", ")}). Give each destination a \`subset:\` named after a version.`
            };
          }
          seen.add(subset);
          const w = weights[subset] ?? 0;
          const weightNode = get(r, "weight");
          if ((0, import_yaml.isNode)(weightNode)) {
            if (!(0, import_yaml.isScalar)(weightNode) || Number(weightNode.value) !== w) {
              const s = replaceScalar(weightNode, w);
              if (!s)
                return {
                  ok: false,
                  reason: "route-mismatch",
                  message: `${where(weightNode)}: weight is not a plain number. Write it as e.g. \`weight: 10\`.`
                };
              splices.push(s);
            }
          } else {
            const ins = insertWeight(text, r, w);
            if (!ins)
              return {
                ok: false,
                reason: "route-mismatch",
                message: `${where(r)}: destination \`${subset}\` has no \`weight:\` and is written in flow style. Add \`weight: ${w}\` to it.`
              };
            splices.push(ins);
          }
        }
        const missing = versions.filter((v) => (weights[v] ?? 0) > 0 && !seen.has(v));
        if (missing.length > 0) {
          return {
            ok: false,
            reason: "route-mismatch",
            message: `${where(route)}: this route to ${host} has no destination for ${missing.map((m) => `\`${m}\``).join(", ")}, which would get ${missing.map((m) => `${weights[m]} %`).join(", ")}. Add \`- destination: { host: ${host}, subset: ${missing[0]} }\` with a weight to the route.`
          };
        }
      }
    }
  }
  if (routes === 0) {
    return {
      ok: false,
      reason: "no-matching-route",
      message: `${file}: no VirtualService route sends traffic to \`${host}\` (namespace ${namespace}). Point virtualService at the file that routes to it, or fix \`host\` in rollout.yaml.`
    };
  }
  return { ok: true, text: applySplices(text, splices), routes };
}
function insertWeight(text, entry, weight) {
  if (entry.flow || !entry.range) return void 0;
  const first = entry.items[0]?.key;
  if (!(0, import_yaml.isNode)(first) || !first.range) return void 0;
  const lineStart = text.lastIndexOf("\n", first.range[0] - 1) + 1;
  const column = first.range[0] - lineStart;
  const last = entry.items[entry.items.length - 1]?.value;
  if (!(0, import_yaml.isNode)(last) || !last.range) return void 0;
  const nl = text.indexOf("\n", last.range[1] - 1);
  const at = nl === -1 ? text.length : nl;
  return { start: at, end: at, text: `
${" ".repeat(column)}weight: ${weight}` };
}

// src/core/changes.ts
function changed(path, before, after) {
  return before === after ? [] : [{ path, before, after }];
}
function renderChanges(params) {
  const { loaded, files } = params;
  const keys = params.services ?? Object.keys(loaded.config.services);
  const out = [];
  for (const key of keys) {
    const service = loaded.config.services[key];
    if (!service) continue;
    const r = renderService({ configFile: loaded.file, key, service });
    if (!r.ok)
      return {
        ok: false,
        reason: r.reason,
        message: `${loaded.file}: services.${key}: ${r.message}`
      };
    const wanted = new Set(r.files.map((f) => f.path));
    for (const f of r.files) out.push(...changed(f.path, files.get(f.path), f.content));
    if (service.virtualService) {
      const path = repoPath(loaded.file, service.virtualService);
      const before = files.get(path);
      if (before === void 0) {
        return {
          ok: false,
          reason: "missing-file",
          message: `${loaded.file}: services.${key}.virtualService: \`${path}\` does not exist. Fix the path or commit the VirtualService file.`
        };
      }
      const weights = weightsOf(service);
      const edited = editVirtualServiceWeights({
        file: path,
        text: before,
        host: service.host,
        namespace: service.namespace,
        weights
      });
      if (!edited.ok) return edited;
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
  return { ok: true, changes: out };
}
function filesNeeded(params) {
  const { loaded } = params;
  const files = [];
  const folders = [];
  for (const s of Object.values(loaded.config.services)) {
    if (s.virtualService) files.push(repoPath(loaded.file, s.virtualService));
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
  const { text, parsed } = editConfigWeights({
    loaded,
    service: plan.service,
    after: plan.after,
    stableAfter: plan.stableAfter
  });
  const reloaded = loadConfig({ text: parsed, file: loaded.file });
  if (!reloaded.ok) throw new Error(`edited ${loaded.file} no longer validates:
${reloaded.message}`);
  const service = reloaded.loaded.config.services[plan.service];
  if (!service || Object.entries(plan.after).some(([v, w]) => service.versions[v]?.weight !== w)) {
    throw new Error(`edited ${loaded.file} does not carry the planned weights for ${plan.service}`);
  }
  const rendered = renderChanges({ loaded: reloaded.loaded, files, services: [plan.service] });
  if (!rendered.ok) return rendered;
  return {
    ok: true,
    plan,
    changes: [...changed(loaded.file, loaded.text, text), ...rendered.changes]
  };
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
function loadForRequest(params) {
  const { text, file, words } = params;
  const scan = params.scan ?? scanServices(text);
  const keys = scan?.keys;
  if (scan && keys) {
    const parsed2 = parseTrafficRequest({ words, serviceKeys: keys });
    if (!parsed2.ok) return parsed2;
    const only = parsed2.request.service ?? (keys.length === 1 ? keys[0] : void 0);
    const r2 = loadConfig({ text, file, scan, ...only === void 0 ? {} : { only } });
    return r2.ok ? { ok: true, loaded: r2.loaded, request: parsed2.request } : r2;
  }
  const r = loadConfig({ text, file });
  if (!r.ok) return r;
  const parsed = parseTrafficRequest({ words, serviceKeys: Object.keys(r.loaded.config.services) });
  return parsed.ok ? { ok: true, loaded: r.loaded, request: parsed.request } : parsed;
}

export {
  REQUEST_USAGE,
  parseTrafficRequest,
  renderChanges,
  filesNeeded,
  planSet,
  unifiedDiff,
  loadForRequest
};
