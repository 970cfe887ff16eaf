import {
  type Alias,
  type Document,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  LineCounter,
  type Node,
  parseDocument,
  visit,
  type YAMLError,
} from "yaml";
import type { z } from "zod";
import { checkProblems } from "./checks/judge.js";
import { CHECK_KEYS } from "./checks/schema.js";
import { nestingProblem } from "./depth.js";
import {
  candidatePaths,
  type IncludePattern,
  includedFiles,
  includePatterns,
  isServiceKey,
} from "./include.js";
import { resolveFromConfig } from "./paths.js";
import { formatProblems, type Problem, pathToString, showKey } from "./problems.js";
import { ROUTERS, routerOf } from "./routers/index.js";
import type { Router } from "./routers/types.js";
import { type ServiceScan, scanServices, sliceForService } from "./scan.js";
import { COMMAND_WORDS, type RolloutConfig, RolloutSchema, type ServiceConfig } from "./schema.js";
import { closest, didYouMean } from "./suggest.js";
import { routePath } from "./workloads/tf-serving.js";

/** A parsed, validated rollout.yaml with what edits need to splice it. */
export interface LoadedConfig {
  readonly file: string;
  /** The whole file as read. */
  readonly text: string;
  readonly config: RolloutConfig;
  /** The parsed document: of the whole file, or with only `scope`'s lines (see `scan.ts`). */
  readonly doc: Document.Parsed;
  /** The text `doc` was parsed from: `text`, or the scoped slice of it. */
  readonly parsed: string;
  readonly lines: LineCounter;
  /** Add to an offset inside `doc` (within the loaded services) to get the offset in `text`. */
  readonly offset: number;
  /** Set when only this service was parsed and validated; `config.services` holds just it. */
  readonly scope?: string;
  /** The line scan a scoped load used. */
  readonly scan?: ServiceScan;
  /** rollout.yaml's `include:`, resolved; empty without it. */
  readonly include: readonly IncludePattern[];
  /** The services loaded from included files: key → its file. The others live in rollout.yaml. */
  readonly included: ReadonlyMap<string, ServiceFile>;
}

/** An included file holding one service: its text and parsed document, for edits. */
export interface ServiceFile {
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/**
 * Where service `key`'s settings are written: the file, its text, the parsed document (and the
 * text it was parsed from), and the path of the service's map inside it. Edits go there.
 */
export function serviceSource(
  loaded: LoadedConfig,
  key: string,
): {
  readonly file: string;
  readonly text: string;
  readonly parsed: string;
  readonly doc: Document.Parsed;
  /** Add to an offset inside `doc` to get the offset in `text`. */
  readonly offset: number;
  readonly base: readonly string[];
} {
  const own = loaded.included.get(key);
  return own
    ? { file: own.file, text: own.text, parsed: own.text, doc: own.doc, offset: 0, base: [] }
    : {
        file: loaded.file,
        text: loaded.text,
        parsed: loaded.parsed,
        doc: loaded.doc,
        offset: loaded.offset,
        base: ["services", key],
      };
}

export type LoadResult =
  | { readonly ok: true; readonly loaded: LoadedConfig }
  | {
      readonly ok: false;
      readonly reason: "invalid-config";
      readonly problems: readonly Problem[];
      readonly message: string;
    };

import { YAML_OPTIONS } from "./k8s.js";

export { resolveFromConfig, YAML_OPTIONS };

/** Finds the node at `path`, or the deepest existing ancestor. */
export function nodeAt(
  doc: Document,
  path: readonly PropertyKey[],
): { node: Node | undefined; found: boolean } {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair || !isNode(pair.value))
        return { node: pair && isNode(pair.key) ? pair.key : (node as Node), found: false };
      node = pair.value;
    } else if (isNode(node) && "items" in node && Array.isArray(node.items) && typeof key === "number") {
      const item: unknown = node.items[key];
      if (!isNode(item)) return { node: node as Node, found: false };
      node = item;
    } else {
      return { node: isNode(node) ? node : undefined, found: false };
    }
  }
  return { node: isNode(node) ? node : undefined, found: true };
}

/** The key node of `key` inside the map at `path`. */
function keyNodeAt(doc: Document, path: readonly PropertyKey[], key: string): Node | undefined {
  const { node, found } = nodeAt(doc, path);
  if (!found || !isMap(node)) return undefined;
  const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  return pair && isNode(pair.key) ? pair.key : undefined;
}

