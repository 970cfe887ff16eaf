// The real-Prometheus harness for jest: `startPrometheus` lives in ./prometheus-server.ts (no jest
// imports, so the bench can load it); `usePrometheus` wraps it in beforeAll/afterAll.
import { afterAll, beforeAll } from "@jest/globals";
import { type PrometheusServer, startPrometheus } from "./prometheus-server.js";

export { type PrometheusServer, startPrometheus } from "./prometheus-server.js";

/**
 * One Prometheus for the whole test file: started in beforeAll, stopped in afterAll.
 * Read `url` inside tests (it throws before beforeAll has run).
 */
export function usePrometheus(options: Parameters<typeof startPrometheus>[0]): { readonly url: string } {
  let server: PrometheusServer | undefined;
  beforeAll(async () => {
    server = await startPrometheus(options);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get url(): string {
      if (!server) throw new Error("usePrometheus: Prometheus is not running (read url inside a test)");
      return server.url;
    },
  };
}
