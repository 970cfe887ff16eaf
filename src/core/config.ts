import { type Document, isMap, isNode, isPair, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";
import { formatProblems, type Problem, pathToString } from "./problems.js";
import { type RolloutConfig, RolloutSchema, type ServiceConfig } from "./schema.js";
import { didYouMean } from "./suggest.js";

/** A parsed, validated rollout.yaml with what edits need to splice it. */
export interface LoadedConfig {
  readonly file: string;
  readonly text: string;
  readonly config: RolloutConfig;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

export type LoadResult =
  | { readonly ok: true; readonly loaded: LoadedConfig }
  | {
      readonly ok: false;
      readonly reason: "invalid-config";
      readonly problems: readonly Problem[];
      readonly message: string;
    };

/** YAML parse options shared by every file the bot reads. */
export const YAML_OPTIONS = {
  uniqueKeys: true,
  maxAliasCount: 100,
  prettyErrors: false,
  strict: true,
} as const;

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
}

function problemAt(ctx: Ctx, path: readonly PropertyKey[], message: string, key?: string): Problem {
  const node =
    key === undefined
      ? nodeAt(ctx.doc, path).node
      : (keyNodeAt(ctx.doc, path, key) ?? nodeAt(ctx.doc, path).node);
  const full = key === undefined ? path : [...path, key];
  return { file: ctx.file, ...position(ctx.lines, node), path: pathToString(full), message };
}

const KNOWN_KEYS: Record<string, readonly string[]> = {
  root: ["grafana", "prometheus", "services"],
  service: [
    "namespace",
    "host",
    "gateway",
    "path",
    "manifests",
    "virtualService",
    "tfServing",
    "versions",
    "stable",
    "steps",
    "policy",
  ],
  version: ["weight", "modelBasePath", "image", "replicas"],
  policy: ["maxStep", "approvals", "reviewers", "gate"],
  gate: ["minRequests", "successRate", "p99LatencyMs", "window"],
  tfServing: ["modelName", "image", "replicas"],
};

function knownKeysFor(path: readonly PropertyKey[]): readonly string[] {
  const last = path[path.length - 1];
  if (path.length === 0) return KNOWN_KEYS.root ?? [];
  if (path.length === 2 && path[0] === "services") return KNOWN_KEYS.service ?? [];
  if (path.length === 4 && path[2] === "versions") return KNOWN_KEYS.version ?? [];
  return (typeof last === "string" ? KNOWN_KEYS[last] : undefined) ?? [];
}

function zodProblems(ctx: Ctx, error: z.ZodError): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const known = knownKeysFor(path);
        out.push(
          problemAt(
            ctx,
            path,
            `unknown field \`${key}\`.${didYouMean(key, known)} Remove it or use one of: ${known.join(", ")}.`,
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
      out.push(problemAt(ctx, parent, `name \`${key}\` ${inner}. Rename it.`, key));
      continue;
    }
    const { found } = nodeAt(ctx.doc, path);
    if (!found && issue.code === "invalid_type") {
      const key = String(path[path.length - 1] ?? "");
      out.push(problemAt(ctx, path, `is required: add \`${key}:\` (${issue.message}).`));
      continue;
    }
    out.push(problemAt(ctx, path, `${issue.message}.`));
  }
  return out;
}

function versionList(service: ServiceConfig): string {
  return Object.entries(service.versions)
    .map(([v, c]) => `${v}: ${c.weight}`)
    .join(", ");
}

