import { createTwoFilesPatch } from "diff";
import { isMap, isSeq, LineCounter, type Node, parseAllDocuments } from "yaml";
import {
  directlyIn,
  includeOf,
  type LoadedConfig,
  type LoadResult,
  loadConfig,
  repoPath,
  serviceSource,
} from "./config.js";
import { nestingProblem } from "./depth.js";
import { editConfigWeights } from "./edit.js";
import {
  candidatePaths,
  type IncludePattern,
  includedFiles,
  includeSources,
  isServiceKey,
} from "./include.js";
import {
  type PlanRefusal,
  planTraffic,
  sameMirror,
  type TrafficPlan,
  type Weights,
  weightsOf,
} from "./plan.js";
import { GENERATED_MARK, renderService, routerInput } from "./render.js";
import { type ParseRequestResult, parseTrafficRequest, type TrafficRequest } from "./request.js";
import { routerOf } from "./routers/index.js";
import { type ServiceScan, scanServices } from "./scan.js";
import { didYouMean } from "./suggest.js";

/** A file to write (`after` set) or delete (`after` undefined). `before` undefined: a new file. */
export interface FileChange {
  readonly path: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

/** Repository files the core may read: path → text. Folders are implied by paths. */
export type FileSnapshot = ReadonlyMap<string, string>;

export type ChangeRefusal =
  | "invalid-config"
  | "invalid-manifest"
  | "missing-file"
  | "invalid-yaml"
  | "no-matching-route"
  | "route-mismatch"
  | "hand-edited";

export type ChangesResult =
  | {
      readonly ok: true;
      readonly changes: readonly FileChange[];
      /** What an edit of a brought file had to add (e.g. a missing `weight:`), for the plan. */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly reason: ChangeRefusal; readonly message: string };

function changed(path: string, before: string | undefined, after: string | undefined): FileChange[] {
  return before === after ? [] : [{ path, before, after }];
}

/** How a message names a service's settings: `rollout.yaml: services.mnist` or its own file. */
function settingsOf(loaded: LoadedConfig, key: string): string {
  const own = loaded.included.get(key);
  return own ? own.file : `${loaded.file}: services.${key}`;
}

/**
 * What rollout-bot writes for `services` (all when omitted), diffed against the snapshot: the
 * rendered manifests, stale rendered files to delete, and the weights in routing files the user
 * brought (edited by the service's router).
 */
export function renderChanges(params: {
  readonly loaded: LoadedConfig;
  readonly files: FileSnapshot;
  readonly services?: readonly string[];
}): ChangesResult {
  const { loaded, files } = params;
  const keys = params.services ?? Object.keys(loaded.config.services);
  const out: FileChange[] = [];
  const notes: string[] = [];
  for (const key of keys) {
    const service = loaded.config.services[key];
    if (!service) continue;
    const r = renderService({ configFile: loaded.file, key, service, config: loaded.config });
    if (!r.ok)
      return {
        ok: false,
        reason: r.reason,
        message: `${settingsOf(loaded, key)}: ${r.message}`,
      };
    const wanted = new Set(r.files.map((f) => f.path));
    for (const f of r.files) out.push(...changed(f.path, files.get(f.path), f.content));
    const router = routerOf(service);
    const brought = service[router.broughtField];
    if (brought !== undefined) {
      const path = repoPath(loaded.file, brought);
      const before = files.get(path);
      if (before === undefined) {
        return {
          ok: false,
          reason: "missing-file",
          message: `${settingsOf(loaded, key)}${loaded.included.has(key) ? ": " : "."}${router.broughtField}: \`${path}\` does not exist. Fix the path or commit the file.`,
        };
      }
      const edited = router.edit({
        file: path,
        text: before,
        input: routerInput({ config: loaded.config, key, service }),
        weights: weightsOf(service),
      });
      if (!edited.ok) return edited;
      notes.push(...edited.notes);
      out.push(...changed(path, before, edited.text));
    }
    if (service.manifests) {
      const folder = repoPath(loaded.file, service.manifests);
      for (const [path, text] of files) {
        // Only files rollout-bot wrote itself are removed (e.g. the Deployment of a dropped version).
        if (directlyIn(folder, path) && !wanted.has(path) && text.startsWith(GENERATED_MARK)) {
          out.push({ path, before: text, after: undefined });
        }
      }
    }
  }
  return { ok: true, changes: out, notes };
}

export type SetResult =
  | {
      readonly ok: true;
      readonly plan: TrafficPlan;
      readonly changes: readonly FileChange[];
      /** What the change had to add beyond weights (see ChangesResult). */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly reason: ChangeRefusal | PlanRefusal; readonly message: string };

/**
 * Plans a traffic request and computes every file it changes: the weight (and mirror) lines of
 * the file holding the service (rollout.yaml, or its own included file), the re-rendered
 * manifests, and the weights of a bring-your-own VirtualService. Pure: the caller supplies the
 * files and writes the result.
 */
export function planSet(params: {
  readonly loaded: LoadedConfig;
  readonly request: TrafficRequest;
  readonly files: FileSnapshot;
  /** Weights serving now, when `loaded` is an open rollout PR's branch (see planTraffic). */
  readonly live?: Weights;
}): SetResult {
  const { loaded, request, files } = params;
  const planned = planTraffic({
    config: loaded.config,
    request,
    ...(params.live ? { live: params.live } : {}),
  });
  if (!planned.ok) return planned;
  const { plan } = planned;
  const edit = editConfigWeights({
    loaded,
    service: plan.service,
    after: plan.after,
    stableAfter: plan.stableAfter,
    ...(sameMirror(plan.mirrorBefore, plan.mirrorAfter) ? {} : { mirrorAfter: plan.mirrorAfter ?? null }),
  });
  // Re-load what was parsed, edited: it must still validate and say exactly what was planned.
  const own = loaded.included.get(plan.service);
  const reloaded = own
    ? loadConfig({
        text: loaded.parsed,
        file: loaded.file,
        included: new Map([[own.file, edit.parsed]]),
        only: plan.service,
      })
    : loadConfig({ text: edit.parsed, file: loaded.file, included: new Map() });
  if (!reloaded.ok) throw new Error(`edited ${edit.file} no longer validates:\n${reloaded.message}`);
  const service = reloaded.loaded.config.services[plan.service];
  if (!service || Object.entries(plan.after).some(([v, w]) => service.versions[v]?.weight !== w)) {
    throw new Error(`edited ${edit.file} does not carry the planned weights for ${plan.service}`);
  }
  if (service.stable !== plan.stableAfter || !sameMirror(service.mirror, plan.mirrorAfter)) {
    throw new Error(`edited ${edit.file} does not carry the planned stable and mirror for ${plan.service}`);
  }
  // Re-rendering would silently undo a hand edit of a rendered file: refuse instead.
  const edited = handEdit({ loaded, key: plan.service, files, after: reloaded.loaded });
  if (edited) return { ok: false, reason: "hand-edited", message: edited };
  const rendered = renderChanges({ loaded: reloaded.loaded, files, services: [plan.service] });
  if (!rendered.ok) return rendered;
  return {
    ok: true,
    plan,
    changes: [
      ...changed(edit.file, serviceSource(loaded, plan.service).text, edit.text),
      ...rendered.changes,
    ],
    notes: rendered.notes,
  };
}

type Path = readonly (string | number)[];

/** Every path (document index first) where two YAML values differ, with both values, in order. */
function differences(
  a: unknown,
  b: unknown,
  path: Path = [],
  out: { path: Path; was: unknown; is: unknown }[] = [],
): { path: Path; was: unknown; is: unknown }[] {
  if (Object.is(a, b)) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) differences(a[i], b[i], [...path, i], out);
    return out;
  }
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(rb), ...Object.keys(ra)]))
      differences(ra[k], rb[k], [...path, k], out);
    return out;
  }
  out.push({ path, was: b, is: a });
  return out;
}

