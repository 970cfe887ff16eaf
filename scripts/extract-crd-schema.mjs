#!/usr/bin/env node
// Extract the openAPIV3Schema of one version of a CustomResourceDefinition as JSON,
// optionally pruned to a set of kept paths.
//
// Usage:
//   node scripts/extract-crd-schema.mjs <crd.yaml> <version> <out.json> [--keep path,path,...] [--stub path,path,...]
//
// Paths are dot-separated property names from the schema root, e.g.
//   spec.predictor.canaryTrafficPercent
// A segment ending in "[]" steps into the array's `items`:
//   spec.canary[].trafficPercent
// A segment may list alternatives separated by "|":
//   spec.predictor.sklearn|tensorflow.storageUri
//
// Pruning rule (only when --keep or --stub is given):
//   * A node named by a --keep path is copied exactly as in the CRD (whole subtree).
//   * A node named by a --stub path keeps all its own keywords except `properties`,
//     `items` and a schema-valued `additionalProperties`; an object stub gets
//     `x-kubernetes-preserve-unknown-fields: true`; an array stub gets `items` replaced
//     by the stub of the original `items`.
//   * A node that is only an ancestor of kept/stubbed paths keeps all its own keywords
//     (type, required, additionalProperties, x-kubernetes-*, ...) exactly, but its
//     `properties` are limited to the kept/stubbed children (and its `items` are pruned
//     the same way).
//   * Everything else is dropped.
//   A warning is printed when an ancestor's `required` names a property that was dropped.
//
// Only the `yaml` package is used.
import { readFileSync, writeFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

function usage(msg) {
  if (msg) console.error(`error: ${msg}`);
  console.error(
    "usage: extract-crd-schema.mjs <crd.yaml> <version> <out.json> [--keep path,path,...] [--stub path,path,...]",
  );
  process.exit(2);
}

function parseArgs(argv) {
  const positional = [];
  const opts = { keep: [], stub: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--(keep|stub)(?:=(.*))?$/.exec(a);
    if (m) {
      const value = m[2] ?? argv[++i];
      if (value === undefined) usage(`--${m[1]} needs a value`);
      opts[m[1]].push(
        ...value
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      );
    } else if (a.startsWith("--")) {
      usage(`unknown option ${a}`);
    } else {
      positional.push(a);
    }
  }
  if (positional.length !== 3) usage("expected <crd.yaml> <version> <out.json>");
  return { crdPath: positional[0], version: positional[1], outPath: positional[2], ...opts };
}

// A path becomes a list of steps: { names: [..alternatives], items: boolean }.
function parsePath(path) {
  return path.split(".").map((seg) => {
    const items = seg.endsWith("[]");
    const names = (items ? seg.slice(0, -2) : seg).split("|").filter(Boolean);
    if (names.length === 0) throw new Error(`empty segment in path "${path}"`);
    return { names, items };
  });
}

// Expand alternatives into concrete step lists: [["spec",false],["canary",true],...]
function expand(steps) {
  let out = [[]];
  for (const { names, items } of steps) {
    const next = [];
    for (const prefix of out) for (const n of names) next.push([...prefix, [n, items]]);
    out = next;
  }
  return out;
}

// Build a trie of concrete paths. Each trie node: { mode: "keep"|"stub"|undefined, props: Map, items: trie|undefined }
function newTrie() {
  return { mode: undefined, props: new Map(), items: undefined };
}

function insert(trie, concrete, mode, original) {
  let node = trie;
  for (const [name, items] of concrete) {
    if (!node.props.has(name)) node.props.set(name, newTrie());
    node = node.props.get(name);
    if (items) {
      node.items ??= newTrie();
      node = node.items;
    }
  }
  if (node.mode && node.mode !== mode) {
    throw new Error(`path "${original}" is both kept and stubbed`);
  }
  node.mode = mode;
}

function stub(schema) {
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === "properties" || k === "items") continue;
    if (k === "additionalProperties" && typeof v === "object" && v !== null) continue;
    out[k] = v;
  }
  if (schema.type === "array" && schema.items) {
    out.items = stub(schema.items);
  } else if (schema.type === "object" || schema.properties) {
    out["x-kubernetes-preserve-unknown-fields"] = true;
  }
  return out;
}

function prune(schema, trie, where) {
  if (trie.mode === "keep") return structuredClone(schema);
  if (trie.mode === "stub") return stub(schema);
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === "properties") {
      const props = {};
      for (const [name, child] of trie.props) {
        if (!(name in v)) throw new Error(`no property "${name}" at ${where || "<root>"}`);
        props[name] = prune(v[name], child, where ? `${where}.${name}` : name);
      }
      out.properties = props;
    } else if (k === "items") {
      if (trie.items) out.items = prune(v, trie.items, `${where}[]`);
      // items of an ancestor that is not stepped into are dropped with the rest
    } else {
      out[k] = v;
    }
  }
  if (trie.props.size > 0 && !schema.properties) {
    throw new Error(`${where || "<root>"} has no properties`);
  }
  if (trie.items && !schema.items) throw new Error(`${where} has no items`);
  if (Array.isArray(schema.required)) {
    for (const r of schema.required) {
      if (!trie.props.has(r)) {
        console.error(`warning: ${where || "<root>"} requires "${r}", which was pruned`);
      }
    }
  }
  return out;
}

function main() {
  const { crdPath, version, outPath, keep, stub: stubs } = parseArgs(process.argv.slice(2));
  const docs = parseAllDocuments(readFileSync(crdPath, "utf8"));
  const crds = docs
    .map((d) => {
      if (d.errors.length) throw d.errors[0];
      return d.toJS({ maxAliasCount: -1 });
    })
    .filter((d) => d && d.kind === "CustomResourceDefinition");
  if (crds.length !== 1)
    usage(`expected exactly one CustomResourceDefinition in ${crdPath}, found ${crds.length}`);
  const crd = crds[0];
  const v = (crd.spec?.versions ?? []).find((x) => x.name === version);
  if (!v) {
    usage(
      `version ${version} not in ${crd.metadata?.name}: ${(crd.spec?.versions ?? []).map((x) => x.name).join(", ")}`,
    );
  }
  const schema = v.schema?.openAPIV3Schema;
  if (!schema) usage(`version ${version} has no schema.openAPIV3Schema`);

  let result = schema;
  if (keep.length || stubs.length) {
    const trie = newTrie();
    for (const p of keep) for (const c of expand(parsePath(p))) insert(trie, c, "keep", p);
    for (const p of stubs) for (const c of expand(parsePath(p))) insert(trie, c, "stub", p);
    result = prune(schema, trie, "");
  }
  const text = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(outPath, text);
  console.error(
    `${crd.metadata?.name} ${version}: wrote ${outPath} (${Buffer.byteLength(text)} bytes; full schema ${Buffer.byteLength(`${JSON.stringify(schema, null, 2)}\n`)} bytes)`,
  );
}

try {
  main();
} catch (e) {
  console.error(`error: ${e.message}`);
  process.exit(1);
}
