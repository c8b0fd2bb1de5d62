/**
 * The reader's forecast as typed: a plain decimal from 1 to 99, optionally followed by `%`. Strict on
 * purpose: `Number()` and `parseFloat` would take `""` as 0, `1e2` as 100, `0x32` as 50 and `50,5`
 * as 50, and a forecast the reader did not mean is worse than a visible "not a number".
 */
const PERCENT = /^\s*(\d{1,2}(?:\.\d{1,2})?)\s*%?\s*$/;

/** The percentage in [1, 99], or `null` when the text is not one. */
export function parsePercent(text: string): number | null {
  const match = PERCENT.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  return value >= 1 && value <= 99 ? value : null;
}
