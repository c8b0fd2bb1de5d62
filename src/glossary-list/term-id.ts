/**
 * The stable id of a glossary term: `term-` + the term in lower case, in Unicode NFC, with every run
 * of characters other than letters, combining marks and digits replaced by `-`, and no leading or
 * trailing `-`. "BIS Entity List" → `term-bis-entity-list`; "मॉडल वेट्स" → `term-मॉडल-वेट्स` (its vowel
 * signs are combining marks, kept, so "कि" and "के" stay apart); an NFD "Über" → `term-über`.
 *
 * A term with no letter or digit at all ("🤖", "!!!") gets its code points in hex after `term--`
 * (`term--1f916`), which no slug can produce, since a slug never starts with `-`.
 */
export function termId(term: string): string {
  const lower = term.normalize('NFC').toLowerCase().normalize('NFC');
  const slug = lower.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (slug) return `term-${slug}`;
  const codes = [...lower.trim()].map((c) => c.codePointAt(0)!.toString(16));
  return `term--${codes.join('-') || '0'}`;
}

/**
 * Ids for a whole glossary, unique within it: a term whose id an earlier term already has gets `--2`,
 * `--3`, … Slugs never hold `--` (runs collapse to one `-`), so a suffixed id cannot be another term's
 * plain id: `x`, `X!` and `x-2` get `term-x`, `term-x--2` and `term-x-2`. An id depends only on the
 * terms before it, so adding a term at the end never changes an existing link.
 */
export function termIds(terms: readonly string[]): string[] {
  const taken = new Set<string>();
  return terms.map((term) => {
    const base = termId(term);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}--${n}`;
    taken.add(id);
    return id;
  });
}

/**
 * The term id an address's fragment names, normalised as ids are (NFC, lower case; percent-encoded
 * or raw), or `null` when it names no term or is not valid percent-encoding.
 */
export function fragmentTermId(hash: string): string | null {
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null; // a malformed %-escape in the address is not ours to fix
  }
  const id = fragment.normalize('NFC').toLowerCase().normalize('NFC');
  return id.startsWith('term-') ? id : null;
}
