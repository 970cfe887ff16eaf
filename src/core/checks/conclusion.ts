import type { GateCheck } from "../metrics.js";

/**
 * How custom checks count in the gate's conclusion (evaluateGate's `extraChecks`): a critical one
 * as any built-in check; a non-critical one never, its failure only warns. Pure, and apart from
 * judge.ts so that gate.ts can use it without importing what imports gate.ts.
 */

/** A gate check that may say it is not critical (custom checks do; built-in ones are). */
export type MaybeCritical = GateCheck & { readonly critical?: boolean };

/** Whether a check counts in the gate's conclusion: every built-in one, and critical custom ones. */
export function countsInConclusion(c: MaybeCritical): boolean {
  return c.critical !== false;
}

/**
 * What the custom checks add to the gate's summary sentence: the non-critical ones that did not
 * pass, which the conclusion does not count. Empty when there are none.
 */
export function nonCriticalNote(checks: readonly MaybeCritical[]): string {
  const warned = checks.filter((c) => c.critical === false && c.status !== "pass");
  if (warned.length === 0) return "";
  const failed = warned.filter((c) => c.status === "fail").map((c) => c.name);
  const unsure = warned.filter((c) => c.status === "insufficient").map((c) => c.name);
  const parts = [
    ...(failed.length > 0 ? [`${failed.join(", ")} failed`] : []),
    ...(unsure.length > 0 ? [`no data for ${unsure.join(", ")}`] : []),
  ];
  return ` Warning (non-critical, not counted): ${parts.join("; ")}.`;
}
