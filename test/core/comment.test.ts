import { describe, expect, it } from "@jest/globals";
import { classifyCommand, parseComment } from "../../src/core/comment.js";

describe("parseComment", () => {
  it.each([
    ["/rollout v2 20", ["v2", "20"], 0],
    ["/rollout", [], 0],
    ["/rollout   ", [], 0],
    ["   /rollout v2 20", ["v2", "20"], 0],
    ["\t/rollout v2 20", ["v2", "20"], 0],
    ["/rollout\tv2\t20", ["v2", "20"], 0],
    ["/ROLLOUT v2 20", ["v2", "20"], 0],
    ["/rollout mnist v2 20 --force", ["mnist", "v2", "20", "--force"], 0],
    ["LGTM, shipping.\n\n/rollout v2 20\n\nthanks", ["v2", "20"], 0],
    ["LGTM\r\n/rollout v2 20\r\n", ["v2", "20"], 0],
    ["LGTM\r/rollout v2 20\r", ["v2", "20"], 0],
    ["/rollout v2 20\n/rollout v2 30\n/rollout abort", ["v2", "20"], 2],
    // a non-breaking space, as some editors paste it
    ["/rollout\u00a0v2\u00a020", ["v2", "20"], 0],
    // examples in code blocks, quote-replies and hidden template text never run
    ["```\n/rollout abort\n```\n/rollout v2 20", ["v2", "20"], 0],
    ["~~~sh\n/rollout abort\n~~~\n/rollout v2 20", ["v2", "20"], 0],
    ["````\n```\n/rollout abort\n````\n/rollout v2 20", ["v2", "20"], 0],
    ["```\n/rollout abort\n~~~\n/rollout next\n```\n/rollout v2 20", ["v2", "20"], 0],
    ["  ```yaml\n  /rollout abort\n  ```\n/rollout v2 20", ["v2", "20"], 0],
    ["> /rollout abort\n\n/rollout v2 20", ["v2", "20"], 0],
    ["  > /rollout abort\n/rollout v2 20", ["v2", "20"], 0],
    ["<!--\n/rollout abort\n-->\n/rollout v2 20", ["v2", "20"], 0],
    ["<!-- a --> <!--\n/rollout abort\n-->/rollout next\n/rollout v2 20", ["v2", "20"], 0],
    // inline code with three backticks is not a fence, so the next line still counts
    ["```/rollout abort```\n/rollout v2 20", ["v2", "20"], 0],
  ])("%j → %j (ignored %i)", (body, words, ignoredLines) => {
    expect(parseComment(body)).toEqual({ ok: true, words, ignoredLines });
  });

  it.each([
    [""],
    ["LGTM"],
    ["/rollouts v2 20"],
    ["/rollout-bot v2 20"],
    ["please /rollout v2 20"],
    ["`/rollout v2 20`"],
    ["- /rollout v2 20"],
    ["> /rollout v2 20"],
    [">/rollout v2 20"],
    ["```\n/rollout v2 20\n```"],
    ["~~~\n/rollout v2 20\n~~~"],
    // an unclosed fence runs to the end of the comment, as GitHub renders it
    ["```\n/rollout v2 20"],
    // a closing fence must be as long as the opening one and use the same character
    ["````\n```\n/rollout v2 20\n````"],
    ["```\n~~~\n/rollout v2 20\n```"],
    ["<!-- /rollout v2 20 -->"],
    ["<!--\n/rollout v2 20\n-->"],
  ])("%j → no command", (body) => {
    expect(parseComment(body)).toEqual({ ok: false, reason: "no-command" });
  });
});

const keys = ["mnist", "iris"];
const classify = (line: string, serviceKeys = keys) =>
  classifyCommand({ words: line.split(" ").filter((w) => w !== ""), serviceKeys });

