import * as z from "zod";
import { CHECK_NAMES } from "../gate.js";
import { PRESET_NAMES, PRESETS } from "./presets.js";
import { DIRECTIONS } from "./schema-types.js";
import { PLACEHOLDER_NAMES, parseTemplate } from "./template.js";

/** A Prometheus label name. */
export const LABEL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A check's name: shown in Markdown tables and check runs, so no `|`, backtick or line break. */
const CHECK_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._:/()-]*$/;

/** One custom check of `policy.gate.checks`: its own PromQL template, or a shipped preset. */
export const CheckSchema = z
  .strictObject(
    {
      name: z
        .string({ error: "must be a name such as `p99 ttft`" })
        .max(63, { error: "must be at most 63 characters" })
        .regex(CHECK_NAME, {
          error: "must start with a letter or digit and hold only letters, digits, spaces and . _ : / ( ) -",
        })
        .optional()
        .describe(
          "Shown in the summary and the check run; default the preset's name. Required with `query`.",
        ),
      preset: z
        .enum(PRESET_NAMES, { error: `must be one of: ${PRESET_NAMES.join(", ")}` })
        .optional()
        .describe(`A shipped check instead of \`query\`: ${PRESET_NAMES.join(", ")}.`),
      query: z
        .string({ error: "must be a PromQL template (a string)" })
        .min(1, { error: "must not be empty" })
        .max(4000, { error: "must be at most 4,000 characters" })
        .optional()
        .describe(
          `PromQL returning one sample per version, grouped by versionLabel. Placeholders: ${PLACEHOLDER_NAMES.map((n) => `{{ ${n} }}`).join(", ")}; every value is escaped.`,
        ),
      versionLabel: z
        .string({ error: "must be a Prometheus label name such as version or model_name" })
        .regex(LABEL_NAME, { error: "must be a Prometheus label name such as version or model_name" })
        .optional()
        .describe(
          "The label of the query's samples that tells the version: default the preset's (version; vLLM: model_name), else `version`.",
        ),
      versionValues: z
        .record(
          z.string({ error: "must be a version name" }),
          z
            .string({ error: "must be the label value, e.g. a served model name" })
            .min(1, { error: "must not be empty" })
            // biome-ignore lint/suspicious/noControlCharactersInRegex: a line break in a label value is what it refuses
            .regex(/^[^\u0000-\u001f\u007f]*$/, {
              error: "must not contain a line break or other control character",
            }),
          { error: "must be a map of version to label value, e.g. { v2: llama-3-8b-ft }" },
        )
        .optional()
        .describe(
          "A version's value of versionLabel when it is not the version's name (e.g. vLLM's --served-model-name).",
        ),
      threshold: z
        .number({ error: "must be a number" })
        .optional()
        .describe(
          "Absolute bound for the canary's value (lower-is-better: at most; higher-is-better: at least).",
        ),
      compare: z
        .strictObject({
          tolerancePercent: z
            .number({ error: "must be a percentage ≥ 0, e.g. 20" })
            .min(0, { error: "must be a percentage ≥ 0, e.g. 20" })
            .max(1000, { error: "must be at most 1000 (percent)" })
            .describe("How much worse than the baseline's value the canary's may be, in percent of it."),
        })
        .optional()
        .describe("Compare the canary's value with the baseline's (stable version's)."),
      direction: z
        .enum(DIRECTIONS, { error: "must be `lower-is-better` or `higher-is-better`" })
        .optional()
        .describe("Which way the value is better; default lower-is-better (a preset's is fixed)."),
      unit: z
        .string({ error: "must be a short unit such as ms or %" })
        .max(16, { error: "must be at most 16 characters" })
        .regex(/^[^|`\n]*$/, { error: "must not contain `|`, backticks or line breaks" })
        .optional()
        .describe("Shown after values, e.g. ms."),
      critical: z
        .boolean({ error: "must be true or false" })
        .default(true)
        .describe("A failing critical check fails the gate; a non-critical one only warns."),
    },
    { error: "must be a check such as `{ preset: vllm-ttft }` or `{ name: x, query: ..., threshold: 1 }`" },
  )
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (c.preset !== undefined && c.query !== undefined)
      issue(
        "query",
        `a check has either \`preset\` or \`query\`, not both: remove \`query\` to use preset ${c.preset}, or \`preset\` to use your own`,
      );
    if (c.preset === undefined && c.query === undefined)
      issue(
        "query",
        `is required: add \`query:\` (a PromQL template) or \`preset:\` (one of ${PRESET_NAMES.join(", ")})`,
      );
    if (c.preset !== undefined && c.direction !== undefined && c.direction !== PRESETS[c.preset].direction)
      issue(
        "direction",
        `preset ${c.preset} is ${PRESETS[c.preset].direction}: remove \`direction\`, or write your own \`query\``,
      );
    const builtIn: readonly string[] = Object.values(CHECK_NAMES);
    if (c.name !== undefined && builtIn.includes(c.name))
      issue("name", `\`${c.name}\` is the name of a built-in check (${builtIn.join(", ")}): choose another`);
    if (c.preset === undefined && c.query !== undefined && c.name === undefined)
      issue("name", "is required with `query`: add `name:` (shown in the summary)");
    if (c.threshold !== undefined && c.compare !== undefined)
      issue(
        "compare",
        "a check has either `threshold` (an absolute bound) or `compare` (against the baseline), not both: make two checks",
      );
    if (
      c.preset === undefined &&
      c.query !== undefined &&
      c.threshold === undefined &&
      c.compare === undefined
    )
      issue(
        "query",
        "needs `threshold: <number>` or `compare: { tolerancePercent: <percent> }` to be judged",
      );
    if (c.preset === undefined && c.query !== undefined) {
      const parsed = parseTemplate(c.query);
      if (!parsed.ok)
        for (const p of parsed.problems) {
          const where = c.query.includes("\n") ? `line ${p.line}, column ${p.column}` : `column ${p.column}`;
          issue("query", `${p.message} (at ${where} of the query)`);
        }
    }
  })
  .describe("A custom check: `{ name, query, threshold | compare, direction, critical }` or `{ preset }`.");

/** The fields of a check, for "unknown field" suggestions. */
export const CHECK_KEYS: readonly string[] = Object.keys(CheckSchema.shape);

/** `policy.gate.checks`: custom checks judged beside the built-in ones, one query each. */
export const ChecksSchema = z
  .array(CheckSchema, { error: "must be a list of checks such as [{ preset: vllm-ttft }]" })
  .optional()
  .superRefine((checks = [], ctx) => {
    const seen = new Map<string, number>();
    checks.forEach((c, i) => {
      const name = c.name ?? c.preset ?? "";
      const first = seen.get(name);
      if (first !== undefined)
        ctx.addIssue({
          code: "custom",
          path: [i, c.name !== undefined ? "name" : "preset"],
          message: `check \`${name}\` is listed twice (also item ${first + 1}): give one a different \`name:\``,
        });
      else seen.set(name, i);
    });
  })
  .describe("Custom checks on any Prometheus metric, judged beside the built-in ones (see the README).");

export type CheckConfig = z.output<typeof CheckSchema>;
