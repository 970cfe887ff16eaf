import { type LoadedConfig, nodeAt } from "./config.js";
import type { Weights } from "./plan.js";
import { applySplices, replaceScalar, type Splice } from "./yaml-edit.js";

/**
 * Rewrites only the weight (and `stable`) scalars of one service in rollout.yaml, leaving every
 * other byte — comments, key order, alignment — as it was.
 */
export function editConfigWeights(params: {
  readonly loaded: LoadedConfig;
  readonly service: string;
  readonly after: Weights;
  readonly stableAfter: string;
}): { readonly text: string; readonly parsed: string } {
  const { loaded, service, after, stableAfter } = params;
  const base = ["services", service];
  const current = loaded.config.services[service];
  if (!current) throw new Error(`editConfigWeights: unknown service ${service}`);
  const splices: Splice[] = [];
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
      splices.map((s) => ({ ...s, start: s.start + loaded.offset, end: s.end + loaded.offset })),
    ),
    parsed: applySplices(loaded.parsed, splices),
  };
}
