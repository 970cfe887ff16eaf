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
    expect(Object.fromEntries(scan?.blocks ?? [])).toEqual({
      mnist: { start: 4, end: 9 },
      iris: { start: 9, end: 11 },
      resnet: { start: 11, end: 13 },
    });
    expect(scan?.servicesEnd).toBe(13);
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
  ])("gives up on %s", (_name, text) => {
    expect(scanServices(text)).toBeUndefined();
  });
});

describe("sliceForService", () => {
  it("empties other services' lines, keeping line numbers and offsets of the kept block", () => {
    const scan = scanServices(TWO);
    if (!scan) throw new Error("scan");
    const slice = sliceForService(scan, "iris");
    expect(slice?.text.split("\n")).toHaveLength(TWO.split("\n").length);
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
    expect(sliceForService(scan, "nope")).toBeUndefined();
  });
});
