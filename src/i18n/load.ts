/**
 * Shipped translations, loaded by themselves. Each language is a small module of its own outside the
 * main bundle (`dist/i18n/<lang>.js`, plain data, values only: `PackedLanguage`); the first element that needs one
 * imports it from beside the bundle, which a strict CSP (`script-src 'self'`) allows, and every element
 * waiting for it re-renders once it is in. A bundler user imports the module and hands it to
 * `registerLanguage` instead (a bundler cannot know where the file will live). Until a language is
 * in, or when it cannot be loaded, elements show English.
 */
import type { ElementName, Language } from './language.js';
import { isPacked, unpackTexts, type PackedLanguage } from './pack.js';

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
/** Languages being loaded, with the elements waiting for each. */
const loading = new Map<string, Set<{ requestUpdate(): void }>>();
/** Languages whose module could not be loaded: asked for once per page, then English. */
const failed = new Set<string>();
/** The element tables merged with the shared texts, per language and element. */
const merged = new Map<string, Record<string, string>>();

/**
 * Makes `language` (a language module's default export, or a `Language` table of your own) the texts for `tag`
 * and every `lang` under it (`pt` serves `pt-BR`, unless `pt-BR` is registered too). Elements already
 * on the page re-render through their next update; those waiting for this language re-render now.
 */
export function registerLanguage(tag: string, language: Language | PackedLanguage): void {
  const key = tag.toLowerCase();
  registered.set(key, language);
  for (const name of [...merged.keys()]) if (name.startsWith(`${key}|`)) merged.delete(name);
  const waiting = loading.get(key);
  loading.delete(key);
  waiting?.forEach((host) => host.requestUpdate());
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
 * The texts of `element` in the nearest language to `lang`, or `undefined` (English) while it loads
 * or when there is none. `defaults` is the element's English table (a packed language's order comes
 * from its names). Starts loading a shipped language the first time one is asked for, and re-renders
 * `host` when it arrives.
 */
export function languageStrings(
  lang: string | undefined,
  element: ElementName,
  defaults: Readonly<Record<string, string>>,
  host: { requestUpdate(): void },
): Record<string, string> | undefined {
  const tag = nearestLanguage(lang);
  if (tag === null) return undefined;
  const language = registered.get(tag);
  if (!language) {
    load(tag, host);
    return undefined;
  }
  const key = `${tag}|${element}`;
  let table = merged.get(key);
  if (!table) {
    table = isPacked(language) ? unpackTexts(language, element, defaults) : { ...language.common, ...language[element] };
    merged.set(key, table);
  }
  return table;
}

function load(tag: string, host: { requestUpdate(): void }): void {
  if (failed.has(tag)) return;
  const waiting = loading.get(tag);
  if (waiting) return void waiting.add(host);
  loading.set(tag, new Set([host]));
  if (DIR === null) return; // running from the sources: nothing beside us to load
  // The URL is built from a variable base so that a bundler does not try to resolve (or inline) it.
  const base = import.meta.url;
  const url = new URL(`${DIR}${tag}.js`, base).href;
  import(/* @vite-ignore */ url).then(
    (module: { default: PackedLanguage }) => registerLanguage(tag, module.default),
    () => {
      failed.add(tag);
      loading.delete(tag); // nobody waits any more: the elements already show English
      console.warn(`reality-kit: could not load the "${tag}" texts from ${url}; showing English`);
    },
  );
}
