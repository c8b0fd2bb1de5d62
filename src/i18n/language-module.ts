/**
 * The type of every shipped language module, `reality-kit/i18n/<lang>.js`: the language's texts,
 * values only (`PackedLanguage`), to hand to `registerLanguage`. Types only: the build writes each
 * module from the language's named tables (`Language`).
 */
import type { PackedLanguage } from './pack.js';

declare const language: PackedLanguage;
export default language;