/** Whether one path is the other or inside it. */
function overlaps(a: Path, b: Path): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

const docsOf = (text: string) => parseAllDocuments(text);
const jsOf = (text: string): unknown[] => {
  const d = docsOf(text);
  return (Array.isArray(d) ? d : [d]).map((x) => x.toJS() as unknown);
};

/** `spec.containers[0].image` from a path inside one document. */
function fieldName(path: Path): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** Where a rendered manifest's field comes from in rollout.yaml, as best known. */
function sourceField(
  key: string,
  service: LoadedConfig["config"]["services"][string],
  file: string,
  path: Path,
): string {
  const last = path.at(-1);
  const version = /deployment-([^/]+)\.yaml$/.exec(file)?.[1];
  if (last === "image" && service.tfServing) {
    return version && service.versions[version]?.image
      ? `services.${key}.versions.${version}.image`
      : `services.${key}.tfServing.image`;
  }
  if (last === "weight") return `services.${key}.versions.<version>.weight`;
  if (version && service.versions[version]) return `services.${key}.versions.${version}`;
  return `services.${key}`;
}

const show = (v: unknown) =>
  v === undefined ? "(none)" : `\`${typeof v === "string" ? v : JSON.stringify(v)}\``;

/**
 * A rendered file (one that starts with GENERATED_MARK) that differs from what the current
 * rollout.yaml renders was edited by hand (or rollout.yaml was edited without `render`):
 * the message naming its `file:line`, the field and where rollout.yaml sets it; else undefined.
 */
