import { createTwoFilesPatch } from "diff";
import { directlyIn, type LoadedConfig, type LoadResult, loadConfig, repoPath } from "./config.js";
import { editConfigWeights } from "./edit.js";
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
  | "route-mismatch";

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
        message: `${loaded.file}: services.${key}: ${r.message}`,
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
          message: `${loaded.file}: services.${key}.${router.broughtField}: \`${path}\` does not exist. Fix the path or commit the file.`,
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

/** The files and folders the loaded services refer to (rollout.yaml itself is already read). */
export function filesNeeded(params: { readonly loaded: LoadedConfig }): {
  readonly files: string[];
  readonly folders: string[];
} {
  const { loaded } = params;
  const files: string[] = [];
  const folders: string[] = [];
  for (const s of Object.values(loaded.config.services)) {
    const brought = s[routerOf(s).broughtField];
    if (brought) files.push(repoPath(loaded.file, brought));
    if (s.manifests) folders.push(repoPath(loaded.file, s.manifests));
  }
  return { files, folders };
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
 * Plans a traffic request and computes every file it changes: rollout.yaml's weight (and mirror)
 * lines, the re-rendered manifests, and the weights of a bring-your-own VirtualService. Pure: the caller
 * supplies the files and writes the result.
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
  const { text, parsed } = editConfigWeights({
    loaded,
    service: plan.service,
    after: plan.after,
    stableAfter: plan.stableAfter,
    ...(sameMirror(plan.mirrorBefore, plan.mirrorAfter) ? {} : { mirrorAfter: plan.mirrorAfter ?? null }),
  });
  // Re-load what was parsed, edited: it must still validate and say exactly what was planned.
  const reloaded = loadConfig({ text: parsed, file: loaded.file });
  if (!reloaded.ok) throw new Error(`edited ${loaded.file} no longer validates:\n${reloaded.message}`);
  const service = reloaded.loaded.config.services[plan.service];
  if (!service || Object.entries(plan.after).some(([v, w]) => service.versions[v]?.weight !== w)) {
    throw new Error(`edited ${loaded.file} does not carry the planned weights for ${plan.service}`);
  }
  if (service.stable !== plan.stableAfter || !sameMirror(service.mirror, plan.mirrorAfter)) {
    throw new Error(`edited ${loaded.file} does not carry the planned stable and mirror for ${plan.service}`);
  }
  const rendered = renderChanges({ loaded: reloaded.loaded, files, services: [plan.service] });
  if (!rendered.ok) return rendered;
  return {
    ok: true,
    plan,
    changes: [...changed(loaded.file, loaded.text, text), ...rendered.changes],
    notes: rendered.notes,
  };
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
 * Parses a request and loads rollout.yaml for it: only the service it is about when the file's
 * layout allows (see `scan.ts`), so the cost does not grow with the number of services.
 */
export function loadForRequest(params: {
  readonly text: string;
  readonly file: string;
  readonly words: readonly string[];
  /** The caller's scan of this same text, when it already made one. */
  readonly scan?: ServiceScan;
}): LoadForRequestResult {
  const { text, file, words } = params;
  const scan = params.scan ?? scanServices(text);
  const keys = scan?.keys;
  if (scan && keys) {
    const parsed = parseTrafficRequest({ words, serviceKeys: keys });
    if (!parsed.ok) return parsed;
    const only = parsed.request.service ?? (keys.length === 1 ? keys[0] : undefined);
    const r = loadConfig({ text, file, scan, ...(only === undefined ? {} : { only }) });
    return r.ok ? { ok: true, loaded: r.loaded, request: parsed.request } : r;
  }
  const r = loadConfig({ text, file });
  if (!r.ok) return r;
  const parsed = parseTrafficRequest({ words, serviceKeys: Object.keys(r.loaded.config.services) });
  return parsed.ok ? { ok: true, loaded: r.loaded, request: parsed.request } : parsed;
}
