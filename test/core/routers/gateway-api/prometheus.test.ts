import { describe, expect, it } from "@jest/globals";
import { prometheusClient, sampleValue } from "../../../../src/adapters/prometheus.js";
import { bucketsByVersion, requestCounts, serviceQueries } from "../../../../src/core/promql.js";
import { gatewayApi } from "../../../../src/core/routers/gateway-api/index.js";
import { ServiceSchema } from "../../../../src/core/schema.js";
import { type IstioSeriesGroup, istioDataset } from "../../../helpers/istio-series.js";
import { usePrometheus } from "../../../helpers/prometheus.js";

/**
 * Istio ambient with a waypoint, in OpenMetrics for promtool, 2024-04-01 12:00–12:30 UTC:
 *   v1  9 rps, 2 % 503: its pods still have sidecars, so each request is reported twice, by the
 *       waypoint (destination_version "unknown": it does not know the pods' labels) and by the
 *       pod's sidecar (reporter="destination", destination_version "v1"), with different latencies;
 *   v2  1 rps, 5 % 500: ambient only, reported by the waypoint alone, version "unknown".
 * destination_service_name is the version's Service. Not to be counted: the client sidecars'
 * reporter="source" copies of v1, the same Service name in namespace staging, and another
 * service's Service in kubeflow (100 rps each).
 * Counters start at an hour of traffic and grow linearly (every 15 s), so increase() over any
 * window inside the data is exactly rps × window × share.
 */
const START = Date.parse("2024-04-01T12:00:00Z") / 1000;
const END = START + 30 * 60;
/** Latency buckets (ms); `buckets` pairs them with the cumulative share of requests at or below each. */
const LE = ["10", "50", "+Inf"] as const;
const buckets = (shares: readonly [number, number, number]) =>
  LE.map((le, i) => [le, shares[i] as number] as const);

const SERVICE = { destination_service_namespace: "kubeflow" };
const V1 = { rps: 9, codes: { "200": 0.98, "503": 0.02 } };
const V2 = { rps: 1, codes: { "200": 0.95, "500": 0.05 } };
const WAYPOINT_V1: readonly [number, number, number] = [0.5, 0.9, 1];
const WAYPOINT_V2: readonly [number, number, number] = [0.2, 0.7, 1];

const GROUPS: readonly IstioSeriesGroup[] = [
  {
    ...V1,
    labels: {
      reporter: "waypoint",
      destination_service_name: "mnist-service-v1",
      ...SERVICE,
      destination_version: "unknown",
    },
    buckets: buckets(WAYPOINT_V1),
  },
  {
    ...V1,
    labels: {
      reporter: "destination",
      destination_service_name: "mnist-service-v1",
      ...SERVICE,
      destination_version: "v1",
    },
    buckets: buckets([0.6, 0.95, 1]),
  },
  {
    ...V2,
    labels: {
      reporter: "waypoint",
      destination_service_name: "mnist-service-v2",
      ...SERVICE,
      destination_version: "unknown",
    },
    buckets: buckets(WAYPOINT_V2),
  },
  // v3: the waypoint saw no 5xx; the pod's sidecar reports some (e.g. answers the waypoint
  // retried). What is counted must come from one reporter: the waypoint's, so no 5xx.
  {
    rps: 2,
    codes: { "200": 1 },
    labels: {
      reporter: "waypoint",
      destination_service_name: "mnist-service-v3",
      ...SERVICE,
      destination_version: "unknown",
    },
    buckets: buckets(WAYPOINT_V2),
  },
  {
    rps: 2,
    codes: { "200": 0.9, "503": 0.1 },
    labels: {
      reporter: "destination",
      destination_service_name: "mnist-service-v3",
      ...SERVICE,
      destination_version: "v3",
    },
    buckets: buckets(WAYPOINT_V2),
  },
  // Decoys.
  {
    ...V1,
    labels: {
      reporter: "source",
      destination_service_name: "mnist-service-v1",
      ...SERVICE,
      destination_version: "v1",
    },
    buckets: buckets([0.1, 0.5, 1]),
  },
  {
    rps: 100,
    codes: { "200": 0.5, "500": 0.5 },
    labels: {
      reporter: "waypoint",
      destination_service_name: "mnist-service-v1",
      destination_service_namespace: "staging",
      destination_version: "unknown",
    },
    buckets: buckets([0.1, 0.5, 1]),
  },
  {
    rps: 100,
    codes: { "200": 0.5, "500": 0.5 },
    labels: {
      reporter: "waypoint",
      destination_service_name: "iris-service-v1",
      ...SERVICE,
      destination_version: "unknown",
    },
    buckets: buckets([0.1, 0.5, 1]),
  },
];

