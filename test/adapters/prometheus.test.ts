import { createServer, type IncomingMessage, request, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "@jest/globals";
import { prometheusClient, sampleValue } from "../../src/adapters/prometheus.js";
import { twoVersions } from "../fixtures/prometheus/generate.js";
import { startPrometheus, usePrometheus } from "../helpers/prometheus.js";

const prom = usePrometheus({ datasets: [twoVersions] });

const MNIST = `reporter="destination",destination_service_name="mnist-service",destination_service_namespace="kubeflow"`;
const INCREASE_10M = `sum by (destination_version) (increase(istio_requests_total{${MNIST}}[10m]))`;

/** The generator's counters are linear, so Prometheus's answers are exact up to float rounding. */
const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThan(1e-9 * expected);

function byVersion(
  result: readonly { metric: Readonly<Record<string, string>>; value: readonly [number, string] }[],
) {
  return Object.fromEntries(result.map((r) => [r.metric.destination_version, sampleValue(r.value[1])]));
}

describe("prometheusClient against Prometheus with the twoVersions dataset", () => {
  const inside = twoVersions.start + 20 * 60;

  it.each([
    ["on the scrape grid", inside],
    ["between scrapes", inside + 7],
  ])("query: increase over 10m at a time %s is the generator's count per version", async (_, time) => {
    const r = await prometheusClient({ url: prom.url }).query({ promql: INCREASE_10M, time });
    if (!r.ok) throw new Error(r.message);
    expect(r.data.resultType).toBe("vector");
    const got = byVersion(r.data.result);
    expect(Object.keys(got).sort()).toEqual(["v1", "v2"]);
    // v1: 9 rps × 600 s = 5400; v2: 1 rps × 600 s = 600 (source-reporter and other services excluded).
    close(got.v1 as number, (twoVersions.expected.v1?.rps as number) * 600);
    close(got.v2 as number, (twoVersions.expected.v2?.rps as number) * 600);
    expect(r.data.result[0]?.value[0]).toBe(time);
  });

  it("queryRange: a rate per version at every step", async () => {
    const start = twoVersions.start + 600;
    const r = await prometheusClient({ url: prom.url }).queryRange({
      promql: `sum by (destination_version) (rate(istio_requests_total{${MNIST}}[5m]))`,
      start,
      end: twoVersions.end,
      step: 60,
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.data.resultType).toBe("matrix");
    expect(r.data.result).toHaveLength(2);
    for (const series of r.data.result) {
      const rps = twoVersions.expected[series.metric.destination_version ?? ""]?.rps as number;
      expect(series.values.map(([t]) => t)).toEqual(Array.from({ length: 21 }, (_, i) => start + 60 * i));
      for (const [, v] of series.values) close(sampleValue(v), rps);
    }
  });

  it("works behind a path prefix", async () => {
    // A reverse proxy serving Prometheus under /prometheus, as ingress set-ups often do.
    const target = new URL(prom.url);
    const proxy = await stub((req, res) => {
      if (!req.url?.startsWith("/prometheus/")) return void res.writeHead(404).end("404 page not found");
      const path = req.url.slice("/prometheus".length);
      const up = request({ host: target.hostname, port: target.port, path, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      up.end();
    });
    try {
      const ok = await prometheusClient({ url: `${proxy.url}/prometheus/` }).query({
        promql: INCREASE_10M,
        time: inside,
      });
      expect(ok.ok && byVersion(ok.data.result)).toEqual({ v1: expect.any(Number), v2: expect.any(Number) });

      const noPrefix = await prometheusClient({ url: proxy.url }).query({
        promql: INCREASE_10M,
        time: inside,
      });
      expect(noPrefix).toEqual({
        ok: false,
        reason: "bad-response",
        message: `Prometheus at ${proxy.url} answered 404 Not Found for api/v1/query; check \`prometheus:\` in rollout.yaml or --prometheus; the URL must include any path prefix, e.g. http://host/prometheus`,
      });
    } finally {
      await proxy.close();
    }
  });

  it("a bad query is an error, not retried, and the message shows the query", async () => {
    const calls: string[] = [];
    const client = prometheusClient({
      url: prom.url,
      backoffMs: 1,
      fetch: (input, init) => {
        calls.push(String(input));
        return fetch(input, init);
      },
    });
    const r = await client.query({ promql: "sum by (destination_version (up)", time: inside });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe("error");
    expect(!r.ok && r.message).toMatch(
      /^Prometheus at http:\/\/127\.0\.0\.1:\d+ rejected the query \(bad_data: .*parse error.*\); the query was: sum by \(destination_version \(up\)$/,
    );
    expect(calls).toHaveLength(1);
    // GET with the parameters in the query string.
    expect(new URL(calls[0] as string).searchParams.get("time")).toBe(String(inside));
  });

  it("an instant query that is not a vector is a bad response", async () => {
    const r = await prometheusClient({ url: prom.url }).query({ promql: "1", time: inside });
    expect(r).toMatchObject({ ok: false, reason: "bad-response" });
    expect(!r.ok && r.message).toContain("a scalar where a vector was expected");
  });
});

describe("prometheusClient failures", () => {
  const servers: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  /** A server answering each request with the next of `answers` (the last one repeats). */
  async function answering(...answers: { status: number; body: string; delayMs?: number }[]) {
    let hits = 0;
    const s = await stub((_req, res) => {
      const a = answers[Math.min(hits, answers.length - 1)] as {
        status: number;
        body: string;
        delayMs?: number;
      };
      hits++;
      const send = () => res.writeHead(a.status, { "content-type": "application/json" }).end(a.body);
      if (a.delayMs) setTimeout(send, a.delayMs);
      else send();
    });
    servers.push(s);
    return { url: s.url, hits: () => hits };
  }

  const VECTOR = JSON.stringify({
    status: "success",
    data: { resultType: "vector", result: [{ metric: { destination_version: "v1" }, value: [1, "+Inf"] }] },
  });
  const query = { promql: "up", time: 1 };

  it("unreachable: connection refused, retried, then a message naming the URL and where to fix it", async () => {
    const { url, close } = await stub(() => {});
    await close(); // nothing listens on this port any more
    const r = await prometheusClient({ url, backoffMs: 1 }).query(query);
    expect(r).toEqual({
      ok: false,
      reason: "unreachable",
      message: `Cannot connect to Prometheus at ${url} (ECONNREFUSED) (3 attempts); check \`prometheus:\` in rollout.yaml or --prometheus, and that the bot can reach it`,
    });
  });

  it("timeout: a server slower than timeoutMs, retried", async () => {
    const s = await answering({ status: 200, body: VECTOR, delayMs: 1000 });
    const r = await prometheusClient({ url: s.url, timeoutMs: 50, retries: 1, backoffMs: 1 }).query(query);
    expect(r).toEqual({
      ok: false,
      reason: "timeout",
      message: `Prometheus at ${s.url} did not answer within 50 ms (2 attempts); check \`prometheus:\` in rollout.yaml or --prometheus`,
    });
    expect(s.hits()).toBe(2);
  });

  it("the default timeout is 5 s and says so", async () => {
    const r = await prometheusClient({
      url: "http://prometheus.example:9090",
      retries: 0,
      fetch: () =>
        Promise.reject(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
    }).query(query);
    expect(!r.ok && r.message).toBe(
      "Prometheus at http://prometheus.example:9090 did not answer within 5 s; check `prometheus:` in rollout.yaml or --prometheus",
    );
  });

  it.each([503, 502, 429])("%i then 200: retried, and the answer is the 200's", async (status) => {
    const s = await answering({ status, body: "busy" }, { status: 200, body: VECTOR });
    const r = await prometheusClient({ url: s.url, backoffMs: 1 }).query(query);
    expect(r).toEqual({
      ok: true,
      data: { resultType: "vector", result: [{ metric: { destination_version: "v1" }, value: [1, "+Inf"] }] },
    });
    expect(s.hits()).toBe(2);
    expect(r.ok && sampleValue(r.data.result[0]?.value[1] ?? "")).toBe(Number.POSITIVE_INFINITY);
  });

  it("5xx every time: bounded retries, then an error with Prometheus's own message", async () => {
    const body = JSON.stringify({
      status: "error",
      errorType: "timeout",
      error: "query timed out in query execution",
    });
    const s = await answering({ status: 503, body });
    const r = await prometheusClient({ url: s.url, retries: 2, backoffMs: 1 }).query(query);
    expect(r).toEqual({
      ok: false,
      reason: "error",
      message: `Prometheus at ${s.url} answered 503 Service Unavailable (timeout: query timed out in query execution) (3 attempts); check that Prometheus is healthy`,
    });
    expect(s.hits()).toBe(3);
  });

  it("400 bad_data: not retried, the message says the query was rejected", async () => {
    const body = JSON.stringify({
      status: "error",
      errorType: "bad_data",
      error: '1:15: parse error: unexpected "(" in grouping opts',
    });
    const s = await answering({ status: 400, body }, { status: 200, body: VECTOR });
    const r = await prometheusClient({ url: s.url, backoffMs: 1 }).query({
      promql: "sum by (a (up)",
      time: 1,
    });
    expect(r).toEqual({
      ok: false,
      reason: "error",
      message: `Prometheus at ${s.url} rejected the query (bad_data: 1:15: parse error: unexpected "(" in grouping opts); the query was: sum by (a (up)`,
    });
    expect(s.hits()).toBe(1);
  });

  it.each([
    ["invalid JSON", "<html><body>Sign in to continue</body></html>", "it starts"],
    ["JSON that is not the API's", '{"hello":"world"}', 'it starts "{\\"hello\\":\\"world\\"}"'],
    ["an empty body", "", "an empty body"],
  ])("%s: a bad response, not retried", async (_, body, detail) => {
    const s = await answering({ status: 200, body });
    const r = await prometheusClient({ url: s.url, backoffMs: 1 }).query(query);
    expect(r).toMatchObject({ ok: false, reason: "bad-response" });
    expect(!r.ok && r.message).toContain(
      `Prometheus at ${s.url} answered 200 OK with something other than Prometheus API JSON (${detail}`,
    );
    expect(!r.ok && r.message).toContain(
      "check `prometheus:` in rollout.yaml or --prometheus, and that it points at Prometheus",
    );
    expect(s.hits()).toBe(1);
  });

  it("a malformed result is a bad response", async () => {
    const body = JSON.stringify({
      status: "success",
      data: { resultType: "vector", result: [{ metric: {}, value: [1, 2] }] },
    });
    const s = await answering({ status: 200, body });
    const r = await prometheusClient({ url: s.url }).query(query);
    expect(r).toEqual({
      ok: false,
      reason: "bad-response",
      message: `Prometheus at ${s.url} sent a malformed value for api/v1/query; the query was: up`,
    });
  });

  it("a URL that is not http(s) fails without a request", async () => {
    const r = await prometheusClient({ url: "prometheus.istio-system:9090" }).query(query);
    expect(r).toEqual({
      ok: false,
      reason: "unreachable",
      message:
        'The Prometheus URL "prometheus.istio-system:9090" is not an http(s) URL; check `prometheus:` in rollout.yaml or --prometheus (e.g. http://prometheus.istio-system:9090)',
    });
  });

  it("credentials in the URL go in an Authorization header and never into messages", async () => {
    let auth: string | undefined;
    const s = await stub((req, res) => {
      auth = req.headers.authorization;
      res.writeHead(401).end("Unauthorized");
    });
    servers.push(s);
    const withCredentials = s.url.replace("http://", "http://bot:s%3Acret@");
    const r = await prometheusClient({ url: `${withCredentials}/prom` }).query(query);
    expect(auth).toBe(`Basic ${Buffer.from("bot:s:cret").toString("base64")}`);
    expect(r).toEqual({
      ok: false,
      reason: "error",
      message: `Prometheus at ${s.url}/prom answered 401 Unauthorized; check the credentials (https://user:password@host/… in the URL)`,
    });
  });
});

describe("startPrometheus", () => {
  it.each(["prometheus", "promtool"])("says how to install %s when it is missing", async (bin) => {
    await expect(startPrometheus({ datasets: [twoVersions], [bin]: `/nonexistent/${bin}` })).rejects.toThrow(
      `/nonexistent/${bin} not found: install Debian's prometheus: apt-get install prometheus`,
    );
  });
});

describe("sampleValue", () => {
  it.each([
    ["5400", 5400],
    ["0.005", 0.005],
    ["+Inf", Number.POSITIVE_INFINITY],
    ["-Inf", Number.NEGATIVE_INFINITY],
  ])("%s", (text, value) => {
    expect(sampleValue(text)).toBe(value);
  });
  it("NaN", () => {
    expect(sampleValue("NaN")).toBeNaN();
  });
});

/** A node:http server on 127.0.0.1 and a free port. */
async function stub(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      return closed;
    },
  };
}
