// The committed bundles are what users run: the Probot app module, the Action entry, the manifests.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";

const root = new URL("../", import.meta.url);

describe("dist/ and the manifests that point at it", () => {
  it("dist/app.js default-exports the Probot app function", async () => {
    const mod = (await import(new URL("dist/app.js", root).href)) as {
      default: unknown;
      rolloutBotApp: unknown;
    };
    expect(typeof mod.default).toBe("function");
    expect(typeof mod.rolloutBotApp).toBe("function");
  });

  it("action.yml runs dist/index.js on node24 and documents every mode", () => {
    const action = parse(readFileSync(new URL("action.yml", root), "utf8")) as {
      runs: { using: string; main: string };
      inputs: Record<string, { description: string }>;
    };
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
    for (const mode of ["validate", "command", "report", "apply", "plan"]) {
      expect(action.inputs.mode?.description).toContain(`\`${mode}\``);
    }
  });

  it("app.yml asks for the events the app handles", () => {
    const app = parse(readFileSync(new URL("app.yml", root), "utf8")) as {
      default_events: string[];
      default_permissions: Record<string, string>;
    };
    expect(app.default_events.sort()).toEqual(["check_run", "issue_comment", "pull_request"]);
    expect(app.default_permissions).toMatchObject({
      contents: "write",
      pull_requests: "write",
      issues: "write",
      checks: "write",
      deployments: "write",
    });
  });
});
