/**
 * A structural OpenAPI v3 schema node, as a CustomResourceDefinition's `openAPIV3Schema` writes it:
 * the subset Kubernetes allows (no `$ref`, no `oneOf` at the top, `x-kubernetes-*` extensions).
 * Keywords this validator does not know (descriptions, list types) are ignored.
 */
export interface OpenApiSchema {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, OpenApiSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | OpenApiSchema;
  readonly items?: OpenApiSchema;
  readonly enum?: readonly unknown[];
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly anyOf?: readonly OpenApiSchema[];
  readonly nullable?: boolean;
  readonly "x-kubernetes-preserve-unknown-fields"?: boolean;
  readonly "x-kubernetes-int-or-string"?: boolean;
}

/** Integer ranges of the formats CRDs use; int64 is capped at what a JS number holds exactly. */
const INT_RANGES: Record<string, readonly [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function typeProblem(value: unknown, type: string): string | undefined {
  const ok =
    type === "object"
      ? isMap(value)
      : type === "array"
        ? Array.isArray(value)
        : type === "string"
          ? typeof value === "string"
          : type === "integer"
            ? Number.isInteger(value)
            : type === "number"
              ? typeof value === "number" && Number.isFinite(value)
              : type === "boolean"
                ? typeof value === "boolean"
                : true;
  return ok ? undefined : `must be ${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

function at(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/**
 * The first way `value` breaks `schema`, as `path: what` (undefined: it conforms). Unknown fields
 * are refused where the schema lists properties, as the API server's strict field validation
 * (kubectl's default) does, unless `x-kubernetes-preserve-unknown-fields` keeps them; a map
 * without `properties` (such as `metadata`, which the API server checks itself) takes any field.
 */
export function schemaProblem(value: unknown, schema: OpenApiSchema, path = ""): string | undefined {
  const where = path || "(root)";
  if (value === null) return schema.nullable ? undefined : `${where}: must not be null`;
  if (schema["x-kubernetes-int-or-string"]) {
    if (!Number.isInteger(value) && typeof value !== "string")
      return `${where}: must be an integer or a string`;
  } else if (schema.type) {
    const bad = typeProblem(value, schema.type);
    if (bad) return `${where}: ${bad}`;
  }
  if (schema.anyOf && !schema["x-kubernetes-int-or-string"]) {
    if (!schema.anyOf.some((s) => schemaProblem(value, s, path) === undefined))
      return `${where}: matches none of its allowed forms`;
  }
  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)))
    return `${where}: must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(", ")}`;
  if (typeof value === "number") {
    const range = schema.format ? INT_RANGES[schema.format] : undefined;
    if (range && (value < range[0] || value > range[1]))
      return `${where}: is out of range for ${schema.format}`;
    if (schema.minimum !== undefined && value < schema.minimum)
      return `${where}: must be ≥ ${schema.minimum}`;
    if (schema.maximum !== undefined && value > schema.maximum)
      return `${where}: must be ≤ ${schema.maximum}`;
  }
  if (typeof value === "string" && schema.pattern && !new RegExp(schema.pattern).test(value))
    return `${where}: must match ${schema.pattern}`;
  if (Array.isArray(value) && schema.items) {
    for (const [i, item] of value.entries()) {
      const bad = schemaProblem(item, schema.items, at(path, i));
      if (bad) return bad;
    }
  }
  if (isMap(value)) {
    for (const r of schema.required ?? []) if (!(r in value)) return `${at(path, r)}: is required`;
    const props = schema.properties;
    for (const [k, v] of Object.entries(value)) {
      const own = props?.[k];
      const extra = schema.additionalProperties;
      const sub = own ?? (typeof extra === "object" ? extra : undefined);
      if (sub) {
        const bad = schemaProblem(v, sub, at(path, k));
        if (bad) return bad;
      } else if (
        extra === false ||
        (props !== undefined && extra === undefined && !schema["x-kubernetes-preserve-unknown-fields"])
      ) {
        return `${at(path, k)}: unknown field`;
      }
    }
  }
  return undefined;
}
