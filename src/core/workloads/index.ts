import type { KindRef } from "../k8s.js";
import type { ServiceConfig } from "../schema.js";
import { tfServing } from "./tf-serving.js";
import type { Workload } from "./types.js";

/** Every workload. Adding one is a file beside `tf-serving.ts` plus one line here. */
export const WORKLOADS = [tfServing] as const satisfies readonly Workload[];

/** The workload a service renders, or undefined (none: the user's own, or the router's). */
export function workloadOf(service: ServiceConfig): Workload | undefined {
  return WORKLOADS.find((w) => service[w.name] !== undefined);
}

/** Every workload kind, for prune: a service that dropped its workload still has its objects live. */
export function workloadKinds(): readonly KindRef[] {
  const seen = new Map<string, KindRef>();
  for (const w of WORKLOADS) for (const k of w.kinds) seen.set(`${k.apiVersion}/${k.kind}`, k);
  return [...seen.values()];
}