describe("classifyCommand", () => {
  it.each([
    ["", { kind: "help" }],
    ["help", { kind: "help" }],
    ["HELP", { kind: "help" }],
    ["help me", { kind: "help" }],
    ["mnist help", { kind: "help" }],
    ["status", { kind: "status" }],
    ["Status", { kind: "status" }],
    ["status mnist", { kind: "status", service: "mnist" }],
    ["mnist status", { kind: "status", service: "mnist" }],
    ["status MNIST", { kind: "status", service: "mnist" }],
    ["plan", { kind: "plan" }],
    ["plan iris", { kind: "plan", service: "iris" }],
    ["iris PLAN", { kind: "plan", service: "iris" }],
    ["v2 20", { kind: "traffic", words: ["v2", "20"], force: false }],
    ["mnist v2 20", { kind: "traffic", words: ["mnist", "v2", "20"], force: false }],
    ["v2 20 --force", { kind: "traffic", words: ["v2", "20", "--force"], force: true }],
    ["--force mnist v2 60", { kind: "traffic", words: ["--force", "mnist", "v2", "60"], force: true }],
    ["v1:80:v2:20", { kind: "traffic", words: ["v1:80:v2:20"], force: false }],
    ["next", { kind: "traffic", words: ["next"], force: false }],
    ["NEXT v2", { kind: "traffic", words: ["NEXT", "v2"], force: false }],
    ["promote v2", { kind: "traffic", words: ["promote", "v2"], force: false }],
    ["iris abort", { kind: "traffic", words: ["iris", "abort"], force: false }],
    // a version close to a command word is still a version when a weight follows
    ["plain 20", { kind: "traffic", words: ["plain", "20"], force: false }],
    ["mnist nets 20", { kind: "traffic", words: ["mnist", "nets", "20"], force: false }],
  ])("%j", (line, command) => {
    expect(classify(line)).toEqual({ ok: true, command });
  });

  it.each([
    ["stauts", "usage", "unknown command `stauts`. Did you mean `status`?"],
    ["stauts mnist", "usage", "unknown command `stauts`. Did you mean `status`?"],
    ["mnist stauts", "usage", "unknown command `stauts`. Did you mean `status`?"],
    ["hepl", "usage", "unknown command `hepl`. Did you mean `help`?"],
    ["pln", "usage", "unknown command `pln`. Did you mean `plan`?"],
    ["nxet", "usage", "unknown command `nxet`. Did you mean `next`?"],
    ["abrot", "usage", "unknown command `abrot`. Did you mean `abort`?"],
    ["promte v2", "usage", "unknown command `promte`. Did you mean `promote`?"],
    ["Promte v2", "usage", "unknown command `Promte`. Did you mean `promote`?"],
    [
      "status mnsit",
      "unknown-service",
      "no service `mnsit` in rollout.yaml (services: mnist, iris). Did you mean `status mnist`?",
    ],
    [
      "irsi plan",
      "unknown-service",
      "no service `irsi` in rollout.yaml (services: mnist, iris). Did you mean `plan iris`?",
    ],
    ["status cifar", "unknown-service", "no service `cifar` in rollout.yaml (services: mnist, iris)."],
    [
      "status mnist now",
      "usage",
      "`status` takes at most a service key (got `status mnist now`), e.g. `status mnist`.",
    ],
    [
      "mnist status now",
      "usage",
      "`status` takes at most a service key (got `mnist status now`), e.g. `status mnist`.",
    ],
    ["plan v2 20", "usage", "`plan` takes at most a service key (got `plan v2 20`), e.g. `plan mnist`."],
    ["status --force", "usage", "`--force` only applies to traffic changes; `status` changes nothing."],
    ["`v2 20`", "usage", "commands are plain words: write them without backticks, e.g. `/rollout v2 20`."],
  ])("%j → %s", (line, reason, message) => {
    expect(classify(line)).toEqual({ ok: false, reason, message });
  });

  it("passes parseTrafficRequest's refusals through", () => {
    expect(classify("v2")).toMatchInlineSnapshot(`
{
  "message": "\`v2\` needs a weight, e.g. \`v2 20\`.
Usage:
  <version> <weight>               e.g. v2 20 (the others shrink in proportion)
  v1:90:v2:10 | v1:90,v2:10        every weight at once (Kubeflow trafficRule form)
  next [version]                   the next entry of \`steps\` for the version rolling out
  promote <version>                100 % to <version>, which becomes \`stable\`
  abort                            100 % back to \`stable\`
  mirror <version> <percent> | off copy <percent> % of requests to a version at weight 0 (shadow traffic, not in the gate)
  Put the service key first when rollout.yaml has several (mnist v2 20); add --force to exceed policy.maxStep.",
  "ok": false,
  "reason": "usage",
}
`);
    expect(classify("cifar v2 20")).toMatchInlineSnapshot(`
{
  "message": "no service \`cifar\` in rollout.yaml (services: mnist, iris). Put one of them first, e.g. \`mnist v2 20\`.",
  "ok": false,
  "reason": "unknown-service",
}
`);
    expect(classify("--force")).toMatchInlineSnapshot(`
{
  "message": "say what traffic to set.
Usage:
  <version> <weight>               e.g. v2 20 (the others shrink in proportion)
  v1:90:v2:10 | v1:90,v2:10        every weight at once (Kubeflow trafficRule form)
  next [version]                   the next entry of \`steps\` for the version rolling out
  promote <version>                100 % to <version>, which becomes \`stable\`
  abort                            100 % back to \`stable\`
  mirror <version> <percent> | off copy <percent> % of requests to a version at weight 0 (shadow traffic, not in the gate)
  Put the service key first when rollout.yaml has several (mnist v2 20); add --force to exceed policy.maxStep.",
  "ok": false,
  "reason": "usage",
}
`);
    expect(classify("v2 20 --froce")).toMatchInlineSnapshot(`
{
  "message": "unknown option \`--froce\`. Did you mean \`--force\`?
Usage:
  <version> <weight>               e.g. v2 20 (the others shrink in proportion)
  v1:90:v2:10 | v1:90,v2:10        every weight at once (Kubeflow trafficRule form)
  next [version]                   the next entry of \`steps\` for the version rolling out
  promote <version>                100 % to <version>, which becomes \`stable\`
  abort                            100 % back to \`stable\`
  mirror <version> <percent> | off copy <percent> % of requests to a version at weight 0 (shadow traffic, not in the gate)
  Put the service key first when rollout.yaml has several (mnist v2 20); add --force to exceed policy.maxStep.",
  "ok": false,
  "reason": "usage",
}
`);
  });

  it("parses every line the same way parseComment hands it over", () => {
    const parsed = parseComment("Looks good.\r\n\r\n/rollout   mnist  v2 20  \r\n");
    if (!parsed.ok) throw new Error("expected a command");
    expect(classifyCommand({ words: parsed.words, serviceKeys: keys })).toEqual({
      ok: true,
      command: { kind: "traffic", words: ["mnist", "v2", "20"], force: false },
    });
  });
});
