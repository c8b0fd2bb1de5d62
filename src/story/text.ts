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

/** Anything either rule above would change: most text has none, and then nothing is rebuilt. */
const NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

/** Returns `value` with controls and bidi overrides removed and lone surrogates replaced by U+FFFD. */
export function cleanText(value: string): string {
  if (!NEEDS_CLEANING.test(value)) return value;
  return value.replace(UNSAFE_CHARACTERS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Applies `cleanText` to every string in a parsed story and freezes every object and array on the
 * way: parsed stories are shared between elements, so none may change one. It works in place, on
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
      } else if (inner !== null && typeof inner === 'object') {
        cleanStrings(inner);
      }
    }
    Object.freeze(node);
  }
  return value;
}
