/**
 * The type of every shipped language module, values only (`PackedLanguage`), to hand to
 * `registerLanguage`: `reality-kit/i18n/<lang>.js`, every element's texts in the language, and
 * `reality-kit/i18n/<lang>/<tag>.js`, one element's (with the texts the elements share). Types only:
 * the build writes each module from the language's named tables (`Language`).
 */
import type { PackedLanguage } from './pack.js';

declare const language: PackedLanguage;
export default language;
