import { setTimeout as sleep } from "node:timers/promises";

/** One series of an instant vector: labels and `[unix seconds, value]` (Prometheus sends values as strings). */
export interface Sample {
  readonly metric: Readonly<Record<string, string>>;
  readonly value: readonly [number, string];
}

/** One series of a range query's matrix. */
export interface RangeSeries {
  readonly metric: Readonly<Record<string, string>>;
  readonly values: readonly (readonly [number, string])[];
}

export interface VectorData {
  readonly resultType: "vector";
  readonly result: readonly Sample[];
}

export interface MatrixData {
  readonly resultType: "matrix";
  readonly result: readonly RangeSeries[];
}

export type PrometheusFailureReason = "unreachable" | "timeout" | "error" | "bad-response";

/** Errors are values: what failed (`reason`) and a sentence saying what to check. */
export type PrometheusResult<T> =
  | { readonly ok: true; readonly data: T; readonly warnings?: readonly string[] }
  | { readonly ok: false; readonly reason: PrometheusFailureReason; readonly message: string };

/** The two Prometheus HTTP API calls rollout-bot makes. */
export interface PrometheusClient {
  /** The base URL as given (without credentials), for messages and links. */
  readonly url: string;
  /** `GET /api/v1/query`: the instant vector of `promql` at `time` (unix seconds). */
  query(params: { readonly promql: string; readonly time: number }): Promise<PrometheusResult<VectorData>>;
  /** `GET /api/v1/query_range`: the matrix of `promql` from `start` to `end` every `step` seconds. */
  queryRange(params: {
    readonly promql: string;
    readonly start: number;
    readonly end: number;
    readonly step: number;
  }): Promise<PrometheusResult<MatrixData>>;
}

export interface PrometheusClientOptions {
  /** Base URL, with any path prefix: `http://prometheus.istio-system:9090`, `https://host/prometheus`. */
  readonly url: string;
  /** Per attempt, headers and body. */
  readonly timeoutMs?: number;
  /** Further attempts after connection errors, timeouts, 5xx and 429; never after other 4xx. */
  readonly retries?: number;
  /** Wait before the first retry; doubles each time (a Retry-After of up to 10 s wins when longer). */
  readonly backoffMs?: number;
  readonly fetch?: typeof globalThis.fetch;
}

const CHECK_URL = "check `prometheus:` in rollout.yaml or --prometheus";

/** A failed attempt: what happened and what to check, and whether another attempt may help. */
interface Failure {
  readonly ok?: undefined;
  readonly reason: PrometheusFailureReason;
  readonly what: string;
  readonly check: string;
  readonly retry: boolean;
  readonly retryAfterMs?: number | undefined;
}

/** A sample value as a number: Prometheus writes "NaN", "+Inf" and "-Inf" for the special values. */
export function sampleValue(value: string): number {
  if (value === "+Inf") return Number.POSITIVE_INFINITY;
  if (value === "-Inf") return Number.NEGATIVE_INFINITY;
  return Number(value);
}

/**
 * A client for Prometheus's HTTP API. Each call tries up to `1 + retries` times and always
 * resolves: `{ ok: true, data }`, or `{ ok: false, reason, message }` with a message that says
 * what to check.
 */
