import { describe, expect, it } from "@jest/globals";
import { scanServices, sliceForService } from "../../src/core/scan.js";
import { MNIST_YAML } from "../helpers/config.js";

const TWO = `# header
grafana: https://g.example.com/grafana
services:
  # first
  mnist:
    namespace: kubeflow
    notes: |
      text
       more
  "iris": { namespace: models }

  resnet:
    namespace: vision
prometheus: http://p:9090
`;

describe("scanServices", () => {
  it("finds each service's lines", () => {
    const scan = scanServices(TWO);
    expect(scan?.keys).toEqual(["mnist", "iris", "resnet"]);
    const blocks = Object.fromEntries(
      [...(scan?.blocks ?? [])].map(([k, b]) => [k, TWO.slice(b.start, b.end)]),
    );
    expect(blocks).toEqual({
      mnist: "  mnist:\n    namespace: kubeflow\n    notes: |\n      text\n       more\n",
      iris: '  "iris": { namespace: models }\n\n',
      resnet: "  resnet:\n    namespace: vision\n",
    });
    expect(TWO.slice(scan?.tailStart)).toBe("prometheus: http://p:9090\n");
    expect(TWO.slice(0, scan?.headerEnd)).toBe(
      "# header\ngrafana: https://g.example.com/grafana\nservices:\n",
    );
    expect(scanServices(MNIST_YAML)?.keys).toEqual(["mnist"]);
  });

  it.each([
    ["flow services", "services: { mnist: {} }\n"],
    ["a document marker", "---\nservices:\n  a:\n    x: 1\n"],
    ["tabs", "services:\n\ta:\n"],
    ["an anchor on services", "services: &s\n  a: {}\n"],
    ["a complex key", "services:\n  ? a\n  : {}\n"],
    ["a list", "services:\n  - a\n"],
    ["duplicate keys", "services:\n  a: {}\n  a: {}\n"],
    ["a dedent inside", "services:\n    a: {}\n  b: {}\n"],
    ["no services", "grafana: x\n"],
    ["a second services key", "services:\n  a: {}\nservices:\n  b: {}\n"],
    ["a directive", "%YAML 1.2\nservices:\n  a: {}\n"],
  ])("gives up on %s", (_name, text) => {
    expect(scanServices(text)).toBeUndefined();
  });
});

describe("sliceForService", () => {
  it("adds the newline a last service without one needs before trailing keys", () => {
    const text = "services:\n  a: {}\n  b: {}\ngrafana: x";
    const scan = scanServices(text);
    if (!scan) throw new Error("scan");
    expect(sliceForService({ text, scan, key: "b" })?.text).toBe("services:\n  b: {}\ngrafana: x");
    const noNewline = "services:\n  a: {}";
    const s2 = scanServices(noNewline);
    expect(s2 && sliceForService({ text: noNewline, scan: s2, key: "a" })).toEqual({
      text: noNewline,
      offset: 0,
    });
  });

  it("drops other services' lines, and maps offsets in the kept block back to the file", () => {
    const scan = scanServices(TWO);
    if (!scan) throw new Error("scan");
    const slice = sliceForService({ text: TWO, scan, key: "iris" });
    expect(slice?.text).toMatchInlineSnapshot(`
"# header
grafana: https://g.example.com/grafana
services:
  "iris": { namespace: models }

prometheus: http://p:9090
"
`);
    const inSlice = slice?.text.indexOf("models") ?? -1;
    expect(TWO.indexOf("models")).toBe(inSlice + (slice?.offset ?? 0));
    expect(sliceForService({ text: TWO, scan, key: "nope" })).toBeUndefined();
  });
});
