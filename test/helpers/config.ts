import { readFileSync } from "node:fs";
import { type LoadedConfig, loadConfig } from "../../src/core/config.js";

/** Loads a rollout.yaml text, failing the test with the problems when it is invalid. */
export function load(text: string, file = "rollout.yaml"): LoadedConfig {
  const r = loadConfig({ text, file });
  if (!r.ok) throw new Error(r.message);
  return r.loaded;
}

export const MNIST_YAML = readFileSync(new URL("../../examples/mnist/rollout.yaml", import.meta.url), "utf8");

/** A minimal valid config: one service, the given versions and weights (first is stable). */
export function minimal(params: {
  versions: Record<string, number>;
  stable?: string;
  steps?: number[];
  maxStep?: number;
  extraServices?: string[];
}): string {
  const { versions } = params;
  const stable = params.stable ?? Object.keys(versions)[0];
  const lines = ["services:"];
  for (const key of ["mnist", ...(params.extraServices ?? [])]) {
    lines.push(
      `  ${key}:`,
      "    namespace: kubeflow",
      `    host: ${key}-service`,
      `    manifests: deploy/${key}`,
      "    versions:",
    );
    for (const [v, w] of Object.entries(versions)) lines.push(`      ${v}: { weight: ${w} }`);
    lines.push(`    stable: ${stable}`);
    if (params.steps) lines.push(`    steps: [${params.steps.join(", ")}]`);
    if (params.maxStep) lines.push(`    policy: { maxStep: ${params.maxStep} }`);
  }
  return `${lines.join("\n")}\n`;
}
