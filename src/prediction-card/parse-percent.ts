import { asciiDigits } from '../i18n/digits.js';

/**
 * The reader's forecast as typed: a decimal from 1 to 99 with at most two decimals, optionally with a
 * `%` before or after it (Turkish writes "%45"), in the reader's own digits and decimal separator
 * (`decimal`, the language's own: `,` in German). Strict on purpose: `Number()` and `parseFloat` would
 * take `""` as 0, `1e2` as 100, `0x32` as 50 and `50,5` as 50, and a forecast the reader did not mean
 * is worse than a visible "not a number".
 */
const PERCENT = /^\s*%?\s*(\d{1,2}(?:\.\d{1,2})?)\s*%?\s*$/;

/** The percentage in [1, 99], or `null` when the text is not one. */
export function parsePercent(text: string, decimal = '.'): number | null {
  const ascii = asciiDigits(text, decimal);
  const match = ascii === null ? null : PERCENT.exec(ascii);
  // One sign at most: "%45%" is not a number anyone means.
  if (!match || (ascii!.match(/%/g)?.length ?? 0) > 1) return null;
  const value = Number(match[1]);
  return value >= 1 && value <= 99 ? value : null;
}
