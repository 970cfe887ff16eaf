// One truthful Node.js requirement: README, package.json `engines` and the launcher (src/cli.ts)
// state the same minimum, and the launcher checks the version it states.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const pkg = JSON.parse(read("package.json")) as { engines: { node: string } };
const readme = read("README.md");
const launcher = read("src/cli.ts");

const minimum = /^>=(\d+\.\d+)$/.exec(pkg.engines.node)?.[1];

describe("the Node.js requirement", () => {
  it("package.json engines is a plain minimum", () => {
    expect(minimum).toMatch(/^\d+\.\d+$/);
  });

  it("every Node.js version the README requires is the engines minimum", () => {
    const stated = [...readme.matchAll(/Node(?:\.js)? ?(?:≥|>=) ?v?(\d+(?:\.\d+)*)/g)].map((m) => m[1]);
    expect(stated.length).toBeGreaterThanOrEqual(2); // "Try it" and the CLI section
    expect(new Set(stated)).toEqual(new Set([minimum]));
  });

  it("the README's Try it says npm ci works on an older system Node, and why", () => {
    const tryIt = readme.slice(
      readme.indexOf("## Try it"),
      readme.indexOf("\n## ", readme.indexOf("## Try it") + 1),
    );
    expect(tryIt).toContain(`Node.js ≥ ${minimum}`);
    expect(tryIt).toContain("`node@24` devDependency");
    expect(tryIt).toContain("EBADENGINE");
    const devNode = (JSON.parse(read("package.json")) as { devDependencies: Record<string, string> })
      .devDependencies.node;
    expect(devNode).toMatch(/^\^?24\b/);
  });

  it("the launcher states and checks the same minimum", () => {
    const [major, minor] = (minimum ?? "").split(".");
    expect(launcher).toContain(`needs Node.js ${minimum} or newer`);
    expect(launcher).toContain(`major < ${major} || (major === ${major} && minor < ${minor})`);
  });
});
