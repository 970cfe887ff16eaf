import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);
import {
  GENERATED_MARK,
  YAML_OPTIONS,
  createTwoFilesPatch,
  didYouMean,
  loadConfig,
  nodeAt,
  renderService,
  repoPath,
  scanServices
} from "./chunk-ELKOMZDD.js";
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

// src/core/plan.ts
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
  const exact = others.map((v) => ({ v, x: rest * (before[v] ?? 0) / base }));
  let left = rest;
  for (const { v, x } of exact) {
    after[v] = Math.floor(x);
    left -= Math.floor(x);
  }
  const byFraction = exact.map((e, i) => ({ ...e, i, f: e.x - Math.floor(e.x) })).sort((a, b) => b.f - a.f || a.i - b.i);
  for (const { v } of byFraction) {
    if (left <= 0) break;
    after[v] = (after[v] ?? 0) + 1;
    left--;
  }
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
function describe(w) {
  return Object.entries(w).map(([v, n]) => `${v} ${n} %`).join(", ");
}
function planTraffic(params) {
  const { config, request } = params;
  const picked = pickService(config, request.service);
  if (!Array.isArray(picked)) return picked;
  const [service, s] = picked;
  const order = Object.keys(s.versions);
  const before = {};
  for (const v of order) before[v] = s.versions[v]?.weight ?? 0;
  const change = request.change;
  let after;
  let stableAfter = s.stable;
  let canary;
  let finalStep = false;
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
  }
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
    if (jump)
      return {
        ok: true,
        plan: {
          service,
          kind: change.kind,
          before,
          after,
          stableBefore: s.stable,
          stableAfter,
          ...canary ? { canary } : {},
          forced: true
        }
      };
  }
  return {
    ok: true,
    plan: {
      service,
      kind: change.kind,
      before,
      after,
      stableBefore: s.stable,
      stableAfter,
      ...canary ? { canary } : {},
      forced: false
    }
  };
}
function describeChange(plan) {
  return Object.keys(plan.after).filter((v) => plan.before[v] !== plan.after[v]).map((v) => `${v} ${plan.before[v] ?? 0} % \u2192 ${plan.after[v]} %`).join(", ");
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
      const weights = Object.fromEntries(Object.entries(service.versions).map(([v, c]) => [v, c.weight]));
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
      const dir = folder ? `${folder}/` : "";
      for (const [path, text] of files) {
        if (path.startsWith(dir) && !path.slice(dir.length).includes("/") && !wanted.has(path) && text.startsWith(GENERATED_MARK)) {
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
  const scan = scanServices(text);
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
  planTraffic,
  describeChange,
  REQUEST_USAGE,
  parseTrafficRequest,
  renderChanges,
  filesNeeded,
  planSet,
  unifiedDiff,
  loadForRequest
};
