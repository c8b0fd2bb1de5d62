/**
 * `reality-kit/react`: the five elements as React components, for React 18 and 19, built with
 * `@lit/react`. Props are the elements' properties and attributes; events are `onStoryLoad`,
 * `onStoryError`, `onVoteCast` and `onPredictionSubmit`, each handed the element's typed event.
 *
 * Why wrappers rather than plain tags: React 18 writes an object prop as the attribute
 * `"[object Object]"` and drops `on…` handlers of custom events; React 19's `hydrateRoot` sets no
 * custom-element properties and attaches no listeners after server rendering (facebook/react#35446).
 * These components set properties and listeners themselves, in a layout effect, on every render, in
 * both versions. After server rendering (the `node` build of this module renders the element's
 * content), the element waits (`defer-hydration`) until its properties are set, then takes the
 * server's HTML over.
 *
 * Importing this module defines the elements (it imports `reality-kit/define.js`).
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { GlossaryList, PredictionCard, RealityMeter, SourceList, VoteWidget } from '../define.js';
import type { PredictionSubmitEvent, StoryErrorEvent, StoryLoadEvent, VoteCastEvent } from '../events.js';

const storyEvents = {
  onStoryLoad: 'story-load' as EventName<StoryLoadEvent>,
  onStoryError: 'story-error' as EventName<StoryErrorEvent>,
};

/** `<reality-meter>`: the reality score of the story's claim, with its reasons. */
const RealityMeterComponent = createComponent({ react: React, tagName: 'reality-meter', elementClass: RealityMeter, events: storyEvents, displayName: 'RealityMeter' });
/** `<source-list>`: the story's sources and their trust. */
const SourceListComponent = createComponent({ react: React, tagName: 'source-list', elementClass: SourceList, events: storyEvents, displayName: 'SourceList' });
/** `<glossary-list>`: the story's glossary. */
const GlossaryListComponent = createComponent({ react: React, tagName: 'glossary-list', elementClass: GlossaryList, events: storyEvents, displayName: 'GlossaryList' });
/** `<vote-widget>`: the reader's vote; `onVoteCast` receives `VoteCastEvent` (`detail.choice`, `detail.waitUntil`…). */
const VoteWidgetComponent = createComponent({
  react: React,
  tagName: 'vote-widget',
  elementClass: VoteWidget,
  events: { ...storyEvents, onVoteCast: 'vote-cast' as EventName<VoteCastEvent> },
  displayName: 'VoteWidget',
});
/** `<prediction-card>`: the forecast question; `onPredictionSubmit` receives `PredictionSubmitEvent`. */
const PredictionCardComponent = createComponent({
  react: React,
  tagName: 'prediction-card',
  elementClass: PredictionCard,
  events: { ...storyEvents, onPredictionSubmit: 'prediction-submit' as EventName<PredictionSubmitEvent> },
  displayName: 'PredictionCard',
});

export {
  RealityMeterComponent as RealityMeter,
  SourceListComponent as SourceList,
  GlossaryListComponent as GlossaryList,
  VoteWidgetComponent as VoteWidget,
  PredictionCardComponent as PredictionCard,
};
export type { StoryLoadEvent, StoryErrorEvent, VoteCastEvent, PredictionSubmitEvent };
