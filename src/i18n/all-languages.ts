/**
 * Every shipped language at once, for `reality-kit/ssr` (a server renders in any language without
 * waiting), Storybook, the tests and the screenshots: importing this pulls all fifteen into one module
 * graph, which a publisher's page never does (each language loads by itself, see load.ts).
 */
import ar from './locales/ar.js';
import de from './locales/de.js';
import es from './locales/es.js';
import fr from './locales/fr.js';
import he from './locales/he.js';
import hi from './locales/hi.js';
import it from './locales/it.js';
import ja from './locales/ja.js';
import ko from './locales/ko.js';
import nl from './locales/nl.js';
import pl from './locales/pl.js';
import pt from './locales/pt.js';
import ru from './locales/ru.js';
import tr from './locales/tr.js';
import zh from './locales/zh.js';
import type { Language } from './language.js';
import { LANGUAGES, registerLanguage } from './load.js';

export const ALL_LANGUAGES: Record<(typeof LANGUAGES)[number], Language> = { ar, de, es, fr, he, hi, it, ja, ko, nl, pl, pt, ru, tr, zh };

/** Registers every shipped language, so no element waits for a module to load. */
export function registerAllLanguages(): void {
  for (const [tag, language] of Object.entries(ALL_LANGUAGES)) registerLanguage(tag, language);
}
