import { repoPath } from "./config.js";
import { GENERATED_MARK, type K8sObject, toYaml } from "./k8s.js";
import { routerOf } from "./routers/index.js";
import type { RenderedGroup, RouterInput } from "./routers/types.js";
import type { RolloutConfig, ServiceConfig } from "./schema.js";
import { workloadOf } from "./workloads/index.js";

export { GENERATED_MARK, type K8sObject, MANAGED_BY, SERVICE_LABEL, toYaml } from "./k8s.js";
export { GRPC_PORT, modelName, REST_PORT, routePath } from "./workloads/tf-serving.js";

export interface RenderedFile {
  /** Repository path (relative to the repo root, like the config file's path). */
  readonly path: string;
  readonly content: string;
  readonly objects: readonly K8sObject[];
}

export type RenderResult =
  | { readonly ok: true; readonly files: readonly RenderedFile[] }
  | { readonly ok: false; readonly reason: "invalid-manifest"; readonly message: string };

/** What a router is told about a service of `config`. */
export function routerInput(params: {
  readonly config: Pick<RolloutConfig, "clusterDomain">;
  readonly key: string;
  readonly service: ServiceConfig;
}): RouterInput {
  return { key: params.key, service: params.service, clusterDomain: params.config.clusterDomain };
}

function header(key: string): string {
  return `${GENERATED_MARK} from rollout.yaml (services.${key}). Edit rollout.yaml, then run \`rollout-bot render\`.\n`;
}

/**
 * Renders the manifests rollout-bot owns for one service: its workload's, then its router's.
 * Deterministic: same input, same bytes.
 */
export function renderService(params: {
  readonly configFile: string;
  readonly key: string;
  readonly service: ServiceConfig;
  /** Defaults as in rollout.yaml when not given. */
  readonly config?: Pick<RolloutConfig, "clusterDomain">;
}): RenderResult {
  const { configFile, key, service: s } = params;
  if (!s.manifests) return { ok: true, files: [] };
  const dir = repoPath(configFile, s.manifests);
  const input = routerInput({ config: params.config ?? { clusterDomain: "cluster.local" }, key, service: s });
  const router = routerOf(s);
  const groups: RenderedGroup[] = [
    ...(workloadOf(s)?.render({
      input,
      versionHost: (v) => router.versionHost(input, v),
      sidecar: router.sidecar ?? true,
    }) ?? []),
    ...router.render(input),
  ];
  const invalid = router.validate(groups.flatMap((g) => g.objects));
  if (invalid) return { ok: false, reason: "invalid-manifest", message: invalid };
  return {
    ok: true,
    files: groups.map((g) => ({
      path: dir ? `${dir}/${g.file}` : g.file,
      content: header(key) + toYaml(g.objects),
      objects: g.objects,
    })),
  };
}
