import { promString, regexLiteral } from "../promql.js";

/**
 * PromQL templates of custom checks: `{{ name }}` placeholders, found with where they stand
 * (outside a string, in a plain string, in a regex matcher's string), validated at load and
 * expanded with every value escaped for that spot. Pure.
 */

/** How a placeholder's value is written into PromQL. */
export type PlaceholderKind =
  /** A name (namespace, host): a quoted string outside a string, escaped text inside one. */
  | "text"
  /** An alternation of names (v1|v2), each matched literally: only where a regex is read. */
  | "regex"
  /** A token PromQL reads bare (a duration, a label name), validated before it gets here. */
  | "token";

/** The placeholders a template may use, what each holds, and how it is written. */
export const PLACEHOLDERS = {
  namespace: { kind: "text", doc: "the service's Kubernetes namespace" },
  service: { kind: "text", doc: "the service's key in rollout.yaml" },
  host: { kind: "text", doc: "the service's Kubernetes Service (router: kserve, the InferenceService)" },
  hosts: {
    kind: "regex",
    doc: "every Kubernetes Service of the service: its host and each version's own (a host split)",
  },
  model: {
    kind: "text",
    doc: "the model's name: tfServing.modelName, else the host (KServe names the model after the InferenceService)",
  },
  versions: { kind: "regex", doc: "the value of versionLabel of every version, as `v1|v2`" },
  versionLabel: { kind: "token", doc: "the label that tells the versions apart (the check's versionLabel)" },
  window: { kind: "token", doc: "the gate window, e.g. 10m" },
} as const satisfies Record<string, { readonly kind: PlaceholderKind; readonly doc: string }>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

/** Where in the PromQL text a placeholder stands. */
export type PlaceholderContext =
  | { readonly in: "code" }
  | { readonly in: "string"; readonly quote: '"' | "'" | "`"; readonly regex: boolean };

/** One `{{ name }}`: its offset in the template (0-based), its raw text and where it stands. */
export interface PlaceholderUse {
  readonly name: string;
  readonly offset: number;
  readonly length: number;
  readonly context: PlaceholderContext;
}

/** Why a template is refused at load. */
export type TemplateProblemReason =
  | "unknown-placeholder"
  | "malformed-placeholder"
  | "unclosed-placeholder"
  | "regex-outside-matcher"
  | "in-raw-string";