const ambient = istioDataset({
  name: "gatewayApiAmbient",
  service: "mnist-service",
  namespace: "kubeflow",
  start: START,
  end: END,
  meanMs: 20,
  groups: GROUPS,
});

const prom = usePrometheus({ datasets: [ambient] });

const telemetry = gatewayApi.telemetry({
  key: "mnist",
  clusterDomain: "cluster.local",
  service: ServiceSchema.parse({
    router: "gateway-api",
    namespace: "kubeflow",
    host: "mnist-service",
    manifests: "deploy/mnist",
    versions: { v1: { weight: 90 }, v2: { weight: 10 }, v3: { weight: 0 } },
    stable: "v1",
  }),
});

const WINDOW = 600;
// Off the scrape grid on purpose, ten minutes in.
const AT = START + 607;

async function query(promql: string) {
  const r = await prometheusClient({ url: prom.url }).query({ promql, time: AT });
  if (!r.ok) throw new Error(r.message);
  return r.data.result;
}

const close = (got: number | undefined, want: number): void => {
  expect(Math.abs((got ?? Number.NaN) - want)).toBeLessThanOrEqual(1e-9 * want);
};

describe("gateway-api telemetry on a real Prometheus (ambient: waypoint, with and without sidecars)", () => {
  it("counts each request once per version: the waypoint's where it reports, by the version's Service", async () => {
    const counts = requestCounts(await query(serviceQueries({ telemetry, windowSeconds: WINDOW }).requests));
    expect([...counts.keys()].sort()).toEqual(["v1", "v2", "v3"]);
    close(counts.get("v1")?.requests, 9 * WINDOW);
    close(counts.get("v1")?.errors, 0.02 * 9 * WINDOW);
    close(counts.get("v2")?.requests, 1 * WINDOW);
    close(counts.get("v2")?.errors, 0.05 * 1 * WINDOW);
    close(counts.get("v3")?.requests, 2 * WINDOW);
    expect(counts.get("v3")?.errors ?? 0).toBe(0);
  });

  it("the sidecar's copy is really there: both reporters together would count v1 twice", async () => {
    const [both] = await query(
      `sum(increase(istio_requests_total{reporter=~"waypoint|destination",destination_service_namespace="kubeflow",destination_service_name="mnist-service-v1"}[10m]))`,
    );
    close(sampleValue(both?.value[1] ?? "NaN"), 2 * 9 * WINDOW);
  });

  it("latency buckets are the waypoint's too, not the sum of both reporters", async () => {
    const buckets = bucketsByVersion(
      await query(serviceQueries({ telemetry, windowSeconds: WINDOW }).latencyMs),
      1,
    );
    const expected = (rps: number, shares: readonly number[]) =>
      [10, 50, Number.POSITIVE_INFINITY].map((le, i) => ({
        le,
        count: rps * WINDOW * (shares[i] as number),
      }));
    for (const [v, want] of [
      ["v1", expected(9, WAYPOINT_V1)],
      ["v2", expected(1, WAYPOINT_V2)],
    ] as const) {
      const got = buckets.get(v) ?? [];
      expect(got.map((b) => b.le)).toEqual(want.map((b) => b.le));
      got.forEach((b, i) => {
        close(b.count, want[i]?.count as number);
      });
    }
  });
});
