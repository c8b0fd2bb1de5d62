// Type-checked by `tsc` in the test command, never run: a language table that lacks a text, or has
// one the elements do not use, does not compile, and neither does an id → text table that misses an id.
import type { BandId, FactorId, Language } from '../../src/index.js';
import type { RealityMeterStrings } from '../../src/reality-meter/reality-meter.js';

export const complete: Language['glossary-list'] = { label: 'Glossar', empty: 'Kein Glossar.' };

// @ts-expect-error: `empty` is missing
export const missing: Language['glossary-list'] = { label: 'Glossar' };

// @ts-expect-error: `unused` is not a text the glossary shows
export const extra: Language['glossary-list'] = { label: 'Glossar', empty: 'Kein Glossar.', unused: 'x' };

// Counted texts: `_other` is required, the other plural forms optional.
export const counted: Language['vote-widget']['total_other'] = '{count} Stimmen';
// @ts-expect-error: a counted text without its `_other` form
export const noOther: Pick<Language['vote-widget'], 'total_other'> = { total_one: '{count} Stimme' };

// @ts-expect-error: a band without a text
export const bands: Record<BandId, keyof RealityMeterStrings> = { unsupported: 'bandUnsupported', doubtful: 'bandDoubtful', unsettled: 'bandUnsettled', likely: 'bandLikely' };

export const factors: Record<FactorId, keyof RealityMeterStrings> = { trust: 'factorTrust', evidence: 'factorEvidence', corroboration: 'factorCorroboration', signal: 'factorSignal' };
