import { type K8sObject, managedMeta } from "../k8s.js";
import type { RenderedGroup, RouterInput } from "../routers/types.js";
import type { ServiceConfig } from "../schema.js";
import type { Workload } from "./types.js";

/** TF Serving ports, as the Kubeflow component used them. */
export const GRPC_PORT = 9000;
export const REST_PORT = 8500;

/** The model name TF Serving serves and the route rewrites to. */
export function modelName(key: string, s: Pick<ServiceConfig, "tfServing">): string {
  return s.tfServing?.modelName ?? key;
}

/** External route prefix, defaulting to the Kubeflow 0.6 convention. */
export function routePath(key: string, s: Pick<ServiceConfig, "path" | "tfServing">): string {
  return s.path ?? `/istio/tfserving/models/${modelName(key, s)}`;
}

/**
 * Istio's injector webhook selects pods by the `sidecar.istio.io/inject` *label*; the annotation
 * of the same name is deprecated but still read by old releases, so both are set.
 */
const INJECT = { "sidecar.istio.io/inject": "true" } as const;

function deployment(input: RouterInput, version: string, sidecar: boolean): K8sObject {
  const { key, service: s } = input;
  const tf = s.tfServing;
  const v = s.versions[version];
  if (!tf || !v) throw new Error(`deployment() called without tfServing/version ${version}`);
  const podLabels = { app: key, version };
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: managedMeta(key, s.namespace, `${key}-${version}`, { version }),
    spec: {
      replicas: v.replicas ?? tf.replicas,
      selector: { matchLabels: podLabels },
      template: {
        // The selector stays {app, version}: it is immutable on a live Deployment.
        metadata: sidecar
          ? { labels: { ...podLabels, ...INJECT }, annotations: INJECT }
          : { labels: podLabels },
        spec: {
          containers: [
            {
              name: tf.modelName,
              image: v.image ?? tf.image,
              command: ["/usr/bin/tensorflow_model_server"],
              args: [
                `--port=${GRPC_PORT}`,
                `--rest_api_port=${REST_PORT}`,
                `--model_name=${tf.modelName}`,
                `--model_base_path=${v.modelBasePath ?? ""}`,
              ],
              ports: [
                { name: "grpc-tf-serving", containerPort: GRPC_PORT },
                { name: "http-tf-serving", containerPort: REST_PORT },
              ],
              readinessProbe: {
                tcpSocket: { port: GRPC_PORT },
                initialDelaySeconds: 5,
                periodSeconds: 10,
              },
            },
          ],
        },
      },
    },
  };
}

/** A Kubernetes Service in front of the TF Serving pods of the service (or of one version). */
function kubeService(input: RouterInput, name: string, version?: string): K8sObject {
  const { key, service: s } = input;
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: managedMeta(key, s.namespace, name, version === undefined ? undefined : { version }),
    spec: {
      selector: version === undefined ? { app: key } : { app: key, version },
      ports: [
        { name: "grpc-tf-serving", port: GRPC_PORT, targetPort: GRPC_PORT },
        { name: "http-tf-serving", port: REST_PORT, targetPort: REST_PORT },
      ],
    },
  };
}

/**
 * TF Serving, as Kubeflow 0.6 ran it: the Service `host`, a Service per version that has a host
 * of its own (`versionHost`), and a Deployment per version.
 */
function render(params: Parameters<Workload["render"]>[0]): RenderedGroup[] {
  const { input } = params;
  if (!input.service.tfServing) return [];
  const versions = Object.keys(input.service.versions);
  const own = versions.flatMap((v) => {
    const h = params.versionHost(v);
    return h === undefined || h === input.service.host ? [] : [kubeService(input, h, v)];
  });
  return [
    { file: "service.yaml", objects: [kubeService(input, input.service.host), ...own] },
    ...versions.map((v) => ({
      file: `deployment-${v}.yaml`,
      objects: [deployment(input, v, params.sidecar)],
    })),
  ];
}

/** TF Serving: `tfServing:` in rollout.yaml. */
export const tfServing: Workload = {
  name: "tfServing",
  kinds: [
    { apiVersion: "v1", kind: "Service" },
    { apiVersion: "apps/v1", kind: "Deployment" },
  ],
  render,
};