export function handEdit(params: {
  readonly loaded: LoadedConfig;
  readonly key: string;
  readonly files: FileSnapshot;
  /** The config after the change: fields the change itself rewrites are not hand edits. */
  readonly after?: LoadedConfig;
}): string | undefined {
  const { loaded, key, files } = params;
  const service = loaded.config.services[key];
  if (!service?.manifests) return undefined;
  const r = renderService({ configFile: loaded.file, key, service, config: loaded.config });
  if (!r.ok) return undefined;
  const afterService = params.after?.config.services[key];
  const next = afterService
    ? renderService({ configFile: loaded.file, key, service: afterService, config: loaded.config })
    : undefined;
  for (const f of r.files) {
    const text = files.get(f.path);
    if (text === undefined || text === f.content || !text.startsWith(GENERATED_MARK)) continue;
    const lines = new LineCounter();
    // Too deep to parse safely is as much a hand edit as not parsing at all.
    const docs = nestingProblem(text, f.path) ? [] : parseAllDocuments(text, { lineCounter: lines });
    if (!Array.isArray(docs) || docs.length === 0 || docs.some((d) => d.errors.length > 0)) {
      return `${f.path}: was edited by hand (it no longer parses as YAML); rollout-bot renders this file from ${serviceSource(loaded, key).file} (services.${key}). Change it there, or run \`rollout-bot render\` to discard the edit.`;
    }
    const want = jsOf(f.content);
    const nextFile = next?.ok ? next.files.find((n) => n.path === f.path) : undefined;
    const altered = nextFile ? differences(jsOf(nextFile.content), want).map((d) => d.path) : [];
    // Only comments or layout differ, or only what the change rewrites anyway (weights, say).
    const diff = differences(
      docs.map((d) => d.toJS() as unknown),
      want,
    ).find((d) => !altered.some((a) => overlaps(a, d.path)));
    if (!diff) continue;
    const [doc, ...inDoc] = diff.path;
    const node = typeof doc === "number" ? nodeAt(docs[doc]?.contents ?? null, inDoc) : undefined;
    const at = node?.range ? `:${lines.linePos(node.range[0]).line}` : "";
    const field = inDoc.length > 0 ? fieldName(inDoc) : "(document)";
    return `${f.path}${at}: ${field}: was edited by hand (${show(diff.was)} → ${show(diff.is)}); rollout-bot renders this file from ${serviceSource(loaded, key).file} (${sourceField(key, service, f.path, inDoc)}). Change it there, or run \`rollout-bot render\` to discard the edit.`;
  }
  return undefined;
}

/** The deepest node of `path` that exists (the parent, for a field added or removed by hand). */
function nodeAt(node: Node | null, path: Path): Node | undefined {
  let cur: Node | null = node;
  for (const p of path) {
    if (isMap(cur)) {
      const pair = cur.items.find((i) => (i.key as { value?: unknown } | null)?.value === p);
      if (!pair) return cur;
      cur = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(cur) && typeof p === "number") {
      const next = cur.items[p] as Node | undefined;
      if (!next) return cur;
      cur = next;
    } else return cur ?? undefined;
  }
  return cur ?? undefined;
}

/** A git-style unified diff of the changes. */
export function unifiedDiff(changes: readonly FileChange[]): string {
  return changes
    .map((c) =>
      createTwoFilesPatch(
        c.before === undefined ? "/dev/null" : `a/${c.path}`,
        c.after === undefined ? "/dev/null" : `b/${c.path}`,
        c.before ?? "",
        c.after ?? "",
        undefined,
        undefined,
        { context: 3 },
      )
        .split("\n")
        .slice(1)
        .join("\n"),
    )
    .join("");
}

export type LoadForRequestResult =
  | { readonly ok: true; readonly loaded: LoadedConfig; readonly request: TrafficRequest }
  | Extract<LoadResult, { ok: false }>
  | Extract<ParseRequestResult, { ok: false }>;

/**
 * What to read beside rollout.yaml for a traffic request, before loading: with `include:`, the
 * file(s) where the service it names may be (`rollout.d/<key>.yaml`; absent ones are simply not
 * there), or, when it names none, the included folders to list and read (one service must then
 * be found among all). Nothing without `include:`. Reading these in one round trip after
 * rollout.yaml is what keeps a command's bytes to the service's own files.
 */
