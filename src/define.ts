/**
 * The one module with side effects: defines the five elements. Idempotent, so loading the bundle
 * twice, or the bundle and this module, never throws: a tag that is already defined is skipped.
 */
import { GlossaryList } from './glossary-list/glossary-list.js';
import { PredictionCard } from './prediction-card/prediction-card.js';
import { RealityMeter } from './reality-meter/reality-meter.js';
import { SourceList } from './source-list/source-list.js';
import { VoteWidget } from './vote-widget/vote-widget.js';

const ELEMENTS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['reality-meter', RealityMeter],
  ['source-list', SourceList],
  ['glossary-list', GlossaryList],
  ['vote-widget', VoteWidget],
  ['prediction-card', PredictionCard],
];

for (const [tag, element] of ELEMENTS) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
