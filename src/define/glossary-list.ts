/**
 * `import 'reality-kit/glossary-list.js'`: defines `<glossary-list>` (idempotently) and exports its class. The
 * declarations that come with it type the tag in `document.querySelector('glossary-list')`, `createElement`
 * and its events' `detail`.
 */
import { GlossaryList } from '../glossary-list/glossary-list.js';
import { defineElement } from './define-element.js';

defineElement('glossary-list', GlossaryList);

export { GlossaryList, GLOSSARY_LIST_STRINGS, type GlossaryListStrings } from '../glossary-list/glossary-list.js';
// The events' classes come with their declarations, which type `addEventListener('story-load', …)`.
export { StoryLoadEvent, StoryErrorEvent } from '../events.js';
