/**
 * `import 'reality-kit/reality-meter.js'`: defines `<reality-meter>` (idempotently) and exports its class. The
 * declarations that come with it type the tag in `document.querySelector('reality-meter')`, `createElement`
 * and its events' `detail`.
 */
import { RealityMeter } from '../reality-meter/reality-meter.js';
import { defineElement } from './define-element.js';

defineElement('reality-meter', RealityMeter);

export { RealityMeter, REALITY_METER_STRINGS, type RealityMeterStrings } from '../reality-meter/reality-meter.js';
// The events' classes come with their declarations, which type `addEventListener('story-load', …)`.
export { StoryLoadEvent, StoryErrorEvent } from '../events.js';
