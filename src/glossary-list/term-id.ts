/**
 * The stable id of a glossary term (docs/elements.md): `term-` + the term in lower case with every run of
 * characters other than letters and digits replaced by `-`, and no leading or trailing `-`.
 * "BIS Entity List" → `term-bis-entity-list`. Letters and digits of any script count.
 */
export function termId(term: string): string {
  const slug = term
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `term-${slug}`;
}

/**
 * Ids for a whole glossary: two terms whose slugs collide ("A.B" and "A B") get `-2`, `-3`, … in
 * order, so every id on the page stays unique and the first keeps the plain one.
 */
export function termIds(terms: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return terms.map((term) => {
    const id = termId(term);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
