import { describe, expect, it } from "@jest/globals";
import { parseTrafficRequest } from "../../src/core/request.js";

const parse = (words: string, serviceKeys = ["mnist", "iris"]) =>
  parseTrafficRequest({ words: words.split(" "), serviceKeys });

describe("parseTrafficRequest", () => {
  it.each([
    ["v2 20", { change: { kind: "set", version: "v2", weight: 20 }, force: false }],
    ["v2 20%", { change: { kind: "set", version: "v2", weight: 20 }, force: false }],
    ["mnist v2 20", { service: "mnist", change: { kind: "set", version: "v2", weight: 20 }, force: false }],
    ["v2 20 --force", { change: { kind: "set", version: "v2", weight: 20 }, force: true }],
    [
      "--force mnist v2 20",
      { service: "mnist", change: { kind: "set", version: "v2", weight: 20 }, force: true },
    ],
    [
      "v1:90:v2:10",
      {
        change: {
          kind: "weights",
          weights: [
            ["v1", 90],
            ["v2", 10],
          ],
        },
        force: false,
      },
    ],
    [
      "v1:90,v2:10",
      {
        change: {
          kind: "weights",
          weights: [
            ["v1", 90],
            ["v2", 10],
          ],
        },
        force: false,
      },
    ],
    [
      "iris v1:50:v2:30:v3:20",
      {
        service: "iris",
        change: {
          kind: "weights",
          weights: [
            ["v1", 50],
            ["v2", 30],
            ["v3", 20],
          ],
        },
        force: false,
      },
    ],
    ["next", { change: { kind: "next" }, force: false }],
    ["NEXT", { change: { kind: "next" }, force: false }],
    ["next v3", { change: { kind: "next", version: "v3" }, force: false }],
    ["mnist next", { service: "mnist", change: { kind: "next" }, force: false }],
    ["promote v2", { change: { kind: "promote", version: "v2" }, force: false }],
    ["iris promote v2", { service: "iris", change: { kind: "promote", version: "v2" }, force: false }],
    ["abort", { change: { kind: "abort" }, force: false }],
    ["mnist abort", { service: "mnist", change: { kind: "abort" }, force: false }],
    ["  v2   20 ", { change: { kind: "set", version: "v2", weight: 20 }, force: false }],
    ["mirror v2 10", { change: { kind: "mirror", version: "v2", percent: 10 }, force: false }],
    ["MIRROR v2 10%", { change: { kind: "mirror", version: "v2", percent: 10 }, force: false }],
    ["mirror off", { change: { kind: "mirror", off: true }, force: false }],
    ["mirror OFF", { change: { kind: "mirror", off: true }, force: false }],
    [
      "iris mirror v3 5",
      { service: "iris", change: { kind: "mirror", version: "v3", percent: 5 }, force: false },
    ],
    ["mnist mirror off", { service: "mnist", change: { kind: "mirror", off: true }, force: false }],
    // The range is the planner's: it says why 0 or 150 is refused.
    ["mirror v2 0", { change: { kind: "mirror", version: "v2", percent: 0 }, force: false }],
  ])("%s", (words, request) => {
    expect(parse(words)).toEqual({ ok: true, request });
  });

  it.each([
    ["", "say what traffic to set"],
    ["v2", "`v2` needs a weight, e.g. `v2 20`"],
    ["v2 abc", "`abc` is not a weight"],
    ["v2 20.5", "`20.5` is not a weight"],
    ["v2 -5", "`-5` is not a weight"],
    ["promte v2", "unknown command `promte`. Did you mean `promote`?"],
    ["v2 20 30", "too many words in `v2 20 30`"],
    ["v1=90 v2=10", "is not a traffic rule: write version:weight pairs in one word"],
    ["v1,90,v2,10", "is not a traffic rule: write version:weight pairs in one word"],
    ["v2 20 --forse", "unknown option `--forse`. Did you mean `--force`?"],
    ["nxt", "unknown command `nxt`. Did you mean `next`?"],
    ["abrot", "unknown command `abrot`. Did you mean `abort`?"],
    ["promote", "`promote` takes one version"],
    ["promote v2 v3", "`promote` takes one version"],
    ["abort now", "`abort` takes no arguments"],
    ["next v2 v3", "`next` takes at most a version"],
    ["v1:90:v2", "is not a traffic rule"],
    ["v1::90", "is not a traffic rule"],
    [":", "is not a traffic rule"],
    ["v1:90:v1:10", "`v1` appears twice"],
    ["v1:ninety:v2:10", "`ninety` in `v1:ninety:v2:10` is not a weight"],
    ["v1:90:v2:10 extra", "a traffic rule is one word"],
    ["mnist", "say what to do with service `mnist`"],
    ["mirror", "`mirror` needs a version and a percent, e.g. `mirror v2 10`, or `mirror off` to stop."],
    ["mirror v2", "`mirror v2` needs a percent of requests to copy, e.g. `mirror v2 10`."],
    ["mirror v2 ten", "`ten` is not a percent: use a whole number from 1 to 100, e.g. `mirror v2 10`."],
    ["mirror v2 2.5", "`2.5` is not a percent"],
    ["mirror v2 -5", "`-5` is not a percent"],
    ["mirror v2 10 20", "too many words after `mirror`: give one version and one percent"],
    ["mirror off now", "`mirror off` takes nothing after it (got `now`)."],
    ["mirorr v2 10", "unknown command `mirorr`. Did you mean `mirror`?"],
  ])("usage: %j", (words, message) => {
    const r = parse(words);
    expect(r).toMatchObject({ ok: false, reason: "usage" });
    expect(r.ok ? "" : r.message).toContain(message);
    expect(r.ok ? "" : r.message).toContain("Usage:");
  });
});

describe("parseTrafficRequest: a service key that is not one", () => {
  it.each(["irs mirror v2 10", "irs mirror off", "irs promote v2"])("%s", (words) => {
    expect(parse(words)).toMatchObject({
      ok: false,
      reason: "unknown-service",
      message: expect.stringContaining(
        "no service `irs` in rollout.yaml (services: mnist, iris). Did you mean `iris`?",
      ),
    });
  });
});
