// The README's Angular recipe: a standalone component with CUSTOM_ELEMENTS_SCHEMA, the story bound as a
// property (`[story]`), events with `(vote-cast)`. Angular does not check the elements' property
// bindings; under `strictTemplates` it types each `$event` from the tag's `HTMLElementEventMap` entry
// (which `reality-kit/define.js` declares), so the handlers below take the real event classes.
// The story is replaced, never mutated.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { PredictionSubmitEvent, StoryLoadEvent, VoteCastEvent } from 'reality-kit';
import stories from './stories.json';

declare global {
  interface Window {
    __events?: unknown[];
  }
}
const log = (entry: Record<string, unknown>) => (window.__events ??= []).push(entry);

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <button id="swap" (click)="index.set(1 - index())">Next story</button>
      <button id="toggle" (click)="shown.set(!shown())">Show or hide</button>
      @if (shown()) {
        <reality-meter [story]="stories[index()]" theme="light" (story-load)="onStoryLoad($event)"></reality-meter>
        <vote-widget [story]="stories[index()]" theme="light" (vote-cast)="onVoteCast($event)"></vote-widget>
        <prediction-card [story]="stories[index()]" theme="light" (prediction-submit)="onPredictionSubmit($event)"></prediction-card>
      }
    </main>
  `,
})
export class App {
  protected readonly stories = stories;
  protected readonly index = signal(0);
  protected readonly shown = signal(true);

  protected onStoryLoad(event: StoryLoadEvent): void {
    log({ type: 'story-load', id: event.detail.story.id });
  }

  protected onVoteCast(event: VoteCastEvent): void {
    log({ type: 'vote-cast', choice: event.detail.choice, previous: event.detail.previous });
    event.detail.waitUntil(Promise.resolve({ counts: { [event.detail.choice]: 500 } }));
  }

  protected onPredictionSubmit(event: PredictionSubmitEvent): void {
    log({ type: 'prediction-submit', probability: event.detail.probability });
  }
}
