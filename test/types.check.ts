// Type-checked by `tsc` in the test command, never run: what a TypeScript user of the package writes
// must compile, with the event details and tag names typed.
import type { PredictionSubmitEvent, VoteCastEvent } from '../src/events.js';
import type { VoteWidget } from '../src/vote-widget/vote-widget.js';

export function typedUsage(): void {
  const widget: VoteWidget | null = document.querySelector('vote-widget');
  widget?.addEventListener('vote-cast', (e) => {
    const choice: string = e.detail.choice;
    const previous: string | null = e.detail.previous;
    e.detail.waitUntil(Promise.resolve({ counts: { [choice]: 1 } }));
    void previous;
  });
  document.querySelector('prediction-card')?.addEventListener('prediction-submit', (e) => {
    const p: number = e.detail.probability;
    void p;
  });
  const meter = document.createElement('reality-meter');
  meter.open = true;
  const a: VoteCastEvent | null = null;
  const b: PredictionSubmitEvent | null = null;
  void a;
  void b;
}
