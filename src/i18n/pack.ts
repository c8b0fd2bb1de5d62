/**
 * How a language module travels: values only. A language is written as named tables (`Language`,
 * checked by the compiler), but the key names are the same in every language and already in the
 * code as the English defaults, so `dist/i18n/<lang>.js` carries only the texts, in an order both
 * sides can work out from the names alone: sorted by name. That halves what a reader downloads
 * per language.
 *
 * Shape (`PackedLanguage`): one array per section — the shared texts first, then one per element in
 * `TAGS` order — holding, for each text name sorted by code unit, either the text or, for a counted
 * text, its plural forms in CLDR's order `zero, one, two, few, many, other` (a form the language does
 * not use is a hole). The build packs each module (`packLanguage`); each element unpacks only its own
 * section against its own defaults (`unpackTexts`), so a file holding one element needs no other
 * element's names.
 *
 * Two kinds of file carry it: `dist/i18n/<lang>.js`, every section (for a host that registers a
 * language at once), and `dist/i18n/<lang>/<tag>.js`, the shared texts and that element's section
 * only, the others left as holes (`elementPack`). An element loads its own, so a page pays only for
 * the elements it shows; `registerLanguage` merges the parts of one language as they arrive.
 */
import { TAGS } from '../tags.js';
import { SHARED_TEXTS, type ElementName, type Language } from './language.js';

/** A text, or a counted text's forms in `PLURAL_ORDER`. */
export type PackedText = string | ReadonlyArray<string | undefined>;
/** A language module's default export, as built: see the module's description (a hole: a section not in this file). */
export type PackedLanguage = ReadonlyArray<ReadonlyArray<PackedText> | undefined>;

const SECTIONS = ['common', ...TAGS] as const;
const PLURAL_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const FORM = /_(?:zero|one|two|few|many|other)$/;

/** The names of a table's texts with each counted text's forms folded into one, sorted: a section's order. */
function names(keys: Iterable<string>): string[] {
  return [...new Set(Array.from(keys, (key) => key.replace(FORM, '')))].sort();
}

/** Whether `language` is a built module's packed texts rather than named tables. */
export function isPacked(language: Language | PackedLanguage): language is PackedLanguage {
  return Array.isArray(language);
}

/** The build's half: a language's tables as values only. */
export function packLanguage(language: Language): PackedLanguage {
  return SECTIONS.map((section) => {
    const table: Readonly<Record<string, string | undefined>> = language[section];
    return names(Object.keys(table)).map((name) =>
      Object.hasOwn(table, `${name}_other`) ? PLURAL_ORDER.map((form) => table[`${name}_${form}`]) : (table[name] ?? ''),
    );
  });
}

/** `packed` with only the shared texts and `element`'s section; every other section a hole. */
export function elementPack(packed: PackedLanguage, element: ElementName): PackedLanguage {
  const keep = SECTIONS.indexOf(element);
  return packed.map((section, i) => (i === 0 || i === keep ? section : undefined)) as PackedLanguage;
}

/**
 * Whether a language holds `element`'s texts: named tables always do; a packed one may be a file for
 * another element, which leaves this element's section a hole.
 */
export function hasSection(language: Language | PackedLanguage, element: ElementName): boolean {
  return !isPacked(language) || language[SECTIONS.indexOf(element)] !== undefined;
}

/** Two parts of one packed language as one: a section `next` holds wins, a hole in it keeps `earlier`'s. */
export function mergePacked(earlier: PackedLanguage, next: PackedLanguage): PackedLanguage {
  return SECTIONS.map((_, i) => next[i] ?? earlier[i]);
}

/** `packLanguage`'s output as JavaScript source: an array literal, holes for unused plural forms. */
export function packedSource(packed: PackedLanguage): string {
  const literal = (value: PackedText | readonly PackedText[] | undefined): string =>
    value === undefined ? '' : typeof value === 'string' ? JSON.stringify(value) : `[${value.map(literal).join(',')}]`;
  return literal(packed as readonly PackedText[]);
}

/**
 * An element's half: its texts in a packed language, by name (`total_one`, `label`, …), the shared
 * ones included. `defaults` is the element's English table, whose names give the order. A section
 * whose length is not the number of names (a module of another version, with a text added or
 * removed) is left out whole rather than read shifted, and so is a value that is not a string: those
 * texts show in English.
 */
export function unpackTexts(packed: PackedLanguage, element: ElementName, defaults: Readonly<Record<string, string>>): Record<string, string> {
  const texts: Record<string, string> = {};
  const put = (name: string, value: unknown) => {
    if (typeof value === 'string') texts[name] = value;
    else if (Array.isArray(value)) PLURAL_ORDER.forEach((form, i) => typeof value[i] === 'string' && (texts[`${name}_${form}`] = value[i]));
  };
  const shared: readonly string[] = SHARED_TEXTS;
  const read = (order: string[], section: readonly PackedText[] | undefined) => {
    if (section?.length === order.length) order.forEach((name, i) => put(name, section[i]));
  };
  read(names(shared), packed[0]);
  read(names(Object.keys(defaults)).filter((name) => !shared.includes(name)), packed[SECTIONS.indexOf(element)]);
  return texts;
}
