import { describe, expect, it } from "@jest/globals";
import { prometheusClient } from "../../../../src/adapters/prometheus.js";
import { bucketsByVersion, requestCounts, serviceQueries } from "../../../../src/core/promql.js";
import { kserve } from "../../../../src/core/routers/kserve/index.js";
import { ServiceSchema } from "../../../../src/core/schema.js";
import { type IstioSeriesGroup, istioDataset } from "../../../helpers/istio-series.js";
import { usePrometheus } from "../../../helpers/prometheus.js";

/**
 * Istio's standard metrics as the sidecars of a KServe serverless predictor report them: the
 * InferenceService `sklearn-iris` in `kserve-test` with two Knative revisions, v1's
 * (`sklearn-iris-predictor-00001`, 9 rps) and v2's (`-00002`, 1 rps, a canary at 10 %). Their pods
 * carry what rollout-bot renders and KServe and Knative add: `version` (predictor label →
 * destination_version, canonical revision), `app` (InferenceService label → destination_app,
 * canonical service), and Knative's Deployment `<revision>-deployment` (→ destination_workload).
 *
 * What the queries must not count: the same requests reported by the calling sidecar
 * (reporter="source", here Knative's activator), the transformer of the same InferenceService
 * (no `version` label), an InferenceService whose name starts with ours (`sklearn-iris-v2`), and
 * `sklearn-iris` in another namespace. Every series is a linear counter from an hour of earlier
 * traffic, so increase() over any window inside the data is exactly rps × window.
 */
const START = Date.UTC(2024, 3, 1, 12, 0, 0) / 1000;
const END = START + 30 * 60;

function revision(p: {
  isvc: string;
  namespace: string;
  workload: string;
  version?: string;
  reporter?: "destination" | "source";
}): Record<string, string> {
  return {
    reporter: p.reporter ?? "destination",
    source_workload: "activator",
    source_workload_namespace: "knative-serving",
    source_canonical_service: "activator",
    destination_workload: p.workload,
    destination_workload_namespace: p.namespace,
    destination_principal: `spiffe://cluster.local/ns/${p.namespace}/sa/default`,
    destination_app: p.isvc,
    destination_version: p.version ?? "unknown",
    destination_canonical_service: p.isvc,
    destination_canonical_revision: p.version ?? "latest",
    destination_service: `${p.workload.replace(/-deployment$/, "")}.${p.namespace}.svc.cluster.local`,
    destination_service_name: p.workload.replace(/-deployment$/, ""),
    destination_service_namespace: p.namespace,
    destination_cluster: "Kubernetes",
    request_protocol: "http",
    response_flags: "-",
    connection_security_policy: "mutual_tls",
  };
}

const OK = { "200": 0.99, "500": 0.01 };
const SERIES: Omit<IstioSeriesGroup, "buckets">[] = [
  {
    labels: revision({
      isvc: "sklearn-iris",
      namespace: "kserve-test",
      workload: "sklearn-iris-predictor-00001-deployment",
      version: "v1",
    }),
    rps: 9,
    codes: OK,
  },
  {
    labels: revision({
      isvc: "sklearn-iris",
      namespace: "kserve-test",
      workload: "sklearn-iris-predictor-00002-deployment",
      version: "v2",
    }),
    rps: 1,
    codes: { "200": 0.95, "503": 0.05 },
  },
  // Decoys.
  {
    labels: revision({
      isvc: "sklearn-iris",
      namespace: "kserve-test",
      workload: "sklearn-iris-predictor-00001-deployment",
      version: "v1",
      reporter: "source",
    }),
    rps: 9,
    codes: OK,
  },
  {
    labels: revision({
      isvc: "sklearn-iris",
      namespace: "kserve-test",
      workload: "sklearn-iris-transformer-00001-deployment",
    }),
    rps: 10,
    codes: OK,
  },
  {
    labels: revision({
      isvc: "sklearn-iris-v2",
      namespace: "kserve-test",
      workload: "sklearn-iris-v2-predictor-00001-deployment",
      version: "v1",
    }),
    rps: 100,
    codes: OK,
  },
  {
    labels: revision({
      isvc: "sklearn-iris",
      namespace: "staging",
      workload: "sklearn-iris-predictor-00001-deployment",
      version: "v2",
    }),
    rps: 100,
    codes: OK,
  },
];

/** Latency buckets (ms) and the cumulative share of requests at or below each. */
const BUCKETS: [string, number][] = [
  ["50", 0.5],
  ["100", 0.9],
  ["+Inf", 1],
];

const KSERVE_DATASET = istioDataset({
  name: "kserve",
  service: "sklearn-iris",
  namespace: "kserve-test",
  start: START,
  end: END,
  meanMs: 60,
  groups: SERIES.map((s) => ({ ...s, buckets: BUCKETS })),
});

const prom = usePrometheus({ datasets: [KSERVE_DATASET] });

const telemetry = kserve.telemetry({
  key: "sklearn-iris",
  clusterDomain: "cluster.local",
  service: ServiceSchema.parse({
    router: "kserve",
    namespace: "kserve-test",
    host: "sklearn-iris",
    manifests: "deploy/sklearn-iris",
    kserve: { modelFormat: "sklearn" },
    versions: {
      v1: { weight: 90, modelBasePath: "gs://b/iris/1" },
      v2: { weight: 10, modelBasePath: "gs://b/iris/2" },
    },
    stable: "v1",
  }),
});

async function query(promql: string, time: number) {
  const r = await prometheusClient({ url: prom.url }).query({ promql, time });
  if (!r.ok) throw new Error(r.message);
  return r.data.result;
}

describe("kserve telemetry on Prometheus", () => {
  const window = 600;
  // Off the scrape grid, 15 minutes in.
  const at = START + 907;
  const q = serviceQueries({ telemetry, windowSeconds: window });

  it("the requests query counts each revision's requests and 5xx under its version", async () => {
    const counts = requestCounts(await query(q.requests, at));
    const rounded = Object.fromEntries(
      [...counts].map(([v, c]) => [
        v,
        { requests: Math.round(c.requests * 1e6) / 1e6, errors: Math.round(c.errors * 1e6) / 1e6 },
      ]),
    );
    expect(rounded).toEqual({
      v1: { requests: 9 * window, errors: 0.01 * 9 * window },
      v2: { requests: 1 * window, errors: 0.05 * 1 * window },
    });
  });

  it("the latency query gives each version's buckets", async () => {
    const buckets = bucketsByVersion(await query(q.latencyMs, at), 1);
    const round = (n: number) => Math.round(n * 1e6) / 1e6;
    expect(
      Object.fromEntries([...buckets].map(([v, list]) => [v, list.map((b) => [b.le, round(b.count)])])),
    ).toEqual({
      v1: [
        [50, 0.5 * 9 * window],
        [100, 0.9 * 9 * window],
        [Number.POSITIVE_INFINITY, 9 * window],
      ],
      v2: [
        [50, 0.5 * window],
        [100, 0.9 * window],
        [Number.POSITIVE_INFINITY, window],
      ],
    });
  });
});