export interface TemplateProblem {
  readonly reason: TemplateProblemReason;
  /** 0-based offset in the template, and 1-based line and column within it. */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type ParsedTemplate =
  | { readonly ok: true; readonly uses: readonly PlaceholderUse[] }
  | { readonly ok: false; readonly problems: readonly TemplateProblem[] };

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Whether the string opening at `quoteAt` is the right-hand side of `=~` or `!~` (an RE2 regex). */
function isRegexString(text: string, quoteAt: number): boolean {
  const before = text.slice(0, quoteAt).trimEnd();
  return before.endsWith("=~") || before.endsWith("!~");
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Finds the placeholders of a template with their context. PromQL strings are tracked (double- and
 * single-quoted with backslash escapes, backtick raw strings) so that a value is escaped for the
 * spot it lands in; a `{{` inside a string is a placeholder too, as in Flagger's templates.
 */
export function parseTemplate(template: string): ParsedTemplate {
  const uses: PlaceholderUse[] = [];
  const problems: TemplateProblem[] = [];
  const problem = (reason: TemplateProblemReason, offset: number, message: string) =>
    problems.push({ reason, offset, ...lineColumn(template, offset), message });
  let quote: '"' | "'" | "`" | undefined;
  let regex = false;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (template.startsWith("{{", i)) {
      const end = template.indexOf("}}", i + 2);
      if (end < 0) {
        problem("unclosed-placeholder", i, "`{{` is never closed: end the placeholder with `}}`");
        break;
      }
      const raw = template.slice(i, end + 2);
      const name = template.slice(i + 2, end).trim();
      if (!IDENT.test(name))
        problem(
          "malformed-placeholder",
          i,
          `\`${raw}\` is not a placeholder: write a name between the braces, e.g. \`{{ namespace }}\``,
        );
      else
        uses.push({
          name,
          offset: i,
          length: raw.length,
          context: quote === undefined ? { in: "code" } : { in: "string", quote, regex },
        });
      i = end + 1;
      continue;
    }
    if (quote === undefined) {
      if (ch === '"' || ch === "'" || ch === "`") {
        quote = ch;
        regex = isRegexString(template, i);
      }
    } else if (ch === "\\" && quote !== "`") {
      i++; // the escaped character cannot end the string
    } else if (ch === quote) {
      quote = undefined;
    }
  }
  for (const u of uses) {
    const at = (reason: TemplateProblemReason, message: string) => problem(reason, u.offset, message);
    if (!Object.hasOwn(PLACEHOLDERS, u.name)) {
      at(
        "unknown-placeholder",
        `unknown placeholder \`{{ ${u.name} }}\`; known: ${PLACEHOLDER_NAMES.map((n) => `{{ ${n} }}`).join(", ")}`,
      );
      continue;
    }
    const kind = PLACEHOLDERS[u.name as PlaceholderName].kind;
    if (u.context.in === "string" && u.context.quote === "`")
      at(
        "in-raw-string",
        `\`{{ ${u.name} }}\` is inside a backtick string, where nothing can be escaped: use double quotes`,
      );
    else if (kind === "regex" && u.context.in === "string" && !u.context.regex)
      at(
        "regex-outside-matcher",
        `\`{{ ${u.name} }}\` is a regular expression (v1|v2): use it after \`=~\`, e.g. \`version=~"{{ ${u.name} }}"\``,
      );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, uses };
}

/** The values a template is expanded with; regex placeholders hold the literal alternatives. */
export interface TemplateValues {
  readonly text: Readonly<Record<"namespace" | "service" | "host" | "model", string>>;
  readonly regex: Readonly<Record<"hosts" | "versions", readonly string[]>>;
  readonly token: Readonly<Record<"versionLabel" | "window", string>>;
}

function escapeIn(value: string, quote: '"' | "'"): string {
  const q = quote === '"' ? /"/g : /'/g;
  return value.replace(/\\/g, "\\\\").replace(q, `\\${quote}`).replace(/\n/g, "\\n");
}

function alternation(values: readonly string[]): string {
  return values.map(regexLiteral).join("|");
}

/**
 * The PromQL of a parsed template: each placeholder replaced by its value, escaped for where it
 * stands. Text outside a string becomes a quoted string; inside a regex matcher's string it is
 * matched literally (RE2-escaped, then string-escaped); tokens are written bare.
 */
export function expandTemplate(params: {
  readonly template: string;
  readonly uses: readonly PlaceholderUse[];
  readonly values: TemplateValues;
}): string {
  const { template, uses, values } = params;
  let out = "";
  let from = 0;
  for (const u of uses) {
    out += template.slice(from, u.offset);
    from = u.offset + u.length;
    const name = u.name as PlaceholderName;
    const kind = PLACEHOLDERS[name].kind;
    const c = u.context;
    if (kind === "token") {
      const v = values.token[name as keyof TemplateValues["token"]];
      out += c.in === "string" && c.quote !== "`" ? escapeIn(v, c.quote) : v;
    } else if (kind === "regex") {
      const v = alternation(values.regex[name as keyof TemplateValues["regex"]]);
      out += c.in === "string" && c.quote !== "`" ? escapeIn(v, c.quote) : promString(v);
    } else {
      const v = values.text[name as keyof TemplateValues["text"]];
      if (c.in === "code") out += promString(v);
      else if (c.quote !== "`") out += escapeIn(c.regex ? regexLiteral(v) : v, c.quote);
    }
  }
  return out + template.slice(from);
}