export function requestPaths(params: {
  readonly text: string;
  readonly file: string;
  readonly words: readonly string[];
  readonly scan?: ServiceScan;
}): { readonly files: readonly string[]; readonly folders: readonly string[] } {
  const { text, file } = params;
  // Without `include:` (found without scanning or parsing), there is nothing more to read.
  const patterns = includeOf({ text, file, ...(params.scan ? { scan: params.scan } : {}) });
  if (patterns.length === 0) return { files: [], folders: [] };
  const scan = params.scan ?? scanServices(text);
  const inline = scan?.keys ?? [];
  const words = params.words.filter((w) => w !== "");
  const first = words.find((w) => w !== "--force");
  // A named service's file is read even when rollout.yaml defines it too: that is refused.
  if (first !== undefined && isServiceKey(first)) {
    const named = parseTrafficRequest({ words, serviceKeys: [...new Set([...inline, first])] });
    if (named.ok && named.request.service === first)
      return { files: candidatePaths(patterns, first), folders: [] };
  }
  const parsed = parseTrafficRequest({ words, serviceKeys: inline });
  // Words no set of services would make valid: nothing more to read.
  if (!parsed.ok && parsed.reason === "usage") return { files: [], folders: [] };
  return includeSources(patterns);
}

/** Keys of the included files a caller read (in path order), with rollout.yaml's own first. */
function knownKeys(inline: readonly string[], patterns: readonly IncludePattern[], included?: FileSnapshot) {
  const keys = [...inline];
  if (included)
    for (const f of includedFiles({ patterns, paths: included.keys() }))
      if (isServiceKey(f.key) && !keys.includes(f.key)) keys.push(f.key);
  return keys;
}

/**
 * Parses a request and loads rollout.yaml for it: only the service it is about when the file's
 * layout allows (see `scan.ts`), so the cost does not grow with the number of services. With
 * `include:`, `included` holds what `requestPaths` said to read.
 */
export function loadForRequest(params: {
  readonly text: string;
  readonly file: string;
  readonly words: readonly string[];
  /** The caller's scan of this same text, when it already made one. */
  readonly scan?: ServiceScan;
  /** The included files read for this request (see `requestPaths`): path → text. */
  readonly included?: FileSnapshot;
}): LoadForRequestResult {
  const { text, file, words } = params;
  const scan = params.scan ?? scanServices(text);
  const patterns = includeOf({ text, file, scan });
  const included = params.included ?? (patterns.length > 0 ? undefined : new Map<string, string>());
  const withIncluded = included === undefined ? {} : { included };
  const refuseUnknown = (p: ParseRequestResult): ParseRequestResult => {
    if (p.ok || p.reason !== "unknown-service" || patterns.length === 0) return p;
    const head = words.find((w) => w !== "" && w !== "--force") ?? "";
    const keys = knownKeys(scan?.keys ?? [], patterns, included);
    const paths = candidatePaths(patterns, head);
    return {
      ok: false,
      reason: "unknown-service",
      message: `no service \`${head}\`: ${file} does not define it${paths.length > 0 ? ` and there is no ${paths.join(" or ")}` : ""}.${didYouMean(head, keys)} Put a service key first, e.g. \`${keys[0] ?? "mnist"} ${words.slice(1).join(" ")}\`.`,
    };
  };
  if (scan) {
    const keys = knownKeys(scan.keys, patterns, included);
    const parsed = refuseUnknown(parseTrafficRequest({ words, serviceKeys: keys }));
    if (!parsed.ok) return parsed;
    const only = parsed.request.service ?? (keys.length === 1 ? keys[0] : undefined);
    const r = loadConfig({ text, file, scan, ...withIncluded, ...(only === undefined ? {} : { only }) });
    return r.ok ? { ok: true, loaded: r.loaded, request: parsed.request } : r;
  }
  // Named, a service from its own file is loaded alone (and its absence is an unknown service,
  // not a rollout.yaml without services).
  const named = patterns.length > 0 ? requestPaths({ text, file, words }).files.length > 0 : false;
  const head = words.find((w) => w !== "" && w !== "--force");
  const r = loadConfig({
    text,
    file,
    ...withIncluded,
    ...(named && head !== undefined ? { only: head } : {}),
  });
  if (!r.ok) return r;
  const parsed = refuseUnknown(
    parseTrafficRequest({ words, serviceKeys: Object.keys(r.loaded.config.services) }),
  );
  return parsed.ok ? { ok: true, loaded: r.loaded, request: parsed.request } : parsed;
}
