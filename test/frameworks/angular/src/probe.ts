// Deliberate mistakes: what Angular's type-check must reject (run by test/frameworks/run.mjs with
// tsconfig.probe.json). In the template, each line after an `expect-error` comment must be reported,
// and no other line; in the class, `@ts-expect-error` (unused, it is itself an error).
// Not checked by Angular, so not probed: attribute and property bindings on the elements
// (`theme="blue"`, `[story]="42"`): CUSTOM_ELEMENTS_SCHEMA lets any of them through.
import { Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, viewChild } from '@angular/core';
import type { StoryLoadEvent, VoteCastEvent, VoteWidget } from 'reality-kit';

@Component({
  selector: 'app-probe',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <vote-widget #widget theme="dark"></vote-widget>
    <!-- expect-error: a vote-cast event is not a story-load event -->
    <vote-widget (vote-cast)="onStoryLoad($event)"></vote-widget>
    <!-- expect-error: the detail has choice, not choise -->
    <vote-widget (vote-cast)="$event.detail.choise"></vote-widget>
    <!-- expect-error: a probability is a number -->
    <prediction-card (prediction-submit)="$event.detail.probability.toUpperCase()"></prediction-card>
    <!-- expect-error: a story-load detail has no choice -->
    <reality-meter (story-load)="$event.detail.choice"></reality-meter>
    <!-- expect-error: no such method on the component -->
    <reality-meter (story-load)="onStoryLaod($event)"></reality-meter>
  `,
})
export class Probe {
  private readonly widget = viewChild.required<ElementRef<VoteWidget>>('widget');

  protected onStoryLoad(event: StoryLoadEvent): string {
    return event.detail.story.id;
  }

  protected check(event: VoteCastEvent): void {
    // @ts-expect-error: not a theme
    this.widget().nativeElement.theme = 'blue';
    // @ts-expect-error: the detail has `choice`, not `choise`
    console.log(event.detail.choise);
    this.widget().nativeElement.theme = 'dark';
  }
}
