import type { FileChange } from "./changes.js";
import { describeChange, describeMirrorChange, type TrafficPlan } from "./plan.js";

/** A plain-text weights table: version, before, after (and the stable marker). */
export function planTable(plan: TrafficPlan): string {
  const rows = Object.keys(plan.after).map((v) => {
    const mark =
      v === plan.stableAfter
        ? " (stable)"
        : v === plan.canary
          ? " (canary)"
          : v === plan.mirrorAfter?.version
            ? " (mirror)"
            : "";
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

/** One line: "mnist: v1 90 % → 80 %, v2 10 % → 20 %" (and what happens to the mirror). */
export function planHeadline(plan: TrafficPlan): string {
  const stable =
    plan.stableAfter !== plan.stableBefore ? `; stable ${plan.stableBefore} → ${plan.stableAfter}` : "";
  const forced = plan.forced ? " (forced past policy.maxStep)" : "";
  const change = [describeChange(plan), describeMirrorChange(plan)].filter((s) => s).join("; ");
  return `${plan.service} (${plan.kind}): ${change || "weights unchanged"}${stable}${forced}`;
}

/** "M path" / "A path" / "D path" lines, like git status. */
export function changeList(changes: readonly FileChange[]): string {
  return changes
    .map((c) => `${c.before === undefined ? "A" : c.after === undefined ? "D" : "M"} ${c.path}`)
    .join("\n");
}
