import { describe, expect, it } from "@jest/globals";
import { loadConfig } from "../../src/core/config.js";
import { editConfigWeights } from "../../src/core/edit.js";
import { load, minimal } from "../helpers/config.js";

describe("editConfigWeights", () => {
  it("keeps quoting style, comments and spacing", () => {
    const text = `services:
  mnist:   # aligned    comment
    namespace: "kubeflow"
    host: mnist-service
    manifests: deploy
    versions:
      "v1":
        weight:   90     # keep me
      v2: {weight: 10}
    stable: 'v1'
`;
    const loaded = load(text);
    expect(
      editConfigWeights({ loaded, service: "mnist", after: { v1: 0, v2: 100 }, stableAfter: "v2" }).text,
    ).toBe(
      text
        .replace("weight:   90", "weight:   0")
        .replace("{weight: 10}", "{weight: 100}")
        .replace("stable: 'v1'", "stable: 'v2'"),
    );
  });
});

describe("editConfigWeights: mirror", () => {
  const edit = (text: string, mirrorAfter: { version: string; percent: number } | null, only?: string) => {
    const r = loadConfig({ text, file: "rollout.yaml", ...(only ? { only } : {}) });
    if (!r.ok) throw new Error(r.message);
    const key = only ?? "mnist";
    const s = r.loaded.config.services[key];
    if (!s) throw new Error(key);
    const out = editConfigWeights({
      loaded: r.loaded,
      service: key,
      after: Object.fromEntries(Object.entries(s.versions).map(([v, c]) => [v, c.weight])),
      stableAfter: s.stable,
      mirrorAfter,
    });
    // What was edited still loads, and says what was asked.
    expect(load(out.text).config.services[key]?.mirror).toEqual(mirrorAfter ?? undefined);
    return out.text;
  };
  const v2 = { version: "v2", percent: 10 };

  it("adds a line after `stable:` indented like the service's keys, at the end of the file too", () => {
    const text = minimal({ versions: { v1: 100, v2: 0 } }).trimEnd();
    expect(edit(text, v2)).toBe(`${text}\n    mirror: { version: v2, percent: 10 }`);
  });

  it("quotes a version name that would not read back as a string", () => {
    const text = minimal({ versions: { v1: 100, "2": 0 }, stable: "v1" });
    expect(edit(text, { version: "2", percent: 5 })).toContain('    mirror: { version: "2", percent: 5 }\n');
  });

  it("adds to and removes from a flow-style service", () => {
    const text =
      "services:\n  mnist: { namespace: kubeflow, host: mnist, manifests: deploy, versions: { v1: { weight: 100 }, v2: { weight: 0 } }, stable: v1 }  # one line\n";
    const on = edit(text, v2);
    expect(on).toBe(text.replace("stable: v1 }", "stable: v1, mirror: { version: v2, percent: 10 } }"));
    expect(edit(on, null)).toBe(text);
    const first = text.replace("{ namespace:", "{ mirror: { version: v2, percent: 10 }, namespace:");
    expect(edit(first, null)).toBe(text);
  });

  it("edits the right bytes of the whole file when only one service was loaded", () => {
    const text = minimal({ versions: { v1: 100, v2: 0 }, extraServices: ["iris", "wine"] });
    const on = edit(text, v2, "iris");
    expect(on.split("\n").filter((l) => !text.split("\n").includes(l))).toEqual([
      "    mirror: { version: v2, percent: 10 }",
    ]);
    expect(on.indexOf("mirror:")).toBeGreaterThan(on.indexOf("  iris:"));
    expect(on.indexOf("mirror:")).toBeLessThan(on.indexOf("  wine:"));
    expect(edit(on, { version: "v2", percent: 20 }, "iris")).toBe(on.replace("percent: 10", "percent: 20"));
    expect(edit(on, null, "iris")).toBe(text);
  });
});

describe("editConfigWeights on a service in its own file (include:)", () => {
  it("edits that file only, every other byte kept; rollout.yaml is left alone", () => {
    const own = `# resnet   (comment kept)
namespace: vision
host: resnet-service
manifests: deploy/resnet
versions:
  v1:   { weight: 100 }   # aligned
  v2: { weight: 0 }
stable: "v1"
`;
    const root = "include: [rollout.d/*.yaml]\n";
    const r = loadConfig({
      text: root,
      file: "rollout.yaml",
      included: new Map([["rollout.d/resnet.yaml", own]]),
    });
    if (!r.ok) throw new Error(r.message);
    const edited = editConfigWeights({
      loaded: r.loaded,
      service: "resnet",
      after: { v1: 0, v2: 100 },
      stableAfter: "v2",
      mirrorAfter: { version: "v1", percent: 5 },
    });
    expect(edited.file).toBe("rollout.d/resnet.yaml");
    expect(edited.text).toMatchInlineSnapshot(`
"# resnet   (comment kept)
namespace: vision
host: resnet-service
manifests: deploy/resnet
versions:
  v1:   { weight: 0 }   # aligned
  v2: { weight: 100 }
stable: "v2"
mirror: { version: v1, percent: 5 }
"
`);
    expect(edited.parsed).toBe(edited.text);
  });
});
