/**
 * `import 'reality-kit/source-list.js'`: defines `<source-list>` (idempotently) and exports its class. The
 * declarations that come with it type the tag in `document.querySelector('source-list')`, `createElement`
 * and its events' `detail`.
 */
import { SourceList } from '../source-list/source-list.js';
import { defineElement } from './define-element.js';

defineElement('source-list', SourceList);

export { SourceList, SOURCE_LIST_STRINGS, type SourceListStrings } from '../source-list/source-list.js';
// The events' classes come with their declarations, which type `addEventListener('story-load', …)`.
export { StoryLoadEvent, StoryErrorEvent } from '../events.js';