function position(lines: LineCounter, node: Node | undefined): { line: number; column: number } {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

interface Ctx {
  readonly file: string;
  readonly doc: Document;
  readonly lines: LineCounter;
  /** Services from included files: a path under `services.<key>` is found (and shown) in that file. */
  readonly included?: ReadonlyMap<string, Ctx>;
}

/** The file, document and in-file path where a config path lives: rollout.yaml or a service's own file. */
function locate(ctx: Ctx, path: readonly PropertyKey[]): { ctx: Ctx; path: readonly PropertyKey[] } {
  const key = path[1];
  const own = path[0] === "services" && typeof key === "string" ? ctx.included?.get(key) : undefined;
  return own ? { ctx: own, path: path.slice(2) } : { ctx, path };
}

/** `nodeAt` for a config path, in whichever file holds it. */
function nodeIn(ctx: Ctx, path: readonly PropertyKey[]): { node: Node | undefined; found: boolean } {
  const at = locate(ctx, path);
  return nodeAt(at.ctx.doc, at.path);
}

function problemAt(ctx: Ctx, path: readonly PropertyKey[], message: string, key?: string): Problem {
  // `services` + an included key is the whole of that service's file.
  const at =
    key !== undefined && path.length === 1 && ctx.included?.has(key)
      ? locate(ctx, [...path, key])
      : undefined;
  if (at)
    return {
      file: at.ctx.file,
      ...position(at.ctx.lines, at.ctx.doc.contents ?? undefined),
      path: "",
      message,
    };
  const { ctx: c, path: p } = locate(ctx, path);
  const node =
    key === undefined ? nodeAt(c.doc, p).node : (keyNodeAt(c.doc, p, key) ?? nodeAt(c.doc, p).node);
  const full = key === undefined ? p : [...p, key];
  return { file: c.file, ...position(c.lines, node), path: pathToString(full), message };
}

const KNOWN_KEYS: Record<string, readonly string[]> = {
  root: ["include", "grafana", "prometheus", "cluster", "clusterDomain", "services"],
  service: [
    "router",
    "namespace",
    "host",
    "gateway",
    "path",
    "manifests",
    "virtualService",
    "httpRoute",
    "tfServing",
    "kserve",
    "pin",
    "mirror",
    "versions",
    "stable",
    "steps",
    "policy",
  ],
  version: ["weight", "modelBasePath", "image", "replicas", "host"],
  policy: ["maxStep", "approvals", "reviewers", "gate", "bake"],
  gate: [
    "minRequests",
    "successRate",
    "p99LatencyMs",
    "window",
    "onMissingMetrics",
    "alpha",
    "errorTolerance",
    "latencyTolerance",
    "checks",
  ],
  check: [...CHECK_KEYS],
  tfServing: ["modelName", "image", "replicas"],
  kserve: ["modelFormat", "runtime", "minReplicas", "maxReplicas", "deploymentMode"],
  pin: ["header"],
  mirror: ["version", "percent"],
};

/** What a map at a path looks like, for "must be a map" problems. */
const MAP_EXAMPLES: Record<string, string> = {
  service: "with namespace, host, versions and stable (see examples/mnist/rollout.yaml)",
  version: "such as `{ weight: 10, modelBasePath: gs://bucket/mnist/2 }`",
  policy: "such as `{ maxStep: 30, approvals: 1, reviewers: [ml-platform-team] }`",
  gate: "such as `{ minRequests: 100, successRate: 99.0, p99LatencyMs: 500, window: 10m }`",
  tfServing: "such as `{ modelName: mnist, image: tensorflow/serving:2.15.0 }`",
  kserve: "such as `{ modelFormat: sklearn }`",
  pin: "such as `{ header: x-model-version }`",
  mirror: "such as `{ version: v2, percent: 10 }`",
};

function mapKindFor(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 2 && path[0] === "services") return "service";
  if (path.length === 4 && path[2] === "versions") return "version";
  const last = path[path.length - 1];
  return typeof last === "string" && last in MAP_EXAMPLES ? last : undefined;
}

function knownKeysFor(path: readonly PropertyKey[]): readonly string[] {
  const last = path[path.length - 1];
  if (path.length === 0) return KNOWN_KEYS.root ?? [];
  if (path.length === 2 && path[0] === "services") return KNOWN_KEYS.service ?? [];
  if (path.length === 4 && path[2] === "versions") return KNOWN_KEYS.version ?? [];
  if (path[path.length - 2] === "checks") return KNOWN_KEYS.check ?? [];
  return (typeof last === "string" ? KNOWN_KEYS[last] : undefined) ?? [];
}

/** The parsed value at `path`, to say more about a wrong one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const k of path)
    v = typeof v === "object" && v !== null ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function zodProblems(ctx: Ctx, error: z.ZodError, data: unknown): Problem[] {
  const out: Problem[] = [];
  const missing = new Set(
    error.issues
      .filter((i) => i.code === "invalid_type" && !nodeIn(ctx, i.path as PropertyKey[]).found)
      .map((i) => pathToString(i.path as PropertyKey[])),
  );
  // A misspelt required field is one mistake, not two: say "rename it" and leave out "is required".
  const renames = new Map<string, string>();
  for (const issue of error.issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const path = issue.path as PropertyKey[];
    for (const key of issue.keys) {
      const guess = closest(key, knownKeysFor(path));
      const target = guess === undefined ? undefined : pathToString([...path, guess]);
      if (guess && target && missing.has(target) && ![...renames.values()].includes(target))
        renames.set(pathToString([...path, key]), target);
    }
  }
  const renamed = new Set(renames.values());
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const known = knownKeysFor(path);
        const required = renames.has(pathToString([...path, key]));
        const guess = closest(key, known);
        // A near miss of a field the map does not have yet is a misspelling: rename it.
        const inFile = locate(ctx, path);
        const rename =
          guess !== undefined && (required || keyNodeAt(inFile.ctx.doc, inFile.path, guess) === undefined);
        out.push(
          problemAt(
            ctx,
            path,
            rename
              ? `unknown field \`${showKey(key)}\`. Did you mean \`${guess}\`? Rename it to \`${guess}\`${required ? " (a required field)" : ""}.`
              : `unknown field \`${showKey(key)}\`.${didYouMean(key, known)} Remove it or use one of: ${known.join(", ")}.`,
            key,
          ),
        );
      }
      continue;
    }
    if (issue.code === "invalid_key") {
      const key = String(path[path.length - 1]);
      const parent = path.slice(0, -1);
      const inner = issue.issues[0]?.message ?? "is not a valid name";
      out.push(problemAt(ctx, parent, `name \`${showKey(key)}\` ${inner}. Rename it.`, key));
      continue;
    }
    if (missing.has(pathToString(path)) && issue.code === "invalid_type") {
      if (renamed.has(pathToString(path))) continue;
      const key = String(path[path.length - 1] ?? "");
      out.push(problemAt(ctx, path, `is required: add \`${key}:\` (${issue.message}).`));
      continue;
    }
    const value = valueAt(data, path);
    const kind = mapKindFor(path);
    if (issue.code === "invalid_type" && issue.expected === "object" && kind) {
      const got = value === null ? "nothing" : Array.isArray(value) ? "a list" : `\`${String(value)}\``;
      out.push(
        problemAt(ctx, path, `must be a map ${MAP_EXAMPLES[kind]}, not ${got}. Write its fields under it.`),
      );
      continue;
    }
    const quotedNumber =
      issue.code === "invalid_type" &&
      issue.expected === "number" &&
      typeof value === "string" &&
      /^\s*-?\d+(\.\d+)?\s*%?\s*$/.test(value);
    out.push(
      problemAt(
        ctx,
        path,
        `${issue.message}.${quotedNumber ? ` Write it as a plain number, without quotes or %: \`${value.replace(/[\s%]/g, "")}\`.` : ""}`,
      ),
    );
  }
  return out;
}

function versionList(service: ServiceConfig): string {
  return Object.entries(service.versions)
    .map(([v, c]) => `${v}: ${c.weight}`)
    .join(", ");
}

/** An example path and the object kind of each brought routing file field. */
const BROUGHT_EXAMPLE: Record<Router["broughtField"], string> = {
  virtualService: "path/to/vs.yaml",
  httpRoute: "path/to/httproute.yaml",
};
const BROUGHT_KIND: Record<Router["broughtField"], string> = {
  virtualService: "VirtualService",
  httpRoute: "HTTPRoute",
};

