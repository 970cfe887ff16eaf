import type { FileChange } from "./changes.js";
import { describeChange, type TrafficPlan } from "./plan.js";

/** A plain-text weights table: version, before, after (and the stable marker). */
export function planTable(plan: TrafficPlan): string {
  const rows = Object.keys(plan.after).map((v) => {
    const mark = v === plan.stableAfter ? " (stable)" : v === plan.canary ? " (canary)" : "";
    return [`${v}${mark}`, `${plan.before[v] ?? 0} %`, `${plan.after[v] ?? 0} %`];
  });
  const all = [["version", "before", "after"], ...rows];
  const width = (i: number) => Math.max(...all.map((r) => (r[i] ?? "").length));
  return all
    .map((r) =>
      r
        .map((c, i) => c.padEnd(width(i)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** One line: "mnist: v1 90 % → 80 %, v2 10 % → 20 %". */
export function planHeadline(plan: TrafficPlan): string {
  const stable =
    plan.stableAfter !== plan.stableBefore ? `; stable ${plan.stableBefore} → ${plan.stableAfter}` : "";
  const forced = plan.forced ? " (forced past policy.maxStep)" : "";
  return `${plan.service} (${plan.kind}): ${describeChange(plan) || "weights unchanged"}${stable}${forced}`;
}

/** "M path" / "A path" / "D path" lines, like git status. */
export function changeList(changes: readonly FileChange[]): string {
  return changes
    .map((c) => `${c.before === undefined ? "A" : c.after === undefined ? "D" : "M"} ${c.path}`)
    .join("\n");
}
