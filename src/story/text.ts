/**
 * Text hygiene (STORY-FORMAT.md): what a story's strings lose before anyone sees them.
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

/** Returns `value` with controls and bidi overrides removed and lone surrogates replaced by U+FFFD. */
export function cleanText(value: string): string {
  return value.replace(UNSAFE_CHARACTERS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Applies `cleanText` to every string in a parsed story (a tree of plain objects, arrays and
 * primitives that the validator built, so there are no cycles and no prototypes to worry about).
 */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = cleanStrings(inner);
    return out as T;
  }
  return value;
}
