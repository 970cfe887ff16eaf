/**
 * Whole numbers adding up to `total` from exact shares (which add up to it): floors first, then
 * the remainder one by one to the largest fractions, ties to the order given.
 */
export function largestRemainder(
  exact: readonly (readonly [string, number])[],
  total: number,
): Record<string, number> {
  const out: Record<string, number> = {};
  let left = total;
  for (const [v, x] of exact) {
    out[v] = Math.floor(x);
    left -= Math.floor(x);
  }
  const byFraction = exact
    .map(([v, x], i) => ({ v, i, f: x - Math.floor(x) }))
    .sort((a, b) => b.f - a.f || a.i - b.i);
  for (const { v } of byFraction) {
    if (left <= 0) break;
    out[v] = (out[v] ?? 0) + 1;
    left--;
  }
  return out;
}