export function prometheusClient(options: PrometheusClientOptions): PrometheusClient {
  const { timeoutMs = 5000, retries = 2, backoffMs = 200 } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  const base = parseBase(options.url);
  const shown = base.ok ? base.shown : options.url;

  async function call<T>(
    path: string,
    params: Record<string, string>,
    promql: string,
    check: (data: unknown) => T | string,
  ): Promise<PrometheusResult<T>> {
    if (!base.ok) return { ok: false, reason: "unreachable", message: base.message };
    const url = `${base.prefix}${path}?${new URLSearchParams(params)}`;
    const attempts = Math.max(0, retries) + 1;
    let failure: Failure | undefined;
    for (let i = 0; i < attempts; i++) {
      if (failure) {
        await sleep(Math.min(Math.max(backoffMs * 2 ** (i - 1), failure.retryAfterMs ?? 0), 10_000));
      }
      const r = await attempt(url, path, promql, check);
      if (r.ok) return r;
      failure = r;
      if (!r.retry) break;
    }
    const f = failure as Failure;
    const tries = f.retry && attempts > 1 ? ` (${attempts} attempts)` : "";
    return { ok: false, reason: f.reason, message: `${f.what}${tries}; ${f.check}` };
  }

  async function attempt<T>(
    url: string,
    path: string,
    promql: string,
    check: (data: unknown) => T | string,
  ): Promise<{ readonly ok: true; readonly data: T; readonly warnings?: readonly string[] } | Failure> {
    let res: Response;
    let body: string;
    try {
      res = await doFetch(url, {
        headers: { accept: "application/json", ...(base.ok ? base.headers : {}) },
        signal: AbortSignal.timeout(timeoutMs),
      });
      body = await res.text();
    } catch (e) {
      if (isRecord(e) && (e.name === "TimeoutError" || e.name === "AbortError")) {
        const what = `Prometheus at ${shown} did not answer within ${duration(timeoutMs)}`;
        return { reason: "timeout", what, check: CHECK_URL, retry: true };
      }
      const what = `Cannot connect to Prometheus at ${shown} (${networkCause(e)})`;
      return {
        reason: "unreachable",
        what,
        check: `${CHECK_URL}, and that the bot can reach it`,
        retry: true,
      };
    }

    const { status } = res;
    const json = parseJson(body);
    const answered = `Prometheus at ${shown} answered ${status}${res.statusText ? ` ${res.statusText}` : ""}`;
    const apiError =
      isRecord(json) && json.status === "error"
        ? { type: String(json.errorType ?? "error"), message: String(json.error ?? "") }
        : undefined;

    if (status === 429 || status >= 500) {
      return {
        reason: "error",
        what: `${answered}${apiError ? ` (${apiError.type}: ${apiError.message})` : ""}`,
        check:
          status === 429
            ? "it is limiting the bot's requests; try again later"
            : "check that Prometheus is healthy",
        retry: true,
        retryAfterMs: retryAfterMs(res.headers.get("retry-after")),
      };
    }
    if (apiError) {
      const rejected = status === 400 || apiError.type === "bad_data";
      return {
        reason: "error",
        what: `Prometheus at ${shown} ${rejected ? "rejected" : "could not run"} the query (${apiError.type}: ${apiError.message})`,
        check: `the query was: ${promql}`,
        retry: false,
      };
    }
    if (status === 404) {
      return {
        reason: "bad-response",
        what: `${answered} for ${path}`,
        check: `${CHECK_URL}; the URL must include any path prefix, e.g. http://host/prometheus`,
        retry: false,
      };
    }
    if (status === 401 || status === 403) {
      const check = "check the credentials (https://user:password@host/… in the URL)";
      return { reason: "error", what: answered, check, retry: false };
    }
    if (status < 200 || status >= 300)
      return { reason: "error", what: answered, check: CHECK_URL, retry: false };
    if (!isRecord(json) || json.status !== "success") {
      return {
        reason: "bad-response",
        what: `${answered} with something other than Prometheus API JSON (${excerpt(body)})`,
        check: `${CHECK_URL}, and that it points at Prometheus`,
        retry: false,
      };
    }
    const data = check(json.data);
    if (typeof data === "string") {
      return {
        reason: "bad-response",
        what: `Prometheus at ${shown} sent ${data} for ${path}`,
        check: `the query was: ${promql}`,
        retry: false,
      };
    }
    const warnings = Array.isArray(json.warnings) ? json.warnings.map(String) : [];
    return warnings.length > 0 ? { ok: true, data, warnings } : { ok: true, data };
  }

  return {
    url: shown,
    query: ({ promql, time }) =>
      call("api/v1/query", { query: promql, time: String(time) }, promql, (data) =>
        checkData(data, "vector", "value"),
      ),
    queryRange: ({ promql, start, end, step }) =>
      call(
        "api/v1/query_range",
        { query: promql, start: String(start), end: String(end), step: String(step) },
        promql,
        (data) => checkData(data, "matrix", "values"),
      ),
  };
}

type Base =
  | { ok: true; prefix: string; shown: string; headers: Record<string, string> }
  | { ok: false; message: string };

/** Base URL with a trailing slash; credentials in it become a Basic Authorization header. */
function parseBase(raw: string): Base {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    u = new URL("invalid:");
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") {
    return {
      ok: false,
      message: `The Prometheus URL "${raw}" is not an http(s) URL; ${CHECK_URL} (e.g. http://prometheus.istio-system:9090)`,
    };
  }
  const headers: Record<string, string> = {};
  if (u.username || u.password) {
    const user = decodeURIComponent(u.username);
    const password = decodeURIComponent(u.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    u.username = "";
    u.password = "";
  }
  u.search = "";
  u.hash = "";
  const shown = u.href.replace(/\/+$/, "");
  return { ok: true, prefix: `${shown}/`, shown, headers };
}

function checkData<K extends "vector" | "matrix">(
  data: unknown,
  resultType: K,
  field: "value" | "values",
): (K extends "vector" ? VectorData : MatrixData) | string {
  if (!isRecord(data) || !Array.isArray(data.result)) return "no data.result";
  if (data.resultType !== resultType) {
    return `a ${String(data.resultType)} where a ${resultType} was expected (the query must return ${resultType === "vector" ? "an instant vector" : "a range vector"})`;
  }
  for (const r of data.result) {
    if (!isRecord(r) || !isRecord(r.metric)) return "a series without labels";
    const v = r[field];
    const points = field === "value" ? [v] : v;
    if (!Array.isArray(points)) return `a series without ${field}`;
    for (const p of points) {
      if (!Array.isArray(p) || typeof p[0] !== "number" || typeof p[1] !== "string")
        return `a malformed ${field}`;
    }
  }
  return data as unknown as K extends "vector" ? VectorData : MatrixData;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  if (!flat) return "an empty body";
  return `it starts ${JSON.stringify(flat.length > 60 ? `${flat.slice(0, 60)}…` : flat)}`;
}

/** The most specific reason Node's fetch gives, e.g. ECONNREFUSED or ENOTFOUND. */
function networkCause(e: unknown): string {
  let cur: unknown = e;
  for (let i = 0; i < 5 && isRecord(cur); i++) {
    if (typeof cur.code === "string" && cur.code) return cur.code;
    cur = cur.cause;
  }
  return e instanceof Error ? e.message : String(e);
}

function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

function duration(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