/** Cross-field rules the schema cannot say per field. */
function semanticProblems(
  ctx: Ctx,
  config: RolloutConfig,
  opts: {
    /** Only some services were loaded (a command about one): the others are not checked against. */
    readonly scoped: boolean;
    readonly patterns: readonly IncludePattern[];
  },
): Problem[] {
  const out: Problem[] = [];
  const entries = Object.entries(config.services);
  const escaping = (config.include ?? []).some((entry) => resolveFromConfig(ctx.file, entry) === undefined);
  if (entries.length === 0 && !opts.scoped && !escaping) {
    const patterns = opts.patterns.map((p) => p.pattern);
    out.push(
      patterns.length > 0
        ? problemAt(
            ctx,
            ["include"],
            `matches no file (${patterns.join(", ")}), and \`services\` defines none: rollout.yaml defines no service. Add a file such as ${candidatePaths(opts.patterns, "mnist")[0] ?? "rollout.d/mnist.yaml"} holding one service's namespace, host, versions and stable.`,
          )
        : problemAt(
            ctx,
            ["services"],
            "defines no service. Add one, e.g. `mnist:` with namespace, host, versions and stable (see examples/mnist/rollout.yaml).",
          ),
    );
  }
  (config.include ?? []).forEach((entry, i) => {
    if (resolveFromConfig(ctx.file, entry) === undefined)
      out.push(
        problemAt(
          ctx,
          ["include", i],
          `\`${entry}\` points outside the repository. Use a path inside it, relative to ${ctx.file}'s folder.`,
        ),
      );
  });
  const hosts = new Map<string, string>();
  const folders = new Map<string, string>();
  const gatewayPaths = new Map<string, string>();
  for (const [key, s] of entries) {
    const at = ["services", key];
    const versions = Object.keys(s.versions);
    if (versions.length === 0) {
      out.push(
        problemAt(
          ctx,
          [...at, "versions"],
          "defines no version. Add at least one, e.g. `v1: { weight: 100 }`.",
        ),
      );
      continue;
    }
    if ((COMMAND_WORDS as readonly string[]).includes(key)) {
      out.push(
        problemAt(
          ctx,
          ["services"],
          `service key \`${key}\` is a command word, so \`/rollout ${key} …\` would be misread. Rename the ${ctx.included?.has(key) ? "file" : "service"}.`,
          key,
        ),
      );
    }
    for (const v of versions) {
      if ((COMMAND_WORDS as readonly string[]).includes(v)) {
        out.push(
          problemAt(
            ctx,
            [...at, "versions"],
            `version name \`${v}\` is a command word, so \`${v} 20\` would be misread. Rename the version (e.g. \`v${versions.length + 1}\`).`,
            v,
          ),
        );
      }
    }
    const sum = Object.values(s.versions).reduce((a, v) => a + v.weight, 0);
    if (sum !== 100) {
      out.push(
        problemAt(
          ctx,
          [...at, "versions"],
          `weights add up to ${sum}, not 100 (${versionList(s)}). Change them so they add up to 100.`,
        ),
      );
    }
    if (!versions.includes(s.stable)) {
      out.push(
        problemAt(
          ctx,
          [...at, "stable"],
          `\`${s.stable}\` is not one of the versions (${versions.join(", ")}).${didYouMean(s.stable, versions)} Set it to the version that serves when a rollout aborts.`,
        ),
      );
    }
    s.steps.forEach((step, i) => {
      const prev = i > 0 ? s.steps[i - 1] : undefined;
      if (step === 0)
        out.push(
          problemAt(
            ctx,
            [...at, "steps", i],
            "a step of 0 does nothing. Remove it; steps are canary weights from 1 to 100.",
          ),
        );
      else if (prev !== undefined && step <= prev)
        out.push(
          problemAt(
            ctx,
            [...at, "steps", i],
            `steps must go up: ${step} comes after ${prev}. List them in ascending order, e.g. [10, 25, 50, 100].`,
          ),
        );
    });
    const router = routerOf(s);
    const brought = router.broughtField;
    const broughtRel = s[brought];
    if (!s.manifests && router.editsBrought === false) {
      out.push(
        problemAt(
          ctx,
          at,
          `has no \`manifests\`, where \`router: ${router.name}\` renders its objects. Add \`manifests: deploy/${key}\`.`,
        ),
      );
    } else if (!s.manifests && !broughtRel) {
      out.push(
        problemAt(
          ctx,
          at,
          `has neither \`manifests\` nor \`${brought}\`. Add \`manifests: deploy/${key}\` (rendered by rollout-bot) or \`${brought}: ${BROUGHT_EXAMPLE[brought]}\` (your own file, weights edited in place).`,
        ),
      );
    }
    for (const other of Object.values(ROUTERS)) {
      if (
        other.editsBrought === false ||
        other.broughtField === brought ||
        s[other.broughtField] === undefined
      )
        continue;
      out.push(
        problemAt(
          ctx,
          at,
          `\`${other.broughtField}\` is for \`router: ${other.name}\`, but this service uses \`router: ${router.name}\`. Remove it, or set \`router: ${other.name}\`.`,
          other.broughtField,
        ),
      );
    }
    if (s.kserve && router.name !== "kserve")
      out.push(
        problemAt(
          ctx,
          at,
          `\`kserve\` is for \`router: kserve\`, but this service uses \`router: ${router.name}\`. Remove it, or set \`router: kserve\`.`,
          "kserve",
        ),
      );
    for (const p of [
      ...router.problems({ key, service: s, clusterDomain: config.clusterDomain }),
      ...checkProblems(s),
    ])
      out.push(problemAt(ctx, [...at, ...p.path], p.message, p.key));
    if (s.mirror) {
      const m = s.mirror;
      const w = s.versions[m.version]?.weight;
      if (w === undefined)
        out.push(
          problemAt(
            ctx,
            [...at, "mirror", "version"],
            `\`${m.version}\` is not one of the versions (${versions.join(", ")}).${didYouMean(m.version, versions)} Name the version that should receive the copies.`,
          ),
        );
      else if (w > 0 || m.version === s.stable)
        out.push(
          problemAt(
            ctx,
            [...at, "mirror", "version"],
            `\`${m.version}\` serves live traffic (${w} %${m.version === s.stable ? ", and is stable" : ""}): its metrics would mix copies with real answers. Shadow a version at weight 0, or remove \`mirror\`.`,
          ),
        );
    }
    if (s.gateway) {
      const route = `${s.gateway.includes("/") ? s.gateway : `${s.namespace}/${s.gateway}`} ${routePath(key, s)}`;
      const taken = gatewayPaths.get(route);
      if (taken)
        out.push(
          problemAt(
            ctx,
            [...at, s.path === undefined ? "gateway" : "path"],
            `gateway \`${s.gateway}\` already routes \`${routePath(key, s)}\` to service \`${taken}\`. Give this service its own \`path\`.`,
          ),
        );
      else gatewayPaths.set(route, key);
    }
    if (s.tfServing && !s.manifests) {
      out.push(
        problemAt(
          ctx,
          [...at, "tfServing"],
          "needs `manifests`: the folder where the TF Serving Deployments and Service are rendered. Add `manifests: deploy/" +
            key +
            "`.",
        ),
      );
    }
    if (s.tfServing) {
      for (const [v, c] of Object.entries(s.versions)) {
        if (!c.modelBasePath)
          out.push(
            problemAt(
              ctx,
              [...at, "versions", v],
              `has no \`modelBasePath\`, which tfServing needs. Add e.g. \`modelBasePath: gs://bucket/${s.tfServing.modelName}/${v}\`.`,
            ),
          );
        const name = `${key}-${v}`;
        if (name.length > 63)
          out.push(
            problemAt(
              ctx,
              [...at, "versions"],
              `Deployment name \`${name}\` is longer than 63 characters. Shorten the service key or version name.`,
              v,
            ),
          );
      }
    }
    const hostKey = `${s.namespace}/${s.host}`;
    const other = hosts.get(hostKey);
    if (other)
      out.push(
        problemAt(
          ctx,
          [...at, "host"],
          `\`${s.host}\` in namespace \`${s.namespace}\` is already routed by service \`${other}\`. Give each service its own host (or merge the two into one service with several versions).`,
        ),
      );
    else hosts.set(hostKey, key);
    for (const field of ["manifests", brought] as const) {
      const rel = s[field];
      if (rel !== undefined && resolveFromConfig(ctx.file, rel) === undefined) {
        out.push(
          problemAt(
            ctx,
            [...at, field],
            `\`${rel}\` points outside the repository. Use a path inside it, relative to ${ctx.file}'s folder.`,
          ),
        );
      }
    }
    const vsPath = broughtRel === undefined ? undefined : resolveFromConfig(ctx.file, broughtRel);
    const manifestsPath = s.manifests === undefined ? undefined : resolveFromConfig(ctx.file, s.manifests);
    if (
      vsPath !== undefined &&
      manifestsPath !== undefined &&
      (manifestsPath === "" || vsPath.startsWith(`${manifestsPath}/`))
    ) {
      out.push(
        problemAt(
          ctx,
          [...at, brought],
          `\`${broughtRel}\` is inside the manifests folder \`${s.manifests}\`, which rollout-bot renders and owns. Move your ${BROUGHT_KIND[brought]} file out of it.`,
        ),
      );
    }
    const folder = s.manifests === undefined ? undefined : resolveFromConfig(ctx.file, s.manifests);
    if (s.manifests && folder !== undefined) {
      const prevFolder = folders.get(folder);
      if (prevFolder)
        out.push(
          problemAt(
            ctx,
            [...at, "manifests"],
            `folder \`${s.manifests}\` is already used by service \`${prevFolder}\`. Give each service its own folder.`,
          ),
        );
      else folders.set(folder, key);
    }
  }
  return out;
}