/** Cross-field rules the schema cannot say per field. */
function semanticProblems(ctx: Ctx, config: RolloutConfig): Problem[] {
  const out: Problem[] = [];
  const entries = Object.entries(config.services);
  if (entries.length === 0) {
    out.push(
      problemAt(
        ctx,
        ["services"],
        "defines no service. Add one, e.g. `mnist:` with namespace, host, versions and stable (see examples/mnist/rollout.yaml).",
      ),
    );
  }
  const hosts = new Map<string, string>();
  const folders = new Map<string, string>();
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
    if (!s.manifests && !s.virtualService) {
      out.push(
        problemAt(
          ctx,
          at,
          "has neither `manifests` nor `virtualService`. Add `manifests: deploy/" +
            key +
            "` (rendered by rollout-bot) or `virtualService: path/to/vs.yaml` (your own file, weights edited in place).",
        ),
      );
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
          `\`${s.host}\` in namespace \`${s.namespace}\` is already routed by service \`${other}\`. Each service needs its own host.`,
        ),
      );
    else hosts.set(hostKey, key);
    for (const field of ["manifests", "virtualService"] as const) {
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
    if (s.manifests) {
      const prevFolder = folders.get(s.manifests);
      if (prevFolder)
        out.push(
          problemAt(
            ctx,
            [...at, "manifests"],
            `folder \`${s.manifests}\` is already used by service \`${prevFolder}\`. Give each service its own folder.`,
          ),
        );
      else folders.set(s.manifests, key);
    }
  }
  return out;
}

/** Parses and validates rollout.yaml text. Pure: the caller reads the file. */
export function loadConfig(params: { readonly text: string; readonly file: string }): LoadResult {
  const { text, file } = params;
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: lines });
  const ctx: Ctx = { file, doc, lines };
  const fail = (problems: Problem[]): LoadResult => ({
    ok: false,
    reason: "invalid-config",
    problems,
    message: formatProblems(problems),
  });
  const yamlIssues = [...doc.errors, ...doc.warnings];
  if (yamlIssues.length > 0) {
    return fail(
      yamlIssues.map((e) => {
        const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
        const msg = e.message.replace(/ at line \d+, column \d+[\s\S]*$/, "").trim();
        return {
          file,
          line: pos.line,
          column: pos.col,
          path: "",
          message: `YAML ${e.name === "YAMLWarning" ? "not accepted" : "syntax error"}: ${msg}. Fix the YAML at this spot (rollout.yaml takes plain YAML: no custom tags, one document).`,
        };
      }),
    );
  }
  if (doc.contents === null) {
    return fail([
      {
        file,
        line: 0,
        column: 0,
        path: "",
        message: "is empty. Start from examples/mnist/rollout.yaml.",
      },
    ]);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_OPTIONS.maxAliasCount });
  } catch (cause) {
    const msg = cause instanceof Error ? cause.message : String(cause);
    return fail([
      {
        file,
        line: 1,
        column: 1,
        path: "",
        message: `cannot be read as YAML data: ${msg}. Remove anchors/aliases that expand too much.`,
      },
    ]);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail([
      {
        file,
        line: 1,
        column: 1,
        path: "",
        message: "must be a map with a `services:` key (see examples/mnist/rollout.yaml).",
      },
    ]);
  }
  const parsed = RolloutSchema.safeParse(data);
  if (!parsed.success) return fail(zodProblems(ctx, parsed.error));
  const semantic = semanticProblems(ctx, parsed.data);
  if (semantic.length > 0) return fail(semantic);
  return { ok: true, loaded: { file, text, config: parsed.data, doc, lines } };
}

/**
 * Resolves a path from rollout.yaml relative to the folder that holds it (posix, no leading ./);
 * undefined when it climbs out of the repository.
 */
export function resolveFromConfig(configFile: string, rel: string): string | undefined {
  const slash = configFile.lastIndexOf("/");
  const dir = slash >= 0 ? configFile.slice(0, slash) : "";
  const parts = (dir ? `${dir}/${rel}` : rel).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p !== "..") out.push(p);
    else if (out.pop() === undefined) return undefined;
  }
  return out.join("/");
}

/** `resolveFromConfig` for a validated config, where paths are known to stay inside the repository. */
export function repoPath(configFile: string, rel: string): string {
  const p = resolveFromConfig(configFile, rel);
  if (p === undefined) throw new Error(`${rel} escapes the repository; loadConfig should have refused it`);
  return p;
}
