import { describe, expect, it } from "@jest/globals";
import type { OctokitLike } from "../../src/adapters/github/index.js";
import { deploymentsStepStart } from "../../src/adapters/github/step-start.js";
import { newestOf } from "../../src/core/step-start.js";

const t = (iso: string) => Date.parse(iso) / 1000;

describe("newestOf", () => {
  it.each([
    ["none", [], undefined],
    [
      "the newest of the service's, whatever the order",
      [
        { created_at: "2026-12-01T10:00:00Z", payload: { service: "mnist" } },
        { created_at: "2026-12-01T11:00:00Z", payload: { service: "mnist" } },
        { created_at: "2026-12-01T12:00:00Z", payload: { service: "iris" } },
      ],
      t("2026-12-01T11:00:00Z"),
    ],
    [
      "a payload sent as a JSON string counts; broken ones and missing dates do not",
      [
        { created_at: "2026-12-01T09:00:00Z", payload: '{"service":"mnist"}' },
        { created_at: "2026-12-01T12:00:00Z", payload: "{not json" },
        { payload: { service: "mnist" } },
      ],
      t("2026-12-01T09:00:00Z"),
    ],
  ])("%s", (_, rows, want) => {
    expect(newestOf(rows, "mnist")).toBe(want);
  });
});

describe("deploymentsStepStart", () => {
  it("asks for the environment's deployments and picks the service's newest", async () => {
    const asked: unknown[] = [];
    const octokit: OctokitLike = {
      request: async (route, params) => {
        asked.push([route, params]);
        return { status: 200, data: [{ created_at: "2026-12-01T11:00:00Z", payload: { service: "mnist" } }] };
      },
      graphql: async () => ({}),
    };
    const read = deploymentsStepStart(octokit, { owner: "o", name: "r" });
    expect(await read({ environment: "prod/kubeflow", service: "mnist" })).toBe(t("2026-12-01T11:00:00Z"));
    expect(asked).toEqual([
      [
        "GET /repos/{owner}/{repo}/deployments",
        { owner: "o", repo: "r", environment: "prod/kubeflow", per_page: 30 },
      ],
    ]);
  });

  it("a failing read (no permission, network) is no start: the judge uses the window and says so", async () => {
    const octokit: OctokitLike = {
      request: async () => {
        throw Object.assign(new Error("Resource not accessible by integration"), { status: 403 });
      },
      graphql: async () => ({}),
    };
    expect(
      await deploymentsStepStart(octokit, { owner: "o", name: "r" })({ environment: "e", service: "s" }),
    ).toBe(undefined);
  });
});
