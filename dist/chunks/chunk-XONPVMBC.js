import { createRequire as __rolloutBotCreateRequire } from 'node:module';
const require = __rolloutBotCreateRequire(import.meta.url);

// src/adapters/prometheus.ts
import { setTimeout as sleep } from "node:timers/promises";
var CHECK_URL = "check `prometheus:` in rollout.yaml or --prometheus";
function prometheusClient(options) {
  const { timeoutMs = 5e3, retries = 2, backoffMs = 200 } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  const base = parseBase(options.url);
  const shown = base.ok ? base.shown : options.url;
  async function call(path, params, promql, check) {
    if (!base.ok) return { ok: false, reason: "unreachable", message: base.message };
    const url = `${base.prefix}${path}?${new URLSearchParams(params)}`;
    const attempts = Math.max(0, retries) + 1;
    let failure;
    for (let i = 0; i < attempts; i++) {
      if (failure) {
        await sleep(Math.min(Math.max(backoffMs * 2 ** (i - 1), failure.retryAfterMs ?? 0), 1e4));
      }
      const r = await attempt(url, path, promql, check);
      if (r.ok) return r;
      failure = r;
      if (!r.retry) break;
    }
    const f = failure;
    const tries = f.retry && attempts > 1 ? ` (${attempts} attempts)` : "";
    return { ok: false, reason: f.reason, message: `${f.what}${tries}; ${f.check}` };
  }
  async function attempt(url, path, promql, check) {
    let res;
    let body;
    try {
      res = await doFetch(url, {
        headers: { accept: "application/json", ...base.ok ? base.headers : {} },
        signal: AbortSignal.timeout(timeoutMs)
      });
      body = await res.text();
    } catch (e) {
      if (isRecord(e) && (e.name === "TimeoutError" || e.name === "AbortError")) {
        const what2 = `Prometheus at ${shown} did not answer within ${duration(timeoutMs)}`;
        return { reason: "timeout", what: what2, check: CHECK_URL, retry: true };
      }
      const what = `Cannot connect to Prometheus at ${shown} (${networkCause(e)})`;
      return {
        reason: "unreachable",
        what,
        check: `${CHECK_URL}, and that the bot can reach it`,
        retry: true
      };
    }
    const { status } = res;
    const json = parseJson(body);
    const answered = `Prometheus at ${shown} answered ${status}${res.statusText ? ` ${res.statusText}` : ""}`;
    const apiError = isRecord(json) && json.status === "error" ? { type: String(json.errorType ?? "error"), message: String(json.error ?? "") } : void 0;
    if (status === 429 || status >= 500) {
      return {
        reason: "error",
        what: `${answered}${apiError ? ` (${apiError.type}: ${apiError.message})` : ""}`,
        check: status === 429 ? "it is limiting the bot's requests; try again later" : "check that Prometheus is healthy",
        retry: true,
        retryAfterMs: retryAfterMs(res.headers.get("retry-after"))
      };
    }
    if (apiError) {
      const rejected = status === 400 || apiError.type === "bad_data";
      return {
        reason: "error",
        what: `Prometheus at ${shown} ${rejected ? "rejected" : "could not run"} the query (${apiError.type}: ${apiError.message})`,
        check: `the query was: ${promql}`,
        retry: false
      };
    }
    if (status === 404) {
      return {
        reason: "bad-response",
        what: `${answered} for ${path}`,
        check: `${CHECK_URL}; the URL must include any path prefix, e.g. http://host/prometheus`,
        retry: false
      };
    }
    if (status === 401 || status === 403) {
      const check2 = "check the credentials (https://user:password@host/\u2026 in the URL)";
      return { reason: "error", what: answered, check: check2, retry: false };
    }
    if (status < 200 || status >= 300)
      return { reason: "error", what: answered, check: CHECK_URL, retry: false };
    if (!isRecord(json) || json.status !== "success") {
      return {
        reason: "bad-response",
        what: `${answered} with something other than Prometheus API JSON (${excerpt(body)})`,
        check: `${CHECK_URL}, and that it points at Prometheus`,
        retry: false
      };
    }
    const data = check(json.data);
    if (typeof data === "string") {
      return {
        reason: "bad-response",
        what: `Prometheus at ${shown} sent ${data} for ${path}`,
        check: `the query was: ${promql}`,
        retry: false
      };
    }
    const warnings = Array.isArray(json.warnings) ? json.warnings.map(String) : [];
    return warnings.length > 0 ? { ok: true, data, warnings } : { ok: true, data };
  }
  return {
    url: shown,
    query: ({ promql, time }) => call(
      "api/v1/query",
      { query: promql, time: String(time) },
      promql,
      (data) => checkData(data, "vector", "value")
    ),
    queryRange: ({ promql, start, end, step }) => call(
      "api/v1/query_range",
      { query: promql, start: String(start), end: String(end), step: String(step) },
      promql,
      (data) => checkData(data, "matrix", "values")
    )
  };
}
function parseBase(raw) {
  let u;
  try {
    u = new URL(raw);
  } catch {
    u = new URL("invalid:");
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") {
    return {
      ok: false,
      message: `The Prometheus URL "${raw}" is not an http(s) URL; ${CHECK_URL} (e.g. http://prometheus.istio-system:9090)`
    };
  }
  const headers = {};
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
function checkData(data, resultType, field) {
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
  return data;
}
function isRecord(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function excerpt(body) {
  const flat = body.replace(/\s+/g, " ").trim();
  if (!flat) return "an empty body";
  return `it starts ${JSON.stringify(flat.length > 60 ? `${flat.slice(0, 60)}\u2026` : flat)}`;
}
function networkCause(e) {
  let cur = e;
  for (let i = 0; i < 5 && isRecord(cur); i++) {
    if (typeof cur.code === "string" && cur.code) return cur.code;
    cur = cur.cause;
  }
  return e instanceof Error ? e.message : String(e);
}
function retryAfterMs(header) {
  if (header === null) return void 0;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1e3 : void 0;
}
function duration(ms) {
  return ms >= 1e3 ? `${ms / 1e3} s` : `${ms} ms`;
}

export {
  prometheusClient
};
