/**
 * The shape of a language as written (the sources of the shipped ones, or a table of your own for
 * `registerLanguage`): every fixed text of the five elements, grouped by element, with the texts
 * several elements share once. The shipped modules carry the same texts packed (`PackedLanguage`). Counted
 * texts give `_other` and whichever of `_zero`, `_one`, `_two`, `_few`, `_many` the language's plural
 * rules use (CLDR, as `Intl.PluralRules` reports them). Written with `satisfies Language`, a module
 * that lacks a key, or has one the elements do not use, does not compile.
 */
import type { GlossaryListStrings } from '../glossary-list/glossary-list.js';
import type { PredictionCardStrings } from '../prediction-card/prediction-card.js';
import type { RealityMeterStrings } from '../reality-meter/reality-meter.js';
import type { SourceListStrings } from '../source-list/source-list.js';
import type { VoteWidgetStrings } from '../vote-widget/vote-widget.js';

/** The CLDR plural categories other than `other`. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many';

/**
 * Texts several elements share (all show loading and error; the meter and the source list the sources
 * summary), given once in a language module's `common`. `sources` is counted (`sources_one`, …).
 */
export const SHARED_TEXTS = ['loading', 'error', 'sourcesNone', 'sources', 'averageTrust', 'summary'] as const;
type SharedName = (typeof SHARED_TEXTS)[number];
type Shared = SharedName | `${SharedName}_${PluralCategory | 'other'}`;

/** An element's table in a language module: each plain key required, plural forms beside `_other` optional. */
export type LanguageTable<S> = {
  [K in keyof S as K extends `${string}_${PluralCategory}` ? never : K]: string;
} & {
  [K in keyof S as K extends `${infer Base}_other` ? `${Base}_${PluralCategory}` : never]?: string;
};

export interface Language {
  /** Texts several elements show: loading, error, and the sources summary of the meter and the list. */
  common: LanguageTable<Pick<RealityMeterStrings, Extract<keyof RealityMeterStrings, Shared>>>;
  'reality-meter': LanguageTable<Omit<RealityMeterStrings, Shared>>;
  'source-list': LanguageTable<Omit<SourceListStrings, Shared>>;
  'glossary-list': LanguageTable<Omit<GlossaryListStrings, Shared>>;
  'vote-widget': LanguageTable<Omit<VoteWidgetStrings, Shared>>;
  'prediction-card': LanguageTable<Omit<PredictionCardStrings, Shared>>;
}

export type ElementName = Exclude<keyof Language, 'common'>;