const YAML_HINT = "Fix the YAML at this spot (rollout.yaml takes plain YAML: no custom tags, one document).";

/** A YAML problem before it is placed: a source offset, what went wrong and what to do. */
interface YamlIssue {
  readonly offset: number;
  readonly what: string;
  readonly hint: string;
  /** A construct YAML allows but rollout.yaml does not (a custom tag), rather than broken syntax. */
  readonly warning?: boolean;
}

/** Line `line` (1-based): where it starts, its indentation, and its text without a comment. */
function lineAt(
  text: string,
  lines: LineCounter,
  line: number,
): { start: number; indent: number; content: string } {
  const start = lines.lineStarts[line - 1] ?? 0;
  const end = text.indexOf("\n", start);
  const raw = text.slice(start, end < 0 ? text.length : end);
  const content = raw.replace(/(^|\s)#.*$/, "").trimEnd();
  return { start, indent: raw.length - raw.trimStart().length, content };
}

/** The nearest line above `line` that holds YAML (not blank, not only a comment). */
function lineAbove(text: string, lines: LineCounter, line: number) {
  for (let l = line - 1; l >= 1; l--) {
    const at = lineAt(text, lines, l);
    if (at.content.trim() !== "") return { line: l, ...at };
  }
  return undefined;
}

/** Flow collections (`{ ... }`, `[ ... ]`) in the document, innermost last. */
function flowCollections(doc: Document): Node[] {
  const out: Node[] = [];
  visit(doc, {
    Collection(_, node) {
      if (node.flow) out.push(node);
    },
  });
  return out;
}

/**
 * Turns the YAML library's errors into problems that point at the line to fix: an unclosed
 * `{`/`[` at its opening, a line indented too deep rather than the value above it, and without
 * the errors that only follow from an earlier one.
 */
function yamlProblems(ctx: Ctx, text: string, errors: readonly YAMLError[]): Problem[] {
  const { lines } = ctx;
  const issues: YamlIssue[] = [];
  const skip = new Set<YAMLError>();
  const plain = (e: YAMLError) => e.message.replace(/ at line \d+, column \d+[\s\S]*$/, "").trim();
  // A tab in the indentation throws every later column off: report the tabs alone.
  const tabs = errors.filter((e) => e.code === "TAB_AS_INDENT");
  const considered = tabs.length > 0 ? tabs : errors;
  // Unclosed `{`/`[` first: the errors inside them only follow from it.
  const flowEnd = (e: YAMLError) => /^Flow (map|sequence) in block collection/.test(e.message);
  const ordered = [...considered.filter(flowEnd), ...considered.filter((e) => !flowEnd(e))];
  for (const e of ordered) {
    if (skip.has(e)) continue;
    const msg = plain(e);
    const flow =
      /^Flow (map|sequence) in block collection must be sufficiently indented and end with a ([}\]])/.exec(
        msg,
      );
    if (flow) {
      const [, kind, close] = flow;
      const open = close === "}" ? "{" : "[";
      const at = lines.linePos(e.pos[0]);
      const collection = flowCollections(ctx.doc)
        .filter((n) => n.range && n.range[0] < e.pos[0] && n.range[1] >= e.pos[0])
        .pop();
      const { content } = lineAt(text, lines, at.line);
      if (collection?.range && !content.includes(close ?? "")) {
        // Never closed: the parser only noticed at the next key. Everything in between follows from it.
        const from = collection.range[0];
        for (const other of considered) if (other.pos[0] >= from && other.pos[0] <= e.pos[0]) skip.add(other);
        const opening = lineAt(text, lines, lines.linePos(from).line).content.trim();
        issues.push({
          offset: from,
          what: `the flow ${kind} opened with \`${open}\` here is never closed`,
          hint: opening.endsWith(open)
            ? `Add \`${close}\` where it ends, or remove the \`${open}\` and write the value as indented lines.`
            : `Add \`${close}\` where it ends, e.g. \`${opening}${close === "}" ? " }" : "]"}\`.`,
        });
        continue;
      }
      for (const other of considered) if (other !== e && other.pos[0] === e.pos[0]) skip.add(other);
      issues.push({
        offset: e.pos[0],
        what: `this line continues a flow ${kind} (\`${open} ... ${close}\`) but is not indented deeper than its key`,
        hint: "Indent it further, or put the whole value on the line of its key.",
      });
      continue;
    }
    if (e.code === "MULTILINE_IMPLICIT_KEY" || e.code === "BLOCK_AS_IMPLICIT_KEY") {
      const group = considered.filter(
        (o) =>
          o.pos[0] === e.pos[0] &&
          (o.code === "MULTILINE_IMPLICIT_KEY" || o.code === "BLOCK_AS_IMPLICIT_KEY"),
      );
      for (const other of group) skip.add(other);
      const multi = group.find((o) => o.code === "MULTILINE_IMPLICIT_KEY");
      const start = lines.linePos(e.pos[0]);
      const line = lineAt(text, lines, start.line);
      const end = multi ? lines.linePos(multi.pos[1]).line : start.line;
      if (start.col - 1 > line.indent && end > start.line) {
        // `namespace: kubeflow` followed by a line indented deeper: YAML reads it as more of the value.
        const next = lineAt(text, lines, end);
        issues.push({
          offset: next.start + next.indent,
          what: `this line is indented deeper than the line above it (line ${start.line}), so it reads as part of that value`,
          hint: "Indent it like the keys around it.",
        });
      } else if (start.col - 1 === line.indent && !line.content.includes(":")) {
        const key = line.content.trim();
        issues.push({
          offset: e.pos[0],
          what: `\`${key}\` has no \`:\` after it, so YAML joins it with the next line`,
          hint: `Write \`${key}:\`.`,
        });
      } else {
        issues.push({
          offset: e.pos[0],
          what: `${msg} (a value here is followed by \`key: value\` on the same line or a line indented deeper)`,
          hint: "Put one `key: value` per line, or quote the value if it contains `: `.",
        });
      }
      continue;
    }
    if (e.code === "BAD_INDENT" && msg.startsWith("All mapping items must start at the same column")) {
      // Only the first, and only when nothing came before: after an error the parser is out of
      // step and flags correct lines too.
      for (const other of considered)
        if (other !== e && other.code === e.code && other.message === e.message) skip.add(other);
      if (issues.length > 0) continue;
      const at = lines.linePos(e.pos[0]);
      const above = lineAbove(text, lines, at.line);
      if (above && !above.content.includes(":") && !above.content.trim().startsWith("-")) {
        const key = above.content.trim();
        issues.push({
          offset: above.start + above.indent,
          what: `\`${key}\` has no \`:\` after it, so the indented lines below it do not belong to it`,
          hint: `Write \`${key}:\`.`,
        });
        continue;
      }
      const here = lineAt(text, lines, at.line);
      issues.push({
        offset: e.pos[0],
        what:
          above && above.indent !== here.indent
            ? `${msg}: this line is indented ${here.indent} spaces, the line above (line ${above.line}) ${above.indent}`
            : msg,
        hint: "Indent keys of the same map by the same number of spaces.",
      });
      continue;
    }
    if (e.code === "DUPLICATE_KEY") {
      const pair = duplicatePair(ctx.doc, e.pos[0]);
      issues.push({
        offset: e.pos[0],
        what: pair
          ? `\`${pair.key}\` appears twice in this map (first on line ${lines.linePos(pair.first).line})`
          : msg,
        hint: "Remove one of them.",
      });
      continue;
    }
    const hints: Partial<Record<string, string>> = {
      MULTIPLE_DOCS:
        "Remove this `---` and what follows, or merge it into the first document: rollout.yaml is one document.",
      TAB_AS_INDENT: "Indent with spaces.",
      BAD_SCALAR_START: "Put the value in quotes, or remove that character.",
    };
    issues.push({
      offset: e.pos[0],
      warning: e.name === "YAMLWarning",
      what:
        e.code === "MULTIPLE_DOCS"
          ? "the file holds more than one YAML document"
          : msg === "Implicit map keys need to be followed by map values"
            ? `${msg} (no \`:\` and space after a key)`
            : msg,
      hint:
        hints[e.code] ??
        (msg === "Implicit map keys need to be followed by map values"
          ? "Write `key: value`, with a space after the colon."
          : msg.startsWith("Missing closing")
            ? "Add the closing quote at the end of the value."
            : YAML_HINT),
    });
  }
  const seen = new Set<string>();
  return issues
    .sort((a, b) => a.offset - b.offset)
    .flatMap((i) => {
      const { line, col } = lines.linePos(i.offset);
      const message = `YAML ${i.warning ? "not accepted" : "syntax error"}: ${i.what}. ${i.hint}`;
      const id = `${line}:${message}`;
      if (seen.has(id)) return [];
      seen.add(id);
      return [{ file: ctx.file, line, column: col, path: "", message }];
    });
}

