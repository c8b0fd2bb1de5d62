import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { PredictionSubmitEvent, StoryErrorEvent, StoryLoadEvent, VoteCastEvent } from '../src/events.js';
import { referenceStory } from '../test/fixtures/index.js';
import { invalidStory } from '../test/fixtures/stories.js';
import { answerAfter } from './shared.js';

interface Args {
  host: 'accept' | 'reject' | 'cancel';
  delay: number;
}

/** One line per event, newest first, on screen. */
function log(canvas: HTMLElement, line: string) {
  const list = canvas.querySelector('#event-log')!;
  const item = document.createElement('li');
  item.textContent = line;
  list.prepend(item);
}

const meta: Meta<Args> = {
  title: 'Guides/Integration',
  args: { host: 'accept', delay: 800 },
  argTypes: {
    host: { control: 'inline-radio', options: ['accept', 'reject', 'cancel'], description: 'What the host page answers to `vote-cast` and `prediction-submit`.' },
    delay: { control: { type: 'range', min: 0, max: 5000, step: 100 }, description: 'How long the host takes to answer, in ms.' },
  },
  parameters: {
    docs: { description: { component: 'Every event the elements send, logged as it happens. Choose how the host answers: accept (with the counts it has), reject (the element rolls back), or cancel the event.' } },
  },
  render: (args, { canvasElement }) => {
    const counts: Record<string, number> = { ...referenceStory().read!.counts };
    const onLoad = (e: StoryLoadEvent) => log(canvasElement, `story-load <${(e.target as Element).localName}> ${e.detail.story.id}`);
    const onError = (e: StoryErrorEvent) => log(canvasElement, `story-error <${(e.target as Element).localName}> ${e.detail.kind}: ${e.detail.message}`);
    const onVote = (e: VoteCastEvent) => {
      log(canvasElement, `vote-cast ${JSON.stringify({ storyId: e.detail.storyId, choice: e.detail.choice, previous: e.detail.previous })} → ${args.host}`);
      if (args.host === 'cancel') return e.preventDefault();
      if (args.host === 'reject') return e.detail.waitUntil(answerAfter(args.delay, new globalThis.Error('rejected by the host')));
      if (e.detail.previous) counts[e.detail.previous] -= 1;
      counts[e.detail.choice] = (counts[e.detail.choice] ?? 0) + 1;
      e.detail.waitUntil(answerAfter(args.delay, { counts: { ...counts } }));
    };
    const onPredict = (e: PredictionSubmitEvent) => {
      log(canvasElement, `prediction-submit ${JSON.stringify({ predictionId: e.detail.predictionId, probability: e.detail.probability, previous: e.detail.previous })} → ${args.host}`);
      if (args.host === 'cancel') return e.preventDefault();
      if (args.host === 'reject') return e.detail.waitUntil(answerAfter(args.delay, new globalThis.Error('rejected by the host')));
      e.detail.waitUntil(answerAfter(args.delay, { community: { probability: e.detail.probability, count: 11 } }));
    };
    return html`<div
      style="display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:1.5rem;align-items:start"
      @story-load=${onLoad}
      @story-error=${onError}
      @vote-cast=${onVote}
      @prediction-submit=${onPredict}
    >
      <div style="display:grid;gap:1rem">
        <reality-meter .story=${referenceStory()}></reality-meter>
        <vote-widget .story=${referenceStory()}></vote-widget>
        <prediction-card .story=${referenceStory()}></prediction-card>
        <source-list .story=${invalidStory()}></source-list>
      </div>
      <section aria-labelledby="log-title" style="font:0.8rem ui-monospace,monospace">
        <h2 id="log-title" style="font:600 1rem system-ui">Events</h2>
        <ol id="event-log" aria-live="polite" style="padding-inline-start:1.25rem;overflow-wrap:anywhere"></ol>
      </section>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const HostAccepts: Story = {
  args: { delay: 100 },
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector('vote-widget')!;
    await widget.updateComplete;
    await userEvent.click(widget.shadowRoot!.querySelectorAll<HTMLElement>('[part~="choice"]')[0]);
    await waitFor(() => expect(canvasElement.querySelector('#event-log')?.textContent).toContain('vote-cast'));
    await waitFor(() => expect(widget.shadowRoot!.querySelector('[part~="status"]')?.textContent?.trim()).toBe('Thanks, your read is in.'));
  },
};
export const HostRejects: Story = { args: { host: 'reject' } };
export const HostCancels: Story = { args: { host: 'cancel' } };
