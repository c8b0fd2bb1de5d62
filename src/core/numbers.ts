/**
 * Small numeric helpers the scoring rules share. Pure, no DOM, no clock.
 */

/** Floating point makes 34.5 come out as 34.499999…; docs/scoring.md asks for a 1e-9 tolerance. */
const EPSILON = 1e-9;

/** Rounds half up (towards +∞) with the tolerance above: 2.5 → 3, 2.4999999999 → 3, -2.5 → -2. */
export function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5 + EPSILON);
}

/**
 * Integer parts that add up to `total`: each value rounded down, then the remaining points go one each
 * to the values with the largest fractional parts (ties: earlier first). This is the largest-remainder
 * (Hamilton) method, so a breakdown never disagrees with the number it explains.
 */
export function largestRemainder(values: readonly number[], total: number): number[] {
  const floors = values.map((v) => Math.floor(v + EPSILON));
  let remaining = total - floors.reduce((a, b) => a + b, 0);
  const order = values
    .map((v, i) => ({ i, fraction: v - floors[i] }))
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  const parts = floors.slice();
  for (let k = 0; remaining > 0 && order.length > 0; k = (k + 1) % order.length) {
    parts[order[k].i] += 1;
    remaining -= 1;
  }
  return parts;
}

/** Median of a list (mean of the two middle values for an even count); `null` for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Mean of a list; `null` for an empty list. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * 95% Wilson score interval for `successes` out of `n` (z = 1.96). Unlike the plain ±1.96·√(p(1−p)/n),
 * it stays inside [0, 1] and is honest about small samples; with n = 0 it is the whole range.
 */
export function wilsonInterval(successes: number, n: number, z = 1.959964): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  return {
    low: Math.max(0, (centre - spread) / denominator),
    high: Math.min(1, (centre + spread) / denominator),
  };
}

/** Clamps `value` to [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
