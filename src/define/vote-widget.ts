/**
 * `import 'reality-kit/vote-widget.js'`: defines `<vote-widget>` (idempotently) and exports its class. The
 * declarations that come with it type the tag in `document.querySelector('vote-widget')`, `createElement`
 * and its events' `detail`.
 */
import { VoteWidget } from '../vote-widget/vote-widget.js';
import { defineElement } from './define-element.js';

defineElement('vote-widget', VoteWidget);

export { VoteWidget, VOTE_WIDGET_STRINGS, type VoteWidgetStrings } from '../vote-widget/vote-widget.js';
// The events' classes come with their declarations, which type `addEventListener('vote-cast', …)`.
export { VoteCastEvent, StoryLoadEvent, StoryErrorEvent } from '../events.js';
