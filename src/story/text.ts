/**
 * Text hygiene (docs/story-format.md, "Text, never markup"): what a story's strings lose before anyone sees them.
 * Pure functions with a table test of their own.
 */

/**
 * C0 and C1 controls except tab (U+0009) and newline (U+000A), plus the bidirectional embeddings,
 * overrides (U+202A–U+202E) and isolates (U+2066–U+2069) that can make text read in another order
 * than it is stored ("Trojan Source").
 */
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The line and paragraph separators: JSON allows them raw, and they end a line, so they become one. */
const LINE_SEPARATORS = /[\u2028\u2029]/g;

/**
 * Tag characters (U+E0000–U+E007F) are invisible and can smuggle text past a reader; they belong only
 * in an emoji tag sequence (a black flag, tag letters, CANCEL TAG: the flags of Scotland or Wales),
 * which is kept whole. A byte-order mark (U+FEFF) inside text is an invisible no-break.
 */
const TAGS_AND_BOM = /(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|[\u{E0000}-\u{E007F}\uFEFF]/gu;

/**
 * Anything a rule above would change: most text has none, and then nothing is rebuilt. ZWJ, ZWNJ,
 * ZWSP and LRM/RLM/ALM are not in it: Indic and Persian words, emoji, Thai line breaks and Arabic
 * typesetting need them.
 */
const NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\u2028\u2029\uFEFF]/;

/**
 * Returns `value` with controls, bidi overrides and stray tag characters removed, U+2028/U+2029 as a
 * newline, and lone surrogates replaced by U+FFFD.
 */
export function cleanText(value: string): string {
  if (!NEEDS_CLEANING.test(value)) return value;
  return value
    .replace(UNSAFE_CHARACTERS, '')
    .replace(LINE_SEPARATORS, '\n')
    .replace(TAGS_AND_BOM, (_, flag: string | undefined) => flag ?? '')
    .replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Applies `cleanText` to every string in a parsed story, reads `-0` as `0` (so no figure shows as
 * "-0"), and freezes every object and array on the way: parsed stories are shared between elements, so none may change one. It works in place, on
 * the fresh tree of plain objects and arrays the validator just built (no cycles, no prototypes, no
 * one else holding it), so a clean story costs one walk and no copies.
 */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    for (const key of Object.keys(node)) {
      const inner = node[key];
      if (typeof inner === 'string') {
        const clean = cleanText(inner);
        if (clean !== inner) node[key] = clean;
      } else if (Object.is(inner, -0)) {
        node[key] = 0;
      } else if (inner !== null && typeof inner === 'object') {
        cleanStrings(inner);
      }
    }
    Object.freeze(node);
  }
  return value;
}
