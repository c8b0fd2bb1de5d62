/**
 * `import 'reality-kit/prediction-card.js'`: defines `<prediction-card>` (idempotently) and exports its class. The
 * declarations that come with it type the tag in `document.querySelector('prediction-card')`, `createElement`
 * and its events' `detail`.
 */
import { PredictionCard } from '../prediction-card/prediction-card.js';
import { defineElement } from './define-element.js';

defineElement('prediction-card', PredictionCard);

export { PredictionCard, PREDICTION_CARD_STRINGS, type PredictionCardStrings } from '../prediction-card/prediction-card.js';
// The events' classes come with their declarations, which type `addEventListener('prediction-submit', …)`.
export { PredictionSubmitEvent, StoryLoadEvent, StoryErrorEvent } from '../events.js';
