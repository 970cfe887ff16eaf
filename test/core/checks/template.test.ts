import { describe, expect, it } from "@jest/globals";
import {
  expandTemplate,
  PLACEHOLDER_NAMES,
  parseTemplate,
  type TemplateValues,
} from "../../../src/core/checks/template.js";

const VALUES: TemplateValues = {
  text: { namespace: "kubeflow", service: "mnist", host: "mnist-service", model: "mnist" },
  regex: { hosts: ["mnist-service"], versions: ["v1", "v2"] },
  token: { versionLabel: "version", window: "10m" },
};

function expand(template: string, values: TemplateValues = VALUES): string {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("; "));
  return expandTemplate({ template, uses: parsed.uses, values });
}

describe("parseTemplate", () => {
  it.each<[string, string, { in: string; regex?: boolean; quote?: string }[]]>([
    ["none", "up", []],
    ["bare token", "rate(x[{{window}}])", [{ in: "code" }]],
    ["spaces inside braces", "rate(x[{{  window }}])", [{ in: "code" }]],
    ["plain string", 'x{namespace="{{ namespace }}"}', [{ in: "string", regex: false, quote: '"' }]],
    ["regex string", 'x{v=~"{{ versions }}"}', [{ in: "string", regex: true, quote: '"' }]],
    ["negated regex, spaces", "x{v !~ '{{ versions }}'}", [{ in: "string", regex: true, quote: "'" }]],
    [
      "escaped quote keeps the string open",
      'x{a="\\"{{ host }}"}',
      [{ in: "string", regex: false, quote: '"' }],
    ],
    ["string closes before the next placeholder", 'x{a="b"} / {{ window }}', [{ in: "code" }]],
  ])("%s", (_name, template, contexts) => {
    const parsed = parseTemplate(template);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.uses.map((u) => u.context)).toEqual(contexts);
  });

  it.each<[string, string, string, number, number]>([
    ["unknown placeholder", 'x{ns="{{ namspace }}"}', "unknown-placeholder", 1, 7],
    ["unknown on the second line", 'sum(\n  x{a="{{ nope }}"})', "unknown-placeholder", 2, 8],
    ["not a name", "x{{{ 1abc }}}", "malformed-placeholder", 1, 2],
    ["never closed", 'x{a="{{ host"}', "unclosed-placeholder", 1, 6],
    ["regex placeholder in a plain string", 'x{v="{{ versions }}"}', "regex-outside-matcher", 1, 6],
    ["inside a raw string", "x{v=~`{{ versions }}`}", "in-raw-string", 1, 7],
  ])("%s: refused with where it is", (_name, template, reason, line, column) => {
    const parsed = parseTemplate(template);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ reason, line, column });
  });

  it("an unknown placeholder's message lists every known one, as Flagger's templates do", () => {
    const parsed = parseTemplate("{{ target }}");
    expect(parsed.ok ? "" : parsed.problems[0]?.message).toBe(
      `unknown placeholder \`{{ target }}\`; known: ${PLACEHOLDER_NAMES.map((n) => `{{ ${n} }}`).join(", ")}`,
    );
  });
});

describe("expandTemplate", () => {
  it.each<[string, string, string]>([
    [
      "the usual selector",
      'sum by ({{ versionLabel }}) (rate(x{namespace="{{ namespace }}", {{ versionLabel }}=~"{{ versions }}"}[{{ window }}]))',
      'sum by (version) (rate(x{namespace="kubeflow", version=~"v1|v2"}[10m]))',
    ],
    [
      "text outside a string is quoted",
      'label_replace(x, "a", {{ host }}, "", "")',
      'label_replace(x, "a", "mnist-service", "", "")',
    ],
    ["regex outside a string is quoted", "x{version=~{{ versions }}}", 'x{version=~"v1|v2"}'],
    [
      "token inside a string",
      'label_replace(x, "{{ versionLabel }}", "$1", "pod", "(.*)")',
      'label_replace(x, "version", "$1", "pod", "(.*)")',
    ],
    ["a text value in a regex matcher, then a pattern", 'x{s=~"{{ host }}-.*"}', 'x{s=~"mnist-service-.*"}'],
  ])("%s", (_name, template, expected) => {
    expect(expand(template)).toBe(expected);
  });

  // Names that would break out of their string or match more than themselves if pasted as is.
  const HOSTILE: TemplateValues = {
    text: { namespace: 'ns"} or vector(1) or x{a="', service: "s", host: "a.b", model: "it's\\" },
    regex: { hosts: ["a.b"], versions: ["meta-llama/Llama-3.1-8B", 'x"|.*', "a\nb"] },
    token: { versionLabel: "model_name", window: "5m" },
  };

  it.each<[string, string, string]>([
    [
      "a quote cannot end the string",
      'x{namespace="{{ namespace }}"}',
      'x{namespace="ns\\"} or vector(1) or x{a=\\""}',
    ],
    ["a single-quoted string escapes its own quote", "x{m='{{ model }}'}", "x{m='it\\'s\\\\'}"],
    [
      "regex alternatives match only themselves",
      'x{model_name=~"{{ versions }}"}',
      'x{model_name=~"meta-llama/Llama-3\\\\.1-8B|x\\"\\\\|\\\\.\\\\*|a\\nb"}',
    ],
    ["a dot in a text value is literal in a regex", 'x{s=~"{{ host }}"}', 'x{s=~"a\\\\.b"}'],
    ["outside a string: one quoted literal", "{{ namespace }}", '"ns\\"} or vector(1) or x{a=\\""'],
  ])("%s", (_name, template, expected) => {
    expect(expand(template, HOSTILE)).toBe(expected);
  });
});
