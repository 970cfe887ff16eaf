import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { loadConfig } from "../../../src/core/config.js";
import { load } from "../../helpers/config.js";

const LLM = (checks: string) => `services:
  llm:
    namespace: serving
    host: llm
    manifests: deploy/llm
    versions:
      v1: { weight: 90 }
      v2: { weight: 10 }
    stable: v1
    policy:
      gate:
        checks:
${checks}`;

const problems = (checks: string) => {
  const r = loadConfig({ text: LLM(checks), file: "rollout.yaml" });
  return r.ok ? "valid" : r.message;
};

describe("policy.gate.checks in rollout.yaml", () => {
  it("is optional, and a preset needs nothing else", () => {
    expect(load(LLM("          - preset: vllm-ttft\n")).config.services.llm?.policy.gate.checks).toEqual([
      { preset: "vllm-ttft", critical: true },
    ]);
    const none = load(LLM("          []\n")).config.services.llm?.policy.gate.checks;
    expect(none).toEqual([]);
  });

  it.each<[string, string, string]>([
    [
      "an unknown placeholder: file:line, where in the query, and the known ones",
      `          - name: queue time
            query: 'sum by (version) (rate(q{ns="{{ namspace }}"}[{{ window }}]))'
            threshold: 3
`,
      "rollout.yaml:14:20: services.llm.policy.gate.checks[0].query: unknown placeholder `{{ namspace }}`; known: {{ namespace }}, {{ service }}, {{ host }}, {{ hosts }}, {{ model }}, {{ versions }}, {{ versionLabel }}, {{ window }} (at column 30 of the query).",
    ],
    [
      "an unknown placeholder on a later line of a block query",
      `          - name: queue time
            query: |
              sum by (version) (
                rate(q{ns="{{ ns }}"}[{{ window }}]))
            threshold: 3
`,
      "rollout.yaml:14:20: services.llm.policy.gate.checks[0].query: unknown placeholder `{{ ns }}`; known: {{ namespace }}, {{ service }}, {{ host }}, {{ hosts }}, {{ model }}, {{ versions }}, {{ versionLabel }}, {{ window }} (at line 2, column 14 of the query).",
    ],
    [
      "the versions regex in a plain string",
      `          - name: x
            query: 'q{version="{{ versions }}"}'
            threshold: 1
`,
      'rollout.yaml:14:20: services.llm.policy.gate.checks[0].query: `{{ versions }}` is a regular expression (v1|v2): use it after `=~`, e.g. `version=~"{{ versions }}"` (at column 12 of the query).',
    ],
    [
      "no judgement",
      "          - { name: x, query: 'q' }\n",
      "rollout.yaml:13:31: services.llm.policy.gate.checks[0].query: needs `threshold: <number>` or `compare: { tolerancePercent: <percent> }` to be judged.",
    ],
    [
      "threshold and compare at once",
      "          - { name: x, query: 'q', threshold: 1, compare: { tolerancePercent: 5 } }\n",
      "rollout.yaml:13:59: services.llm.policy.gate.checks[0].compare: a check has either `threshold` (an absolute bound) or `compare` (against the baseline), not both: make two checks.",
    ],
    [
      "an unknown preset",
      "          - preset: vllm-ttf\n",
      "rollout.yaml:13:21: services.llm.policy.gate.checks[0].preset: must be one of: tfserving-success-rate, tfserving-p99-latency, kserve-predict-p99, vllm-ttft, vllm-itl, vllm-e2e-latency, vllm-tokens-per-second.",
    ],
    [
      "a misspelt field",
      "          - preset: vllm-ttft\n            critcal: false\n",
      "rollout.yaml:14:13: services.llm.policy.gate.checks[0].critcal: unknown field `critcal`. Did you mean `critical`? Rename it to `critical`.",
    ],
    [
      "a versionValues key that is not a version",
      "          - preset: vllm-ttft\n            versionValues: { v3: llama }\n",
      "rollout.yaml:14:30: services.llm.policy.gate.checks[0].versionValues.v3: `v3` is not one of the versions (v1, v2): name a version, or remove it.",
    ],
    [
      "two versions with one served model name",
      "          - preset: vllm-ttft\n            versionValues: { v1: llama, v2: llama }\n",
      'rollout.yaml:14:28: services.llm.policy.gate.checks[0].versionValues: `v1` and `v2` both have model_name="llama", so check vllm-ttft cannot tell them apart: give each version its own value in versionValues.',
    ],
    [
      "a check listed twice",
      "          - preset: vllm-ttft\n          - preset: vllm-ttft\n",
      "rollout.yaml:14:21: services.llm.policy.gate.checks[1].preset: check `vllm-ttft` is listed twice (also item 1): give one a different `name:`.",
    ],
    [
      "a bad version label",
      "          - preset: vllm-ttft\n            versionLabel: 'model-name'\n",
      "rollout.yaml:14:27: services.llm.policy.gate.checks[0].versionLabel: must be a Prometheus label name such as version or model_name.",
    ],
    [
      "the name of a built-in check",
      "          - { name: traffic, preset: vllm-ttft }\n",
      "rollout.yaml:13:21: services.llm.policy.gate.checks[0].name: `traffic` is the name of a built-in check (traffic, success rate, p99 latency, success rate vs baseline, tail latency vs baseline, metrics): choose another.",
    ],
    [
      "a check that is not a map",
      "          - null\n",
      "rollout.yaml:13:13: services.llm.policy.gate.checks[0]: must be a check such as `{ preset: vllm-ttft }` or `{ name: x, query: ..., threshold: 1 }`.",
    ],
    [
      "a line break in a served model name",
      '          - { preset: vllm-ttft, versionValues: { v2: "a\\nb" } }\n',
      "rollout.yaml:13:55: services.llm.policy.gate.checks[0].versionValues.v2: must not contain a line break or other control character.",
    ],
  ])("%s", (_name, checks, message) => {
    expect(problems(checks)).toBe(message);
  });
});

describe("the README's custom checks example", () => {
  it("loads, and expands to one query per check", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("### Custom checks"));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    const text = `services:
  llm:
    namespace: serving
    host: llm
    manifests: deploy/llm
    versions:
      v1: { weight: 90 }
      v2: { weight: 10 }
    stable: v1
${yaml}`;
    const checks = load(text).config.services.llm?.policy.gate.checks ?? [];
    expect(checks.map((c) => c.name ?? c.preset)).toEqual([
      "vllm-ttft",
      "vllm-tokens-per-second",
      "vllm-e2e-latency",
      "queue time p90",
    ]);
  });
});