/** For a duplicate key at `offset`: its name and where it first appears. */
function duplicatePair(doc: Document, offset: number): { key: string; first: number } | undefined {
  let found: { key: string; first: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const dup = map.items.find((p) => isScalar(p.key) && p.key.range?.[0] === offset);
      if (!dup || !isScalar(dup.key)) return undefined;
      const name = String(dup.key.value);
      const first = map.items.find((p) => isScalar(p.key) && String(p.key.value) === name);
      const start = first && isScalar(first.key) ? first.key.range?.[0] : undefined;
      found = { key: name, first: start ?? offset };
      return visit.BREAK;
    },
  });
  return found;
}

/** A map key that is itself a list or map, which rollout.yaml has no use for. */
function firstCollectionKey(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isCollection(pair.key)) {
        found = pair.key;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** A map key `__proto__`, which JavaScript objects cannot hold as data. */
function protoKey(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && String(pair.key.value) === "__proto__") {
        found = pair.key;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Why `toJS` refused the document (an alias it cannot or will not expand), at that alias. */
function aliasProblem(ctx: Ctx, cause: unknown): Problem {
  const msg = cause instanceof Error ? cause.message : String(cause);
  const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(msg)?.[1];
  let alias: Alias | undefined;
  visit(ctx.doc, {
    Alias(_, node) {
      if (unresolved === undefined || node.source === unresolved) {
        alias = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  const where = alias ? position(ctx.lines, alias) : { line: 1, column: 1 };
  const message =
    unresolved !== undefined
      ? `YAML syntax error: \`*${unresolved}\` refers to no anchor: there is no \`&${unresolved}\` before it. Define the anchor above, or write the value out.`
      : `cannot be read as YAML data: ${msg}. Remove anchors/aliases that expand too much (\`&name\`, \`*name\`) and write the values out.`;
  return { file: ctx.file, ...where, path: "", message };
}

/** Parses and validates rollout.yaml text (and the files it includes). Pure: the caller reads the files. */
export function loadConfig(params: {
  readonly text: string;
  readonly file: string;
  /**
   * Parse and validate only this service (and the top-level keys) when the file's layout allows:
   * a command about one service then costs the same in a 1-service and a 1,000-service file.
   * Falls back to the whole file, whose problems are then reported. With `include:`, only this
   * service's own file is read from `included`.
   */
  readonly only?: string;
  /** A scan of this same text, to save scanning it again. */
  readonly scan?: ServiceScan;
  /**
   * The files `include:` may bring (path → text; other paths are ignored, so a whole-repository
   * snapshot will do). Required when rollout.yaml has `include:`: without it the load is refused
   * rather than silently missing services. For a whole load, every included file; for `only`,
   * at least that service's (see `candidatePaths`).
   */
  readonly included?: FileTexts;
}): LoadResult {
  // Before any parser or validator recurses into it, so every command stops at the same spot.
  const deep = nestingProblem(params.text, params.file);
  if (deep) return { ok: false, reason: "invalid-config", problems: [deep], message: formatProblems([deep]) };
  const { text, file, only, included } = params;
  if (only !== undefined) {
    const scan = params.scan ?? scanServices(text);
    const slice = scan && sliceForService({ text, scan, key: only });
    if (slice) {
      const r = loadWhole({ text: slice.text, file, included, only });
      if (r.ok) return { ok: true, loaded: { ...r.loaded, text, offset: slice.offset, scope: only, scan } };
    } else if (included !== undefined) {
      // Not written in rollout.yaml: perhaps in its own file. rollout.yaml without its services
      // then costs the same however many it holds.
      const root = scan ? withoutServices(text, scan) : text;
      const r = loadWhole({ text: root, file, included, only });
      if (r.ok && r.loaded.included.has(only))
        return { ok: true, loaded: { ...r.loaded, text, scope: only, ...(scan ? { scan } : {}) } };
    }
  }
  return loadWhole({ text, file, included, ...(only === undefined ? {} : { only }) });
}

/**
 * rollout.yaml's `include:` patterns, read without loading its services (only the top-level keys
 * are parsed when the layout allows): what tells a caller which files to read. Invalid entries
 * are left out here; loading reports them.
 */
export function includeOf(params: {
  readonly text: string;
  readonly file: string;
  readonly scan?: ServiceScan | undefined;
}): IncludePattern[] {
  const { text, file } = params;
  // Most files have no `include:` at all: say so without parsing.
  if (!/^include[ \t]*:/m.test(text) || nestingProblem(text, file)) return [];
  const scan = params.scan ?? scanServices(text);
  const doc = parseDocument(scan ? withoutServices(text, scan) : text, YAML_OPTIONS);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return [];
  const value: unknown = doc.contents.get("include", true)?.toJSON();
  return includePatterns({ configFile: file, include: Array.isArray(value) ? value : undefined });
}

/** Repository files by path, as far as a caller read them. */
export type FileTexts = ReadonlyMap<string, string>;

/** rollout.yaml with an empty `services:` map in place of its services (the top-level keys stay). */
function withoutServices(text: string, scan: ServiceScan): string {
  return `${text.slice(0, scan.headerEnd)}  {}\n${text.slice(scan.tailStart)}`;
}

type Parsed =
  | {
      readonly ok: true;
      readonly ctx: Ctx & { readonly doc: Document.Parsed };
      readonly data: Record<string, unknown>;
    }
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * One YAML file of the config parsed to a map: rollout.yaml, or an included service's file
 * (`service` set: its key). YAML, key and alias problems are located in that file.
 */
function parseFile(params: {
  readonly text: string;
  readonly file: string;
  readonly service?: string;
}): Parsed {
  const { text, file, service } = params;
  const deep = nestingProblem(text, file);
  if (deep) return { ok: false, problems: [deep] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: lines });
  const ctx = { file, doc, lines };
  const fail = (problems: Problem[]): Parsed => ({ ok: false, problems });
  const yamlIssues = [...doc.errors, ...doc.warnings];
  if (yamlIssues.length > 0) return fail(yamlProblems(ctx, text, yamlIssues));
  if (doc.contents === null) {
    return fail([
      {
        file,
        line: 0,
        column: 0,
        path: "",
        message:
          service === undefined
            ? "is empty. Start from examples/mnist/rollout.yaml."
            : `is empty. Write service \`${service}\`'s settings here (namespace, host, versions, stable: what would sit under \`services.${service}\` in rollout.yaml; see examples/include/rollout.d/), or remove the file.`,
      },
    ]);
  }
  const complexKey = firstCollectionKey(doc);
  if (complexKey) {
    return fail([
      {
        file,
        ...position(lines, complexKey),
        path: "",
        message:
          "YAML syntax error: a key must be a plain name, not a list or map (`? [a]` or `[a]: ...`). Write it as `name: value`.",
      },
    ]);
  }
  const proto = protoKey(doc);
  if (proto) {
    // Turned into data, `__proto__` is dropped or sets the prototype: the map would silently lose it.
    return fail([
      {
        file,
        ...position(lines, proto),
        path: "",
        message:
          "a key named `__proto__` is not allowed. Rename it (services and versions are lowercase names such as mnist or v2).",
      },
    ]);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_OPTIONS.maxAliasCount });
  } catch (cause) {
    return fail([aliasProblem(ctx, cause)]);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail([
      {
        file,
        ...position(lines, isNode(doc.contents) ? doc.contents : undefined),
        path: "",
        message:
          service === undefined
            ? "must be a map with a `services:` key, not a single value or a list. Start from examples/mnist/rollout.yaml."
            : `must be a map of service \`${service}\`'s settings (namespace, host, versions, stable), not a single value or a list. See examples/include/rollout.d/.`,
      },
    ]);
  }
  return { ok: true, ctx, data: data as Record<string, unknown> };
}

/**
 * The services of the included files merged into rollout.yaml's data, each file's context for
 * locating problems, or the problems of the files themselves (names, duplicates, YAML).
 */
function mergeIncluded(params: {
  readonly root: Ctx;
  readonly data: Record<string, unknown>;
  readonly patterns: readonly IncludePattern[];
  readonly included: FileTexts | undefined;
  readonly only?: string;
}):
  | {
      readonly ok: true;
      readonly data: Record<string, unknown>;
      readonly files: ReadonlyMap<string, ServiceFile>;
      readonly contexts: ReadonlyMap<string, Ctx>;
    }
  | { readonly ok: false; readonly problems: Problem[] } {
  const { root, data, patterns } = params;
  if (!("include" in data)) return { ok: true, data, files: new Map(), contexts: new Map() };
  if (params.included === undefined) {
    return {
      ok: false,
      problems: [
        problemAt(
          root,
          ["include"],
          "is set, but this part of rollout-bot read only rollout.yaml, not the files it includes, so it cannot see every service. Please report this as a bug; meanwhile write the services under `services:` in rollout.yaml.",
        ),
      ],
    };
  }
  const inline = data.services;
  const services: Record<string, unknown> =
    inline === undefined || inline === null
      ? {}
      : typeof inline === "object" && !Array.isArray(inline)
        ? { ...(inline as Record<string, unknown>) }
        : {};
  const problems: Problem[] = [];
  const files = new Map<string, ServiceFile>();
  const contexts = new Map<string, Ctx>();
  const texts = params.included;
  const found = includedFiles({
    patterns,
    paths: texts.keys(),
    ...(params.only === undefined ? {} : { only: params.only }),
  });
  for (const { path, key } of found) {
    const text = texts.get(path) ?? "";
    const atFile = (message: string): Problem => ({ file: path, line: 0, column: 0, path: "", message });
    if (!isServiceKey(key)) {
      problems.push(
        atFile(
          `file name \`${showKey(key)}\` cannot be a service key: a service's file is named after its key, a lowercase Kubernetes name (a-z, 0-9 and '-', at most 63 characters, e.g. mnist-v2). Rename the file, e.g. to ${path.slice(0, path.lastIndexOf("/") + 1)}${
            key
              .toLowerCase()
              .replace(/[^a-z0-9-]+/g, "-")
              .replace(/^-+|-+$/g, "") || "mnist"
          }${path.endsWith(".yml") ? ".yml" : ".yaml"}.`,
        ),
      );
      continue;
    }
    const other = files.get(key);
    if (other) {
      problems.push(
        atFile(
          `gives service \`${key}\`, which ${other.file} already gives. Keep one file per service: remove or rename one.`,
        ),
      );
      continue;
    }
    if (Object.hasOwn(services, key) && !files.has(key)) {
      problems.push(
        problemAt(
          root,
          ["services"],
          `service \`${key}\` is defined both here and in ${path} (from \`include\`). Define it in one place: remove it here or delete the file.`,
          key,
        ),
      );
      continue;
    }
    const parsed = parseFile({ text, file: path, service: key });
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    services[key] = parsed.data;
    files.set(key, { file: path, text, doc: parsed.ctx.doc, lines: parsed.ctx.lines });
    contexts.set(key, parsed.ctx);
  }
  // A folder pattern may match nothing yet; a file named outright is a typo when it is not there.
  if (params.only === undefined)
    for (const p of patterns) {
      if (p.kind === "file" && !texts.has(p.path))
        problems.push(
          problemAt(
            root,
            ["include", Array.isArray(data.include) ? data.include.indexOf(p.pattern) : 0],
            `\`${p.pattern}\` does not exist (${p.path}). Fix the path, commit the file, or use a folder pattern such as rollout.d/*.yaml, which may match nothing.`,
          ),
        );
    }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, data: { ...data, services }, files, contexts };
}

function loadWhole(params: {
  readonly text: string;
  readonly file: string;
  readonly included: FileTexts | undefined;
  /** Only this service's included file is read; cross-service checks cover what was loaded. */
  readonly only?: string;
}): LoadResult {
  const { text, file } = params;
  const fail = (problems: Problem[]): LoadResult => ({
    ok: false,
    reason: "invalid-config",
    problems,
    message: formatProblems(problems),
  });
  const root = parseFile({ text, file });
  if (!root.ok) return fail(root.problems);
  const { doc, lines } = root.ctx;
  const patterns = includePatterns({
    configFile: file,
    include: Array.isArray(root.data.include) ? root.data.include : undefined,
  });
  const merged = mergeIncluded({
    root: root.ctx,
    data: root.data,
    patterns,
    included: params.included,
    ...(params.only === undefined ? {} : { only: params.only }),
  });
  if (!merged.ok) return fail(merged.problems);
  const { data } = merged;
  const ctx: Ctx = { file, doc, lines, included: merged.contexts };
  const scoped = params.only !== undefined;
  const parsed = RolloutSchema.safeParse(data);
  if (!parsed.success) {
    // Report every independent problem in one run: the cross-field rules too, on what is valid.
    const schema = zodProblems(ctx, parsed.error, data);
    const partial = withoutInvalid(data, parsed.error);
    if (!partial) return fail(schema);
    const seen = new Set(schema.map((p) => `${p.file}\n${p.path}\n${p.message}`));
    // A service left out for its own problems, or an `include` the schema refused, is not "no service".
    const more = semanticProblems(ctx, partial.config, {
      scoped: scoped || "include" in data || partial.removed.some((r) => r.startsWith("services.")),
      patterns,
    }).filter(
      (p) =>
        !seen.has(`${p.file}\n${p.path}\n${p.message}`) &&
        !partial.removed.some((r) => related(configPathOf(ctx, p), r)),
    );
    return fail(
      [...schema, ...more].sort(
        (a, b) =>
          (a.file === b.file ? 0 : a.file === file ? -1 : b.file === file ? 1 : a.file < b.file ? -1 : 1) ||
          (a.line || Infinity) - (b.line || Infinity) ||
          a.column - b.column,
      ),
    );
  }
  const semantic = semanticProblems(ctx, parsed.data, { scoped, patterns });
  if (semantic.length > 0) return fail(semantic);
  return {
    ok: true,
    loaded: {
      file,
      text,
      parsed: text,
      config: parsed.data,
      doc,
      lines,
      offset: 0,
      include: patterns,
      included: merged.files,
    },
  };
}

/** A problem's path as a config path (`services.<key>.…`), for one in an included file. */
function configPathOf(ctx: Ctx, p: Problem): string {
  for (const [key, c] of ctx.included ?? []) {
    if (c.file === p.file) return p.path ? `services.${key}.${p.path}` : `services.${key}`;
  }
  return p.path;
}

/** `resolveFromConfig` for a validated config, where paths are known to stay inside the repository. */
export function repoPath(configFile: string, rel: string): string {
  const p = resolveFromConfig(configFile, rel);
  if (p === undefined) throw new Error(`${rel} escapes the repository; loadConfig should have refused it`);
  return p;
}

/** Whether `path` is a file directly in `folder` ("" is the repository root): where rendered manifests live. */
export function directlyIn(folder: string, path: string): boolean {
  const prefix = folder ? `${folder}/` : "";
  return path.startsWith(prefix) && !path.slice(prefix.length).includes("/");
}

/** Whether two dotted paths are the same field, or one is inside the other. */
function related(a: string, b: string): boolean {
  const inside = (x: string, y: string) => x === y || x.startsWith(`${y}.`) || x.startsWith(`${y}[`);
  return inside(a, b) || inside(b, a);
}

/**
 * The config with each invalid field removed (optional ones fall back to their defaults), and
 * services that still do not validate left out, for the cross-field rules; the removed paths.
 * Undefined when even that does not validate.
 */
function withoutInvalid(
  data: unknown,
  error: z.ZodError,
): { readonly config: RolloutConfig; readonly removed: readonly string[] } | undefined {
  const copy = structuredClone(data) as Record<string, unknown>;
  const removed: string[] = [];
  const drop = (path: readonly PropertyKey[]) => {
    let cur: unknown = copy;
    for (const k of path.slice(0, -1)) {
      if (typeof cur !== "object" || cur === null || !Object.hasOwn(cur, k)) return;
      cur = (cur as Record<PropertyKey, unknown>)[k];
    }
    const last = path.at(-1);
    if (last === undefined || typeof cur !== "object" || cur === null || !Object.hasOwn(cur, last)) return;
    delete (cur as Record<PropertyKey, unknown>)[last];
    removed.push(pathToString(path));
  };
  let issues = error.issues;
  for (let round = 0; round < 3 && issues.length > 0; round++) {
    for (const issue of issues) {
      const path = issue.path as PropertyKey[];
      if (path.length === 0) return undefined;
      if (issue.code === "unrecognized_keys") for (const k of issue.keys) drop([...path, k]);
      else drop(path);
    }
    const again = RolloutSchema.safeParse(copy);
    if (again.success) return { config: again.data, removed };
    issues = again.error.issues;
  }
  // Leave out the services that still fail (a required field was invalid).
  const services = copy.services;
  if (typeof services !== "object" || services === null || Array.isArray(services)) return undefined;
  const keys = new Set<PropertyKey>();
  for (const i of issues) {
    const key = i.path[1];
    if (i.path[0] !== "services" || key === undefined) return undefined;
    keys.add(key);
  }
  for (const key of keys) {
    delete (services as Record<PropertyKey, unknown>)[key];
    removed.push(pathToString(["services", key]));
  }
  const last = RolloutSchema.safeParse(copy);
  return last.success ? { config: last.data, removed } : undefined;
}
