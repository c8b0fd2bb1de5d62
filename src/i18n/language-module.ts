/**
 * The type of every shipped language module, `reality-kit/i18n/<lang>.js`: the language's texts,
 * values only (`PackedLanguage`), to hand to `registerLanguage`. Types only; the modules are built from
 * src/i18n/locales/.
 */
import type { PackedLanguage } from './pack.js';

declare const language: PackedLanguage;
export default language;
