/**
 * Shipped translations, loaded by themselves. Each language is a set of small modules outside the main
 * bundle (plain data, values only: `PackedLanguage`): `dist/i18n/<lang>/<tag>.js` holds the texts of
 * one element. The first element of a kind that needs a language imports its own file from beside the
 * bundle, which a strict CSP (`script-src 'self'`) allows, and every element of that kind waiting for
 * it re-renders once it is in: a page with one widget loads one file of a few hundred bytes. A bundler
 * user imports `dist/i18n/<lang>.js` (all five elements) and hands it to `registerLanguage` instead (a
 * bundler cannot know where the files will live). Until its texts are in, or when they cannot be
 * loaded, an element shows English.
 */
import type { ElementName, Language } from './language.js';
import { hasSection, isPacked, mergePacked, unpackTexts, type PackedLanguage } from './pack.js';

/** The languages that ship with the library (`zh` is Simplified Chinese). */
export const LANGUAGES = ['ar', 'de', 'es', 'fr', 'he', 'hi', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'tr', 'zh'] as const;

/**
 * Where the language modules are, relative to the module that holds this code: set by the build
 * (`./i18n/` beside `reality-kit.js`, `../i18n/` from `dist/chunks/`). Unset when running from the
 * sources (tests, Storybook), where languages are registered explicitly.
 */
declare const __REALITY_I18N_DIR__: string | undefined;
const DIR = typeof __REALITY_I18N_DIR__ === 'string' ? __REALITY_I18N_DIR__ : null;

const registered = new Map<string, Language | PackedLanguage>();
/** Element files being loaded (`<lang>|<tag>`), with the elements waiting for each. */
const loading = new Map<string, Set<{ requestUpdate(): void }>>();
/** Element files that could not be loaded (`<lang>|<tag>`): asked for once per page, then English. */
const failed = new Set<string>();
/** The element tables merged with the shared texts, per language and element. */
const merged = new Map<string, Record<string, string>>();

/**
 * Makes `language` (a language module's default export, or a `Language` table of your own) the texts for `tag`
 * and every `lang` under it (`pt` serves `pt-BR`, unless `pt-BR` is registered too). One element's
 * file (`reality-kit/i18n/<lang>/<tag>.js`) adds that element's texts to what `tag` has; it is left
 * out when `tag` already has a table of your own, which wins. Elements already on the page re-render
 * through their next update; those waiting for these texts re-render now.
 */
export function registerLanguage(tag: string, language: Language | PackedLanguage): void {
  const key = tag.toLowerCase();
  const earlier = registered.get(key);
  // One element's file adds its section to the shipped texts already in; it never overwrites a table
  // the host registered itself. A whole language (the host's, or `<lang>.js`) replaces what was there.
  let next = language;
  if (earlier && isPacked(language) && language.includes(undefined)) {
    next = isPacked(earlier) ? mergePacked(earlier, language) : earlier;
  }
  registered.set(key, next);
  for (const name of [...merged.keys()]) if (name.startsWith(`${key}|`)) merged.delete(name);
  for (const [name, waiting] of [...loading]) {
    const [lang, element] = name.split('|') as [string, ElementName];
    if (lang !== key || !hasSection(next, element)) continue; // still waiting for its own file
    loading.delete(name);
    waiting.forEach((host) => host.requestUpdate());
  }
}

/**
 * The nearest language for a `lang` tag, falling back by subtag (`pt-BR` → `pt`), among the
 * registered and shipped ones; `null` for English and for languages that do not ship. Chinese in
 * Traditional script (`zh-TW`, `zh-Hant`) does not fall back to the Simplified module.
 */
export function nearestLanguage(lang: string | undefined): string | null {
  if (!lang) return null;
  const subtags = lang.toLowerCase().split('-');
  for (let n = subtags.length; n > 0; n--) {
    const tag = subtags.slice(0, n).join('-');
    if (tag === 'zh' && traditional(lang)) return null; // Simplified script is no fallback for Traditional
    if (registered.has(tag) || (n === 1 && (LANGUAGES as readonly string[]).includes(tag))) return tag;
  }
  return null;
}

function traditional(lang: string): boolean {
  try {
    return new Intl.Locale(lang).maximize().script === 'Hant';
  } catch {
    return false;
  }
}

/**
 * The texts of `element` in the nearest language to `lang` that has them, or `undefined` (English)
 * while they load or when there are none. `defaults` is the element's English table (a packed
 * language's order comes from its names). Starts loading the element's file of a shipped language
 * the first time it is asked for, and re-renders `host` when it arrives.
 */
export function languageStrings(
  lang: string | undefined,
  element: ElementName,
  defaults: Readonly<Record<string, string>>,
  host: { requestUpdate(): void },
): Record<string, string> | undefined {
  let tag = nearestLanguage(lang);
  let language: Language | PackedLanguage | undefined;
  for (;;) {
    if (tag === null) return undefined;
    language = registered.get(tag);
    if (language && hasSection(language, element)) break;
    if ((LANGUAGES as readonly string[]).includes(tag)) {
      load(tag, element, host);
      return undefined;
    }
    // Registered with other elements' texts only (one element's file under `de-AT`): this element
    // takes the next language up (`de`), as it would have with nothing registered, and re-renders if
    // its own texts are registered later.
    if (language) wait(`${tag}|${element}`, host);
    const cut = tag.lastIndexOf('-');
    tag = cut > 0 ? nearestLanguage(tag.slice(0, cut)) : null;
  }
  const key = `${tag}|${element}`;
  let table = merged.get(key);
  if (!table) {
    table = isPacked(language) ? unpackTexts(language, element, defaults) : { ...language.common, ...language[element] };
    merged.set(key, table);
  }
  return table;
}

/** Adds `host` to the elements waiting for `key` (`<lang>|<tag>`); `true` when it is the first. */
function wait(key: string, host: { requestUpdate(): void }): boolean {
  const waiting = loading.get(key);
  if (waiting) waiting.add(host);
  else loading.set(key, new Set([host]));
  return !waiting;
}

function load(tag: string, element: ElementName, host: { requestUpdate(): void }): void {
  const key = `${tag}|${element}`;
  if (failed.has(key) || !wait(key, host)) return;
  if (DIR === null) return; // running from the sources: nothing beside us to load
  // The URL is built from a variable base so that a bundler does not try to resolve (or inline) it.
  const base = import.meta.url;
  const url = new URL(`${DIR}${tag}/${element}.js`, base).href;
  import(/* @vite-ignore */ url).then(
    (module: { default: PackedLanguage }) => registerLanguage(tag, module.default),
    () => {
      failed.add(key);
      loading.delete(key); // nobody waits any more: the elements already show English
      console.warn(`reality-kit: could not load the "${tag}" texts of <${element}> from ${url}; showing English`);
    },
  );
}
